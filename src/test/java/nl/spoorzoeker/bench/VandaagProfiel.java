package nl.spoorzoeker.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.spoorzoeker.app.AppContext;
import nl.spoorzoeker.app.DataDirectory;

/**
 * What the start screen's data costs, query by query, on a generated practice (issue 21 item 10):
 * {@code java … nl.spoorzoeker.bench.VandaagProfiel DIR}. The first round is the one a start pays
 * (cold code, cold SQLite page cache of this connection); the later rounds show the warm cost.
 * Opens the practice in place (it leaves its clean-shutdown mark as the app does).
 */
public final class VandaagProfiel {

    private VandaagProfiel() {
    }

    public static void main(String[] args) throws Exception {
        DataDirectory dir = new DataDirectory(Path.of(args[0]));
        int rondes = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long t0 = System.nanoTime();
        try (AppContext app = AppContext.open(dir, Clock.systemDefaultZone())) {
            System.out.printf("open %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            LocalDate vandaag = LocalDate.now();
            for (int r = 0; r < rondes; r++) {
                StringBuilder regel = new StringBuilder("round " + r + ":");
                long begin = System.nanoTime();
                tijd(regel, "list", () -> app.dossiers().list().size());
                tijd(regel, "openTermijnen", () -> app.tijdlijn().openTermijnen(28).size());
                tijd(regel, "huidigeFasen", () -> app.fasen().huidigeFasenPerDossier().size());
                tijd(regel, "laatsteContacten", () -> app.contacten().laatsteContacten().size());
                tijd(regel, "laatsteMarkt", () -> app.arbeidsmarkt().laatsteMarktactiviteit().size());
                tijd(regel, "gatDrempels", () -> app.tijdlijn().gatDrempels().contactDagen());
                tijd(regel, "arbeidsmarktSinds", () -> app.fasen().arbeidsmarktSinds().size());
                tijd(regel, "evaluatieSignalen", () -> app.werkervaring().evaluatieSignalen(vandaag).size());
                tijd(regel, "afspraken", () -> app.afspraken().tussen(vandaag, vandaag.plusDays(1)).size());
                regel.append(String.format(" | total %.0f ms", (System.nanoTime() - begin) / 1e6));
                System.out.println(regel);
            }
        }
    }

    private static void tijd(StringBuilder regel, String wat, Callable<Integer> werk) throws Exception {
        long t0 = System.nanoTime();
        int n = werk.call();
        regel.append(String.format(" %s %.0f ms (%d)", wat, (System.nanoTime() - t0) / 1e6, n));
    }
}
