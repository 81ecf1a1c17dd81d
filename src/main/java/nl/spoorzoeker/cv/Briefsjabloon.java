package nl.spoorzoeker.cv;

import nl.spoorzoeker.instrument.StarrVerhaal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.spoorzoeker.taal.Teksten;

/**
 * The sollicitatiebrief's first text, merged from the template in the caller's language: the
 * function and organisation of the sollicitatie, a paragraph per chosen STARR story (its
 * competencies and its situation, task, action and result as sentences), and the werknemer's
 * name under the greeting. From then on the text is the werknemer's own and is edited as such.
 */
public final class Briefsjabloon {

    private Briefsjabloon() {
    }

    public static String tekst(String naam, String functie, String organisatie, List<StarrVerhaal> verhalen,
                               Teksten taal) {
        List<String> alineas = new ArrayList<>();
        alineas.add(taal.t("brief.aanhef"));
        alineas.add(taal.t("brief.opening", functie, organisatie));
        for (StarrVerhaal s : verhalen) {
            String verhaal = zinnen(s.situatie(), s.taak(), s.actie(), s.resultaat());
            if (verhaal.isEmpty()) {
                verhaal = zin(s.titel());
            }
            alineas.add(s.competenties().isEmpty() ? taal.t("brief.voorbeeld.kort", verhaal)
                    : taal.t("brief.voorbeeld", String.join(", ", s.competenties()), verhaal));
        }
        alineas.add(taal.t("brief.slot", organisatie));
        alineas.add(taal.t("brief.groet") + "\n" + naam);
        return String.join("\n\n", alineas);
    }

    /** The parts that are there, each a sentence. */
    static String zinnen(String... delen) {
        return Stream.of(delen).filter(d -> d != null && !d.isBlank()).map(Briefsjabloon::zin)
                .collect(Collectors.joining(" "));
    }

    /** A sentence: stripped, starting with a capital and ending with a full stop when it has no end mark. */
    static String zin(String deel) {
        String z = deel.strip().replaceAll("\\s+", " ");
        if (z.isEmpty()) {
            return z;
        }
        z = Character.toUpperCase(z.charAt(0)) + z.substring(1);
        return z.matches("(?s).*[.!?…]$") ? z : z + ".";
    }
}
