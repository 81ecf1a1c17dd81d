package nl.spoorzoeker.cv;

import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.instrument.Competenties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.fase.Persoonsprofiel;

/**
 * Puts a CV and a letter together from what the dossier holds; pure, so the choices are tested
 * without a database. The persoonsprofiel's "belemmeringen" never reach a CV: they are about
 * limitations, which a prospective employer may not be told (domain.md §5.2).
 */
public final class Cvopbouw {

    private Cvopbouw() {
    }

    /**
     * The CV of a variant. Competencies: the variant's, or when it chose none those of the
     * persoonsprofiel. Highlights: the chosen stories in the chosen order (a removed one is skipped).
     */
    public static CvDocument cv(Werknemer w, Persoonsprofiel profiel, CvVariant variant, List<StarrVerhaal> verhalen) {
        Persoonsprofiel p = profiel == null ? Persoonsprofiel.LEEG : profiel;
        Map<Integer, StarrVerhaal> perId = verhalen.stream().collect(Collectors.toMap(StarrVerhaal::id,
                Function.identity()));
        List<CvDocument.Highlight> highlights = variant.highlights().stream().map(perId::get).filter(Objects::nonNull)
                .map(s -> new CvDocument.Highlight(s.titel(), leegNull(s.situatie()), leegNull(s.taak()),
                        leegNull(s.actie()), leegNull(s.resultaat())))
                .toList();
        List<String> competenties = variant.competenties().isEmpty() ? Competenties.uit(p.competenties())
                : variant.competenties();
        return new CvDocument(w.naam(), contact(w), variant.zoekrichting(), leegNull(variant.profielzin()),
                regels(p.werkervaring()), regels(p.opleiding()), competenties, highlights);
    }

    /** Address, telephone and e-mail on one line, separated by a middle dot; null when none is known. */
    static String contact(Werknemer w) {
        List<String> delen = new ArrayList<>(adresregels(w.adres()));
        delen.add(w.telefoon());
        delen.add(w.email());
        String regel = delen.stream().filter(d -> d != null && !d.isBlank()).collect(Collectors.joining(" · "));
        return regel.isEmpty() ? null : regel;
    }

    /** The street, and the postcode with the place: the lines of an address as a letter shows them. */
    static List<String> adresregels(Adres adres) {
        if (adres == null) {
            return List.of();
        }
        List<String> regels = new ArrayList<>();
        if (adres.straat() != null && !adres.straat().isBlank()) {
            regels.add(adres.straat());
        }
        String plaats = Arrays.asList(adres.postcode(), adres.plaats()).stream().filter(d -> d != null && !d.isBlank())
                .collect(Collectors.joining("  "));
        if (!plaats.isEmpty()) {
            regels.add(plaats);
        }
        return regels;
    }

    /** A free text as lines: each line a passage of its own, bullets and blank lines left out. */
    public static List<String> regels(String tekst) {
        if (tekst == null) {
            return List.of();
        }
        return tekst.lines().map(r -> r.strip().replaceAll("^[-*•·]\\s*", "")).filter(r -> !r.isEmpty()).toList();
    }

    /** A letter's text as paragraphs: split at blank lines, each paragraph's own line ends kept as spaces. */
    public static List<String> alineas(String tekst) {
        if (tekst == null) {
            return List.of();
        }
        return Arrays.stream(tekst.strip().split("\\R\\s*\\R")).map(a -> a.strip().replaceAll("\\s*\\R\\s*", "\n"))
                .filter(a -> !a.isEmpty()).toList();
    }

    private static String leegNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
