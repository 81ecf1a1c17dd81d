package nl.spoorzoeker.uitkomst;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;

/**
 * How trajecten ended: closing a traject with its outcome (one transaction: the outcome and the
 * status AFGEROND, so no traject is closed without one through this way), changing the outcome
 * later, and the outcomes of the whole practice for its figures.
 */
public final class UitkomstService {

    private final Database db;
    private final Clock clock;

    public UitkomstService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The dossier's recorded outcome, if any. */
    public Optional<Uitkomst> van(int dossierId) {
        return db.read(ctx -> new UitkomstRepository(ctx).find(dossierId));
    }

    /** Records the outcome and closes the traject. Refuses an outcome that breaks its rules. */
    public void sluitAf(int dossierId, Uitkomst uitkomst) {
        bewaar(dossierId, uitkomst, true);
    }

    /** Changes the recorded outcome (or records one for a traject closed before outcomes existed); the status stays. */
    public void wijzig(int dossierId, Uitkomst uitkomst) {
        bewaar(dossierId, uitkomst, false);
    }

    private void bewaar(int dossierId, Uitkomst uitkomst, boolean sluit) {
        Instant now = clock.instant();
        LocalDate vandaag = LocalDate.now(clock);
        db.write(cfg -> {
            UitkomstRepository repo = new UitkomstRepository(cfg.dsl());
            if (!repo.trajectBestaat(dossierId)) {
                throw new NoSuchElementException("dossier " + dossierId);
            }
            List<String> fouten = uitkomst.fouten(repo.trajectStart(dossierId).orElse(null), vandaag);
            if (!fouten.isEmpty()) {
                throw new Weigering(fouten.getFirst());
            }
            LocalDate eerder = repo.find(dossierId).map(Uitkomst::einddatum).orElse(null);
            repo.bewaar(dossierId, uitkomst, now);
            if (sluit) {
                repo.sluit(dossierId, uitkomst.einddatum(), now);
            } else if (!uitkomst.einddatum().equals(eerder)) {
                // A corrected end date moves the retention term with it; an unchanged one leaves a
                // date the coach set on the Bewaartermijnen screen alone.
                repo.verzetEinddatum(dossierId, uitkomst.einddatum());
            }
            return null;
        });
    }
}
