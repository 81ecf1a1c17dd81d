package nl.spoorzoeker.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import nl.spoorzoeker.store.Database;

/** Logging contactmomenten and adding up the hours against the budget. */
public final class ContactService {

    private final Database db;
    private final Clock clock;

    public ContactService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The log of a dossier (newest first) with its hours against the budget. */
    public record Logboek(List<Contactmoment> contacten, Urenstand uren) {
    }

    public Logboek logboek(int dossierId) {
        return db.read(ctx -> {
            ContactRepository repo = new ContactRepository(ctx);
            return new Logboek(repo.list(dossierId), repo.urenstand(dossierId));
        });
    }

    /** Per dossier: {latest contact, latest employer or network contact} (either may be null). */
    public java.util.Map<Integer, java.time.LocalDate[]> laatsteContacten() {
        return db.read(ctx -> new ContactRepository(ctx).laatsteContacten());
    }

    /** The default kind for a new contact: the last one the coach logged, or a conversation on location. */
    public ContactSoort standaardSoort() {
        return db.read(ctx -> new ContactRepository(ctx).laatsteSoort()).orElse(ContactSoort.GESPREK_OP_LOCATIE);
    }

    public int log(int dossierId, Contactmoment contact) {
        Instant now = clock.instant();
        return db.write(cfg -> new ContactRepository(cfg.dsl()).insert(dossierId, contact, now));
    }

    public void wijzig(int dossierId, Contactmoment contact) {
        Instant now = clock.instant();
        if (!db.write(cfg -> new ContactRepository(cfg.dsl()).update(dossierId, contact, now))) {
            throw new NoSuchElementException("contactmoment " + contact.id());
        }
    }
}
