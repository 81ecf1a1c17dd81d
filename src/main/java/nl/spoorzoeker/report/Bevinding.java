package nl.spoorzoeker.report;

import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.ui.I18n;

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

    /** The finding as the editor's checklist shows it, with the section to fix in brackets. */
    public String tekst() {
        String tekst = I18n.t(berichtKey, weergave());
        return sectie == null ? tekst : tekst + " (" + I18n.t("rapport.sectie." + sectie.name()) + ")";
    }

    /**
     * The arguments as the coach reads them, in the chosen language: dates in Dutch notation and
     * {@link Namen} through their message keys, so no enum name reaches the screen or the command line.
     */
    public Object[] weergave() {
        return args.stream().map(a -> switch (a) {
            case LocalDate d -> DateInput.format(d);
            case Namen n -> n.tekst();
            default -> a;
        }).toArray();
    }

    /**
     * An argument naming enum values: shown through {@code prefix + name} in the chosen language, but
     * written as the names themselves in {@link #toString()} — an acknowledged warning is identified by
     * its arguments' text, which must not change with the language (or with how it was stored before).
     */
    public record Namen(String prefix, List<String> namen) {

        public Namen {
            namen = List.copyOf(namen);
        }

        public String tekst() {
            return String.join(", ", namen.stream().map(n -> I18n.t(prefix + n)).toList());
        }

        @Override
        public String toString() {
            return String.join(", ", namen);
        }
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
