package nl.spoorzoeker.uitkomst;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.activity.ContactService;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.groep.GroepsprogrammaService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Taalproef;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.timeline.KlokInstellingen;
import nl.spoorzoeker.uitkomst.pdf.PraktijkcijfersPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice figures PDF is in the language its caller names, whatever the screen shows or switches
 * to meanwhile (ADR 0008): the year table with its chart and the programme pages, made in Dutch and
 * English at once while the screen's language flips ({@link Taalproef}).
 */
class PraktijkcijfersTaalTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFiguresKeepTheirCallersLanguage() throws Exception {
        LocalDate vandaag = LocalDate.now(CLOCK);
        DossierService dossiers = new DossierService(db, CLOCK);
        UitkomstService uitkomsten = new UitkomstService(db, CLOCK);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            ids.add(TestDossiers.create(db, "Klant " + (char) ('A' + i) + " Achternaamvan"));
        }
        for (int i = 0; i < ids.size(); i++) {
            // 9 recovered, 5 WGA: both rows shown, and a programme of three hidden ("< 5").
            uitkomsten.wijzig(ids.get(i), new Uitkomst(i < 9 ? Uitkomst.Soort.HERSTELD : Uitkomst.Soort.WIA_WGA,
                    vandaag.minusDays(i), null, null, null, null, null));
            dossiers.setStatus(ids.get(i), TrajectStatus.AFGEROND);
        }
        GroepsprogrammaService groep = new GroepsprogrammaService(db, CLOCK);
        groep.bewaar(new Groepsprogramma(null, "Groep A", vandaag.minusDays(200), null, List.of("Trainer")),
                ids.subList(0, 6).stream().map(id -> new Groepsprogramma.Deelnemer(id, null, null, null)).toList());
        groep.bewaar(new Groepsprogramma(null, "Groep B", vandaag.minusDays(100), null, List.of("Trainer")),
                ids.subList(6, 9).stream().map(id -> new Groepsprogramma.Deelnemer(id, null, null, null)).toList());
        PraktijkcijfersService service = new PraktijkcijfersService(db,
                new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD), new ContactService(db, CLOCK));
        var overzicht = service.overzicht();
        var getoond = overzicht.getoond();
        Taalproef.tweeTalenTegelijk(taal -> {
            byte[] pdf = PraktijkcijfersPdf.render("Re-integratiepraktijk De Brug", null, getoond.jaren().alle(),
                    overzicht.programmas(), getoond, CLOCK.instant(), taal);
            try (var doc = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(doc);
            }
        }, List.of("praktijkcijfers.", "uitkomst."), 6);
    }
}
