package nl.spoorzoeker.logboek;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice figures read every traject's declarable minutes in one go; the sums must be exactly
 * what each traject's own log adds up to (contacts that count, not those that do not, and each
 * participant's share of a group session).
 */
class DeclarabeleMinutenTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;
    Database db;
    ContactService contacten;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        contacten = new ContactService(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theSumsOfAllTrajectenInOneReadAreWhatEachLogAddsUpTo() {
        int a = TestDossiers.create(db, "Anna");
        int b = TestDossiers.create(db, "Çiğdem Yılmaz-Łukasz");
        int c = TestDossiers.create(db, "Zonder uren");
        int d = TestDossiers.create(db, "Alleen groep");
        contacten.log(a, ContactServiceTest.contact(LocalDateTime.of(2026, 10, 5, 9, 30), 60, ContactSoort.VIDEO, true));
        contacten.log(a, ContactServiceTest.contact(LocalDateTime.of(2026, 10, 6, 9, 30), 45, ContactSoort.RAPPORTAGE, true));
        contacten.log(a, ContactServiceTest.contact(LocalDateTime.of(2026, 10, 7, 9, 30), 30, ContactSoort.TELEFONISCH, false));
        contacten.log(b, ContactServiceTest.contact(LocalDateTime.of(2026, 10, 5, 14, 0), 90, ContactSoort.GESPREK_OP_LOCATIE, true));
        contacten.log(c, ContactServiceTest.contact(LocalDateTime.of(2026, 10, 5, 16, 0), 20, ContactSoort.TELEFONISCH, false));
        // Shared in proportion to attendance (120 and 60 of 120 minutes → 80 and 40), and a full one.
        contacten.logGroepssessie(ContactServiceTest.sessie(null, Groepssessie.Verdeling.GEDEELD, List.of(
                new Groepssessie.Deelname(a, null, 120), new Groepssessie.Deelname(b, null, 60))));
        contacten.logGroepssessie(ContactServiceTest.sessie(null, Groepssessie.Verdeling.VOLLEDIG, List.of(
                new Groepssessie.Deelname(b, null, 100), new Groepssessie.Deelname(d, null, 50))));

        Map<Integer, Integer> uitLogboek = new HashMap<>();
        for (int id : new int[] {a, b, c, d}) {
            uitLogboek.put(id, contacten.logboek(id).boekingen().stream().mapToInt(Urenboek.Boeking::minuten).sum());
        }
        Map<Integer, Integer> inEenKeer = new HashMap<>(contacten.declarabeleMinutenPerTraject());
        inEenKeer.putIfAbsent(c, 0);
        assertEquals(uitLogboek, inEenKeer);
        assertEquals(Map.of(a, 60 + 45 + 80, b, 90 + 40 + 100, c, 0, d, 50), inEenKeer);
    }
}
