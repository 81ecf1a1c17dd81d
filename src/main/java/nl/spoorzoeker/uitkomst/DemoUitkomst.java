package nl.spoorzoeker.uitkomst;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import nl.spoorzoeker.dossier.DemoDossiers;
import org.jooq.DSLContext;

/**
 * The outcome of the demo practice's closed traject: placed with a new employer after a
 * werkervaringsplek, part-time, with the softer results the coach scored with her. The practice
 * figures and the eindrapportage's Resultaat then have something to show.
 */
public final class DemoUitkomst {

    private DemoUitkomst() {
    }

    /** Records an outcome for every closed traject that has none; returns how many. */
    public static int voegToe(DSLContext ctx, LocalDate today, Instant now) {
        UitkomstRepository repo = new UitkomstRepository(ctx);
        List<Integer> zonder = repo.afgerondZonderUitkomst();
        for (int id : zonder) {
            LocalDate start = repo.trajectStart(id).orElse(today.minusWeeks(40));
            LocalDate eind = DemoDossiers.afsluiting(start, today);
            Uitkomst u = new Uitkomst(Uitkomst.Soort.GEPLAATST_EXTERN, eind, new Uitkomst.Plaatsing("Gemeente Nieuwegein",
                    "Medewerker klantcontact", Uitkomst.Contractvorm.TIJDELIJK, Uitkomst.Route.WERKERVARINGSPLEK, eind, true,
                    24 * 60), null, "Na de werkervaringsplek een contract voor een jaar, met uitzicht op verlenging.",
                    EnumSet.of(Uitkomst.ZachtResultaat.ZELFVERTROUWEN, Uitkomst.ZachtResultaat.EIGEN_REGIE,
                            Uitkomst.ZachtResultaat.MEER_STRUCTUUR), "Gaat zelf het gesprek aan met haar leidinggevende.");
            List<String> fouten = u.fouten(start, today);
            if (!fouten.isEmpty()) {
                // The demo must show a valid record: a changed rule should fail here, not show bad data.
                throw new IllegalStateException("demo outcome breaks " + fouten);
            }
            repo.bewaar(id, u, now);
            repo.sluit(id, eind, now);
        }
        return zonder.size();
    }
}
