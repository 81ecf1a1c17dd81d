package nl.spoorzoeker.report;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.activity.ContactService;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.uitkomst.pdf.PraktijkcijfersPdf;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.timeline.KlokInstellingen;
import nl.spoorzoeker.uitkomst.Praktijkcijfers;
import nl.spoorzoeker.uitkomst.PraktijkcijfersService;
import nl.spoorzoeker.uitkomst.Suppressie;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.uitkomst.UitkomstService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice figures as a one-page PDF/A (issue 18): counts, the year and the practice's name,
 * and not one name of a werknemer or werkgever of the practice (nor of a new employer recorded in
 * an outcome); a cell over fewer than five prints "< 5". Real SQLite, real PDF, veraPDF.
 */
class PraktijkcijfersPdfTest {

    static final LocalDate VANDAAG = LocalDate.now(CLOCK);

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
    void onePageOfCountsWithoutAnyNameAndSmallCellsAsLessThanFive() throws Exception {
        Demoset.load(db, CLOCK);
        DossierService dossiers = new DossierService(db, CLOCK);
        UitkomstService uitkomsten = new UitkomstService(db, CLOCK);
        List<Integer> ids = new ArrayList<>(dossiers.list().stream().map(r -> r.trajectId()).toList());
        // The demo practice has nine dossiers (eight and a vangnet one): five more make fourteen.
        for (String naam : List.of("Fenna Kuipers", "Gijs Oudshoorn", "Hatice Yıldız", "Ids Zwart", "Joke Prins")) {
            ids.add(TestDossiers.create(db, naam));
        }
        assertEquals(14, ids.size());
        // 7 recovered, 5 WGA, 2 placed with a new employer: the 2 are hidden, and so the 5 (the next
        // smallest), or 14 − 7 − 5 would give the 2 back.
        for (int i = 0; i < ids.size(); i++) {
            Uitkomst u = i < 7 ? new Uitkomst(Uitkomst.Soort.HERSTELD, VANDAAG.minusDays(i), null, null, null, null, null)
                    : i < 12 ? new Uitkomst(Uitkomst.Soort.WIA_WGA, VANDAAG.minusDays(i), null, null, null, null, null)
                    : new Uitkomst(Uitkomst.Soort.GEPLAATST_EXTERN, VANDAAG.minusDays(i), new Uitkomst.Plaatsing(
                    "Kringloop Eemland", "Winkelmedewerker", null, null, VANDAAG, false, null), null, null, null, null);
            uitkomsten.wijzig(ids.get(i), u);
            dossiers.setStatus(ids.get(i), nl.spoorzoeker.dossier.TrajectStatus.AFGEROND);
        }
        var service = new PraktijkcijfersService(db, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK));
        Suppressie.Tabel tabel = Suppressie.pas(Praktijkcijfers.bereken(service.afgesloten(), 2026));
        byte[] pdf = PraktijkcijfersPdf.render("Re-integratiepraktijk De Brug", 2026, tabel, CLOCK.instant());

        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(null, doc.getDocumentInformation().getAuthor(), "no coach's name in the metadata either");
        }
        String tekst = RapportTekst.plat(RapportTekst.lees(pdf));
        assertTrue(tekst.startsWith("Praktijkcijfers Re-integratiepraktijk De Brug Afgesloten in 2026 Afgesloten"
                + " trajecten met een vastgelegde uitkomst: 14."), tekst);
        assertTrue(tekst.contains("Nieuwe werkgever < 5 < 5 < 5 < 5 < 5 < 5 < 5"), tekst);
        assertTrue(tekst.contains("WGA < 5 < 5 < 5 < 5 < 5 < 5 < 5"), tekst);
        assertTrue(tekst.contains("Hersteld 7 "), tekst);
        assertTrue(tekst.contains("Alle uitkomsten 14 "), tekst);
        List<String> namen = new ArrayList<>(db.read(ctx -> ctx.fetch("SELECT naam FROM werknemer UNION "
                + "SELECT naam FROM werkgever UNION SELECT werkgever FROM traject_uitkomst WHERE werkgever IS NOT NULL")
                .getValues(0, String.class)));
        assertTrue(namen.size() >= 14 + 6 + 1, namen.toString());
        for (String naam : namen) {
            assertFalse(tekst.contains(naam), naam + " in " + tekst);
            // Nor a surname on its own (the longest word of the name).
            String langste = java.util.Arrays.stream(naam.split("[ -]")).max(java.util.Comparator.comparingInt(String::length))
                    .orElseThrow();
            assertFalse(langste.length() > 4 && tekst.contains(langste), langste + " in " + tekst);
        }
    }
}
