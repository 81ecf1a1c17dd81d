package nl.spoorzoeker.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.Rapportinvoer;
import nl.spoorzoeker.rapportage.Sectie;

/**
 * The report tests' shared practice (issue 20: the same set-up was written in three classes): the coach and practice
 * a final report is signed with, a demo dossier found by its werknemer's name, and what a coach writes in the editor.
 */
public final class Proefpraktijk {

    /** The coach and practice on the letterhead: a name that needs every Unicode path of the PDF. */
    public static final Praktijk DE_BRUG = new Praktijk("Çiğdem Yılmaz-Łukasz", "Praktijk De Brug", "12345678",
            new Adres("Oudegracht 12", "3511 AB", "Utrecht"), null, null, null, null);

    private Proefpraktijk() {
    }

    /** The traject of the dossier of the werknemer named so (a demo dossier: "Mohammed El Amrani"). */
    public static int traject(DossierService dossiers, String naam) {
        return dossiers.list().stream().filter(r -> r.naam().equals(naam)).findFirst().orElseThrow().trajectId();
    }

    /**
     * What a coach writes in the editor for a progress report ending on {@code tot}: every section a final needs, the
     * state of spoor 1, the werknemer's view agreed orally, one bottleneck with a difference of opinion.
     */
    public static Rapportinvoer ingevuld(LocalDate tot, String samenvatting) {
        return new Rapportinvoer(Map.of(Sectie.ANALYSE_PROFIELEN, "De afstand wordt kleiner.\nPlannen is een sterk punt.",
                Sectie.BIJSTELLINGEN, "Geen bijstelling nodig.", Sectie.VERKLARING_NORM, "Verhuizing in week 46.",
                Sectie.SAMENVATTING, samenvatting),
                "Geen passende functies bij de eigen werkgever.",
                new RapportModel.Akkoord("Ik herken mij hierin.", RapportModel.AkkoordSoort.MONDELING, tot, null),
                List.of(), List.of(new RapportModel.Knelpunt("Werkgever vindt zoekprofiel te smal", true, tot.minusDays(3))),
                null, null);
    }
}
