package nl.spoorzoeker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.uitkomst.pdf.PraktijkcijfersPdf;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.uitkomst.Praktijkcijfers;
import nl.spoorzoeker.uitkomst.PraktijkcijfersService;
import nl.spoorzoeker.uitkomst.Suppressie;

/**
 * For looking by hand: the practice figures of a practice made by {@link TienJaarPraktijk#main},
 * as PDFs (all years and each year) in a folder, with how long gathering them took.
 * {@code java -cp … nl.spoorzoeker.bench.PraktijkcijfersBeeld <practice folder> <out folder>}
 */
public final class PraktijkcijfersBeeld {

    private PraktijkcijfersBeeld() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        Path uit = Files.createDirectories(Path.of(args[1]));
        try (Database db = Database.open(Path.of(args[0]).resolve("spoorzoeker.db"))) {
            var service = new PraktijkcijfersService(db, new TijdlijnService(db, clock, KlokInstellingen.STANDAARD),
                    new ContactService(db, clock));
            long t0 = System.nanoTime();
            var overzicht = service.overzicht();
            var lijst = overzicht.afgesloten();
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf("%d closed trajecten gathered in %.0f ms%n", lijst.size(), ms);
            var jaren = new java.util.ArrayList<Integer>();
            jaren.add(null);
            jaren.addAll(Praktijkcijfers.jaren(lijst));
            var getoond = overzicht.getoond();
            var tabellen = getoond.jaren();
            for (Integer jaar : jaren) {
                var tabel = tabellen.van(jaar);
                long hidden = tabel.rijen().stream().filter(Suppressie.Rij::verborgen).count();
                byte[] pdf = PraktijkcijfersPdf.render("Re-integratiepraktijk De Brug", jaar, tabel, clock.instant(),
                        I18n.teksten());
                Files.write(uit.resolve("cijfers-" + (jaar == null ? "alle" : jaar) + ".pdf"), pdf);
                System.out.printf("%s: %d trajecten, %d outcome rows, %d hidden%n", jaar == null ? "all" : jaar,
                        tabel.totaal().regel().aantal(), tabel.rijen().size(), hidden);
            }
            // Each programme's page, and all programmes' together.
            var ids = new java.util.ArrayList<Integer>();
            ids.add(null);
            overzicht.programmas().programmas().forEach(p -> ids.add(p.id()));
            for (Integer id : ids) {
                byte[] pdf = PraktijkcijfersPdf.renderProgramma("Re-integratiepraktijk De Brug", overzicht.programmas(),
                        getoond, id, clock.instant(), I18n.teksten());
                Files.write(uit.resolve("programma-" + (id == null ? "alle" : id) + ".pdf"), pdf);
            }
        }
    }
}
