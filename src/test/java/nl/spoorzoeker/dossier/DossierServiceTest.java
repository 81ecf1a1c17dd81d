package nl.spoorzoeker.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.tijdlijn.Verzuimweek;

/** Dossiers and employers through their services, on a real SQLite file. */
class DossierServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;
    Database db;
    DossierService dossiers;
    WerkgeverService werkgevers;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        dossiers = new DossierService(db, CLOCK);
        werkgevers = new WerkgeverService(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Werkgever werkgever(String naam) {
        return new Werkgever(null, naam, "12345678", new Adres("Lindelaan 1", "3521 AB", "Utrecht"),
                new Contact("Marieke Jansen", "030-1234567", "m@zorg.example"),
                new Contact("Ruud Smit", "06-12345678", "r@zorg.example"), true);
    }

    static Werknemer werknemer(String naam) {
        return new Werknemer(null, naam, LocalDate.of(1979, 3, 14), "06-11111111", "c@voorbeeld.example",
                new Adres("Kanaalweg 1", "3526 KM", "Utrecht"), "Medewerker thuiszorg", 28 * 60, true, Vervoer.FIETS);
    }

    static Traject traject() {
        return new Traject(null, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 1),
                LocalDate.of(2027, 3, 31), 24 * 60, 275_000, TrajectStatus.ACTIEF);
    }

    @Test
    void createsFindsAndUpdatesADossier() {
        int werkgeverId = werkgevers.create(werkgever("Zorggroep De Linde"));
        int id = dossiers.create(werknemer("Çiğdem Yılmaz"), werkgeverId, traject());

        Dossier found = dossiers.find(id).orElseThrow();
        assertEquals("Çiğdem Yılmaz", found.werknemer().naam());
        assertEquals(werknemer("Çiğdem Yılmaz"), withoutId(found.werknemer()));
        assertEquals(werkgever("Zorggroep De Linde").withId(werkgeverId), found.werkgever());
        assertEquals(traject(), new Traject(null, found.traject().eersteZiektedag(), found.traject().opdrachtdatum(),
                found.traject().startdatum(), found.traject().geplandeEinddatum(), found.traject().budgetMinuten(),
                found.traject().budgetCenten(), found.traject().status()));

        Werknemer changed = new Werknemer(found.werknemer().id(), "Çiğdem Yılmaz-Kaya", null, null, null,
                Adres.LEEG, "Planner", null, false, null);
        int other = werkgevers.create(werkgever("Logistiek Noord"));
        dossiers.update(id, changed, other, found.traject());
        Dossier after = dossiers.find(id).orElseThrow();
        assertEquals(changed, after.werknemer());
        assertEquals("Logistiek Noord", after.werkgever().naam());
    }

    @Test
    void archivingKeepsTheDossierButMarksIt() {
        int werkgeverId = werkgevers.create(werkgever("Bouwbedrijf"));
        int id = dossiers.create(werknemer("Jan-Willem de Groot"), werkgeverId, traject());
        dossiers.setStatus(id, TrajectStatus.GEARCHIVEERD);
        assertEquals(TrajectStatus.GEARCHIVEERD, dossiers.find(id).orElseThrow().traject().status());
        assertEquals(1, dossiers.list().size());
    }

    @Test
    void listsDossiersPerWerkgeverWithCounts() {
        int a = werkgevers.create(werkgever("A"));
        int b = werkgevers.create(werkgever("B"));
        dossiers.create(werknemer("Een"), a, traject());
        dossiers.create(werknemer("Twee"), a, traject());
        dossiers.create(werknemer("Drie"), b, traject());
        assertEquals(List.of("Een", "Twee"), dossiers.ofWerkgever(a).stream().map(DossierRegel::naam).sorted().toList());
        List<WerkgeverRegel> regels = werkgevers.list();
        assertEquals(2, regels.getFirst().aantalDossiers());
        assertEquals(1, regels.get(1).aantalDossiers());
    }

    @Test
    void createWithNewWerkgeverIsOneTransaction() {
        int id = dossiers.createWithNewWerkgever(werknemer("Zoë de Vries-Müller"), werkgever("Onderwijs"), traject());
        assertEquals("Onderwijs", dossiers.find(id).orElseThrow().werkgever().naam());
        assertEquals(1, werkgevers.list().size());
    }

    @Test
    void updatingAMissingDossierSaysSo() {
        int werkgeverId = werkgevers.create(werkgever("A"));
        assertThrows(NoSuchElementException.class, () -> dossiers.update(4711, werknemer("X"), werkgeverId, traject()));
        assertThrows(NoSuchElementException.class, () -> dossiers.setStatus(4711, TrajectStatus.AFGEROND));
    }

    @Test
    void demoDataGoesOnlyIntoAnEmptyPractice() {
        assertTrue(dossiers.isEmpty());
        assertEquals(9, Demoset.load(db, CLOCK), "eight for a werkgever, one vangnet dossier for UWV");
        assertFalse(dossiers.isEmpty());
        List<DossierRegel> rows = dossiers.list();
        assertEquals(9, rows.size());
        assertTrue(rows.stream().map(DossierRegel::werkgever).distinct().count() >= 4);
        LocalDate today = LocalDate.now(CLOCK);
        int[] weeks = rows.stream().mapToInt(r -> Verzuimweek.op(r.eersteZiektedag(), today).getAsInt())
                .sorted().toArray();
        assertTrue(weeks[0] >= 29 && weeks[0] <= 33, "the vangnet dossier, week " + weeks[0]);
        assertTrue(weeks[1] >= 38 && weeks[1] <= 42, "lowest week of the others " + weeks[1]);
        assertTrue(weeks[8] >= 98 && weeks[8] <= 102, "highest week " + weeks[8]);
        assertTrue(rows.stream().anyMatch(r -> r.naam().equals("Łukasz Żółć")));
        assertThrows(IllegalStateException.class, () -> Demoset.load(db, CLOCK));
        assertEquals(9, dossiers.list().size());
    }

    @Test
    void textComesBackExactlyAfterARestart() throws Exception {
        String[] names = {"Çiğdem Yılmaz-Łukasz", "Zoë de Vries-Müller", "محمد العمراني", "Anne-Marie 👩🏽‍💼",
                "e\u0301e\u0301n met combinerende accenten", "tab\there", "regel1\r\nregel2"};
        int werkgeverId = werkgevers.create(werkgever("Ünïcödé B.V. — “quotes” €"));
        int[] ids = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            ids[i] = dossiers.create(werknemer(names[i]), werkgeverId, traject());
        }
        db.close();
        db = Database.open(dir.resolve("spoorzoeker.db"));
        dossiers = new DossierService(db, CLOCK);
        for (int i = 0; i < names.length; i++) {
            Dossier d = dossiers.find(ids[i]).orElseThrow();
            assertArrayEquals(names[i].getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    d.werknemer().naam().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("Ünïcödé B.V. — “quotes” €", d.werkgever().naam());
        }
    }

    private static void assertArrayEquals(byte[] expected, byte[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }

    private static Werknemer withoutId(Werknemer w) {
        return new Werknemer(null, w.naam(), w.geboortedatum(), w.telefoon(), w.email(), w.adres(), w.functie(),
                w.contracturenMinuten(), w.rijbewijs(), w.vervoer());
    }
}
