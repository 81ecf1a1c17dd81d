package nl.spoorzoeker.bewaartermijn;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.OngeldigBestand;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.store.Bestanden;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taak.Taak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.spoorzoeker.store.DatabaseOpenException;

/**
 * A retention deletion reaches the backups (issue 23 item 3): every backup generation (in
 * {@code backups/} and the second location) that still holds the deleted traject is rewritten
 * without it. Without this a deleted werknemer's name and notes stay readable, with the passphrase,
 * in every generation made before the deletion until the thinning schedule removes the last one —
 * months for the monthly generations.
 *
 * <p>Per generation: decrypted with the data key into a folder of its own in the data folder's
 * private temp folder, opened as a practice (an older schema is migrated, as a restore would), the
 * traject's rows deleted by the same repository as the live deletion (an active traject in an old
 * generation is closed first; the anonymous count and an audit entry are written in the copy too,
 * so a restore of it shows the deletion), vacuumed and its -wal emptied, checked in full, then
 * encrypted and swapped in by {@link BackupService#vervangGeneratie} (temporary name, forced,
 * verified, one atomic rename over the old file, folder forced). A kill at any point leaves the old
 * generation or the new one, never a plain file outside the temp folder, which every start empties
 * (and the backups folder's {@code .szb-tmp-*} with it). The generation keeps its name, so the
 * thinning schedule sees the same dates.
 *
 * <p>Not cancellable: stopping halfway would leave the traject in the generations not yet reached.
 */
public final class BackupSchoning extends Taak<BackupSchoning.Uitslag> {

    private static final Logger LOG = LoggerFactory.getLogger(BackupSchoning.class);

    /**
     * One pass at a time in this process (another process cannot reach the folder: the instance
     * lock). Two passes over the same generations — one resumed at the unlock, one for a deletion the
     * coach makes meanwhile — would each decrypt a generation, take their own traject out and write it
     * back: the one that writes last puts back what the other took out (GelijktijdigeSchoningTest
     * found 248 hits of the second traject in a generation after both passes said they were done).
     */
    private static final java.util.concurrent.locks.ReentrantLock EEN_TEGELIJK = new java.util.concurrent.locks.ReentrantLock();

    /**
     * What the pass did: generations looked at, rewritten, and those it could not read with this
     * data key (made under another practice's key: they cannot hold this practice's traject).
     */
    public record Uitslag(int bekeken, int herschreven, int onleesbaar, int beschadigd, Path tweedeLater) {
        public Uitslag(int bekeken, int herschreven, int onleesbaar) {
            this(bekeken, herschreven, onleesbaar, 0, null);
        }
    }

    private final Database db;
    private final List<Path> mappen;
    private final Path tijdelijk;
    private final Sleutelring ring;
    private final byte[] dataSleutel;
    private final Runnable wis;
    private final Runnable afgerond;
    private final int trajectId;
    private final boolean ookWerkgever;
    private final Verwijdering.Reden reden;
    private final Clock clock;
    private final Path tweedeLater;

    /**
     * @param db the live practice (the audit entry with the counts)
     * @param mappen the backup folders: {@code backups/} and, when reachable, the second location
     * @param tijdelijk the data folder's private temp folder (emptied at every start)
     * @param wis wipes the keys when the pass ends
     * @param afgerond runs when every generation was reached (the pass is then no longer pending)
     */
    public BackupSchoning(Database db, List<Path> mappen, Path tijdelijk, Sleutelring ring, byte[] dataSleutel,
                          Runnable wis, Runnable afgerond, Verwijdering verwijdering, boolean ookWerkgever, Clock clock) {
        this(db, mappen, tijdelijk, ring, dataSleutel, wis, afgerond, verwijdering, ookWerkgever, clock, null);
    }

    /**
     * @param tweedeLater the second location when it is chosen but not connected now (its marker
     *                    missing): not in {@code mappen}, its pass still to come, said in the result
     */
    public BackupSchoning(Database db, List<Path> mappen, Path tijdelijk, Sleutelring ring, byte[] dataSleutel,
                          Runnable wis, Runnable afgerond, Verwijdering verwijdering, boolean ookWerkgever, Clock clock,
                          Path tweedeLater) {
        this.tweedeLater = tweedeLater;
        this.db = db;
        this.mappen = List.copyOf(mappen);
        this.tijdelijk = tijdelijk;
        this.ring = ring;
        this.dataSleutel = dataSleutel;
        this.wis = wis;
        this.afgerond = afgerond;
        this.trajectId = verwijdering.trajectId();
        this.ookWerkgever = ookWerkgever;
        this.reden = verwijdering.reden();
        this.clock = clock;
    }

    @Override
    public String naamKey() {
        return "bewaren.schoning.naam";
    }

    @Override
    public boolean annuleerbaar() {
        return false;
    }

    @Override
    protected Uitslag werk() throws Exception {
        if (!EEN_TEGELIJK.tryLock()) {
            fase("bewaren.schoning.wacht", 0);
            EEN_TEGELIJK.lockInterruptibly();
        }
        try {
            // The safety copies first (issue 23 item 3): the deletion removed them, but a kill right
            // after its commit leaves them, and the next unlock encrypts the plain ones into bewaard/
            // before this pass runs. They are removed, not rewritten: a copy kept from before the
            // deletion must not bring the traject back.
            BewaartermijnService.verwijderVeiligheidskopieen(db);
            Breekpunt.na("schoning.kopieen-weg");
            List<Path> generaties = new ArrayList<>();
            for (Path map : mappen) {
                BackupService.generatiesIn(map).forEach(b -> generaties.add(b.bestand()));
            }
            int herschreven = 0;
            int onleesbaar = 0;
            int beschadigd = 0;
            for (int i = 0; i < generaties.size(); i++) {
                fase("bewaren.schoning.fase", (double) i / Math.max(1, generaties.size()));
                switch (herschrijf(generaties.get(i))) {
                    case HERSCHREVEN -> herschreven++;
                    case ANDERE_PRAKTIJK -> onleesbaar++;
                    case BESCHADIGD -> beschadigd++;
                    case ZONDER -> {
                    }
                }
            }
            // Counts only: the entry outlives the traject and must not name anyone.
            new AuditService(db, clock).log(Handeling.VERWIJDERING, trajectId, "traject " + trajectId
                    + " ook uit " + herschreven + " van " + generaties.size() + " back-ups verwijderd"
                    + (onleesbaar > 0 ? " (" + onleesbaar + " van een andere praktijk, met een andere sleutel)" : "")
                    + (beschadigd > 0 ? " (" + beschadigd + " beschadigd, niet te lezen)" : ""));
            afgerond.run();
            LOG.info("Retention deletion reached the backups: {} of {} generations rewritten, {} of another practice,"
                    + " {} damaged", herschreven, generaties.size(), onleesbaar, beschadigd);
            return new Uitslag(generaties.size(), herschreven, onleesbaar, beschadigd, tweedeLater);
        } finally {
            EEN_TEGELIJK.unlock();
            Arrays.fill(dataSleutel, (byte) 0);
            wis.run();
        }
    }

    private enum Afloop { HERSCHREVEN, ZONDER, ANDERE_PRAKTIJK, BESCHADIGD }

    private Afloop herschrijf(Path generatie) throws IOException {
        Bestanden.maakPriveMap(tijdelijk);
        Path werk = Files.createDirectory(tijdelijk.resolve("schoning-" + UUID.randomUUID()));
        Path plat = werk.resolve("kopie.db");
        try {
            try (InputStream in = Files.newInputStream(generatie)) {
                if (!Versleuteling.ring(in).zelfdeDataSleutel(ring)) {
                    // Made by another practice (a folder copied in, a shared stick): it cannot hold this
                    // practice's traject. Told apart from a damaged one, which might.
                    LOG.info("A backup generation was made by another practice; left as it is: {}", generatie.getFileName());
                    return Afloop.ANDERE_PRAKTIJK;
                }
            } catch (OngeldigBestand e) {
                LOG.warn("A backup generation's header is damaged; left as it is: {}", generatie.getFileName());
                return Afloop.BESCHADIGD;
            }
            try (InputStream in = Files.newInputStream(generatie); OutputStream uit = Files.newOutputStream(plat)) {
                Versleuteling.ontsleutel(in, uit, r -> dataSleutel.clone());
            } catch (VerkeerdeSleutel | OngeldigBestand e) {
                LOG.warn("A backup generation of this practice cannot be read (damaged); left as it is: {}",
                        generatie.getFileName());
                return Afloop.BESCHADIGD;
            }
            Breekpunt.na("schoning.kopie-ontsleuteld");
            boolean had;
            try (Database kopie = Database.open(plat)) {
                Database.Purged<Boolean> p = kopie.writeAndPurge(cfg -> {
                    BewaringRepository repo = new BewaringRepository(cfg.dsl());
                    var g = repo.find(trajectId);
                    if (g.isEmpty()) {
                        return false;
                    }
                    VerwijderingRepository verwijdering = new VerwijderingRepository(cfg.dsl());
                    if ("ACTIEF".equals(g.get().status())) {
                        verwijdering.sluitVoorDemoVerwijdering(trajectId); // still active when this generation was made
                    }
                    var rijen = verwijdering.verwijder(trajectId, ookWerkgever);
                    LocalDate vandaag = LocalDate.now(clock);
                    repo.telVerwijderd(vandaag.getYear(), g.get().einddatum() == null ? vandaag.getYear()
                            : g.get().einddatum().getYear(), reden);
                    new AuditService(kopie, clock).log(cfg, Handeling.VERWIJDERING, trajectId,
                            BewaartermijnService.omschrijving(trajectId, rijen, reden) + " (in deze back-up, na de verwijdering)");
                    return true;
                });
                had = p.result();
                if (had && (!p.vacuumed() || !p.walEmptied())) {
                    throw new IOException("the rewritten copy could not be vacuumed");
                }
            } catch (DatabaseOpenException e) {
                throw new IOException("a backup generation could not be opened to remove the traject: "
                        + generatie.getFileName(), e);
            }
            if (!had) {
                return Afloop.ZONDER;
            }
            Breekpunt.na("schoning.kopie-geschoond");
            BackupService.vervangGeneratie(generatie, plat, ring, dataSleutel);
            return Afloop.HERSCHREVEN;
        } finally {
            try (var boom = Files.walk(werk)) {
                for (Path p : boom.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Breekpunt.na("schoning.werkmap-weg");
        }
    }
}
