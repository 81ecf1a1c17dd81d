package nl.spoorzoeker.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taak.Geannuleerd;
import nl.spoorzoeker.taak.Taak;

/**
 * Putting a backup back: the one restore, for Instellingen, the recovery screen and
 * {@code spoorzoeker restore}. In order: an optional backup of the current state and an optional
 * full check of the chosen file (both while the practice is still open, so a wrong file changes
 * nothing), then the open practice is closed, {@link HerstelService} decrypts, checks and swaps,
 * the practice is opened again and the restore is written to its audit log.
 *
 * <p>Cancel is honoured up to the swap: before it the decrypted copy is only a temporary file
 * that {@link HerstelService} deletes, and the old database is untouched. Once the swap starts
 * it is not: the journaled renames must all happen (or be finished at the next open), and
 * stopping halfway would only leave that work to the next start.
 *
 * @param <P> what an opened practice is for the caller (the window's context, or a bare database)
 */
public final class HerstelTaak<P> extends Taak<HerstelTaak.Uitkomst<P>> {

    /** A step that may refuse (throw) before anything closes. */
    @FunctionalInterface
    public interface Stap {
        void doe() throws Exception;
    }

    /** How the caller's practice closes and opens around the swap. */
    public interface Praktijk<P> {
        /** Closes the open practice after its queued work; nothing when none is open. */
        void sluit() throws Exception;

        /** Opens whatever database is in place now. */
        P open() throws Exception;

        /** The opened practice's database, for the audit entry. */
        Database database(P praktijk);
    }

    /**
     * The practice as it is afterwards; {@code fout} is the restore's failure when the old database
     * was reopened instead (the coach keeps working on it), null when the backup is in place.
     */
    public record Uitkomst<P>(P praktijk, Exception fout, List<Path> apartGezet) {
        public boolean gelukt() {
            return fout == null;
        }
    }

    private final Path backup;
    private final Versleuteling.Ontgrendeling ontgrendeling;
    private final Path database;
    private final Clock clock;
    private final Praktijk<P> praktijk;
    private final String auditTekst;
    private Stap voorafBackup;
    private Stap controle;
    private boolean heropenNaFout;

    /** @param auditTekst what the audit log says (no names; where the old database went is logged by the swap) */
    public HerstelTaak(Path backup, Versleuteling.Ontgrendeling ontgrendeling, Path database, Clock clock,
                       Praktijk<P> praktijk, String auditTekst) {
        this.backup = Objects.requireNonNull(backup);
        this.ontgrendeling = Objects.requireNonNull(ontgrendeling);
        this.database = Objects.requireNonNull(database);
        this.clock = clock;
        this.praktijk = Objects.requireNonNull(praktijk);
        this.auditTekst = auditTekst;
    }

    /** A backup of the current state first (Instellingen: the coach may want it back). */
    public HerstelTaak<P> metBackupVooraf(Stap backupVooraf) {
        this.voorafBackup = backupVooraf;
        return this;
    }

    /** The chosen file checked in full while the practice is still open: a bad file then changes nothing. */
    public HerstelTaak<P> metControleVooraf(Stap controleVooraf) {
        this.controle = controleVooraf;
        return this;
    }

    /**
     * When the restore fails after the practice closed, open the old database again and report
     * the failure in the outcome, instead of throwing it (the window: the coach keeps working).
     */
    public HerstelTaak<P> heropenNaFout() {
        this.heropenNaFout = true;
        return this;
    }

    @Override
    public String naamKey() {
        return "herstel.titel";
    }

    @Override
    protected Uitkomst<P> werk() throws Exception {
        if (voorafBackup != null) {
            fase("herstel.fase.backup", 0.0);
            voorafBackup.doe();
        }
        stopAlsGeannuleerd();
        if (controle != null) {
            fase("herstel.fase.controle", 0.15);
            controle.doe();
        }
        stopAlsGeannuleerd();
        fase("herstel.fase.sluiten", 0.3);
        praktijk.sluit();
        Exception fout = null;
        List<Path> apart = List.of();
        try {
            apart = new HerstelService(clock).herstel(backup, ontgrendeling, database, new HerstelService.Voortgang() {
                @Override
                public void fase(HerstelService.Fase fase) {
                    switch (fase) {
                        case ONTSLEUTELEN -> HerstelTaak.this.fase("herstel.fase.ONTSLEUTELEN", 0.35);
                        case CONTROLEREN -> {
                            annuleerHier();
                            HerstelTaak.this.fase("herstel.fase.CONTROLEREN", 0.75);
                        }
                        case VERVANGEN -> {
                            // The last point to stop: past it the journaled swap runs to its end.
                            annuleerHier();
                            HerstelTaak.this.fase("herstel.fase.VERVANGEN", 0.85);
                        }
                        case KLAAR -> HerstelTaak.this.fase("herstel.fase.KLAAR", 0.9);
                    }
                }

                @Override
                public void ontsleuteld(double deel) {
                    annuleerHier();
                    HerstelTaak.this.fase("herstel.fase.ONTSLEUTELEN", 0.35 + 0.4 * Math.min(1, deel));
                }
            }).apartGezet();
        } catch (Afgebroken a) {
            fout = new Geannuleerd();
        } catch (Exception e) {
            fout = e;
        }
        if (fout != null && !heropenNaFout) {
            throw fout;
        }
        fase("herstel.fase.openen", 0.92);
        P open = praktijk.open();
        if (fout == null) {
            new AuditService(praktijk.database(open), clock).log(Handeling.HERSTEL, null, auditTekst);
        }
        return new Uitkomst<>(open, fout, apart);
    }

    /** Thrown out of {@link HerstelService}'s progress callback: its finally deletes the partial copy. */
    private static final class Afgebroken extends RuntimeException {
        Afgebroken() {
            super("restore cancelled before the swap", null, false, false);
        }
    }

    private void annuleerHier() {
        if (annuleringGevraagd()) {
            throw new Afgebroken();
        }
    }
}
