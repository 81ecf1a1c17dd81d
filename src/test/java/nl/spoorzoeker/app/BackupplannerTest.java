package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.backup.AutoBackup;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.slot.Beveiligingsinstellingen;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.testsupport.Stelklok;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.Langwerk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The automatic backups go the way of "Back-up nu": a {@code BackupTaak} on the long-work executor
 * (issue 20: one path for every backup), in the planner's order, and the last one at exit still
 * runs after that executor has closed. Which thread made a backup is read from AutoBackup's own
 * log line ("Backup made (START)"), written on the thread that made it.
 */
@Tag("ui")
class BackupplannerTest {

    private static final Sleutelring.Nieuw SLEUTELS = Sleutelring.maak("wachtwoord".toCharArray(),
            new KdfParameters(1024, 1, 1));

    @TempDir
    Path dir;

    private final Stelklok klok = new Stelklok(Instant.parse("2026-11-25T09:00:00Z"));
    private final Kluissessie sessie = new Kluissessie();
    /** AutoBackup's log lines with the thread that wrote each (read at once: logback names the thread lazily). */
    private final List<String> regels = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AppenderBase<ILoggingEvent> log = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent e) {
            regels.add(Thread.currentThread().getName() + ": " + e.getFormattedMessage());
        }
    };
    private final Logger logger = (Logger) LoggerFactory.getLogger(AutoBackup.class);
    private Database db;
    private Beveiligingsinstellingen instellingen;
    private AutoBackup auto;
    private Langwerk langwerk;

    @BeforeAll
    static void startFx() throws Exception {
        Fx.start(); // the long-work executor reports its tasks' progress to the FX thread
        ErrorReporter.setDialogsEnabled(false);
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("data/spoorzoeker.db"));
        Demoset.load(db, TestDossiers.CLOCK);
        instellingen = new Beveiligingsinstellingen(db);
        sessie.ontgrendel(SLEUTELS.ring(), SLEUTELS.dataSleutel());
        auto = new AutoBackup(new BackupService(db, dir.resolve("data/tijdelijk"), klok), sessie, db,
                dir.resolve("data/backups"), instellingen::tweedeLocatie, klok);
        langwerk = new Langwerk();
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void close() {
        logger.detachAppender(log);
        langwerk.close();
        db.close();
    }

    @Test
    void theStartUpBackupIsABackupTaskOnTheLongWorkExecutorAfterThePlannersFirstSteps() throws Exception {
        List<Long> backupsBijOpenstaand = new ArrayList<>();
        Backupplanner planner = new Backupplanner(auto, langwerk, () -> backupsBijOpenstaand.add(aantal()));
        try {
            planner.start();
            wacht(() -> gemaakt("START").isPresent());
            assertTrue(gemaakt("START").orElseThrow().startsWith("spoorzoeker-lang-"), gemaakt("START").orElseThrow());
            assertEquals(List.of(0L), backupsBijOpenstaand, "the unfinished retention passes ran before the start-up backup");
            assertEquals(1, aantal());
        } finally {
            planner.stopZonderBackup();
        }
    }

    /** The lock hands over a copy of the keys just before it wipes the session's; the backup wipes the copy. */
    @Test
    void theLocksBackupRunsWithTheHandedOverKeysOnTheLongWorkExecutorAndWipesThem() throws Exception {
        Backupplanner planner = new Backupplanner(auto, langwerk, () -> { });
        try {
            Kluissessie.Sleutels kopie = sessie.sleutels().orElseThrow();
            sessie.vergrendel();
            planner.bijVergrendelen(Optional.of(kopie));
            wacht(() -> gemaakt("VERGRENDELEN").isPresent());
            assertTrue(gemaakt("VERGRENDELEN").orElseThrow().startsWith("spoorzoeker-lang-"), gemaakt("VERGRENDELEN").orElseThrow());
            wacht(() -> java.util.Arrays.equals(kopie.dataSleutel(), new byte[kopie.dataSleutel().length]));
            assertArrayEquals(new byte[kopie.dataSleutel().length], kopie.dataSleutel(), "the copy is wiped");
        } finally {
            planner.stopZonderBackup();
        }
    }

    /**
     * At exit the long-work executor closes first (it lets the queued saves and a running backup finish), then
     * the planner: the backup of the last changes is made all the same, on the exiting thread.
     */
    @Test
    void theExitBackupIsMadeAfterTheLongWorkExecutorClosed() throws Exception {
        Backupplanner planner = new Backupplanner(auto, langwerk, () -> { });
        instellingen.zetVergrendelNaMinuten(7); // a change since the last backup (there is none yet)
        langwerk.close();
        planner.close();
        String gemaakt = gemaakt("AFSLUITEN").orElseThrow(() -> new AssertionError("no exit backup: " + regels));
        assertTrue(gemaakt.startsWith(Thread.currentThread().getName() + ": "), gemaakt);
        assertEquals(1, aantal());
    }

    /** The line "thread: Backup made (aanleiding): …", if it was written. */
    private Optional<String> gemaakt(String aanleiding) {
        return regels.stream().filter(r -> r.contains(": Backup made (" + aanleiding + ")")).findFirst();
    }

    private long aantal() {
        try (var bestanden = Files.list(dir.resolve("data/backups"))) {
            return bestanden.filter(p -> p.toString().endsWith(".szb")).count();
        } catch (java.nio.file.NoSuchFileException geen) {
            return 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void wacht(BooleanSupplier klaar) throws InterruptedException {
        long tot = System.currentTimeMillis() + 20_000;
        while (!klaar.getAsBoolean()) {
            if (System.currentTimeMillis() > tot) {
                throw new AssertionError("not within 20 s");
            }
            Thread.sleep(20);
        }
    }
}
