package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.store.schema.Tables;
import nl.spoorzoeker.taak.Geannuleerd;
import nl.spoorzoeker.taak.Taak;
import nl.spoorzoeker.testsupport.Proefpraktijk;
import nl.spoorzoeker.testsupport.Uitvoerweg;

/** A report from concept to final and corrected, on a real SQLite file with the demo practice. */
class RapportOpslagTest {

    static final LocalDate TOT = LocalDate.of(2026, 11, 22);
    static final LocalDate VAN = TOT.minusWeeks(6).plusDays(1);

    @TempDir
    Path dir;
    Database db;
    RapportOpslag opslag;
    int dossier;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        DossierService dossiers = new DossierService(db, CLOCK);
        PraktijkService praktijk = new PraktijkService(db, CLOCK);
        opslag = opslag(db, praktijk);
        int zonderPraktijk = opslag.nieuw(dossiers.list().getFirst().trajectId(), RapportSoort.INTAKEVERSLAG,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 20), I18n.teksten());
        assertTrue(opslag.controleer(zonderPraktijk, I18n.teksten()).bevindingen().stream().anyMatch(b -> b.controle().equals("PRAKTIJK")
                && b.ernst() == Bevinding.Ernst.BLOKKADE), "no final report without the coach's name and practice");
        praktijk.save(Proefpraktijk.DE_BRUG);
        assertFalse(opslag.controleer(zonderPraktijk, I18n.teksten()).bevindingen().stream().anyMatch(b -> b.controle().equals("PRAKTIJK")));
        dossier = Proefpraktijk.traject(dossiers, "Mohammed El Amrani");
    }

    /** The report store on {@code db} with every service a report reads, as the app wires it. */
    static RapportOpslag opslag(Database db, PraktijkService praktijk) {
        return opslag(db, praktijk, new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD));
    }

    /** As {@link #opslag(Database, PraktijkService)}, with the checks given (the practice's guard, as the app wires it). */
    static RapportOpslag opslag(Database db, PraktijkService praktijk, Uwvtoets toets) {
        DossierService dossiers = new DossierService(db, CLOCK);
        RapportService modellen = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                new ProfielService(db, CLOCK), new FaseService(db, CLOCK));
        return new RapportOpslag(db, CLOCK, modellen, dossiers, praktijk, toets);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Rapportinvoer ingevuld() {
        return Proefpraktijk.ingevuld(TOT, "Goede periode; Zoë's = tekens \\ blijven staan.");
    }

    /** Issue 18: UWV as opdrachtgever is a recipient kind of its own (schema v29), stored and read back as such. */
    @Test
    void theOpdrachtgeverIsARecipientKindOfItsOwn() {
        int id = opslag.nieuw(dossier, RapportSoort.VOORTGANG, VAN, TOT, I18n.teksten());
        opslag.verzend(id, new Rapport.Verzending(RapportModel.OntvangerSoort.OPDRACHTGEVER, "UWV Utrecht", TOT,
                Rapport.Kanaal.PORTAAL));
        assertEquals(List.of(new Rapport.Verzending(RapportModel.OntvangerSoort.OPDRACHTGEVER, "UWV Utrecht", TOT,
                Rapport.Kanaal.PORTAAL)), opslag.verzendingen(id));
    }

    /**
     * Finalising as the editor runs it ({@link DefinitiefTaak}): a cancel after the PDF is rendered
     * stores nothing (still a concept, no audit entry); run again, progress only moves forward to
     * 1.0 and the report and its audit entry are stored together.
     */
    @Test
    void definitiefTaakCancelledBeforeStoringLeavesTheConceptThenFinalisesWithForwardProgress() throws Exception {
        int id = opslag.nieuw(dossier, RapportSoort.VOORTGANG, VAN, TOT, I18n.teksten());
        opslag.bewaar(id, ingevuld());
        opslag.verzend(id, new Rapport.Verzending(RapportModel.OntvangerSoort.WERKNEMER, "Mohammed El Amrani", TOT,
                Rapport.Kanaal.PERSOONLIJK));
        for (Bevinding w : opslag.controleer(id, I18n.teksten()).openWaarschuwingen()) {
            opslag.erken(id, w, "Besproken met de werkgever op 20-11-2026.");
        }
        int auditVoor = new AuditService(db, CLOCK).alle().size();
        DefinitiefTaak afgebroken = new DefinitiefTaak(opslag, id, ingevuld(), I18n.teksten());
        assertThrows(Geannuleerd.class, () -> afgebroken.voerUit(stand -> {
            if (stand.faseKey().equals("rapport.fase.pdf")) {
                afgebroken.annuleer();
            }
        }));
        assertEquals(Rapport.Status.CONCEPT, opslag.rapport(id).status());
        assertEquals(auditVoor, new AuditService(db, CLOCK).alle().size(), "nothing logged");

        List<Taak.Stand> standen = new java.util.ArrayList<>();
        Rapport definitief = new DefinitiefTaak(opslag, id, ingevuld(), I18n.teksten()).voerUit(standen::add);
        assertEquals(Rapport.Status.DEFINITIEF, definitief.status());
        assertEquals(Handeling.RAPPORT_DEFINITIEF,
                new AuditService(db, CLOCK).alle().getFirst().handeling());
        for (int i = 1; i < standen.size(); i++) {
            assertTrue(standen.get(i).deel() >= standen.get(i - 1).deel(), "progress went back at " + standen.get(i));
        }
        assertEquals(List.of("rapport.fase.bewaren", "rapport.fase.controleren", "rapport.fase.pdf",
                "rapport.fase.opslaan", "taak.klaar"), standen.stream().map(Taak.Stand::faseKey).toList());
        assertEquals(1.0, standen.getLast().deel());
    }

    @Test
    void fromConceptToFinalToCorrection() throws Exception {
        int id = opslag.nieuw(dossier, RapportSoort.VOORTGANG, VAN, TOT, I18n.teksten());
        assertEquals(Rapport.Status.CONCEPT, opslag.rapport(id).status());
        assertEquals("rapport.fout.blokkades", assertThrows(Weigering.class, () -> opslag.maakDefinitief(id, I18n.teksten())).messageKey());

        opslag.bewaar(id, ingevuld());
        Rapportinvoer terug = opslag.invoer(id);
        assertEquals(ingevuld().teksten(), terug.teksten(), "every character of the narrative comes back");
        assertEquals(ingevuld().akkoord().visie(), terug.akkoord().visie());
        assertEquals(ingevuld().akkoord().soort(), terug.akkoord().soort());
        assertEquals(ingevuld().knelpunten(), terug.knelpunten());

        java.awt.image.BufferedImage teken = new java.awt.image.BufferedImage(300, 100,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = teken.createGraphics();
        g.fillRect(0, 0, 300, 100);
        g.setColor(java.awt.Color.BLUE);
        g.drawLine(10, 80, 290, 20);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(teken, "png", png);
        opslag.zetHandtekening(id, png.toByteArray());
        assertTrue(java.util.Arrays.equals(png.toByteArray(), opslag.invoer(id).akkoord().handtekening()));
        opslag.bewaar(id, ingevuld());
        assertTrue(java.util.Arrays.equals(png.toByteArray(), opslag.invoer(id).akkoord().handtekening()),
                "saving the texts keeps the signature");
        opslag.verzend(id, new Rapport.Verzending(RapportModel.OntvangerSoort.WERKNEMER, "Mohammed El Amrani", TOT,
                Rapport.Kanaal.PERSOONLIJK));
        RapportOpslag.Controle c = opslag.controleer(id, I18n.teksten());
        assertTrue(Uwvtoets.magDefinitief(c.bevindingen()), c.bevindingen().toString());
        assertFalse(c.openWaarschuwingen().isEmpty(), "the demo dossier has warnings left");
        assertEquals("rapport.fout.waarschuwingen",
                assertThrows(Weigering.class, () -> opslag.maakDefinitief(id, I18n.teksten())).messageKey());
        assertEquals("rapport.fout.redenNodig", assertThrows(Weigering.class,
                () -> opslag.erken(id, c.openWaarschuwingen().getFirst(), " ")).messageKey());
        for (Bevinding w : c.openWaarschuwingen()) {
            opslag.erken(id, w, "Besproken met de werkgever op 20-11-2026.");
        }
        assertTrue(opslag.controleer(id, I18n.teksten()).magDefinitief());

        Rapport definitief = opslag.maakDefinitief(id, I18n.teksten());
        var audit = new AuditService(db, CLOCK).alle();
        assertEquals(Handeling.RAPPORT_DEFINITIEF, audit.getFirst().handeling(),
                "finalising is in the audit log");
        assertFalse(audit.getFirst().omschrijving().contains("Mohammed"), "ids, not names");
        assertEquals(Rapport.Status.DEFINITIEF, definitief.status());
        assertNotNull(definitief.sha256());
        byte[] pdf = opslag.pdf(id);
        assertEquals(definitief.sha256(), RapportOpslag.sha256(pdf));
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf), "the final report is PDF/A-2a and PDF/UA-1");
        try (var doc = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(doc);
            assertTrue(tekst.contains("Mohammed El Amrani") && tekst.contains("Mondeling akkoord op 22-11-2026"));
        }
        assertEquals("rapport.fout.definitief", assertThrows(Weigering.class, () -> opslag.bewaar(id, ingevuld()))
                .messageKey());
        assertEquals("rapport.fout.definitief", assertThrows(Weigering.class, () -> opslag.zetHandtekening(id, null))
                .messageKey());
        try (var doc = Loader.loadPDF(pdf)) {
            var laatste = doc.getPage(doc.getNumberOfPages() - 1);
            boolean beeld = false;
            for (var naam : laatste.getResources().getXObjectNames()) {
                beeld |= laatste.getResources().getXObject(naam)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
            }
            assertTrue(beeld, "the signature is in the PDF");
        }
        assertThrows(RuntimeException.class, () -> db.write(cfg -> cfg.dsl().update(
                Tables.RAPPORT).set(Tables.RAPPORT.PDF,
                new byte[] {1}).where(Tables.RAPPORT.ID.eq(id)).execute()),
                "the database itself refuses to change a final report");
        assertTrue(java.util.Arrays.equals(pdf, opslag.pdf(id)));

        int correctie = opslag.corrigeer(id);
        Rapport nieuw = opslag.rapport(correctie);
        assertEquals(2, nieuw.versie());
        assertEquals(id, nieuw.vervangtId());
        assertEquals(Rapport.Status.CONCEPT, nieuw.status());
        assertEquals(ingevuld().teksten(), opslag.invoer(correctie).teksten());
        assertEquals(2, opslag.vanDossier(dossier).size());
        assertEquals("rapport.fout.nietDefinitief", assertThrows(Weigering.class, () -> opslag.corrigeer(correctie))
                .messageKey());
    }

    /**
     * The second verdict (fifth round): a sentence about the werknemer's state that names nothing medical
     * ("hij slaapt slecht") cannot reach a final report until the coach confirms it. The concept PDF shows
     * a marker in its place; finalising is refused while it is open; once confirmed it is printed as typed,
     * and the audit entry of the final counts the confirmation by a hash, never the text.
     */
    @Test
    void aDoubtfulPassageReachesAFinalReportOnlyWhenTheCoachConfirmsIt() throws Exception {
        String twijfel = "Hij slaapt slecht sinds de verhuizing.";
        Map<Sectie, String> teksten = new java.util.EnumMap<>(ingevuld().teksten());
        teksten.put(Sectie.SAMENVATTING, "Goede periode. " + twijfel);
        Rapportinvoer invoer = new Rapportinvoer(teksten, ingevuld().statusSpoor1(), ingevuld().akkoord(),
                ingevuld().distributie(), ingevuld().knelpunten(), null, null);
        int id = opslag.nieuw(dossier, RapportSoort.VOORTGANG, VAN, TOT, I18n.teksten());
        opslag.bewaar(id, invoer);
        opslag.verzend(id, new Rapport.Verzending(RapportModel.OntvangerSoort.WERKNEMER, "Mohammed El Amrani", TOT,
                Rapport.Kanaal.PERSOONLIJK));
        RapportOpslag.Controle c = opslag.controleer(id, I18n.teksten());
        List<Bevinding> twijfels = c.openWaarschuwingen().stream().filter(b -> b.controle().equals(RapportOpslag.TWIJFEL))
                .toList();
        assertEquals(List.of(twijfel), twijfels.stream().map(b -> b.args().getFirst()).toList(), c.bevindingen().toString());
        for (Bevinding w : c.openWaarschuwingen()) {
            if (!w.controle().equals(RapportOpslag.TWIJFEL)) {
                opslag.erken(id, w, "Besproken met de werkgever op 20-11-2026.");
            }
        }
        try (var doc = Loader.loadPDF(opslag.concept(id, I18n.teksten()))) {
            String tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertFalse(tekst.contains("slaapt slecht"), "a concept does not print an unconfirmed doubt");
            assertTrue(tekst.contains("Goede periode.") && tekst.contains("bevestigen of herformuleren"), tekst);
        }
        assertEquals("rapport.fout.waarschuwingen", assertThrows(Weigering.class, () -> opslag.maakDefinitief(id, I18n.teksten())).messageKey());
        assertEquals(Rapport.Status.CONCEPT, opslag.rapport(id).status());
        // The gate refuses on its own too, whoever calls it.
        assertEquals("rapport.fout.twijfel", assertThrows(Weigering.class, () -> new Privacypoort(Privacytoets.standaard(),
                java.util.Locale.forLanguageTag("nl")).bewaak(c.model(), Privacypoort.Modus.DEFINITIEF)).messageKey());

        opslag.erken(id, twijfels.getFirst(), "Gaat over de verhuizing, niet over de gezondheid.");
        Rapport definitief = opslag.maakDefinitief(id, I18n.teksten());
        assertEquals(Rapport.Status.DEFINITIEF, definitief.status());
        try (var doc = Loader.loadPDF(opslag.pdf(id))) {
            String tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(tekst.contains(twijfel), "a confirmed passage is printed as typed");
        }
        String entry = new AuditService(db, CLOCK).alle().getFirst().omschrijving();
        assertTrue(entry.contains("1 privacytwijfel(s) door de coach bevestigd: #"), entry);
        assertFalse(entry.contains("slaapt") || entry.contains("verhuizing"), "the audit log holds no text: " + entry);
    }

    /** A PNG with one line on it, as a signature pad or scan would give. */
    static byte[] krabbel(java.awt.Color kleur) throws java.io.IOException {
        java.awt.image.BufferedImage teken = new java.awt.image.BufferedImage(300, 100,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = teken.createGraphics();
        g.fillRect(0, 0, 300, 100);
        g.setColor(kleur);
        g.drawLine(10, 80, 290, 20);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(teken, "png", png);
        return png.toByteArray();
    }

    static int afbeeldingen(org.apache.pdfbox.pdmodel.PDDocument doc) throws java.io.IOException {
        int n = 0;
        for (var pagina : doc.getPages()) {
            for (var naam : pagina.getResources().getXObjectNames()) {
                n += pagina.getResources().getXObject(naam) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject
                        ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void theCoachSignsTheFinalReportNotTheConcept() throws Exception {
        PraktijkService praktijk = new PraktijkService(db, CLOCK);
        if (praktijk.get().isEmpty()) {
            assertEquals("praktijk.handtekening.eerstPraktijk", assertThrows(Weigering.class,
                    () -> praktijk.zetHandtekening(krabbel(java.awt.Color.BLACK))).messageKey());
            praktijk.save(new Praktijk("Çiğdem Yılmaz-Łukasz", "Praktijk De Brug", null,
                    new Adres("Oudegracht 12", "3511 AB", "Utrecht"), null, null, null, null));
        }
        assertEquals("praktijk.logo.notImage", assertThrows(Weigering.class,
                () -> praktijk.zetHandtekening("geen plaatje".getBytes())).messageKey());
        byte[] handtekening = krabbel(java.awt.Color.BLACK);
        praktijk.zetHandtekening(handtekening);
        praktijk.save(praktijk.get().orElseThrow());
        assertTrue(java.util.Arrays.equals(handtekening, praktijk.handtekening().orElseThrow()),
                "saving the practice details keeps the signature");
        String coach = praktijk.get().orElseThrow().naam();

        int id = opslag.nieuw(dossier, RapportSoort.VOORTGANG, VAN, TOT, I18n.teksten());
        opslag.bewaar(id, ingevuld());
        try (var doc = Loader.loadPDF(opslag.concept(id, I18n.teksten()))) {
            String tekst = new PDFTextStripper().getText(doc);
            assertTrue(tekst.contains("VERTROUWELIJK · CONCEPT"), "every concept page says it is a concept");
            assertTrue(tekst.contains("de re-integratiecoach ondertekent bij het definitief maken"));
            assertTrue(tekst.contains("Werkgever vindt zoekprofiel te smal — verschil van inzicht"), tekst);
            assertTrue(tekst.contains("deskundigenoordeel overwogen op 19-11-2026"));
            assertEquals(0, afbeeldingen(doc), "no signature on a concept");
        }
        opslag.verzend(id, new Rapport.Verzending(RapportModel.OntvangerSoort.WERKNEMER, "Mohammed El Amrani", TOT,
                Rapport.Kanaal.PERSOONLIJK));
        for (Bevinding w : opslag.controleer(id, I18n.teksten()).openWaarschuwingen()) {
            opslag.erken(id, w, "Besproken met de werkgever.");
        }
        opslag.maakDefinitief(id, I18n.teksten());
        byte[] pdf = opslag.pdf(id);
        try (var doc = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(doc);
            assertFalse(tekst.contains("CONCEPT"));
            assertTrue(tekst.contains("Ondertekening") && tekst.contains(coach + ", re-integratiecoach"), tekst);
            assertEquals(1, afbeeldingen(doc), "the coach's signature (no logo, no werknemer signature here)");
        }
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf), "the signature is a Figure with its alt text");
        praktijk.zetHandtekening(null);
        assertTrue(praktijk.handtekening().isEmpty());
    }

    @Test
    void aNewReportStartsFromADraftOfTheFactsWithGapsThatBlock() {
        int id = opslag.nieuw(dossier, RapportSoort.VOORTGANG, VAN, TOT, I18n.teksten());
        Map<Sectie, String> teksten = opslag.invoer(id).teksten();
        assertTrue(teksten.get(Sectie.SAMENVATTING).startsWith("In de periode 12-10-2026 t/m 22-11-2026 waren er"),
                teksten.get(Sectie.SAMENVATTING));
        assertTrue(teksten.containsKey(Sectie.PLANNING));
        assertTrue(opslag.controleer(id, I18n.teksten()).bevindingen().stream().anyMatch(b -> b.controle().equals("TEKST")
                && b.sectie() == Sectie.SAMENVATTING));
        assertEquals(teksten, opslag.voorinvulling(id, I18n.teksten()));
    }

    @Test
    void aConceptRendersWithoutBeingStored() throws Exception {
        int id = opslag.nieuw(dossier, RapportSoort.EIND, LocalDate.of(2026, 6, 1), TOT, I18n.teksten());
        byte[] pdf = opslag.concept(id, I18n.teksten());
        try (var doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Eindrapportage"));
        }
        assertEquals(Rapport.Status.CONCEPT, opslag.rapport(id).status());
        assertEquals("rapport.fout.nietDefinitief", assertThrows(Weigering.class, () -> opslag.pdf(id)).messageKey());
        assertEquals("rapport.fout.periode", assertThrows(Weigering.class,
                () -> opslag.nieuw(dossier, RapportSoort.EIND, TOT, VAN, I18n.teksten())).messageKey());
    }

    /** Issue 23: "Opslaan als…" of a concept and of a final report writes in the data folder first (see {@code Uitvoerweg}). */
    @Test
    void aReportSavedAsPdfGoesByWayOfTheDataFolder() throws Exception {
        int id = opslag.nieuw(dossier, RapportSoort.EIND, LocalDate.of(2026, 6, 1), TOT, I18n.teksten());
        Path uit = Files.createDirectories(dir.resolve("uit"));
        Path doel = uit.resolve("concept.pdf");
        Uitvoerweg.gaatLangsDeDatamap(dir, doel, () -> opslag.bewaarPdfAls(id, doel, I18n.teksten()));
        assertTrue(new String(Files.readAllBytes(doel), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }
}
