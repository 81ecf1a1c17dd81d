package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Opdrachtgever;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.tijdlijn.Regime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.ui.I18n;

/**
 * Reports of a vangnet traject, rendered to PDF and read back (issue 18 item 1): for UWV as
 * opdrachtgever the header and the data block say UWV and the regime; for the werkgever as
 * opdrachtgever nothing in the report names the vangnet (domain.md §5.2).
 */
class VangnetRapportTest {

    /** Words that would tell a werkgever the vangnet applies, in either language. */
    static final List<String> VERRADERS = List.of("vangnet", "ziektewet", "ezwb", "safety net", "sickness benefit",
            "uwv betaalt", "no-risk", "opdrachtgever");

    @TempDir
    Path dir;
    Database db;
    DossierService dossiers;
    RapportOpslag opslag;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        dossiers = new DossierService(db, CLOCK);
        RapportService modellen = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                new ProfielService(db, CLOCK), new FaseService(db, CLOCK));
        opslag = new RapportOpslag(db, CLOCK, modellen, dossiers, new PraktijkService(db, CLOCK),
                new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Dossier maakVangnet(int index, Opdrachtgever opdrachtgever, boolean zonderWerkgever) {
        Dossier d = dossiers.find(dossiers.list().get(index).trajectId()).orElseThrow();
        Traject t = d.traject();
        dossiers.update(d.id(), d.werknemer(), zonderWerkgever ? null : d.werkgever().id(),
                new Traject(t.id(), t.eersteZiektedag(), t.opdrachtdatum(), t.startdatum(), t.geplandeEinddatum(),
                        t.budgetMinuten(), t.budgetCenten(), t.status(), opdrachtgever, Regime.ZIEKTEWET_VANGNET));
        return dossiers.find(d.id()).orElseThrow();
    }

    private String tekst(int dossierId, RapportSoort soort) throws Exception {
        Dossier d = dossiers.find(dossierId).orElseThrow();
        LocalDate[] p = RapportInhoudTest.periode(d, soort);
        int id = opslag.nieuw(dossierId, soort, p[0], p[1], I18n.teksten());
        try (PDDocument doc = Loader.loadPDF(opslag.concept(id, I18n.teksten()))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aReportForUwvIsAddressedToUwvAndNamesTheRegime() throws Exception {
        Dossier d = maakVangnet(0, Opdrachtgever.uwv("Utrecht"), true);
        for (RapportSoort soort : List.of(RapportSoort.TRAJECTPLAN, RapportSoort.VOORTGANG)) {
            String t = tekst(d.id(), soort);
            assertTrue(t.contains(d.werknemer().naam() + " — opdrachtgever: UWV Utrecht"), soort + " header: " + t);
            assertTrue(t.contains("Opdrachtgever UWV Utrecht"), soort + " data block");
            assertTrue(t.contains("Ziektewet-vangnet: UWV betaalt de Ziektewet-uitkering"), soort + " regime");
            assertTrue(t.contains("Werkgever (voormalig)"), soort + " no current werkgever");
        }
    }

    @Test
    void aFormerWerkgeverIsNamedAsSuchInAReportForUwv() throws Exception {
        Dossier d = maakVangnet(1, Opdrachtgever.uwv(null), false);
        String t = tekst(d.id(), RapportSoort.VOORTGANG);
        assertTrue(t.contains("opdrachtgever: UWV"), t);
        assertTrue(t.contains("Werkgever (voormalig) " + d.werkgever().naam()), "former werkgever in the data block");
    }

    @Test
    void aReportForTheWerkgeverNeverNamesTheVangnet() throws Exception {
        Dossier d = maakVangnet(2, Opdrachtgever.WERKGEVER, false);
        for (RapportSoort soort : RapportSoort.values()) {
            String t = tekst(d.id(), soort);
            assertTrue(t.contains(d.werknemer().naam() + " — " + d.werkgever().naam()), soort + " is for the werkgever");
            String klein = t.toLowerCase(Locale.ROOT);
            for (String woord : VERRADERS) {
                assertFalse(klein.contains(woord), soort + " names '" + woord + "': " + t);
            }
        }
    }
}
