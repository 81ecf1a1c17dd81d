package nl.spoorzoeker.rapportage;

import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.taal.Teksten;

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

    /** The finding as the editor's checklist shows it, in {@code tk}'s language, with the section to fix in brackets. */
    public String tekst(Teksten tk) {
        String tekst = tk.t(berichtKey, weergave(tk));
        return sectie == null ? tekst : tekst + " (" + tk.t("rapport.sectie." + sectie.name()) + ")";
    }

    /**
     * The arguments as the coach reads them, in the given language: dates in Dutch notation and
     * {@link Namen} through their message keys, so no enum name reaches the screen or the command line.
     */
    public Object[] weergave(Teksten tk) {
        return args.stream().map(a -> switch (a) {
            case LocalDate d -> DateInput.format(d);
            case Namen n -> n.tekst(tk);
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

        public String tekst(Teksten tk) {
            return String.join(", ", namen.stream().map(n -> tk.t(prefix + n)).toList());
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
