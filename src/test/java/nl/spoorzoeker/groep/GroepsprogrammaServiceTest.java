package nl.spoorzoeker.groep;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import nl.spoorzoeker.testsupport.Ics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.groep.Groepsprogramma.Aanwezigheid;
import nl.spoorzoeker.groep.Groepsprogramma.Deelnemer;
import nl.spoorzoeker.groep.Groepsprogramma.Verslag;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.uitkomst.PraktijkcijfersService;

/** Programmes, their schedule, and a recorded meeting on a real SQLite file, read back through the logs and the agenda. */
class GroepsprogrammaServiceTest {

    @TempDir
    Path dir;
    Database db;
    GroepsprogrammaService service;
    ContactService contacten;
    int anna;
    int bram;
    int cem;
    int dirk;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        service = new GroepsprogrammaService(db, CLOCK);
        contacten = new ContactService(db, CLOCK);
        anna = TestDossiers.create(db, "Anna de Vries");
        bram = TestDossiers.create(db, "Bram Jansen");
        cem = TestDossiers.create(db, "Cem Yıldız");
        dirk = TestDossiers.create(db, "Dirk Bakker");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int programma() {
        LocalDate start = LocalDate.of(2026, 11, 1);
        return service.bewaar(new Groepsprogramma(null, "Groep november", start, "Zaal 2",
                        List.of("Ellen Coach", " Ruud Collega ", "", "Ellen Coach")),
                List.of(new Deelnemer(anna, null, null, null), new Deelnemer(bram, null, null, null),
                        new Deelnemer(cem, null, null, LocalDate.of(2026, 11, 20)),
                        new Deelnemer(dirk, null, LocalDate.of(2026, 12, 1), null)));
    }

    private static Roosterpatroon dinsdagen() {
        return new Roosterpatroon(LocalDate.of(2026, 11, 1), DayOfWeek.TUESDAY, LocalTime.of(10, 0), 120, 8, 1,
                Groepssessie.Soort.WORKSHOP, 4, "Zaal 2");
    }

    @Test
    void aProgrammeKeepsItsGroupWithDatesItsTrainersAndAScheduleOfEightTuesdays() {
        int id = programma();
        service.plan(id, dinsdagen(), (n, s) -> "Bijeenkomst " + n);
        GroepsprogrammaService.Detail d = service.detail(id).orElseThrow();
        assertEquals(List.of("Ellen Coach", "Ruud Collega"), d.programma().trainers(), "trimmed, blanks and doubles gone");
        assertEquals(List.of("Anna de Vries", "Bram Jansen", "Cem Yıldız", "Dirk Bakker"),
                d.deelnemers().stream().map(Deelnemer::naam).toList());
        assertEquals(LocalDate.of(2026, 11, 1), d.deelnemers().getFirst().vanaf(), "from the programme's start by default");
        assertEquals(LocalDate.of(2026, 11, 20), d.deelnemers().get(2).tot());
        assertEquals(8, d.bijeenkomsten().size());
        assertEquals(LocalDate.of(2026, 11, 3), d.bijeenkomsten().getFirst().begin().toLocalDate());
        assertEquals(Groepssessie.Soort.INTERVISIE, d.bijeenkomsten().get(3).soort(), "every fourth is intervisie");
        assertEquals(8, d.bijeenkomsten().stream().map(Groepsprogramma.Bijeenkomst::uid).distinct().count());
        Groepsprogramma.Regel regel = service.lijst().getFirst();
        assertEquals(4, regel.deelnemers());
        assertEquals(8, regel.bijeenkomsten());
        assertEquals(0, regel.gehouden());
        assertEquals(LocalDate.of(2026, 12, 1), regel.volgende().toLocalDate(),
                "the clock is 24-11-2026 11:00, after that day's meeting began");

        // One meeting edited on its own keeps its UID.
        var derde = d.bijeenkomsten().get(2);
        service.bewaarBijeenkomst(new Groepsprogramma.Bijeenkomst(derde.id(), id, derde.begin().plusHours(1), 90,
                Groepssessie.Soort.TRAINING, "Netwerken", "Zaal 3", null, null, null));
        var na = service.detail(id).orElseThrow().bijeenkomsten().get(2);
        assertEquals("Netwerken", na.onderwerp());
        assertEquals(Groepssessie.Soort.TRAINING, na.soort());
        assertEquals(derde.uid(), na.uid());

        assertThrows(Weigering.class, () -> service.bewaar(new Groepsprogramma(null, " ", LocalDate.of(2026, 11, 1),
                null, List.of()), List.of()));
        assertThrows(Weigering.class, () -> service.bewaar(new Groepsprogramma(null, "X", LocalDate.of(2026, 11, 1),
                null, List.of()), List.of(new Deelnemer(anna, "Anna", LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 4)))));
    }

    @Test
    void aRecordedMeetingLandsInThePresentParticipantsLogsWithTheirHoursAndNotInTheAbsentOnes() {
        int id = programma();
        service.plan(id, dinsdagen(), (n, s) -> "Bijeenkomst " + n);
        var eerste = service.detail(id).orElseThrow().bijeenkomsten().getFirst();
        Verslag concept = service.verslag(eerste.id()).orElseThrow();
        assertEquals("Ellen Coach", concept.trainer(), "the first trainer by default");
        assertEquals(List.of(anna, bram, cem), concept.aanwezigheid().stream().map(Aanwezigheid::dossierId).toList(),
                "Dirk joins on 1 December, so he is not in the group on 3 November");
        int annaVoor = contacten.logboek(anna).uren().groepMinuten();

        service.legVast(new Verslag(eerste.id(), "Ruud Collega", List.of(
                new Aanwezigheid(anna, "Anna de Vries", true, null),
                new Aanwezigheid(bram, "Bram Jansen", true, "ignored for the present"),
                new Aanwezigheid(cem, "Cem Yıldız", false, "ziek gemeld")), "We oefenden het pitchen.",
                Groepssessie.Verdeling.VOLLEDIG, true));

        for (int wie : List.of(anna, bram)) {
            ContactService.Logboek log = contacten.logboek(wie);
            assertEquals(1, log.groepssessies().size());
            assertEquals("We oefenden het pitchen.", log.groepssessies().getFirst().sessie().samenvatting());
            assertEquals("Bijeenkomst 1", log.groepssessies().getFirst().sessie().titel());
            assertEquals(120, log.uren().groepMinuten());
        }
        assertEquals(0, annaVoor);
        assertTrue(contacten.logboek(cem).groepssessies().isEmpty(), "absent: not in Cem's log");
        assertEquals(0, contacten.logboek(cem).uren().groepMinuten());

        var gehouden = service.detail(id).orElseThrow().bijeenkomsten().getFirst();
        assertTrue(gehouden.gehouden());
        assertEquals("Ruud Collega", gehouden.trainer());
        Verslag terug = service.verslag(eerste.id()).orElseThrow();
        assertEquals("ziek gemeld", terug.aanwezigheid().stream().filter(a -> a.dossierId() == cem).findFirst()
                .orElseThrow().reden());
        assertNull(terug.aanwezigheid().stream().filter(a -> a.dossierId() == bram).findFirst().orElseThrow().reden());
        assertEquals(1, service.lijst().getFirst().gehouden());

        // Recorded again (Cem was there after all, split shared): the same session changes, no second one.
        service.legVast(new Verslag(eerste.id(), "Ruud Collega", List.of(
                new Aanwezigheid(anna, "Anna de Vries", true, null), new Aanwezigheid(bram, "Bram Jansen", true, null),
                new Aanwezigheid(cem, "Cem Yıldız", true, null)), "We oefenden het pitchen.",
                Groepssessie.Verdeling.GEDEELD, true));
        assertEquals(1, contacten.logboek(anna).groepssessies().size());
        assertEquals(40, contacten.logboek(cem).uren().groepMinuten(), "120 minutes shared by three");
        assertEquals(gehouden.groepssessieId(), service.detail(id).orElseThrow().bijeenkomsten().getFirst().groepssessieId());

        // Moving a held meeting moves its session in every log.
        service.bewaarBijeenkomst(new Groepsprogramma.Bijeenkomst(eerste.id(), id, eerste.begin().plusHours(2), 120,
                eerste.soort(), "Pitchen", eerste.locatie(), null, null, null));
        assertEquals("Pitchen", contacten.logboek(bram).groepssessies().getFirst().sessie().titel());
        assertEquals(12, contacten.logboek(bram).groepssessies().getFirst().sessie().moment().getHour());

        assertThrows(Weigering.class, () -> service.legVast(new Verslag(eerste.id(), " ", concept.aanwezigheid(), null,
                Groepssessie.Verdeling.VOLLEDIG, true)), "who ran it is required");
        assertThrows(Weigering.class, () -> service.legVast(new Verslag(eerste.id(), "Ellen Coach",
                List.of(new Aanwezigheid(anna, "Anna de Vries", false, "vakantie")), null,
                Groepssessie.Verdeling.VOLLEDIG, true)), "a meeting with no one present is not held");
    }

    @Test
    void theMeetingsAreTheGroupsAppointmentsInTheAgendaAndItsIcsWithoutNames() throws Exception {
        int id = programma();
        service.plan(id, dinsdagen(), (n, s) -> "Bijeenkomst " + n);
        AfspraakService agenda = new AfspraakService(db, CLOCK);
        agenda.plan(new Afspraak(null, anna, null, java.time.LocalDateTime.of(2026, 11, 24, 14, 0), 60, "Gesprek",
                null, null, null));
        List<Afspraak> week = agenda.tussen(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29));
        assertEquals(List.of("Bijeenkomst 4", "Gesprek"), week.stream().map(Afspraak::onderwerp).toList(),
                "in time order, the group's meeting at 10:00 first");
        assertTrue(week.getFirst().groep());
        assertEquals("Groep november", week.getFirst().naam());
        assertEquals(4, agenda.komende().stream().filter(Afspraak::groep).count(), "from 24 November 11:00 on: 1 to 22 December");
        assertEquals(5, agenda.vanProgramma(id, LocalDate.of(2026, 11, 24)).size());

        Path ics = dir.resolve("groep.ics");
        agenda.exporteer(agenda.vanProgramma(id, LocalDate.of(2026, 11, 1)), ics, true);
        String tekst = Files.readString(ics);
        Calendar cal = new CalendarBuilder().build(new StringReader(tekst));
        List<VEvent> events = cal.getComponents("VEVENT");
        assertEquals(8, events.size());
        assertEquals("Bijeenkomst 1 (Groep november)", events.getFirst().getSummary().getValue());
        assertNotNull(events.getFirst().getUid().orElse(null));
        assertTrue(tekst.contains("DTSTART;TZID=Europe/Amsterdam:20261103T100000"), tekst);
        // RFC 5545: one DTSTAMP per event, and the time zone declared is the one the events use.
        for (VEvent e : events) {
            assertEquals(1, e.getProperties("DTSTAMP").size(), "DTSTAMP once per VEVENT");
        }
        assertEquals("Europe/Amsterdam", cal.getComponent("VTIMEZONE").orElseThrow().getProperty("TZID").orElseThrow()
                .getValue(), "the VTIMEZONE declares the zone the events name");
        Ics.geldig(tekst);
        assertFalse(tekst.contains("Anna") || tekst.contains("Bram") || tekst.contains("Yıldız"),
                "the group's calendar names no participant");
    }

    @Test
    void eachParticipantsAfsprakenAndIcsHoldTheMeetingsOfTheDaysTheyBelongToTheGroupWithoutOtherNames() throws Exception {
        int id = programma();
        service.plan(id, dinsdagen(), (n, s) -> "Bijeenkomst " + n);
        List<Groepsprogramma.Bijeenkomst> rooster = service.detail(id).orElseThrow().bijeenkomsten();
        AfspraakService agenda = new AfspraakService(db, CLOCK);
        agenda.plan(new Afspraak(null, cem, null, java.time.LocalDateTime.of(2026, 11, 12, 9, 0), 60, "Gesprek",
                null, null, null));

        assertEquals(8, agenda.vanDossier(anna).size(), "in the group all along: every meeting");
        // Cem leaves on 20 November: 3, 10 and 17 November, his own appointment between them.
        assertEquals(List.of("Bijeenkomst 1", "Bijeenkomst 2", "Gesprek", "Bijeenkomst 3"),
                agenda.vanDossier(cem).stream().map(Afspraak::onderwerp).toList());
        // Dirk joins on 1 December: the last four.
        List<Afspraak> vanDirk = agenda.vanDossier(dirk);
        assertEquals(rooster.subList(4, 8).stream().map(Groepsprogramma.Bijeenkomst::uid).toList(),
                vanDirk.stream().map(Afspraak::uid).toList(), "the meeting's own UID, the same in every calendar");
        assertTrue(vanDirk.stream().allMatch(a -> a.groep() && a.naam().equals("Groep november")));

        Path ics = dir.resolve("dirk.ics");
        agenda.exporteer(vanDirk, ics, true);
        String tekst = Files.readString(ics);
        Calendar cal = Ics.geldig(tekst);
        assertEquals(4, cal.getComponents("VEVENT").size());
        assertTrue(tekst.contains("Bijeenkomst 5 (Groep november)"), tekst);
        assertFalse(tekst.contains("Anna") || tekst.contains("Bram") || tekst.contains("Yıldız")
                || tekst.contains("Dirk"), "a participant's calendar names no one");
    }

    /**
     * A programme's end (issue 18, reviewer): none of its own means its last planned meeting's day,
     * also after more are planned; one the coach sets is kept, shown in the list and counted in the
     * figures' period; one before the start is refused by the service and by the database; one on the
     * last meeting's day is the default and keeps following the schedule.
     */
    @Test
    void theEndIsTheCoachsOrTheLastMeetingsAndNeverBeforeTheStart() {
        LocalDate start = LocalDate.of(2026, 11, 1);
        int id = service.bewaar(new Groepsprogramma(null, "Werkfit", start, null, List.of("Ellen")),
                List.of(new Deelnemer(anna, null, null, null)));
        assertNull(service.detail(id).orElseThrow().einde(), "no end and no schedule: open");
        service.plan(id, new Roosterpatroon(start, DayOfWeek.TUESDAY, LocalTime.of(10, 0), 120, 4, 1,
                Groepssessie.Soort.WORKSHOP, 0, null), (n, x) -> "Bijeenkomst " + n);
        LocalDate laatste = LocalDate.of(2026, 11, 24);
        assertEquals(laatste, service.detail(id).orElseThrow().einde(), "the fourth Tuesday from 1 November");
        assertEquals(laatste, service.lijst().getFirst().einde());

        Groepsprogramma p = service.detail(id).orElseThrow().programma();
        LocalDate eigen = LocalDate.of(2027, 1, 15);
        service.bewaar(new Groepsprogramma(id, p.naam(), start, null, p.trainers(), eigen), List.of(new Deelnemer(anna, null, null, null)));
        assertEquals(eigen, service.detail(id).orElseThrow().programma().einddatum());
        assertEquals(eigen, service.detail(id).orElseThrow().einde());
        assertEquals(eigen, service.lijst().getFirst().einde());
        var cijfers = new PraktijkcijfersService(db, new TijdlijnService(db,
                CLOCK, KlokInstellingen.STANDAARD), contacten).perProgramma().programmas().getFirst();
        assertEquals(List.of(start, eigen), List.of(cijfers.start(), cijfers.einde()), "the figures' period");

        Weigering w = assertThrows(Weigering.class, () -> service.bewaar(new Groepsprogramma(id, p.naam(), start, null,
                p.trainers(), start.minusDays(1)), List.of()));
        assertEquals("programma.fout.eindeVoorStart", w.messageKey());
        assertEquals(eigen, service.detail(id).orElseThrow().einde(), "nothing changed");
        assertThrows(RuntimeException.class, () -> db.write(cfg -> cfg.dsl().execute(
                "UPDATE groepsprogramma SET einddatum = '2026-10-31' WHERE id = " + id)), "the database refuses it too");

        // The last meeting's day typed as the end is the default: kept as none, so the end follows the schedule.
        service.bewaar(new Groepsprogramma(id, p.naam(), start, null, p.trainers(), laatste), List.of(new Deelnemer(anna, null, null, null)));
        assertNull(service.detail(id).orElseThrow().programma().einddatum());
        service.plan(id, new Roosterpatroon(laatste.plusDays(1), DayOfWeek.TUESDAY, LocalTime.of(10, 0), 120, 2, 1,
                Groepssessie.Soort.WORKSHOP, 0, null), (n, x) -> "Extra " + n);
        assertEquals(LocalDate.of(2026, 12, 8), service.detail(id).orElseThrow().einde());
    }
}
