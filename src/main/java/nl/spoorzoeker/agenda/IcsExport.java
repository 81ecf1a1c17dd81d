package nl.spoorzoeker.agenda;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * Appointments as an iCalendar file that Outlook, Google and Apple calendars import: one VEVENT
 * per appointment with its stable UID, times in Europe/Amsterdam with the VTIMEZONE that Outlook
 * needs. No METHOD: "PUBLISH" would make the file an iTIP message (RFC 5546), which requires an ORGANIZER
 * on every event, and a practice need not have (or want to publish) an address; a plain RFC 5545 file
 * imports the same. No network, no account.
 *
 * <p>Privacy: the file leaves the app and often ends up in a cloud calendar. The summary holds the
 * subject and only the werknemer's initials; notes go along only when the coach asks for it.
 */
public final class IcsExport {

    public static final ZoneId ZONE = Tijdzone.PRAKTIJK;
    static final String PRODID = "-//Spoorzoeker//Spoorzoeker//NL";

    private IcsExport() {
    }

    static String tekst(List<Afspraak> afspraken, boolean metToelichting, Instant nu) throws IOException {
        return tekst(afspraken, metToelichting, nu, null);
    }

    /** @param herinnering minutes before the start at which the calendar reminds (a VALARM), or null for none */
    static String tekst(List<Afspraak> afspraken, boolean metToelichting, Instant nu, Integer herinnering) throws IOException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        VTimeZone tz = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE.getId()).getVTimeZone().copy();
        // ical4j's tz data has Europe/Amsterdam as a link to Europe/Brussels (same rules since 1970) and
        // names the definition after Brussels, while every event says TZID=Europe/Amsterdam: RFC 5545
        // wants the VTIMEZONE of the TZID the events use, so the definition carries that name.
        tz.replace(new net.fortuna.ical4j.model.property.TzId(ZONE.getId()));
        // Its other names go too: the TZURL (a Brussels definition online) and libical's X-LIC-LOCATION, which
        // calendars built on libical (Evolution, Thunderbird's older versions) read instead of the TZID.
        tz.getProperty(net.fortuna.ical4j.model.Property.TZURL).ifPresent(tz::remove);
        tz.getProperty("X-LIC-LOCATION").ifPresent(tz::remove);
        tz.add(new net.fortuna.ical4j.model.property.XProperty("X-LIC-LOCATION", ZONE.getId()));
        calendar.add(tz);
        for (Afspraak a : afspraken) {
            // The end is the start plus the duration in real time (on the night the clocks go back, 02:30 for an hour
            // ends at the second 02:30, not at 03:30). A local time that occurs twice means its first occurrence in
            // iCalendar (RFC 5545 3.3.5), so such an end is written in UTC; every other end in local time with its zone.
            ZonedDateTime begin = a.begin().atZone(ZONE);
            ZonedDateTime eind = begin.plusMinutes(a.duurMinuten());
            boolean eenduidig = ZONE.getRules().getValidOffsets(eind.toLocalDateTime()).size() == 1;
            VEvent event = eenduidig ? new VEvent(begin, eind, samenvatting(a))
                    : new VEvent(begin, eind.toInstant(), samenvatting(a));
            event.add(new Uid(a.uid()));
            // The constructor already stamps the event with the clock of the machine; RFC 5545 allows one
            // DTSTAMP, so the export's own moment replaces it instead of adding a second.
            event.replace(new DtStamp(nu));
            if (a.locatie() != null && !a.locatie().isBlank()) {
                event.add(new Location(a.locatie()));
            }
            if (metToelichting && a.toelichting() != null && !a.toelichting().isBlank()) {
                event.add(new Description(a.toelichting()));
            }
            if (herinnering != null) {
                // A display alarm before the start; its text is the event's summary (initials only, like the title).
                VAlarm alarm = new VAlarm(java.time.Duration.ofMinutes(-herinnering));
                alarm.add(new Action("DISPLAY"));
                alarm.add(new Description(samenvatting(a)));
                event.add(alarm);
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        new CalendarOutputter(false).output(calendar, out);
        return out.toString();
    }

    /**
     * "Gesprek (Ç.Y.)": the subject with the werknemer's initials; a group meeting's subject with the
     * programme's name ("Workshop netwerken (Groep november)"), which names no one.
     */
    static String samenvatting(Afspraak a) {
        if (a.groep()) {
            return a.naam() == null || a.naam().isBlank() ? a.onderwerp() : a.onderwerp() + " (" + a.naam().strip() + ")";
        }
        String initialen = a.naam() == null ? "" : Arrays.stream(a.naam().trim().split("[\\s-]+"))
                .filter(deel -> !deel.isEmpty() && Character.isUpperCase(deel.codePointAt(0)))
                .map(deel -> new String(Character.toChars(deel.codePointAt(0))) + ".")
                .collect(Collectors.joining());
        return initialen.isEmpty() ? a.onderwerp() : a.onderwerp() + " (" + initialen + ")";
    }
}
