package nl.spoorzoeker.klad;

/**
 * The keys drafts are kept under. A form that belongs to one dossier keys its draft with
 * {@link #vanDossier}: the dossier's number comes first, so the draft never comes up in another
 * dossier's form and the retention deletion finds every draft of a traject by {@link #dossierPrefix}
 * without knowing each form (drafts hold personal data, as the records they are drafts of).
 */
public final class KladSleutel {

    /** The appointment form of the agenda, where the dossier is one of the choices (its draft names it). */
    public static final String AGENDA_AFSPRAAK = "agenda:afspraak:nieuw";
    /** The field of {@link #AGENDA_AFSPRAAK}'s draft that holds the chosen dossier's number. */
    public static final String AGENDA_DOSSIER_VELD = "afspraak-dossier";

    private KladSleutel() {
    }

    /**
     * The draft of form {@code formulier} in dossier {@code trajectId}, for record {@code record}
     * (null: a new one). Example: {@code dossier:12:afspraak:nieuw}.
     */
    public static String vanDossier(int trajectId, String formulier, Object record) {
        return dossierPrefix(trajectId) + formulier + ":" + (record == null ? "nieuw" : record);
    }

    /** What every key made by {@link #vanDossier} for this dossier starts with. */
    public static String dossierPrefix(int trajectId) {
        return "dossier:" + trajectId + ":";
    }
}
