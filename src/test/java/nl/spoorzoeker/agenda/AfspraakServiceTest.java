package nl.spoorzoeker.agenda;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import nl.spoorzoeker.testsupport.Ics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.testsupport.Uitvoerweg;

/** Appointments on a real SQLite file, and their .ics export read back with ical4j. */
class AfspraakServiceTest {

    @TempDir
    Path dir;
    Database db;
    AfspraakService service;
    int dossier;
    int ander;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        service = new AfspraakService(db, CLOCK);
        dossier = TestDossiers.create(db, "Çiğdem Yılmaz-Łukasz");
        ander = TestDossiers.create(db, "Jan Jansen");
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Afspraak afspraak(int dossier, LocalDateTime begin, String onderwerp) {
        return new Afspraak(null, dossier, null, begin, 60, onderwerp, "Koffiehuis De Zon, Utrecht",
                "Cv doornemen", null);
    }

    @Test
    void appointmentsArePlannedChangedListedAndCancelled() {
        int a = service.plan(afspraak(dossier, LocalDateTime.of(2026, 11, 26, 10, 0), "Voortgangsgesprek"));
        service.plan(afspraak(ander, LocalDateTime.of(2026, 11, 25, 14, 30), "Kennismaking"));
        service.plan(afspraak(dossier, LocalDateTime.of(2026, 11, 20, 9, 0), "Gesprek (geweest)"));
        assertEquals(List.of("Gesprek (geweest)", "Voortgangsgesprek"),
                service.vanDossier(dossier).stream().map(Afspraak::onderwerp).toList());
        assertEquals(List.of("Kennismaking", "Voortgangsgesprek"),
                service.komende().stream().map(Afspraak::onderwerp).toList(), "from now on (24-11-2026 11:00)");
        assertEquals("Çiğdem Yılmaz-Łukasz", service.komende().get(1).naam());
        assertEquals(2, service.tussen(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26)).size(),
                "both days are included");
        Afspraak eerst = service.vanDossier(dossier).get(1);
        service.wijzig(new Afspraak(eerst.id(), dossier, null, eerst.begin().plusHours(1), 90, "Voortgang",
                null, null, null));
        Afspraak daarna = service.vanDossier(dossier).get(1);
        assertEquals(eerst.uid(), daarna.uid(), "the UID stays with the appointment");
        assertEquals(90, daarna.duurMinuten());
        assertThrows(java.util.NoSuchElementException.class, () -> service.wijzig(new Afspraak(a, ander, null,
                eerst.begin(), 60, "x", null, null, null)));
        service.annuleer(a);
        assertEquals(1, service.vanDossier(dossier).size());
    }

    @Test
    void theIcsFileReadsBackWithEveryFieldTheTimeZoneAndAStableUid() throws Exception {
        String lang = "Toelichting met Zoë; komma, puntkomma\\ en een regel\n".repeat(300).strip();
        service.plan(new Afspraak(null, dossier, null, LocalDateTime.of(2026, 11, 26, 10, 0), 90,
                "Voortgangsgesprek", "Kanaalweg 112, Utrecht", lang, null));
        service.plan(afspraak(ander, LocalDateTime.of(2027, 3, 29, 9, 15), "Bezoek werkervaringsplek"));
        Path bestand = Files.createDirectories(dir.resolve("uit")).resolve("afspraken.ics");
        Uitvoerweg.gaatLangsDeDatamap(dir, bestand,
                () -> service.exporteer(service.komende(), bestand, true));
        String eerste = Files.readString(bestand);
        assertTrue(eerste.contains("\r\n"), "iCalendar lines end in CRLF");
        assertTrue(eerste.lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75),
                "long lines are folded");
        Calendar calendar = new CalendarBuilder().build(new StringReader(eerste));
        // No METHOD: PUBLISH would make it an iTIP message (RFC 5546), which needs an ORGANIZER the practice may not
        // have; a plain RFC 5545 calendar file imports in Outlook, Google and Apple calendars alike.
        assertTrue(calendar.getProperty(Property.METHOD).isEmpty(), "no iTIP method");
        assertFalse(eerste.contains("Brussels"), "the zone is named Europe/Amsterdam everywhere (TZID, X-LIC-LOCATION, no TZURL)");
        Ics.geldig(eerste);
        assertNotNull(calendar.getComponent("VTIMEZONE").orElse(null), "Outlook needs the VTIMEZONE");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent eerste0 = events.getFirst();
        assertEquals("Voortgangsgesprek (Ç.Y.Ł.)", eerste0.getSummary().getValue());
        assertEquals("Kanaalweg 112, Utrecht", eerste0.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertTrue(lang.equals(eerste0.getProperty(Property.DESCRIPTION).orElseThrow().getValue()),
                "a long note with newlines, commas and a backslash comes back unchanged");
        ZonedDateTime start = eerste0.getStartDate().orElseThrow().getDate() instanceof ZonedDateTime z ? z : null;
        assertNotNull(start);
        assertTrue(eerste.contains("DTSTART;TZID=Europe/Amsterdam:20261126T100000"), "local time with its zone");
        assertEquals(java.time.Instant.parse("2026-11-26T09:00:00Z"), start.toInstant());
        assertEquals(LocalDateTime.of(2026, 11, 26, 10, 0), start.toLocalDateTime());
        ZonedDateTime eind = (ZonedDateTime) eerste0.getEndDate().orElseThrow().getDate();
        assertEquals(LocalDateTime.of(2026, 11, 26, 11, 30), eind.toLocalDateTime());
        // Summer time: 29 March 2027 is after the switch; still 09:15 local.
        ZonedDateTime zomer = (ZonedDateTime) events.get(1).getStartDate().orElseThrow().getDate();
        assertEquals(LocalDateTime.of(2027, 3, 29, 9, 15), zomer.toLocalDateTime());
        assertEquals(7, zomer.withZoneSameInstant(java.time.ZoneOffset.UTC).getHour());

        String uid = eerste0.getUid().orElseThrow().getValue();
        service.exporteer(service.komende(), bestand, false);
        Calendar opnieuw = new CalendarBuilder().build(new StringReader(Files.readString(bestand)));
        VEvent weer = opnieuw.<VEvent>getComponents("VEVENT").getFirst();
        assertEquals(uid, weer.getUid().orElseThrow().getValue(), "a re-import updates instead of doubling");
        assertFalse(weer.getProperty(Property.DESCRIPTION).isPresent(), "notes stay in the app unless the coach asks");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
