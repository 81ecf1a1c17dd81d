package nl.spoorzoeker.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.uitkomst.PraktijkcijfersService;

/**
 * Times gathering the practice figures on a big practice: the service as it is (every clock in one
 * read) against the clocks read one traject at a time, as the service did before (the loop below is
 * that code's milestone part). Medians of {@code runs} after one warm-up of each.
 * {@code java -cp … nl.spoorzoeker.bench.PraktijkcijfersMeting <practice folder> [runs]}
 */
public final class PraktijkcijfersMeting {

    private PraktijkcijfersMeting() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        try (Database db = Database.open(Path.of(args[0]).resolve("spoorzoeker.db"))) {
            TijdlijnService tijdlijnen = new TijdlijnService(db, clock, KlokInstellingen.STANDAARD);
            var service = new PraktijkcijfersService(db, tijdlijnen, new ContactService(db, clock));
            List<Integer> ids = db.read(ctx -> ctx.fetch("SELECT t.id FROM traject t JOIN traject_uitkomst u "
                    + "ON u.traject_id = t.id WHERE t.startdatum IS NOT NULL").getValues(0, Integer.class));
            int n = service.afgesloten().size();
            perEen(tijdlijnen, ids);
            List<Double> nu = new ArrayList<>();
            List<Double> klokkenEenVoorEen = new ArrayList<>();
            List<Double> klokkenInEen = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                service.afgesloten();
                nu.add((System.nanoTime() - t0) / 1e6);
                t0 = System.nanoTime();
                perEen(tijdlijnen, ids);
                klokkenEenVoorEen.add((System.nanoTime() - t0) / 1e6);
                t0 = System.nanoTime();
                tijdlijnen.mijlpalen(ids);
                klokkenInEen.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.printf("%d closed trajecten, %d with a start; medians of %d runs:%n", n, ids.size(), runs);
            System.out.printf("  afgesloten() now (clocks in one read): %.0f ms %s%n", mediaan(nu), nu);
            System.out.printf("  clocks one by one (the old loop):      %.0f ms %s%n", mediaan(klokkenEenVoorEen),
                    klokkenEenVoorEen);
            System.out.printf("  clocks in one read (the new method):   %.0f ms %s%n", mediaan(klokkenInEen), klokkenInEen);
        }
    }

    /** The old gathering's milestone part: a read per traject. */
    private static int perEen(TijdlijnService tijdlijnen, List<Integer> ids) {
        int laat = 0;
        for (int id : ids) {
            laat += (int) tijdlijnen.mijlpalen(id).stream().filter(m -> m.soort() == MijlpaalSoort.START_SPOOR_2)
                    .map(Mijlpaal::deadline).count();
        }
        return laat;
    }

    private static double mediaan(List<Double> w) {
        List<Double> s = w.stream().sorted().toList();
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }
}
