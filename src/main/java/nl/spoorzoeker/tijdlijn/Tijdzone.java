package nl.spoorzoeker.tijdlijn;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one owner of the practice's time zone. Poortwachter deadlines, report dates, backup names and
 * export timestamps are Dutch calendar days, whatever zone the computer is set to: before this, six
 * places wrote Europe/Amsterdam and six others took the system zone, so a laptop set to another
 * zone dated a report one way and thinned its backups another (issue 20, ADR 0008).
 */
public final class Tijdzone {

    public static final ZoneId PRAKTIJK = ZoneId.of("Europe/Amsterdam");

    private Tijdzone() {
    }

    /** The clock the application runs on: the system's instant, read in the practice's zone. */
    public static Clock klok() {
        return Clock.system(PRAKTIJK);
    }
}
