package nl.spoorzoeker.logboek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
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
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.input.Weigering;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contactmomenten and hours against the budget, on a real SQLite file. */
class ContactServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;
    Database db;
    ContactService contacten;
    int dossier;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        contacten = new ContactService(db, CLOCK);
        int werkgever = new WerkgeverService(db, CLOCK).create(new Werkgever(null, "W", null, Adres.LEEG, Contact.LEEG,
                Contact.LEEG, false));
        dossier = new DossierService(db, CLOCK).create(new Werknemer(null, "Mohammed El Amrani", null, null, null,
                Adres.LEEG, null, null, false, null), werkgever, new Traject(null, LocalDate.of(2025, 10, 1), null,
                LocalDate.of(2026, 10, 1), null, 10 * 60, null, TrajectStatus.ACTIEF));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Contactmoment contact(LocalDateTime when, int minutes, ContactSoort soort, boolean declarabel) {
        return new Contactmoment(null, when, minutes, soort, "werknemer, coach", "Kennismaking",
                "Uitleg traject;\nafspraken gemaakt", "Wekelijks contact", "Cv opsturen", LocalDate.of(2026, 12, 1),
                null, declarabel);
    }

    @Test
    void contactsAreLoggedNewestFirstAndTheLastKindIsTheDefault() {
        assertEquals(ContactSoort.GESPREK_OP_LOCATIE, contacten.standaardSoort());
        contacten.log(dossier, contact(LocalDateTime.of(2026, 10, 5, 9, 30), 60, ContactSoort.GESPREK_OP_LOCATIE, true));
        contacten.log(dossier, contact(LocalDateTime.of(2026, 10, 12, 14, 0), 30, ContactSoort.TELEFONISCH, true));
        List<Contactmoment> log = contacten.logboek(dossier).contacten();
        assertEquals(2, log.size());
        assertEquals(LocalDateTime.of(2026, 10, 12, 14, 0), log.getFirst().moment());
        assertEquals("Uitleg traject;\nafspraken gemaakt", log.getFirst().samenvatting());
        assertEquals(ContactSoort.TELEFONISCH, contacten.standaardSoort());
        contacten.log(dossier, contact(LocalDateTime.of(2026, 10, 8, 11, 0), 45, ContactSoort.WERKGEVERSCONTACT, true));
        LocalDate[] last = contacten.laatsteContacten().get(dossier);
        assertEquals(LocalDate.of(2026, 10, 12), last[0]);
        assertEquals(LocalDate.of(2026, 10, 8), last[1], "latest employer or network contact");
    }

    /**
     * The start screen asks this over every contactmoment of the practice on every start; read
     * from the rows (with their notes) it took seconds on the ten-year practice (issue 21 item 10).
     */
    @Test
    void theLatestContactsAreReadFromTheIndexAloneNotFromTheNotes() {
        String plan = db.read(ctx -> {
            var vraag = ContactRepository.laatsteContactenVraag(ctx);
            return ctx.fetch("EXPLAIN QUERY PLAN " + ctx.renderInlined(vraag)).stream()
                    .map(r -> r.get("detail", String.class)).collect(java.util.stream.Collectors.joining("; "));
        });
        assertTrue(plan.contains("USING COVERING INDEX contactmoment_traject_soort_idx"), plan);
    }

    @Test
    void onlyDeclarableMinutesCountAgainstTheBudgetWithWarningsAt80And100Percent() {
        contacten.log(dossier, contact(LocalDateTime.of(2026, 10, 5, 9, 30), 7 * 60, ContactSoort.GESPREK_OP_LOCATIE, true));
        contacten.log(dossier, contact(LocalDateTime.of(2026, 10, 6, 9, 30), 5 * 60, ContactSoort.TRAINING, false));
        Urenstand uren = contacten.logboek(dossier).uren();
        assertEquals(7 * 60, uren.gerealiseerdMinuten());
        assertEquals(3 * 60, uren.resterendMinuten());
        assertEquals(Urenstand.Signaal.GEEN, uren.signaal());
        contacten.log(dossier, contact(LocalDateTime.of(2026, 10, 7, 9, 30), 60, ContactSoort.EMAIL, true));
        assertEquals(Urenstand.Signaal.BIJNA_OP, contacten.logboek(dossier).uren().signaal());
        contacten.log(dossier, contact(LocalDateTime.of(2026, 10, 8, 9, 30), 2 * 60, ContactSoort.RAPPORTAGE, true));
        assertEquals(Urenstand.Signaal.OP, contacten.logboek(dossier).uren().signaal());
        assertEquals(0, contacten.logboek(dossier).uren().resterendMinuten());
    }

    @Test
    void aContactCanBeCorrected() {
        int id = contacten.log(dossier, contact(LocalDateTime.of(2026, 10, 5, 9, 30), 60, ContactSoort.VIDEO, true));
        Contactmoment first = contacten.logboek(dossier).contacten().getFirst();
        contacten.wijzig(dossier, new Contactmoment(id, first.moment(), 45, first.soort(), first.deelnemers(),
                first.doel(), "Gecorrigeerd", first.afspraken(), null, null, null, true));
        assertEquals(45, contacten.logboek(dossier).contacten().getFirst().duurMinuten());
        assertThrows(java.util.NoSuchElementException.class, () -> contacten.wijzig(dossier + 1, first));
    }

    @Test
    void reportingTimeCountsSeparately() {
        contacten.log(dossier, contact(LocalDateTime.of(2026, 10, 5, 9, 30), 60, ContactSoort.GESPREK_OP_LOCATIE, true));
        contacten.log(dossier, contact(LocalDateTime.of(2026, 10, 8, 9, 30), 90, ContactSoort.RAPPORTAGE, true));
        Urenstand uren = contacten.logboek(dossier).uren();
        assertEquals(60, uren.contactMinuten());
        assertEquals(90, uren.rapportageMinuten());
        assertEquals(150, uren.gerealiseerdMinuten());
    }

    static Groepssessie sessie(Integer id, Groepssessie.Verdeling verdeling, List<Groepssessie.Deelname> deelnames) {
        return new Groepssessie(id, LocalDateTime.of(2026, 11, 3, 13, 0), 120, Groepssessie.Soort.WORKSHOP,
                "Workshop netwerken", "Buurthuis De Kamp", "Elevator pitch geoefend", verdeling, true, deelnames);
    }

    @Test
    void aGroupSessionIsRecordedOnceAndAppearsInEveryParticipantsLog() {
        int tweede = TestDossiers.create(db, "Çiğdem Yılmaz");
        int derde = TestDossiers.create(db, "Buiten de groep");
        int id = contacten.logGroepssessie(sessie(null, Groepssessie.Verdeling.GEDEELD, List.of(
                new Groepssessie.Deelname(dossier, null, 120), new Groepssessie.Deelname(tweede, null, 60))));
        var eerste = contacten.logboek(dossier);
        var ander = contacten.logboek(tweede);
        assertEquals(1, eerste.groepssessies().size());
        assertEquals(1, ander.groepssessies().size());
        assertTrue(contacten.logboek(derde).groepssessies().isEmpty());
        // 120 minutes shared in proportion to 120 and 60 minutes attended.
        assertEquals(80, eerste.groepssessies().getFirst().declarabelMinuten());
        assertEquals(40, ander.groepssessies().getFirst().declarabelMinuten());
        assertEquals(80, eerste.uren().groepMinuten());
        assertEquals(List.of("Çiğdem Yılmaz", "Mohammed El Amrani"), ander.groepssessies().getFirst().sessie()
                .deelnames().stream().map(Groepssessie.Deelname::naam).toList());
        assertEquals(LocalDate.of(2026, 11, 3), contacten.laatsteContacten().get(tweede)[0],
                "a group session counts as contact");

        // Edited once: full duration each, and the third dossier joins.
        contacten.wijzigGroepssessie(sessie(id, Groepssessie.Verdeling.VOLLEDIG, List.of(
                new Groepssessie.Deelname(dossier, null, 120), new Groepssessie.Deelname(tweede, null, 60),
                new Groepssessie.Deelname(derde, null, 90))));
        assertEquals(120, contacten.logboek(dossier).uren().groepMinuten());
        assertEquals(60, contacten.logboek(tweede).uren().groepMinuten());
        assertEquals(90, contacten.logboek(derde).uren().groepMinuten());
        contacten.verwijderGroepssessie(id);
        assertTrue(contacten.logboek(tweede).groepssessies().isEmpty());
    }

    @Test
    void aGroupSessionNeedsDistinctParticipantsWhoWereNotThereLongerThanItLasted() {
        int tweede = TestDossiers.create(db, "Tweede");
        assertEquals("groep.fout.geenDeelnemers", assertThrows(Weigering.class,
                () -> contacten.logGroepssessie(sessie(null, Groepssessie.Verdeling.GEDEELD, List.of()))).messageKey());
        assertEquals("groep.fout.dubbel", assertThrows(Weigering.class,
                () -> contacten.logGroepssessie(sessie(null, Groepssessie.Verdeling.GEDEELD, List.of(
                        new Groepssessie.Deelname(tweede, null, 60), new Groepssessie.Deelname(tweede, null, 60)))))
                .messageKey());
        assertEquals("groep.fout.langerDanSessie", assertThrows(Weigering.class,
                () -> contacten.logGroepssessie(sessie(null, Groepssessie.Verdeling.GEDEELD, List.of(
                        new Groepssessie.Deelname(tweede, null, 121))))).messageKey());
    }
}
