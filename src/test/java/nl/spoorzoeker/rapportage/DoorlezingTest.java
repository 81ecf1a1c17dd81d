package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Proefpraktijk;
import nl.spoorzoeker.store.schema.Tables;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, eleventh round: before a report to the employer is final the coach reads its free text through once; the
 * confirmation is tied to the text read, and the sentences the sentence model thinks deserve care are marked. On a real
 * SQLite file with the demo practice.
 */
class DoorlezingTest {

    /** Passes the guard (no hit, no doubt) but scores in the read-through's band: a new writer's way to say it. */
    static final String GEMARKEERD = "Hij merkt dat hij na een halve dag werken weinig energie over heeft.";

    @TempDir
    Path dir;
    Database db;
    RapportOpslag opslag;
    int dossier;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        PraktijkService praktijk = new PraktijkService(db, CLOCK);
        praktijk.save(Proefpraktijk.DE_BRUG);
        opslag = RapportOpslagTest.opslag(db, praktijk);
        dossier = Proefpraktijk.traject(new DossierService(db, CLOCK), "Mohammed El Amrani");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int rapport(String samenvatting) {
        int id = opslag.nieuw(dossier, RapportSoort.VOORTGANG, RapportOpslagTest.VAN, RapportOpslagTest.TOT, I18n.teksten());
        opslag.bewaar(id, invoer(samenvatting));
        opslag.verzend(id, new Rapport.Verzending(RapportModel.OntvangerSoort.WERKNEMER, "Mohammed El Amrani",
                RapportOpslagTest.TOT, Rapport.Kanaal.PERSOONLIJK));
        return id;
    }

    private static Rapportinvoer invoer(String samenvatting) {
        Rapportinvoer basis = RapportOpslagTest.ingevuld();
        Map<Sectie, String> teksten = new EnumMap<>(basis.teksten());
        teksten.put(Sectie.SAMENVATTING, samenvatting);
        return new Rapportinvoer(teksten, basis.statusSpoor1(), basis.akkoord(), basis.distributie(), basis.knelpunten(),
                basis.uitzonderingLateStart(), basis.uitzonderingDocument());
    }

    /** Every open warning acknowledged except the read-through. */
    private void erkenDeRest(int id) {
        for (Bevinding w : opslag.controleer(id, I18n.teksten()).openWaarschuwingen()) {
            if (!w.controle().equals(Doorlezing.CONTROLE)) {
                opslag.erken(id, w, "Besproken met de werkgever op 20-11-2026.");
            }
        }
    }

    @Test
    void aFinalWaitsForTheReadThroughAndTheAuditNamesItsFingerprintNotItsText() {
        int id = rapport("Goede periode. " + GEMARKEERD + " We bouwen de uren rustig op.");
        erkenDeRest(id);
        RapportOpslag.Controle c = opslag.controleer(id, I18n.teksten());
        List<Bevinding> open = c.openWaarschuwingen();
        assertEquals(1, open.size(), open.toString());
        assertEquals(Doorlezing.CONTROLE, open.getFirst().controle());
        assertEquals("rapport.fout.waarschuwingen",
                assertThrows(Weigering.class, () -> opslag.maakDefinitief(id, I18n.teksten())).messageKey());

        Doorlezing d = opslag.doorlezing(id, I18n.teksten());
        assertFalse(d.bevestigd());
        assertEquals(open.getFirst(), d.bevinding());
        assertEquals(d.passages().size(), d.bevinding().args().getFirst(), "the message counts the passages shown");
        Doorlezing.Passage samenvatting = d.passages().stream().filter(p -> p.labelKey().equals("rapport.sectie.SAMENVATTING"))
                .findFirst().orElseThrow();
        assertEquals(1, samenvatting.aandacht().size(), samenvatting.toString());
        assertEquals(GEMARKEERD, samenvatting.aandacht().getFirst().gevonden());
        assertTrue(d.passages().stream().anyMatch(p -> p.tekst().equals("Werkgever vindt zoekprofiel te smal")),
                "a bottleneck is free text too: " + d.passages());

        opslag.bevestigDoorgelezen(id, d.bevinding(), I18n.teksten());
        assertTrue(opslag.doorlezing(id, I18n.teksten()).bevestigd());
        assertTrue(opslag.controleer(id, I18n.teksten()).magDefinitief());
        opslag.maakDefinitief(id, I18n.teksten());
        String audit = new AuditService(db, CLOCK).alle().stream().filter(a -> a.handeling() == Handeling.RAPPORT_DEFINITIEF)
                .reduce((a, b) -> b).orElseThrow().omschrijving();
        assertTrue(audit.contains("doorgelezen door de coach: #" + d.bevinding().args().getLast()), audit);
        assertFalse(audit.contains("energie"), audit);
    }

    @Test
    void aWordChangedAfterTheReadThroughAsksForItAgain() {
        int id = rapport("Goede periode. We bouwen de uren rustig op.");
        erkenDeRest(id);
        Doorlezing d = opslag.doorlezing(id, I18n.teksten());
        opslag.bevestigDoorgelezen(id, d.bevinding(), I18n.teksten());
        assertTrue(opslag.controleer(id, I18n.teksten()).magDefinitief());

        opslag.bewaar(id, invoer("Goede periode. We bouwen de uren rustig op. " + GEMARKEERD));
        Doorlezing opnieuw = opslag.doorlezing(id, I18n.teksten());
        assertFalse(opnieuw.bevestigd(), "the text read is not the text that will be printed");
        assertNotNull(opnieuw.bevinding());
        assertFalse(opslag.controleer(id, I18n.teksten()).magDefinitief());
        // Back to the text that was read: the confirmation holds again (it is tied to the text, not to the moment).
        opslag.bewaar(id, invoer("Goede periode. We bouwen de uren rustig op."));
        assertTrue(opslag.doorlezing(id, I18n.teksten()).bevestigd());
    }

    @Test
    void passagesFollowTheReportAndAContactIsNamedByItsDate() {
        int id = rapport("Goede periode.");
        List<Doorlezing.Passage> passages = opslag.doorlezing(id, I18n.teksten()).passages();
        List<String> labels = passages.stream().map(Doorlezing.Passage::labelKey).toList();
        assertTrue(labels.contains("doorlezen.veld.activiteit"), labels.toString());
        // The log's contacts in date order, before the sections the coach wrote at the end of the period.
        List<LocalDate> data = passages.stream().filter(p -> p.labelKey().equals("doorlezen.veld.activiteit"))
                .map(p -> (LocalDate) p.labelArgs().getFirst()).toList();
        assertEquals(data.stream().sorted().toList(), data);
        assertTrue(labels.indexOf("doorlezen.veld.activiteit") < labels.indexOf("rapport.sectie.SAMENVATTING"), labels.toString());
        assertTrue(passages.stream().noneMatch(p -> p.tekst().isBlank()));
    }

    @Test
    void theConfirmationIsStoredWithTheReportInTheReportsLanguage() {
        int id = rapport("Goede periode.");
        Doorlezing d = opslag.doorlezing(id, I18n.teksten());
        opslag.bevestigDoorgelezen(id, d.bevinding(), I18n.teksten());
        String reden = db.read(ctx -> ctx.select(Tables.RAPPORT_ERKENNING.REDEN)
                .from(Tables.RAPPORT_ERKENNING)
                .where(Tables.RAPPORT_ERKENNING.CONTROLE.eq(Doorlezing.CONTROLE)).fetchOne().value1());
        assertEquals(I18n.teksten().t("rapport.doorlezen.reden"), reden);
        assertThrows(IllegalArgumentException.class, () -> opslag.bevestigDoorgelezen(id,
                new Bevinding("C18T", Bevinding.Ernst.WAARSCHUWING, "uwv.c18.twijfel", List.of("x"), Bevinding.Herstel.RAPPORT, null),
                I18n.teksten()));
    }
}
