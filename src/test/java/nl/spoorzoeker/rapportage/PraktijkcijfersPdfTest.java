package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.uitkomst.pdf.PraktijkcijfersPdf;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.testsupport.Taalproef;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
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
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.groep.GroepsprogrammaService;

/**
 * The practice figures as one-page PDF/As, one per view (issue 18): counts, the year and the practice's name,
 * and not one name of a werknemer or werkgever of the practice (nor of a new employer recorded in
 * an outcome); a cell over fewer than five prints "×". Real SQLite, real PDF, veraPDF.
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
    void onePageOfCountsWithoutAnyNameAndSmallCellsHidden() throws Exception {
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
            dossiers.setStatus(ids.get(i), TrajectStatus.AFGEROND);
        }
        var service = new PraktijkcijfersService(db, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK));
        Suppressie.Tabel tabel = Suppressie.pas(Praktijkcijfers.bereken(service.afgesloten(), 2026));
        byte[] pdf = PraktijkcijfersPdf.render("Re-integratiepraktijk De Brug", 2026, tabel, CLOCK.instant(),
                Teksten.nederlands());

        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(null, doc.getDocumentInformation().getAuthor(), "no coach's name in the metadata either");
        }
        String tekst = RapportTekst.plat(RapportTekst.lees(pdf));
        assertTrue(tekst.startsWith("Praktijkcijfers Re-integratiepraktijk De Brug Afgesloten in 2026 Afgesloten"
                + " trajecten met een vastgelegde uitkomst: 14."), tekst);
        assertTrue(tekst.contains("Nieuwe werkgever × × × × × × ×"), tekst);
        assertTrue(tekst.contains("WGA × × × × × × ×"), tekst);
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

    /**
     * One page per view (issue 18, reviewer): the year page holds the practice's table and no
     * programme; all programmes together and each programme are pages of their own, with the screen's
     * line (the programme's period, its participants, how many closed) and table. A programme of
     * three closed trajecten prints "×" for every figure, and so does the one beside it that would
     * give it back. Each PDF/A, each one A4 page, and no name of a person.
     */
    @Test
    void theYearAndEachProgrammeAreOnePageEachWithTheSameRule() throws Exception {
        var overzicht = programmaPraktijk(db, 3);
        var getoond = overzicht.getoond();
        byte[] jaar = PraktijkcijfersPdf.render("Re-integratiepraktijk De Brug", null, getoond.jaren().alle(),
                CLOCK.instant(), Teksten.nederlands());
        var ids = overzicht.programmas().programmas().stream().map(p -> p.id()).toList();
        byte[] alle = PraktijkcijfersPdf.renderProgramma("Re-integratiepraktijk De Brug", overzicht.programmas(), getoond,
                null, CLOCK.instant(), Teksten.nederlands());
        byte[] a = PraktijkcijfersPdf.renderProgramma("Re-integratiepraktijk De Brug", overzicht.programmas(), getoond,
                ids.get(0), CLOCK.instant(), Teksten.nederlands());
        byte[] b = PraktijkcijfersPdf.renderProgramma("Re-integratiepraktijk De Brug", overzicht.programmas(), getoond,
                ids.get(1), CLOCK.instant(), Teksten.nederlands());
        java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        java.nio.file.Files.write(Path.of("target", "screenshots", "praktijkcijfers-programma-a.pdf"), a);
        for (byte[] pdf : List.of(jaar, alle, a, b)) {
            assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(1, doc.getNumberOfPages(), "one A4 page per view");
            }
        }
        // The year page: 9 recovered, 3 WGA; the 3 hidden and the 9 as its complement. No programme on it.
        String tekst = RapportTekst.plat(RapportTekst.lees(jaar));
        assertTrue(tekst.contains("Hersteld × "), tekst);
        assertTrue(tekst.contains("WGA × "), tekst);
        assertTrue(tekst.contains("Alle uitkomsten 12 "), tekst);
        assertFalse(tekst.contains("Groep A") || tekst.contains("Groep B") || tekst.contains("programma's samen"), tekst);
        // All programmes hold the 9 recovered and nobody else recovered: shown there, 9 would give
        // the year page's hidden 9 back (and 12 − 9 the 3 WGA). Suppressed together, it is hidden here too.
        String samen = RapportTekst.plat(RapportTekst.lees(alle));
        assertTrue(samen.matches(".*Groepsprogramma: Alle programma's samen 9 deelnames in 2 programma's .*Hersteld × .*"),
                samen);
        assertFalse(samen.contains("Groep A") || samen.contains("Groep B"), samen);
        // B's 3 participants hidden, and A's 6 as the complement; B's 3 recovered, and so A's 6. A has an end of
        // its own, B neither an end nor a meeting: its page says from when.
        String tekstA = RapportTekst.plat(RapportTekst.lees(a));
        assertTrue(tekstA.matches(".*Groepsprogramma: Groep A Van " + datum(VANDAAG.minusDays(200)) + " tot en met "
                + datum(VANDAAG.minusDays(100)) + "\\. Minder dan 5 deelnemers.*Hersteld × × × × × × × .*"), tekstA);
        assertFalse(tekstA.contains("Groep B"), tekstA);
        String tekstB = RapportTekst.plat(RapportTekst.lees(b));
        assertTrue(tekstB.contains("Groepsprogramma: Groep B Vanaf " + datum(VANDAAG.minusDays(100))
                + ". Minder dan 5 deelnemers: aantal en opkomst worden niet getoond. Te weinig trajecten"), tekstB);
        assertFalse(tekstB.contains("Groep A"), tekstB);
        for (String naam : db.read(ctx -> ctx.fetch("SELECT naam FROM werknemer").getValues(0, String.class))) {
            for (String t : List.of(tekst, samen, tekstA, tekstB)) {
                assertFalse(t.contains(naam), naam);
            }
        }
        assertFalse((tekst + samen + tekstA + tekstB).contains("Achternaamvan"));
    }

    private static String datum(LocalDate dag) {
        return java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu").format(dag);
    }

    /**
     * Closed trajecten: 9 recovered (6 in Groep A, 3 in Groep B) and {@code wga} WGA outside any
     * programme; the figures as the screen shows them.
     */
    static PraktijkcijfersService.Overzicht programmaPraktijk(Database db, int wga) {
        DossierService dossiers = new DossierService(db, CLOCK);
        UitkomstService uitkomsten = new UitkomstService(db, CLOCK);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 9 + wga; i++) {
            ids.add(TestDossiers.create(db, "Klant " + (char) ('A' + i) + " Achternaamvan"));
        }
        for (int i = 0; i < ids.size(); i++) {
            uitkomsten.wijzig(ids.get(i), new Uitkomst(i < 9 ? Uitkomst.Soort.HERSTELD : Uitkomst.Soort.WIA_WGA,
                    VANDAAG.minusDays(i), null, null, null, null, null));
            dossiers.setStatus(ids.get(i), TrajectStatus.AFGEROND);
        }
        var groep = new GroepsprogrammaService(db, CLOCK);
        groep.bewaar(new Groepsprogramma(null, "Groep A", VANDAAG.minusDays(200), null,
                List.of("Trainer"), VANDAAG.minusDays(100)), ids.subList(0, 6).stream()
                .map(id -> new Groepsprogramma.Deelnemer(id, null, null, null)).toList());
        groep.bewaar(new Groepsprogramma(null, "Groep B", VANDAAG.minusDays(100), null,
                List.of("Trainer")), ids.subList(6, 9).stream()
                .map(id -> new Groepsprogramma.Deelnemer(id, null, null, null)).toList());
        return new PraktijkcijfersService(db, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK)).overzicht();
    }

    /**
     * The practice figures are in the language their caller names, whatever the screen shows or
     * switches to meanwhile (ADR 0008): the year table with its chart and the programme pages, made in
     * Dutch and English at once while the screen's language flips ({@link Taalproef}).
     */
    @Test
    void theFiguresKeepTheirCallersLanguage() throws Exception {
        // Five WGA: both rows shown on page 1, so its chart and legend are printed too.
        var overzicht = programmaPraktijk(db, 5);
        var getoond = overzicht.getoond();
        int a = overzicht.programmas().programmas().getFirst().id();
        Taalproef.tweeTalenTegelijk(taal -> RapportTekst.lees(PraktijkcijfersPdf.render("Re-integratiepraktijk De Brug",
                null, getoond.jaren().alle(), CLOCK.instant(), taal)) + "\n"
                + RapportTekst.lees(PraktijkcijfersPdf.renderProgramma("Re-integratiepraktijk De Brug",
                overzicht.programmas(), getoond, a, CLOCK.instant(), taal)),
                List.of("praktijkcijfers."), 6);
    }
}
