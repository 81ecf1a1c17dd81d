package nl.spoorzoeker.app;

import java.time.Clock;
import java.time.LocalDate;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.app.werkplek.VandaagView;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.slot.Beveiligingsinstellingen;
import nl.spoorzoeker.slot.Schijfversleuteling;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.Feestdagen;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import org.slf4j.LoggerFactory;

/**
 * Runs the start screen's reads once on an empty database in memory while the passphrase door is
 * shown (issue 21 item 10). The first time a read runs in a process it pays for loading and
 * initialising jOOQ (its first {@code DSL.using}, the generated tables, rendering), the SQLite driver
 * and the query's own classes — about half of what the coach waited for after unlocking the 10-year
 * practice. Done here, that work overlaps the typing and the key derivation; the practice's own
 * file is not read before the passphrase is accepted, only this database in memory, which holds
 * nothing and is thrown away.
 */
final class Opwarmen {

    private Opwarmen() {
    }

    /** Starts the warm-up on a daemon thread of its own and returns at once; a failure only costs the gain. */
    static Thread start(Clock clock) {
        Thread thread = new Thread(() -> {
            try {
                warm(clock);
            } catch (Exception | LinkageError e) {
                LoggerFactory.getLogger(Opwarmen.class).debug("Warming up before the unlock did not finish", e);
            }
        }, "spoorzoeker-opwarmen");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    /** The reads of unlock → start screen, in the order they come there. */
    static void warm(Clock clock) throws Exception {
        // The Dutch holidays first, which the deadlines of every active dossier consult: jollyday reads
        // its rule file through JAXB the first time, and with no dossier in the database below nothing
        // asks. In a profile of unlock -> start screen that first use was a fifth of the start screen's
        // reads; warmed last, it was still being read when a coach who types fast had unlocked, and
        // the practice's read waited for it (issue 21 item 10, vlot9). It needs no database.
        Feestdagen feestdagen = Feestdagen.nederland();
        int jaar = LocalDate.now(clock).getYear();
        for (int j = jaar - 1; j <= jaar + 1; j++) {
            feestdagen.algemeenErkend(LocalDate.of(j, 1, 1));
            feestdagen.test(LocalDate.of(j, 1, 1));
        }
        try (Database db = Database.inGeheugen()) {
            LocalDate vandaag = LocalDate.now(clock);
            new Beveiligingsinstellingen(db).waarschuwVoor(Schijfversleuteling.Stand.ONBEKEND);
            TijdlijnService tijdlijn = new TijdlijnService(db, clock, KlokInstellingen.STANDAARD);
            tijdlijn.startscherm(VandaagView.HORIZON_DAGEN);
            tijdlijn.gatDrempels();
            FaseService fasen = new FaseService(db, clock);
            fasen.huidigeFasenPerDossier();
            fasen.arbeidsmarktSinds();
            new ContactService(db, clock).laatsteContacten();
            new ArbeidsmarktService(db, clock).laatsteMarktactiviteit();
            new WerkervaringService(db, clock).evaluatieSignalen(vandaag);
            new AfspraakService(db, clock).tussen(vandaag, vandaag.plusDays(1));
            new PraktijkService(db, clock).get();
        }
    }
}
