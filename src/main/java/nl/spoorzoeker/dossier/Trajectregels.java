package nl.spoorzoeker.dossier;

import nl.spoorzoeker.tijdlijn.Regime;

/**
 * Which combinations of werkgever, opdrachtgever and regime a traject may have (the schema checks
 * the same; this says it in the coach's words before it gets there). Each rule names a message key.
 */
public final class Trajectregels {

    private Trajectregels() {
    }

    /** The message key of the first rule broken, or null when the combination is allowed. */
    public static String fout(boolean heeftWerkgever, Traject traject) {
        if (!heeftWerkgever && traject.regime() == Regime.LOONDOORBETALING) {
            return "dossier.fout.loondoorbetalingZonderWerkgever";
        }
        if (!heeftWerkgever && traject.opdrachtgever().soort() == Opdrachtgever.Soort.WERKGEVER) {
            return "dossier.fout.werkgeverOpdrachtgeverZonderWerkgever";
        }
        if (traject.opdrachtgever().soort() == Opdrachtgever.Soort.ANDERS && traject.opdrachtgever().naam() == null) {
            return "dossier.fout.opdrachtgeverZonderNaam";
        }
        return null;
    }

    static void controleer(boolean heeftWerkgever, Traject traject) {
        String fout = fout(heeftWerkgever, traject);
        if (fout != null) {
            throw new IllegalArgumentException(fout);
        }
    }
}
