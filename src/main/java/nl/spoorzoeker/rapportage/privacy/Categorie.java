package nl.spoorzoeker.rapportage.privacy;

/** What kind of medical or identifying detail a hit is; each has its own neutral alternative. */
public enum Categorie {
    DIAGNOSE,
    SYMPTOOM,
    MEDICATIE,
    BEHANDELING,
    BEHANDELAAR,
    BSN,
    /** Pregnancy, childbirth, miscarriage, fertility: health data the AP names explicitly. */
    ZWANGERSCHAP,
    /** A named care institution (Parnassia, Jellinek, Rijndam): where someone is treated says what for. */
    INSTELLING,
    /** Another werknemer of the practice, named in this werknemer's report (group privacy). */
    ANDERE_DEELNEMER,
    /**
     * Not a block but a doubt ({@link Toestand}): a sentence about the person's body, mind, energy,
     * pregnancy, addiction or care situation that names nothing medical. The coach confirms it per
     * passage before a report is made final; a concept redacts it until then.
     */
    TWIJFEL;

    /** The bundle key of the category's name ("diagnose" / "diagnosis"). */
    public String naamSleutel() {
        return "privacy.categorie." + name();
    }

    /** The bundle key of the neutral alternative the coach is offered. */
    public String alternatiefSleutel() {
        return "privacy.alternatief." + name();
    }
}
