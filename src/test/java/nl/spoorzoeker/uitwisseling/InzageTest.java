package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.logboek.Contactmoment;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.pdf.PdfSchrijver;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taal.Teksten;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.rapportage.PdfaValidatie;

/** Inzage (AVG art. 15): everything of one werknemer, readable and as JSON, and nothing of anyone else. */
class InzageTest {

    private static final String NAAM = "Çiğdem Yılmaz-Łukasz";
    private static final String KANARIE = "KANARIE-ANDERE-WERKNEMER-7f3a9c";

    @TempDir
    Path dir;

    @Test
    void allesVanEenWerknemerLeesbaarEnAlsJsonEnNietsVanEenAnder() throws Exception {
        try (Database db = Database.open(dir.resolve("data/spoorzoeker.db"))) {
            Praktijkdata.Gevuld gevuld = Praktijkdata.vul(db, dir);
            DossierService dossiers = new DossierService(db, CLOCK);
            Dossier d = dossiers.find(gevuld.dossier()).orElseThrow();
            Werknemer w = d.werknemer();
            dossiers.update(d.id(), new Werknemer(w.id(), NAAM, w.geboortedatum(), w.telefoon(), w.email(), w.adres(),
                    w.functie(), w.contracturenMinuten(), w.rijbewijs(), w.vervoer()), d.werkgever().id(), d.traject());
            ContactService contacten = new ContactService(db, CLOCK);
            StringBuilder lang = new StringBuilder();
            for (int i = 0; lang.length() < 100_000; i++) {
                lang.append(i % 97 == 0 ? "\n" : " ").append("woord").append(i).append(i % 13 == 0 ? " ğşıłŻ" : "");
            }
            lang.append(' ').append("x".repeat(3000)).append(" einde");
            String notitie = lang.substring(0, 100_000);
            contacten.log(d.id(), new Contactmoment(null, LocalDateTime.of(2026, 11, 20, 9, 30), 45, ContactSoort.TELEFONISCH,
                    NAAM, "Lange notitie", notitie, "Afspraak: volgende week bellen", null, null, null, true));
            List<String> anderen = new ArrayList<>();
            for (var r : dossiers.list()) {
                if (r.trajectId() != d.id()) {
                    anderen.add(r.naam());
                    contacten.log(r.trajectId(), new Contactmoment(null, LocalDateTime.of(2026, 11, 21, 10, 0), 30,
                            ContactSoort.VIDEO, null, null, KANARIE + " " + r.naam(), null, null, null, null, true));
                }
            }

            // Named as a coach may name it: the audit entry must not keep the name (issue 17 item 7).
            Path zip = dir.resolve("uit/" + NAAM + " - inzage.zip");
            UitwisselingService.Inzage inzage = UitwisselingServiceTest.service(db, dir.resolve("data")).inzageVoorDossier(d.id(), zip,
                    Teksten.nederlands());
            assertEquals(List.of(d.id()), inzage.trajecten());
            Map<String, byte[]> inhoud = uitpakken(Files.readAllBytes(zip));
            assertTrue(inhoud.keySet().containsAll(List.of("inzage.pdf", "manifest.json", "LEESMIJ.txt",
                    "tabellen/werknemer.json", "tabellen/contactmoment.json")), inhoud.keySet().toString());
            byte[] pdf = inhoud.get("inzage.pdf");
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "inzage-voorbeeld.pdf"), pdf);

            String json = new String(inhoud.get("tabellen/contactmoment.json"), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"traject_id\":(\\d+)").matcher(json);
            int rijen = 0;
            while (m.find()) {
                assertEquals(Integer.toString(d.id()), m.group(1), "only this werknemer's contactmomenten");
                rijen++;
            }
            assertEquals(contacten.logboek(d.id()).contacten().size(), rijen);
            String alleJson = new String(inhoud.entrySet().stream().filter(e -> e.getKey().endsWith(".json"))
                    .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat));
            assertFalse(alleJson.contains(KANARIE), "nothing of another werknemer in the JSON");

            try (PDDocument doc = Loader.loadPDF(pdf)) {
                // Without the running header and footer, which the text extraction puts between the lines of a
                // note that runs over a page break.
                String tekst = plat(new PDFTextStripper().getText(doc))
                        .replaceAll("Vertrouwelijk·SpoorzoekerCoaching|pagina\\d+van\\d+|SpoorzoekerCoachingVERTROUWELIJK·INZAGE", "");
                assertTrue(tekst.contains(plat(NAAM)), "the Unicode name renders");
                for (Contactmoment c : contacten.logboek(d.id()).contacten()) {
                    if (c.samenvatting() != null) {
                        assertTrue(tekst.contains(plat(c.samenvatting())), "contactmoment " + c.id() + " is in full in the PDF");
                    }
                }
                assertFalse(tekst.contains(plat(KANARIE)), "nothing of another werknemer");
                for (String ander : anderen) {
                    // (a name that is part of this werknemer's new name says nothing; the canary covers it)
                    assertFalse(!plat(NAAM).contains(plat(ander)) && tekst.contains(plat(ander)), ander + " does not appear");
                }
                for (PDPage pagina : doc.getPages()) {
                    for (COSName naam : pagina.getResources().getFontNames()) {
                        PDFont font = pagina.getResources().getFont(naam);
                        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    }
                }
                binnenDeMarges(doc);
                System.out.printf("Inzage PDF: %d pages, %d bytes; a %d-character note wrapped within the margins%n",
                        doc.getNumberOfPages(), pdf.length, notitie.length());
            }
            assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf),
                    "the inzage PDF is tagged too: veraPDF PDF/A-2a and PDF/UA-1");
            assertEquals(Handeling.INZAGE, new AuditService(db, CLOCK).alle().getFirst().handeling());
            String audit = new AuditService(db, CLOCK).alle().getFirst().omschrijving();
            assertFalse(audit.contains("Çiğdem") || audit.contains("Łukasz") || audit.contains(".zip"),
                    "ids and counts, not the file's name: " + audit);
        }
    }

    /** No glyph starts left of the left margin or ends right of the right margin. */
    private static void binnenDeMarges(PDDocument doc) throws IOException {
        List<String> buiten = new ArrayList<>();
        PDFTextStripper posities = new PDFTextStripper() {
            @Override
            protected void writeString(String tekst, List<TextPosition> glyphs) {
                float breedte = getCurrentPage().getMediaBox().getWidth();
                for (TextPosition g : glyphs) {
                    if (g.getXDirAdj() < PdfSchrijver.MARGE - 0.5f
                            || g.getXDirAdj() + g.getWidthDirAdj() > breedte - PdfSchrijver.MARGE + 0.5f) {
                        buiten.add(g.getUnicode() + " at " + g.getXDirAdj() + " on page " + getCurrentPageNo());
                    }
                }
            }
        };
        posities.getText(doc);
        assertTrue(buiten.isEmpty(), buiten.stream().limit(10).toList().toString());
    }

    /** Without white space and the soft hyphens of words hyphenated at a line end. */
    private static String plat(String s) {
        return s.replaceAll("\\s+|\u00AD", "");
    }

    static Map<String, byte[]> uitpakken(byte[] zip) throws IOException {
        Map<String, byte[]> uit = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                uit.put(e.getName(), in.readAllBytes());
            }
        }
        return uit;
    }
}
