package nl.spoorzoeker.report;

import java.util.List;

/**
 * One finding of the UWV checklist on a report: which criterion, whether it blocks finalising or
 * needs an acknowledged reason, what is wrong (a message key and its arguments), and where the
 * coach fixes it.
 *
 * @param sectie the report section to fix, when {@code herstel} is {@link Herstel#RAPPORT}
 */
public record Bevinding(String controle, Ernst ernst, String berichtKey, List<Object> args, Herstel herstel,
                        Sectie sectie) {

    public Bevinding {
        args = List.copyOf(args);
    }

    public enum Ernst {
        BLOKKADE, WAARSCHUWING
    }

    /** Where the source data lives. */
    public enum Herstel {
        DOSSIER, LOGBOEK, ARBEIDSMARKT, WERKERVARING, FASEN, PROFIELEN, BELASTBAARHEID, TIJDLIJN, RAPPORT, AKKOORD,
        DISTRIBUTIE, INSTELLINGEN
    }
}
