package nl.spoorzoeker.fase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versioned profiles and the AD report on a real SQLite file, and the pure profile rules. */
class ProfielServiceTest {

    @TempDir
    Path dir;
    Database db;
    ProfielService profielen;
    FaseService fasen;
    int dossier;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        profielen = new ProfielService(db, FaseServiceTest.CLOCK);
        fasen = new FaseService(db, FaseServiceTest.CLOCK);
        int werkgever = new WerkgeverService(db, FaseServiceTest.CLOCK).create(new Werkgever(null, "W", null,
                Adres.LEEG, Contact.LEEG, Contact.LEEG, false));
        dossier = new DossierService(db, FaseServiceTest.CLOCK).create(new Werknemer(null, "Zoë de Vries-Müller",
                null, null, null, Adres.LEEG, null, null, false, null), werkgever, new Traject(null,
                LocalDate.of(2025, 10, 1), null, null, null, null, null, TrajectStatus.ACTIEF));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Zoekrichting richting(String functie, Integer urenPerWeek) {
        return new Zoekrichting(functie, "mbo 3", "zorg", urenPerWeek == null ? null : urenPerWeek * 60, "Tiel, 30 min",
                "12 vacatures in de regio", true, null);
    }

    @Test
    void everySaveOfThePersoonsprofielIsANewVersionAndTheOldOneStays() {
        Persoonsprofiel v1 = new Persoonsprofiel(null, null, "mbo 4 Onderwijsassistent", "20 jaar in het onderwijs",
                "geduldig, structuur", "lezen, mensen helpen", "SAC", "zorgen voor anderen", "betrouwbaarheid", null, null);
        assertEquals(1, profielen.bewaarPersoonsprofiel(dossier, v1));
        Persoonsprofiel v2 = new Persoonsprofiel(null, null, "mbo 4 Onderwijsassistent", "20 jaar in het onderwijs",
                "geduldig, structuur, plannen", "lezen, mensen helpen", "SAC", "zorgen voor anderen", "betrouwbaarheid",
                "geen rijbewijs", null);
        assertEquals(2, profielen.bewaarPersoonsprofiel(dossier, v2));
        List<Persoonsprofiel> versions = profielen.profielen(dossier).persoonsprofielen();
        assertEquals(2, versions.size());
        assertEquals(2, versions.getFirst().versie());
        assertEquals("geduldig, structuur", versions.get(1).competenties());
        assertEquals(List.of("pp.competenties", "pp.belemmeringen"),
                Profielregels.gewijzigd(versions.get(1).velden(), versions.getFirst().velden()));
    }

    @Test
    void aZoekprofielMayNotAskMoreHoursThanTheLatestBelastbaarheid() {
        fasen.voegBelastbaarheidToe(dossier, new Belastbaarheid(null, LocalDate.of(2026, 9, 1),
                Belastbaarheid.Bron.BEDRIJFSARTS, Belastbaarheid.DocumentType.FML, 4 * 60, 20 * 60, null, null, null,
                null, null, null, null, false, true, null));
        var tooMuch = new Zoekprofiel(null, null, List.of(richting("Klantenservice", 16), richting("Planner", 24)));
        ProfielService.ZoekprofielAfgewezen e = assertThrows(ProfielService.ZoekprofielAfgewezen.class,
                () -> profielen.bewaarZoekprofiel(dossier, tooMuch));
        assertEquals("zp.fout.teVeelUren", e.messageKey());
        assertTrue(profielen.profielen(dossier).zoekprofielen().isEmpty(), "nothing saved");

        assertEquals(1, profielen.bewaarZoekprofiel(dossier, new Zoekprofiel(null, null,
                List.of(richting("Klantenservice", 16), richting("Planner", 20)))));
        assertEquals(2, profielen.bewaarZoekprofiel(dossier, new Zoekprofiel(null, null,
                List.of(richting("Klantenservice", 16)))));
        List<Zoekprofiel> versions = profielen.profielen(dossier).zoekprofielen();
        assertEquals(1, versions.getFirst().richtingen().size());
        assertEquals(2, versions.get(1).richtingen().size());
        assertEquals("Planner", versions.get(1).richtingen().get(1).functie());
    }

    @Test
    void profileRules() {
        assertEquals(Optional.of("zp.fout.geen"), Profielregels.probleem(new Zoekprofiel(null, null, List.of()), Optional.empty()));
        assertEquals(Optional.of("zp.fout.teVeel"), Profielregels.probleem(new Zoekprofiel(null, null, List.of(
                richting("a", 8), richting("b", 8), richting("c", 8), richting("d", 8), richting("e", 8))), Optional.empty()));
        assertEquals(Optional.empty(), Profielregels.probleem(new Zoekprofiel(null, null, List.of(richting("a", 40))),
                Optional.empty()), "without a belastbaarheid there is no hours limit to check");
        assertTrue(Profielregels.geldigeRiasec("SAC"));
        assertTrue(Profielregels.geldigeRiasec(null));
        assertFalse(Profielregels.geldigeRiasec("SAS"));
        assertFalse(Profielregels.geldigeRiasec("SACE"));
        assertFalse(Profielregels.geldigeRiasec("sac"));
        assertEquals(List.of(), Profielregels.gewijzigd(Map.of("a", ""), Map.of("a", "  ")), "blank equals empty");
    }

    @Test
    void adReportsAreKeptNewestFirst() {
        profielen.voegAdRapportToe(dossier, new AdRapport(null, LocalDate.of(2026, 8, 1), "M. de Boer (AD Advies)",
                AdRapport.ConclusieSpoor1.NIET_MOGELIJK, "klantenservice, planning"));
        profielen.voegAdRapportToe(dossier, new AdRapport(null, LocalDate.of(2026, 10, 1), "M. de Boer",
                AdRapport.ConclusieSpoor1.AANPASBAAR, null));
        List<AdRapport> reports = profielen.profielen(dossier).adRapporten();
        assertEquals(AdRapport.ConclusieSpoor1.AANPASBAAR, reports.getFirst().conclusie());
        assertEquals("klantenservice, planning", reports.get(1).zoekrichtingen());
    }
}
