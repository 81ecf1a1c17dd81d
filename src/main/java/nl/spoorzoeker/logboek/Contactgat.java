package nl.spoorzoeker.logboek;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.dossier.TijdlijnService;

/**
 * Gaps in the record that UWV would notice (C06, C09): no contact at all for longer than the
 * threshold, and, once the job market phase runs, no employer or network contact for longer than
 * its threshold. Pure: counted from the last contact, or from the traject start when there is none.
 */
public final class Contactgat {

    public enum Soort {
        GEEN_CONTACT, GEEN_MARKTCONTACT
    }

    /** A gap of {@code dagen} days since {@code sinds}. */
    public record Signaal(Soort soort, LocalDate sinds, long dagen) {
    }

    public static final int STANDAARD_CONTACT_DAGEN = TijdlijnService.GatDrempels.STANDAARD_CONTACT_DAGEN;
    public static final int STANDAARD_MARKT_DAGEN = TijdlijnService.GatDrempels.STANDAARD_MARKT_DAGEN;

    private Contactgat() {
    }

    /**
     * @param trajectStart      start of the traject; no signals before it (null: not started)
     * @param laatsteContact    date of the latest contact of any kind, or null
     * @param laatsteMarkt      date of the latest employer or network contact, or null
     * @param arbeidsmarktSinds start of the running job market phase, or null when it does not run
     */
    public static List<Signaal> signalen(LocalDate vandaag, LocalDate trajectStart, LocalDate laatsteContact,
                                         LocalDate laatsteMarkt, LocalDate arbeidsmarktSinds,
                                         int contactDrempelDagen, int marktDrempelDagen) {
        List<Signaal> result = new ArrayList<>();
        if (trajectStart == null || trajectStart.isAfter(vandaag)) {
            return result;
        }
        LocalDate contactSinds = laatsteContact == null || laatsteContact.isBefore(trajectStart) ? trajectStart : laatsteContact;
        long contactDagen = ChronoUnit.DAYS.between(contactSinds, vandaag);
        if (contactDagen > contactDrempelDagen) {
            result.add(new Signaal(Soort.GEEN_CONTACT, contactSinds, contactDagen));
        }
        if (arbeidsmarktSinds != null && !arbeidsmarktSinds.isAfter(vandaag)) {
            LocalDate marktSinds = laatsteMarkt == null || laatsteMarkt.isBefore(arbeidsmarktSinds)
                    ? arbeidsmarktSinds : laatsteMarkt;
            long marktDagen = ChronoUnit.DAYS.between(marktSinds, vandaag);
            if (marktDagen > marktDrempelDagen) {
                result.add(new Signaal(Soort.GEEN_MARKTCONTACT, marktSinds, marktDagen));
            }
        }
        return result;
    }
}
