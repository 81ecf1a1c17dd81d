package nl.spoorzoeker.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.store.Database;

/** Dossiers for store tests: one employer, an active traject started a year before the fixed clock. */
public final class TestDossiers {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    private TestDossiers() {
    }

    /** A new active dossier for {@code naam} with a 10-hour budget; returns its id. */
    public static int create(Database db, String naam) {
        int werkgever = new WerkgeverService(db, CLOCK).create(new Werkgever(null, "Werkgever van " + naam, null,
                Adres.LEEG, Contact.LEEG, Contact.LEEG, false));
        return new DossierService(db, CLOCK).create(new Werknemer(null, naam, null, null, null, Adres.LEEG, null, null,
                false, null), werkgever, new Traject(null, LocalDate.of(2025, 10, 1), null, LocalDate.of(2026, 10, 1),
                null, 10 * 60, null, TrajectStatus.ACTIEF));
    }
}
