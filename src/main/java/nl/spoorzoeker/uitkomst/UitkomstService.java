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
        bewaar(dossierId, uitkomst, false, null, true);
    }

    /**
     * Records the outcome with the closing measurement of the scales ({@code eind} null: not
     * scored, any earlier one removed) and closes the traject, in one transaction.
     */
    public void sluitAf(int dossierId, Uitkomst uitkomst, Schaalmeting eind) {
        bewaar(dossierId, uitkomst, true, eind, true);
    }

    /** Changes the recorded outcome (or records one for a traject closed before outcomes existed); the status stays. */
    public void wijzig(int dossierId, Uitkomst uitkomst) {
        bewaar(dossierId, uitkomst, false, null, false);
    }

    /** Changes the recorded outcome and the closing measurement together. */
    public void wijzig(int dossierId, Uitkomst uitkomst, Schaalmeting eind) {
        bewaar(dossierId, uitkomst, true, eind, false);
    }

    /** The traject's measurements of the scales (begin at the intake, end at closing). */
    public Metingen metingen(int dossierId) {
        var m = db.read(ctx -> new SchaalRepository(ctx).van(dossierId));
        return new Metingen(m.get(Schaalmeting.Moment.BEGIN), m.get(Schaalmeting.Moment.EIND));
    }

    /** The two measurements of a traject; either may be null (not measured). */
    public record Metingen(Schaalmeting begin, Schaalmeting eind) {
        public List<Schaalmeting.Verschil> verschillen() {
            return Schaalmeting.verschillen(begin, eind);
        }
    }

    /**
     * Records (or with null removes) the measurement of one moment: the intake's from the Fasen tab,
     * the end's from the closing dialog. Refused when it breaks its rules or would date the end
     * before the beginning.
     */
    public void bewaarMeting(int dossierId, Schaalmeting.Moment moment, Schaalmeting meting) {
        Instant now = clock.instant();
        LocalDate vandaag = LocalDate.now(clock);
        db.write(cfg -> {
            UitkomstRepository repo = new UitkomstRepository(cfg.dsl());
            if (!repo.trajectBestaat(dossierId)) {
                throw new NoSuchElementException("dossier " + dossierId);
            }
            bewaarMeting(new SchaalRepository(cfg.dsl()), dossierId, moment, meting, vandaag, now);
            return null;
        });
    }

    private static void bewaarMeting(SchaalRepository schalen, int dossierId, Schaalmeting.Moment moment,
                                     Schaalmeting meting, LocalDate vandaag, Instant now) {
        if (meting != null) {
            var andere = schalen.van(dossierId);
            Schaalmeting begin = moment == Schaalmeting.Moment.BEGIN ? meting : andere.get(Schaalmeting.Moment.BEGIN);
            Schaalmeting eind = moment == Schaalmeting.Moment.EIND ? meting : andere.get(Schaalmeting.Moment.EIND);
            List<String> fouten = Schaalmeting.fouten(begin, eind, vandaag);
            if (!fouten.isEmpty()) {
                throw new Weigering(fouten.getFirst());
            }
        }
        schalen.bewaar(dossierId, moment, meting, now);
    }

    private void bewaar(int dossierId, Uitkomst uitkomst, boolean metMeting, Schaalmeting eind, boolean sluit) {
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
            if (metMeting) {
                // Checked before anything is written: a refused measurement leaves the traject as it was.
                bewaarMeting(new SchaalRepository(cfg.dsl()), dossierId, Schaalmeting.Moment.EIND, eind, vandaag, now);
            }
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
