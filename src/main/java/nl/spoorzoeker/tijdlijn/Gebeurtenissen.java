package nl.spoorzoeker.tijdlijn;

import java.time.LocalDate;
import java.util.List;

/**
 * What has happened in a dossier, each as the date it happened (null while it has not). The lists
 * hold every evaluation of the plan van aanpak and every voortgangsrapportage, in any order.
 */
public record Gebeurtenissen(
        LocalDate probleemanalyse,
        LocalDate planVanAanpak,
        List<LocalDate> evaluaties,
        LocalDate weekmelding42,
        LocalDate adRapport,
        LocalDate eerstejaarsevaluatie,
        LocalDate actueelOordeel,
        LocalDate eindevaluatie,
        LocalDate wiaAanvraag,
        LocalDate eindrapportage,
        List<LocalDate> voortgangsrapportages) {

    public static final Gebeurtenissen GEEN = new Gebeurtenissen(null, null, List.of(), null, null, null, null,
            null, null, null, List.of());

    public Gebeurtenissen {
        evaluaties = evaluaties == null ? List.of() : evaluaties.stream().sorted().toList();
        voortgangsrapportages = voortgangsrapportages == null ? List.of()
                : voortgangsrapportages.stream().sorted().toList();
    }

    public Gebeurtenissen metEerstejaarsevaluatie(LocalDate datum) {
        return new Gebeurtenissen(probleemanalyse, planVanAanpak, evaluaties, weekmelding42, adRapport, datum,
                actueelOordeel, eindevaluatie, wiaAanvraag, eindrapportage, voortgangsrapportages);
    }
}
