package nl.spoorzoeker.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.groep.GroepsprogrammaService;
import nl.spoorzoeker.groep.Roosterpatroon;
import nl.spoorzoeker.logboek.Groepssessie;

/**
 * A generated practice of many closed trajecten over ten years with their outcomes, smaller than
 * {@link TienJaarPraktijk} (no search load), for looking at the practice figures in the window.
 */
public final class Cijferpraktijk {

    private Cijferpraktijk() {
    }

    /** Makes {@code dossiers} dossiers (30 running, the rest closed with an outcome) in an empty data folder. */
    public static int maak(Path root, int dossiers, Clock clock) throws Exception {
        SyntheticPractice.create(root, dossiers, clock);
        try (Database db = Database.open(root.resolve("spoorzoeker.db"))) {
            int n = Uitkomstenmaker.vul(db, clock);
            werk(db, clock);
            programmas(db, clock);
            return n;
        }
    }

    /**
     * Hours and sollicitaties for each closed traject (the synthetic practice has none): 12 to 30
     * conversations of an hour or an hour and a half, and 3 to 30 sollicitaties sent, a few more
     * for those placed with a new employer.
     */
    private static void werk(Database db, Clock clock) {
        java.util.Random random = new java.util.Random(7);
        String nu = clock.instant().toString();
        db.write(cfg -> {
            var ctx = cfg.dsl();
            for (var r : ctx.fetch("SELECT t.id, t.startdatum, u.soort FROM traject t JOIN traject_uitkomst u "
                    + "ON u.traject_id = t.id")) {
                int id = r.get(0, Integer.class);
                java.time.LocalDate start = java.time.LocalDate.parse(r.get(1, String.class));
                for (int i = 0, n = 12 + random.nextInt(19); i < n; i++) {
                    ctx.execute("INSERT INTO contactmoment (traject_id, moment, duur_minuten, soort, deelnemers, doel, "
                            + "samenvatting, afspraken, is_declarabel, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, "
                            + "'GESPREK_OP_LOCATIE', 'coach', 'Voortgang', 'Besproken', '', 1, ?, ?)", id,
                            start.plusDays(7L * i).atTime(10, 0).toString(), random.nextBoolean() ? 60 : 90, nu, nu);
                }
                int sollicitaties = 3 + random.nextInt(28) + ("GEPLAATST_EXTERN".equals(r.get(2, String.class)) ? 8 : 0);
                for (int i = 0; i < sollicitaties; i++) {
                    ctx.execute("INSERT INTO sollicitatie (traject_id, datum, organisatie, functie, kanaal, status, "
                            + "aangemaakt_op, gewijzigd_op) VALUES (?, ?, 'Bedrijf', 'Medewerker', 'VACATURE', "
                            + "'AFGEWEZEN', ?, ?)", id, start.plusDays(3L * i + 20).toString(), nu, nu);
                }
            }
            return null;
        });
    }

    /**
     * Eight group programmes, one a year from 2018, of 3 to 14 closed trajecten each (a few in two),
     * with six weekly workshops each recorded as held, most participants present: so the figures
     * have programme tables, some of them small enough to hide.
     */
    private static void programmas(Database db, Clock clock) {
        java.util.Random random = new java.util.Random(11);
        List<Integer> gesloten = db.read(ctx -> ctx.fetch("SELECT traject_id FROM traject_uitkomst ORDER BY traject_id")
                .getValues(0, Integer.class));
        var groep = new GroepsprogrammaService(db, clock);
        int[] groottes = {14, 9, 7, 6, 12, 4, 10, 3};
        int volgende = 0;
        for (int i = 0; i < groottes.length; i++) {
            List<Groepsprogramma.Deelnemer> deelnemers = new java.util.ArrayList<>();
            for (int j = 0; j < groottes[i]; j++) {
                // Every fifth programme shares two participants with the one before it.
                int id = i % 5 == 4 && j < 2 ? gesloten.get(volgende - 1 - j) : gesloten.get(volgende++);
                deelnemers.add(new Groepsprogramma.Deelnemer(id, null, null, null));
            }
            java.time.LocalDate start = java.time.LocalDate.of(2018 + i, 3, 1);
            int p = groep.bewaar(new Groepsprogramma(null, "Werkfit " + (2018 + i), start, "Zaal 1",
                    List.of("Trainer A")), deelnemers);
            groep.plan(p, new Roosterpatroon(start, java.time.DayOfWeek.TUESDAY,
                    java.time.LocalTime.of(10, 0), 120, 6, 1, Groepssessie.Soort.WORKSHOP, 0,
                    "Zaal 1"), (n, soort) -> "Workshop " + n);
            for (var b : groep.detail(p).orElseThrow().bijeenkomsten()) {
                List<Groepsprogramma.Aanwezigheid> aanwezig = new java.util.ArrayList<>();
                for (var d : deelnemers) {
                    boolean er = random.nextInt(10) < 8;
                    aanwezig.add(new Groepsprogramma.Aanwezigheid(d.dossierId(), null, er,
                            er ? null : "Afgemeld"));
                }
                if (aanwezig.stream().noneMatch(Groepsprogramma.Aanwezigheid::aanwezig)) {
                    continue;
                }
                groep.legVast(new Groepsprogramma.Verslag(b.id(), "Trainer A", aanwezig,
                        "Geoefend.", Groepssessie.Verdeling.VOLLEDIG, true));
            }
        }
    }
}
