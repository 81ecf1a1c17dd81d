package nl.spoorzoeker.bench;

import java.nio.file.Path;
import java.time.Clock;
import nl.spoorzoeker.store.Database;

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
}
