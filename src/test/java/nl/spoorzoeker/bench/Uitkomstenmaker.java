package nl.spoorzoeker.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.uitkomst.UitkomstService;

/**
 * Realistic outcomes for every closed traject of a generated practice, so its practice figures
 * have something to count (issue 18). The mix leans on domain.md §7: far fewer new employers than
 * WIA outcomes (UWV found 7 in 100 with a new employer at the WIA claim, an undercount since those
 * placed early never claim), a quarter or so back at the own employer, WGA the most common WIA
 * decision; a few stops, retirements and others, so a small year shows cells under five. About
 * seven in ten werknemers scored the scales at the intake, most of those again at the end.
 */
final class Uitkomstenmaker {

    /** Outcome and its weight in a hundred. */
    private static final Map<Uitkomst.Soort, Integer> MIX = new EnumMap<>(Map.of(
            Uitkomst.Soort.GEPLAATST_EXTERN, 16, Uitkomst.Soort.GEPLAATST_INTERN, 18, Uitkomst.Soort.HERSTELD, 9,
            Uitkomst.Soort.WIA_WGA, 24, Uitkomst.Soort.WIA_IVA, 8, Uitkomst.Soort.WIA_GEEN_UITKERING, 9,
            Uitkomst.Soort.GESTOPT, 10, Uitkomst.Soort.PENSIOEN, 3, Uitkomst.Soort.ANDERS, 3));
    private static final List<String> WERKGEVERS = List.of("Kringloop Eemland", "Bouwbedrijf Van Dam", "Zorggroep Rivierenland",
            "Gemeente Houten", "Transportbedrijf Nijhof", "Bakkerij De Korenschoof", "Installatiebedrijf Klaassen");
    private static final List<String> FUNCTIES = List.of("Administratief medewerker", "Winkelmedewerker", "Planner",
            "Magazijnmedewerker", "Receptionist", "Klantenservicemedewerker", "Conciërge");

    private Uitkomstenmaker() {
    }

    /**
     * Records an outcome (and for most the scales) for every closed traject, after moving its start
     * to a realistic week; returns how many.
     */
    static int vul(Database db, Clock clock) {
        Random random = new Random(18);
        LocalDate vandaag = LocalDate.now(clock);
        UitkomstService service = new UitkomstService(db, clock);
        record Gesloten(int id, LocalDate start) {
        }
        // The generator starts every traject in week 54; in practice most start 12 to 18 months after
        // the first day of sickness (domain.md §7: 68%), many after the latest start of week 58.
        // A closed traject started at least three months ago (one sick recently started at once).
        db.write(cfg -> {
            for (var r : cfg.dsl().fetch("SELECT id, eerste_ziektedag FROM traject WHERE status <> ?",
                    TrajectStatus.ACTIEF.name())) {
                LocalDate start = LocalDate.parse(r.get(1, String.class)).plusWeeks(44 + random.nextInt(30));
                LocalDate uiterlijk = vandaag.minusWeeks(13);
                cfg.dsl().execute("UPDATE traject SET startdatum = ? WHERE id = ?",
                        (start.isAfter(uiterlijk) ? uiterlijk : start).toString(), r.get(0, Integer.class));
            }
            return null;
        });
        List<Gesloten> gesloten = db.read(ctx -> ctx.fetch("SELECT id, startdatum FROM traject WHERE status <> ? "
                + "AND startdatum IS NOT NULL ORDER BY id", TrajectStatus.ACTIEF.name())
                .map(r -> new Gesloten(r.get(0, Integer.class), LocalDate.parse(r.get(1, String.class)))));
        for (Gesloten g : gesloten) {
            // Spoor 2 runs up to about week 104: 3 to 12 months, never past today.
            LocalDate einde = g.start().plusWeeks(12 + random.nextInt(40));
            if (einde.isAfter(vandaag)) {
                einde = vandaag;
            }
            Uitkomst.Soort soort = kies(random);
            Uitkomst.Plaatsing plaatsing = soort.plaatsing() ? new Uitkomst.Plaatsing(
                    soort == Uitkomst.Soort.GEPLAATST_EXTERN ? WERKGEVERS.get(random.nextInt(WERKGEVERS.size())) : null,
                    FUNCTIES.get(random.nextInt(FUNCTIES.size())),
                    Uitkomst.Contractvorm.values()[random.nextInt(Uitkomst.Contractvorm.values().length)],
                    Uitkomst.Route.values()[random.nextInt(Uitkomst.Route.values().length)], einde.plusDays(random.nextInt(14)),
                    random.nextInt(4) == 0, null) : null;
            if (plaatsing != null && plaatsing.gedeeltelijk()) {
                plaatsing = new Uitkomst.Plaatsing(plaatsing.werkgever(), plaatsing.functie(), plaatsing.vorm(),
                        plaatsing.route(), plaatsing.startdatum(), true, (16 + 4 * random.nextInt(4)) * 60);
            }
            Uitkomst u = new Uitkomst(soort, einde, plaatsing,
                    soort == Uitkomst.Soort.GESTOPT ? Uitkomst.GestoptDoor.values()[random.nextInt(4)] : null,
                    soort == Uitkomst.Soort.GESTOPT ? "Opdracht beëindigd" : soort == Uitkomst.Soort.ANDERS
                            ? "Eigen bedrijf gestart" : null, null, null);
            Schaalmeting begin = null;
            Schaalmeting eind = null;
            if (random.nextInt(10) < 7) {
                begin = meting(random, g.start().plusDays(7), null);
                if (random.nextInt(10) < 8) {
                    eind = meting(random, einde, begin);
                }
            }
            if (begin != null) {
                service.bewaarMeting(g.id(), Schaalmeting.Moment.BEGIN, begin);
            }
            service.wijzig(g.id(), u, eind);
        }
        return gesloten.size();
    }

    private static Uitkomst.Soort kies(Random random) {
        int r = random.nextInt(100);
        for (var e : MIX.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        return Uitkomst.Soort.ANDERS;
    }

    /** Low scores at the intake; at the end mostly higher, sometimes lower. */
    private static Schaalmeting meting(Random random, LocalDate datum, Schaalmeting begin) {
        Map<Schaalmeting.Schaal, Integer> scores = new EnumMap<>(Schaalmeting.Schaal.class);
        for (Schaalmeting.Schaal s : Schaalmeting.Schaal.values()) {
            int waarde = begin == null ? 2 + random.nextInt(5) : begin.score(s) - 1 + random.nextInt(5);
            scores.put(s, Math.max(1, Math.min(10, waarde)));
        }
        return new Schaalmeting(datum, scores);
    }
}
