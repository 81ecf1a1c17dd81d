package nl.spoorzoeker.agenda;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import nl.spoorzoeker.testsupport.Ics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the exported .ics reads the same in two independent parsers — ical4j (which the app writes with) and
 * biweekly (another code base, stricter on its own terms): every event's UID, start and end instant, time zone,
 * summary, location and description, and biweekly reports no warning. Winter and summer time, a long note with
 * commas, semicolons, a backslash and newlines, and a name with diacritics.
 */
class IcsTweeParsersTest {

    @TempDir
    Path dir;
    Database db;
    AfspraakService service;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        service = new AfspraakService(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** One event as either parser reads it. */
    record Gelezen(String uid, Instant begin, Instant eind, String samenvatting, String plaats, String toelichting) {
    }

    @Test
    void everyEventReadsTheSameInIcal4jAndBiweekly() throws Exception {
        int dossier = TestDossiers.create(db, "Çiğdem Yılmaz-Łukasz");
        int ander = TestDossiers.create(db, "Jan Jansen");
        String lang = "Toelichting; met komma's, een \\ backslash\nen een nieuwe regel. ".repeat(40).strip();
        service.plan(new Afspraak(null, dossier, null, LocalDateTime.of(2026, 11, 26, 10, 0), 90, "Voortgangsgesprek",
                "Kanaalweg 112, Utrecht", lang, null));
        service.plan(new Afspraak(null, ander, null, LocalDateTime.of(2027, 3, 29, 9, 15), 45, "Bezoek werkervaringsplek",
                "Bakkerij De Korenaar; achteringang", "Kort", null));
        service.plan(new Afspraak(null, ander, null, LocalDateTime.of(2027, 10, 31, 2, 30), 60, "Nachtdienst proefdraaien",
                null, null, null));
        Path bestand = dir.resolve("afspraken.ics");
        service.exporteer(service.komende(), bestand, true);
        String ics = Files.readString(bestand);

        List<Gelezen> ical4j = new ArrayList<>();
        Calendar cal = Ics.geldig(ics);
        for (net.fortuna.ical4j.model.component.VEvent e : cal.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT")) {
            ical4j.add(new Gelezen(e.getUid().orElseThrow().getValue(),
                    Instant.from(e.getStartDate().orElseThrow().getDate()),
                    Instant.from(e.getEndDate().orElseThrow().getDate()),
                    e.getSummary().getValue(), e.getProperty(Property.LOCATION).map(Property::getValue).orElse(null),
                    e.getProperty(Property.DESCRIPTION).map(Property::getValue).orElse(null)));
        }

        List<List<ParseWarning>> waarschuwingen = new ArrayList<>();
        ICalendar ical = Biweekly.parse(ics).warnings(waarschuwingen).first();
        assertTrue(waarschuwingen.stream().allMatch(List::isEmpty), "biweekly warns: " + waarschuwingen);
        List<Gelezen> biweekly = new ArrayList<>();
        for (VEvent e : ical.getEvents()) {
            biweekly.add(new Gelezen(e.getUid().getValue(), e.getDateStart().getValue().toInstant(),
                    e.getDateEnd().getValue().toInstant(), e.getSummary().getValue(),
                    e.getLocation() == null ? null : e.getLocation().getValue(),
                    e.getDescription() == null ? null : e.getDescription().getValue()));
            assertEquals("Europe/Amsterdam", ical.getTimezoneInfo().getTimezone(e.getDateStart()).getComponent()
                    .getTimezoneId().getValue(), "the local time with its zone, as written");
        }

        assertEquals(3, ical4j.size());
        assertEquals(ical4j, biweekly);
        // And what both read is what was planned: 10:00 in winter is 09:00 UTC, 09:15 in summer is 07:15 UTC, and
        // 02:30 on the night the clocks go back is the first 02:30 (summer time, 00:30 UTC); an hour later is the second
        // 02:30 (01:30 UTC), which a local time with its zone cannot say (it means the first): written in UTC. Found by
        // this test: the end was the local start plus an hour, 03:30, so the two parsers read a two-hour meeting.
        assertEquals(Instant.parse("2026-11-26T09:00:00Z"), biweekly.get(0).begin());
        assertEquals(Instant.parse("2026-11-26T10:30:00Z"), biweekly.get(0).eind());
        assertEquals(Instant.parse("2027-03-29T07:15:00Z"), biweekly.get(1).begin());
        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), biweekly.get(2).begin());
        assertEquals(Instant.parse("2027-10-31T01:30:00Z"), biweekly.get(2).eind(), "an hour, not two: the second 02:30");
        assertEquals(lang, biweekly.get(0).toelichting());
        assertEquals("Bakkerij De Korenaar; achteringang", biweekly.get(1).plaats());
    }

    /** The reminder the coach chose (VALARM): 15 minutes before, a display alarm, in both parsers; none by default. */
    @Test
    void theChosenReminderIsAnAlarmBeforeEveryEventInBothParsers() throws Exception {
        int dossier = TestDossiers.create(db, "Jan Jansen");
        service.plan(new Afspraak(null, dossier, null, LocalDateTime.of(2026, 11, 26, 10, 0), 60, "Voortgangsgesprek",
                null, null, null));
        Path bestand = dir.resolve("afspraken.ics");
        service.exporteer(service.komende(), bestand, false);
        assertTrue(!Files.readString(bestand).contains("BEGIN:VALARM"), "no reminder unless the coach chose one");

        service.zetHerinnering(15);
        assertEquals(java.util.Optional.of(15), service.herinnering());
        service.exporteer(service.komende(), bestand, false);
        String ics = Files.readString(bestand);
        Calendar cal = Ics.geldig(ics);
        net.fortuna.ical4j.model.component.VEvent e = cal.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").getFirst();
        var alarm = e.getAlarms().getFirst();
        assertEquals("DISPLAY", alarm.getProperty(Property.ACTION).orElseThrow().getValue());
        assertEquals(java.time.Duration.ofMinutes(-15), alarm.getTrigger().orElseThrow().getDuration());

        List<List<ParseWarning>> waarschuwingen = new ArrayList<>();
        ICalendar ical = Biweekly.parse(ics).warnings(waarschuwingen).first();
        assertTrue(waarschuwingen.stream().allMatch(List::isEmpty), "biweekly warns: " + waarschuwingen);
        biweekly.component.VAlarm bw = ical.getEvents().getFirst().getAlarms().getFirst();
        assertEquals("display", bw.getAction().getValue().toLowerCase(java.util.Locale.ROOT));
        assertEquals(-15L * 60 * 1000, bw.getTrigger().getDuration().toMillis());

        service.zetHerinnering(null);
        service.exporteer(service.komende(), bestand, false);
        assertTrue(!Files.readString(bestand).contains("BEGIN:VALARM"), "switched off again");
    }
}
