package nl.spoorzoeker.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import nl.spoorzoeker.store.schema.DefaultSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionalCallable;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The one SQLite file of a practice, behind one connection (one writer, reliability.md §1.3).
 *
 * <p>Opening checks before it writes anything: a file that is not ours, from a newer version, or
 * damaged is refused with a reason and left untouched. Then it migrates with Flyway, sets the
 * durability pragmas and reads them back. Every use goes through {@link #read} or {@link #write},
 * which serialise access, so callers on any thread cannot interleave statements; a long read (an
 * export, the backup's copy) goes through {@link #leesLang} on a read-only connection of its own
 * instead, so that nobody waits for it.
 */
public final class Database implements AutoCloseable {

    /** "SPZK": marks a file as a Spoorzoeker database in the SQLite header. */
    public static final int APPLICATION_ID = 0x53505A4B;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Connection connection;
    private final DSLContext dsl;
    private final ReentrantLock lock = new ReentrantLock();
    private final int schemaVersion;
    /** Committed write transactions since open: automatic backups skip a period without changes. */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    /** What was found and set right while opening (a foreign -wal set aside), for the coach. */
    private final List<Melding> meldingen = new java.util.ArrayList<>();
    /** This open's session id: every write stamps it into the WAL ({@link Walwacht}). */
    private final String sessie;

    /** Something opening found and set right, as a message key with its arguments. */
    public record Melding(String key, Object... args) {
    }

    private Database(Path file, Connection connection, int schemaVersion, String sessie) {
        this.file = file;
        this.sessie = sessie;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE, instellingen());
    }

    private static Settings instellingen() {
        return new Settings()
                .withExecuteLogging(false) // SQL with bind values would put client data into logs
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderSchema(false);
    }

    /**
     * Opens the practice's database, creating it when the folder holds none. Refuses to create one
     * where the database is missing but its traces are there (a -wal, a copy kept by a restore or a
     * migration): an empty practice there would hide the coach's data. See {@link #openLeeg}.
     */
    public static Database open(Path file) throws DatabaseOpenException {
        return open(file, false);
    }

    /**
     * As {@link #open}, but creates a new empty database even where copies of an earlier one lie
     * beside it: only after the coach chose to start empty.
     */
    public static Database openLeeg(Path file) throws DatabaseOpenException {
        return open(file, true);
    }

    private static Database open(Path file, boolean leegToegestaan) throws DatabaseOpenException {
        Path absolute = file.toAbsolutePath();
        Connection connection = null;
        List<Melding> meldingen = new java.util.ArrayList<>();
        try {
            Files.createDirectories(absolute.getParent());
            if (Wisseljournaal.hervat(absolute)) {
                meldingen.add(new Melding("db.melding.wisselAfgemaakt"));
            }
            ruimHalveWisselsOp(absolute);
            refuseUnusableFile(absolute);
            if (!leegToegestaan && !Files.exists(absolute)) {
                List<Path> sporen = sporen(absolute);
                if (!sporen.isEmpty()) {
                    throw DatabaseOpenException.ontbreekt(absolute, sporen);
                }
            }
            boolean schoon = Schoonmerk.neemWeg(absolute);
            Walwacht.Uitslag wal = Walwacht.voorOpenen(absolute);
            wal.apart().ifPresent(p -> meldingen.add(new Melding(wal.bevinding() == Walwacht.Bevinding.ONBRUIKBAAR
                    ? "db.melding.onbruikbareWal" : "db.melding.vreemdeWal", p.toString())));
            connection = DriverManager.getConnection(url(absolute), baseConfig().toProperties());
            int latestKnown = Migrations.LATEST;
            int found = refuseForeignOrNewer(connection, absolute, latestKnown);
            // After a clean, checked shutdown of this very file the full-file check waits until the
            // first screen shows (controleerOpAchtergrond); after anything else it comes first.
            boolean uitgesteld = schoon && !wal.gecontroleerd() && found == latestKnown;
            if (!wal.gecontroleerd() && !uitgesteld) {
                refuseDamaged(connection, absolute);
            }
            PragmaContract.apply(connection);
            if (found < latestKnown) {
                if (found > 0) {
                    voorMigratie(connection, absolute, found);
                }
                // Flyway is only loaded when there is something to migrate: it costs start-up time.
                migrate(absolute);
                Breekpunt.na("migratie.schema-gemigreerd");
                stampHeader(connection, latestKnown);
                Breekpunt.na("migratie.kop-gestempeld");
            }
            // The migration is stamped (now or by an open a kill stopped before this line): its copy is
            // no longer the one a next open should reuse. Looked for first: an unlink on a read-only medium
            // fails even for a file that is not there.
            Path migratiemerk = migratiemerk(absolute);
            if (Files.exists(migratiemerk) && Files.deleteIfExists(migratiemerk)) {
                Bestanden.forceerMap(absolute.getParent());
                Breekpunt.na("migratie.merk-weg");
            }
            List<String> problems = PragmaContract.violations(connection);
            if (!problems.isEmpty()) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.PRAGMA_MISMATCH, absolute,
                        String.join(", ", problems));
            }
            String sessie = nieuweSessie(connection, absolute);
            LOG.info("Database open, schema version {}, SQLite {}", latestKnown,
                    PragmaContract.sqliteVersion(connection));
            Database db = new Database(absolute, connection, latestKnown, sessie);
            db.meldingen.addAll(meldingen);
            db.controle.set(uitgesteld ? Controle.UITGESTELD : Controle.GOED);
            if (uitgesteld) {
                LOG.info("Clean shutdown before: the full-file check runs after the first screen");
            }
            return db;
        } catch (DatabaseOpenException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException | IOException e) {
            closeQuietly(connection);
            // Damage met on the way in (also when the full check was deferred) is damage, with the
            // recovery screen's offers — not "cannot write".
            boolean beschadigd = e instanceof SQLException q && ((q.getErrorCode() & 0xff) == 11 || (q.getErrorCode() & 0xff) == 26);
            throw new DatabaseOpenException(beschadigd ? DatabaseOpenException.Reason.DAMAGED
                    : DatabaseOpenException.Reason.CANNOT_WRITE, absolute, e.getMessage(), e);
        }
    }

    /**
     * The WAL is emptied into the database first (a crash's WAL was replayed by the open), then a
     * new session id is marked beside the database: from here on every frame in the WAL carries it.
     */
    private static String nieuweSessie(Connection connection, Path file) throws SQLException, IOException {
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) != 0) {
                LOG.warn("The WAL could not be emptied at open; the previous session id stays accepted");
            }
        } catch (SQLException e) {
            // A file that was not in WAL mode until this open (a restored copy) refuses the checkpoint
            // (SQLITE_LOCKED); it has no WAL to empty. The previous id stays accepted either way.
            LOG.info("No checkpoint at open: {}", e.getMessage());
        }
        String sessie = Walwacht.nieuweSessie();
        Walwacht.schrijfMerk(file, sessie);
        return sessie;
    }

    /**
     * What an interrupted multi-step write leaves beside the database, removed before it opens: the
     * staged file of a restore that stopped before its journal was written (plain client data,
     * never used), the staged copy before a migration that stopped before its rename (the migration
     * had not begun: the next open makes a new one), and the temporary file of an atomic write (the
     * session mark, a journal).
     */
    private static void ruimHalveWisselsOp(Path file) throws IOException {
        try (var bestanden = Files.list(file.getParent())) {
            for (Path p : bestanden.filter(p -> p.getFileName().toString().matches(
                    "\\.(herstel|migratie)-.*\\.db(-wal|-shm|-journal|-sessie)?|\\.spoorzoeker-.*\\.tmp")).toList()) {
                Files.deleteIfExists(p);
                LOG.info("Removed a file an interrupted write left");
                // Each removal is of a file nothing refers to; a kill here leaves the rest for the next open.
                Breekpunt.na("opening.restant-weg");
            }
        }
    }

    /**
     * The folder beside the database where the safety copies are kept encrypted with the data key
     * ({@code backup.Bewaarkopieen}, the one owner of every safety copy).
     */
    public static final String BEWAARD = "bewaard";

    /**
     * Every safety copy that can hold client data, plaintext and encrypted: the plaintext ones of
     * {@link #plattekopieen} and the encrypted ones in {@value #BEWAARD}/. A retention deletion removes
     * them all, since any of them may hold the deleted traject; only the backup generations stay
     * (docs/betrouwbaarheid.md).
     */
    public static List<Path> veiligheidskopieen(Path file) throws IOException {
        List<Path> kopieen = new java.util.ArrayList<>(plattekopieen(file));
        Path bewaard = file.getParent().resolve(BEWAARD);
        if (Files.isDirectory(bewaard)) {
            try (var bestanden = Files.list(bewaard)) {
                bestanden.forEach(kopieen::add);
            }
        }
        return kopieen;
    }

    /**
     * The plaintext safety copies beside the database (not the live database or its own -wal): the
     * copy a restore keeps of what it replaced and the copy before a migration, each with the -wal,
     * -shm and session mark that moved with it; copies kept before a WAL replay by older versions
     * ({@code herstel-kopieen/}); -wal files set aside as foreign. Each holds client data in the clear.
     */
    public static List<Path> plattekopieen(Path file) throws IOException {
        List<Path> kopieen = new java.util.ArrayList<>();
        Path wal = Walwacht.wal(file);
        for (Path p : sporen(file)) {
            if (!p.equals(wal)) {
                kopieen.add(p);
            }
        }
        String walNaam = wal.getFileName().toString() + ".apart-";
        String stam = file.getFileName().toString().replaceFirst("\\.db$", "");
        try (var bestanden = Files.list(file.getParent())) {
            bestanden.filter(p -> {
                String naam = p.getFileName().toString();
                return naam.startsWith(walNaam) || ((naam.startsWith(stam + "-voor-herstel-")
                        || naam.startsWith(stam + "-voor-migratie-")) && naam.matches(".*\\.db-(wal|shm|sessie|journal)"));
            }).sorted().forEach(kopieen::add);
        }
        return kopieen;
    }

    /**
     * What lies beside a missing database that shows there was one: its -wal, a copy kept by a
     * restore or a migration, copies kept before replaying a WAL (older versions).
     */
    public static List<Path> sporen(Path file) throws IOException {
        String stam = file.getFileName().toString().replaceFirst("\\.db$", "");
        List<Path> sporen = new java.util.ArrayList<>();
        Path wal = Walwacht.wal(file);
        if (Files.isRegularFile(wal) && Files.size(wal) > 0) {
            sporen.add(wal);
        }
        try (var bestanden = Files.list(file.getParent())) {
            bestanden.filter(p -> {
                String naam = p.getFileName().toString();
                return (naam.startsWith(stam + "-voor-herstel-") || naam.startsWith(stam + "-voor-migratie-"))
                        && naam.endsWith(".db");
            }).sorted(java.util.Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .forEach(sporen::add);
        }
        Path kopieen = file.getParent().resolve("herstel-kopieen");
        if (Files.isDirectory(kopieen)) {
            try (var mappen = Files.list(kopieen)) {
                mappen.forEach(sporen::add);
            }
        }
        return sporen;
    }

    private static void refuseUnusableFile(Path file) throws DatabaseOpenException {
        try {
            if (!Files.exists(file)) {
                return;
            }
            if (Files.size(file) == 0) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.EMPTY_FILE, file, "zero bytes");
            }
            Path wal = Walwacht.wal(file);
            if (!(Files.isRegularFile(wal) && Files.size(wal) > 0) && SqliteHeader.afgekapt(file)) {
                // Told as what it is (a copy cut short, a full disk), not as "not a database" or "cannot write".
                throw new DatabaseOpenException(DatabaseOpenException.Reason.TRUNCATED, file,
                        "shorter than its header says: " + Files.size(file) + " bytes");
            }
            if (!SqliteHeader.read(file).isSqlite()) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.NOT_A_DATABASE, file, "no SQLite header");
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.CANNOT_WRITE, file, e.getMessage(), e);
        }
    }

    /** Returns the schema version found in the file (0 for a new file). */
    private static int refuseForeignOrNewer(Connection connection, Path file, int latestKnown)
            throws SQLException, DatabaseOpenException {
        int applicationId = Integer.parseInt(PragmaContract.query(connection, "PRAGMA application_id"));
        if (applicationId != APPLICATION_ID) {
            boolean hasTables = !"0".equals(PragmaContract.query(connection,
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"));
            boolean hasOurHistory = !"0".equals(PragmaContract.query(connection,
                    "SELECT count(*) FROM sqlite_schema WHERE name = 'flyway_schema_history'"));
            // A file with no tables is new; one with our migration history but no stamp was
            // interrupted during its first creation. Anything else belongs to another program.
            if (applicationId != 0 || (hasTables && !hasOurHistory)) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.FOREIGN_DATABASE, file,
                        "application_id=" + applicationId);
            }
        }
        int userVersion = Integer.parseInt(PragmaContract.query(connection, "PRAGMA user_version"));
        if (userVersion > latestKnown) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_VERSION, file,
                    "user_version=" + userVersion + " > " + latestKnown);
        }
        return applicationId == APPLICATION_ID ? userVersion : 0;
    }

    private static void refuseDamaged(Connection connection, Path file) throws DatabaseOpenException {
        try {
            String result = PragmaContract.query(connection, "PRAGMA quick_check");
            if (!"ok".equalsIgnoreCase(result)) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.DAMAGED, file, "quick_check failed");
            }
        } catch (SQLException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.DAMAGED, file, e.getMessage(), e);
        }
    }

    /**
     * A verified copy of the database as it was, before a migration changes it: if the migration
     * fails or a newer version turns out wrong, the old data is still there, complete. Without a
     * good copy (a full disk) the migration does not start.
     */
    private static void voorMigratie(Connection connection, Path file, int versie) throws DatabaseOpenException {
        Path eerder = kopieVanOnderbrokenMigratie(file, versie);
        if (eerder != null) {
            // An open killed between this copy's rename and the header stamp: the copy holds the data as it
            // was before the migration began, whole and checked. A second copy would be one more plaintext
            // copy of every client (of the migrated data, even, when the kill came after the migration).
            LOG.info("The copy of an interrupted migration from schema version {} is kept; no second copy", versie);
            return;
        }
        Path kopie = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.db$", "")
                + "-voor-migratie-v" + versie + "-" + java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now()) + ".db");
        // Made under a staged name and renamed once whole and checked: a kill inside VACUUM INTO left a
        // half copy under the kept copy's own name, which the next start took for a copy to keep (and to
        // encrypt at the unlock). A staged leftover is removed by the next open (ruimHalveWisselsOp).
        Path staged = file.resolveSibling(".migratie-" + java.util.UUID.randomUUID() + ".db");
        try {
            Files.deleteIfExists(kopie);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM INTO '" + staged.toString().replace("'", "''") + "'");
            }
            Breekpunt.na("migratie.kopie-gemaakt");
            try (java.nio.channels.FileChannel kanaal = java.nio.channels.FileChannel.open(staged,
                    java.nio.file.StandardOpenOption.WRITE)) {
                kanaal.force(true);
            }
            if (!Kopiecontrole.controleer(staged, false).goed()) {
                throw new IOException("the copy before migration did not pass its check");
            }
            Breekpunt.na("migratie.kopie-gecontroleerd");
            // Named before it exists (atomic, forced with the folder): a kill after the rename and before the
            // header stamp leaves a whole copy that the next open finds here and reuses.
            Bestanden.schrijfAtomisch(migratiemerk(file), (kopie.getFileName() + "\n" + identiteit(file))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Breekpunt.na("migratie.merk-geschreven");
            Files.move(staged, kopie, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Bestanden.forceerMap(file.getParent());
            Breekpunt.na("migratie.kopie-verplaatst");
            LOG.info("Copy made before migrating from schema version {}", versie);
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(staged);
                Files.deleteIfExists(kopie);
            } catch (IOException ignored) {
                // what is left of a failed copy is not a database anyone relies on
            }
            throw new DatabaseOpenException(DatabaseOpenException.Reason.MIGRATION_FAILED, file,
                    "no copy before migration: " + e.getMessage(), e);
        }
    }

    /**
     * The mark of a migration under way: the name of its kept copy and the identity of the database file it
     * was made of, written before that copy's rename and removed once the header is stamped. No client data.
     */
    static Path migratiemerk(Path file) {
        return file.resolveSibling(file.getFileName() + "-migratie");
    }

    /**
     * Which file is under the database's name: the file system's identity of it (device and inode here).
     * A migration changes the file in place; a restore renames another file in. Where the system has no
     * such key (Windows) it reads "null" and the mark cannot tell the two apart.
     */
    private static String identiteit(Path file) throws IOException {
        return String.valueOf(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    }

    /**
     * The kept copy an open that was killed before its header stamp made for a migration from {@code versie},
     * or null: the mark must name a copy of that version beside the database that passes the copy check
     * (else the mark is stale and a new copy is made).
     */
    private static Path kopieVanOnderbrokenMigratie(Path file, int versie) {
        Path merk = migratiemerk(file);
        if (!Files.isRegularFile(merk)) {
            return null;
        }
        try {
            List<String> regels = Files.readAllLines(merk, java.nio.charset.StandardCharsets.UTF_8);
            if (regels.size() < 2 || !regels.get(1).strip().equals(identiteit(file))) {
                // Another file under the database's name (a restore swapped one in after the kill): it
                // needs a copy of its own.
                return null;
            }
            String naam = regels.getFirst().strip();
            String stam = file.getFileName().toString().replaceFirst("\\.db$", "");
            if (!naam.startsWith(stam + "-voor-migratie-v" + versie + "-") || !naam.endsWith(".db")
                    || naam.contains("/") || naam.contains("\\")) {
                return null;
            }
            Path kopie = file.resolveSibling(naam);
            if (!Files.isRegularFile(kopie)) {
                return null;
            }
            Kopiecontrole.Uitslag uitslag = Kopiecontrole.controleer(kopie, false);
            return uitslag.goed() && uitslag.schemaVersie() == versie ? kopie : null;
        } catch (IOException | RuntimeException e) {
            LOG.info("The mark of an earlier migration could not be used: a new copy is made");
            return null;
        }
    }

    private static void migrate(Path file) throws DatabaseOpenException {
        try {
            flyway(file).migrate();
        } catch (FlywayException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.MIGRATION_FAILED, file, e.getMessage(), e);
        }
    }

    private static Flyway flyway(Path file) {
        return Flyway.configure()
                .dataSource(url(file), null, null)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }

    private static void stampHeader(Connection connection, int version) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
            statement.execute("PRAGMA user_version = " + version);
        }
    }

    private static SQLiteConfig baseConfig() {
        SQLiteConfig config = new SQLiteConfig();
        // Write transactions take the write lock at BEGIN: a read that later upgrades to a write
        // would otherwise fail with SQLITE_BUSY without consulting the busy handler.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing a refused database connection failed", e);
            }
        }
    }

    /** Runs a read on the one connection. */
    public <T> T read(Function<DSLContext, T> query) {
        lock.lock();
        try {
            return query.apply(dsl);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a long read (a practice export, an access export, the backup's copy) on a read-only
     * connection of its own, opened for it and closed after, in one read transaction: everything it
     * reads is one snapshot of the database, taken at its start, whatever is written meanwhile. It
     * does not take this database's lock: in WAL mode a reader does not block the writer nor the
     * writer it, so screens and the scheduled backup go on while an export runs (issue 20). A
     * database in memory has no second connection: there it runs as {@link #read}.
     */
    public <T> T leesLang(Function<DSLContext, T> query) {
        if (file == null) {
            return read(query);
        }
        try (Connection c = leesverbinding(true)) {
            c.setAutoCommit(false); // BEGIN (deferred): the snapshot is taken by the first read below
            try {
                PragmaContract.query(c, "SELECT count(*) FROM sqlite_schema");
                return query.apply(DSL.using(c, SQLDialect.SQLITE, instellingen()));
            } finally {
                c.rollback(); // nothing to commit: the read transaction ends, the snapshot is let go
            }
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("long read", e);
        } finally {
            naLangLezen();
        }
    }

    /**
     * A retention deletion that ran while a long read held its snapshot could not empty the -wal: the old
     * pages of the deleted traject stay there until a checkpoint may pass the snapshot. Set by
     * {@link #writeAndPurge}, cleared once a TRUNCATE checkpoint after a long read emptied it.
     */
    private volatile boolean walLegenNaLangLezen;

    /** After a long read: the -wal a retention deletion left full while this read held its snapshot, emptied now. */
    private void naLangLezen() {
        if (!walLegenNaLangLezen) {
            return;
        }
        lock.lock();
        try {
            if (walLegenNaLangLezen && walLegen()) {
                walLegenNaLangLezen = false;
                LOG.info("The -wal a retention deletion left is emptied now that a long read ended");
            }
        } finally {
            lock.unlock();
        }
    }

    /** A TRUNCATE checkpoint under the lock: whether the -wal is empty after it (false when a reader held it). */
    private boolean walLegen() {
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            boolean busy = rs.next() && rs.getInt(1) != 0;
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            return !busy && (!Files.exists(wal) || Files.size(wal) == 0);
        } catch (SQLException | IOException e) {
            LOG.warn("Checkpoint after a retention deletion failed", e);
            return false;
        }
    }

    /**
     * A read-only connection to this database, with what reading needs of {@link PragmaContract}: the
     * same busy timeout, no trusted schema, no memory mapping, and a refusal to write even if asked.
     * WAL must already be on (the open set it): only then does this connection read a snapshot beside
     * the writer instead of waiting for it. {@code queryOnly} is left off for VACUUM INTO, which writes
     * its copy through this connection (the database itself stays read-only by the open mode).
     */
    private Connection leesverbinding(boolean queryOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection c = DriverManager.getConnection(url(file), config.toProperties());
        try (Statement statement = c.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + PragmaContract.BUSY_TIMEOUT_MS);
            statement.execute("PRAGMA trusted_schema = OFF");
            statement.execute("PRAGMA mmap_size = 0");
            if (queryOnly) {
                statement.execute("PRAGMA query_only = ON");
            }
            String modus = PragmaContract.query(c, "PRAGMA journal_mode");
            if (!"wal".equalsIgnoreCase(modus)) {
                throw new SQLException("a long read needs WAL mode; the database is in " + modus);
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Runs work in one short IMMEDIATE transaction; it commits entirely or not at all. */
    public <T> T write(TransactionalCallable<T> work) {
        lock.lock();
        try {
            T result = dsl.transactionResult(gestempeld(work));
            writes.incrementAndGet();
            return result;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The work, then this session's stamp in the same transaction: the WAL frames of every commit
     * then carry the id that {@link Walwacht} checks after a crash. The counter makes each stamp a
     * real change (SQLite skips writing a page when a row is overwritten with identical bytes).
     */
    private <T> TransactionalCallable<T> gestempeld(TransactionalCallable<T> work) {
        return cfg -> {
            T result = work.run(cfg);
            cfg.dsl().execute("UPDATE walstempel SET sessie = ?, volgnummer = volgnummer + 1 WHERE id = 1", sessie);
            return result;
        };
    }

    /** What opening found and set right (shown once in the status line, printed by the command line). */
    public List<Melding> meldingen() {
        return List.copyOf(meldingen);
    }

    /** How many write transactions committed since the database was opened. */
    public long writeCount() {
        return writes.get();
    }

    /** What {@link #writeAndPurge} did after the work committed. */
    public record Purged<T>(T result, boolean vacuumed, boolean walEmptied) {
    }

    /**
     * Runs work that removes personal data for good (a retention deletion). The transaction runs
     * with {@code secure_delete} on, so the pages it frees are overwritten with zeros; after the
     * commit VACUUM rebuilds the file so no page of the old layout remains (pages freed earlier,
     * without secure_delete, still hold old text: the canary test found them), and a TRUNCATE
     * checkpoint empties the -wal, which would otherwise still hold the old pages. A failure of
     * those two steps does not undo the committed deletion: it is logged and reported in the
     * result, and the next retention deletion tries again.
     */
    public <T> Purged<T> writeAndPurge(TransactionalCallable<T> work) {
        lock.lock();
        try {
            String before = PragmaContract.query(connection, "PRAGMA secure_delete");
            execute("PRAGMA secure_delete = ON");
            T result;
            try {
                result = dsl.transactionResult(gestempeld(work));
                writes.incrementAndGet();
                Breekpunt.na("opschonen.na-commit");
            } finally {
                execute("PRAGMA secure_delete = " + ("1".equals(before) ? "ON" : "OFF"));
            }
            boolean vacuumed = false;
            boolean walEmptied = false;
            try {
                execute("VACUUM");
                vacuumed = true;
            } catch (SQLException e) {
                LOG.warn("VACUUM after a retention deletion failed", e);
            }
            walEmptied = walLegen();
            // A long read's snapshot (an export, a backup's copy) holds the old pages in the -wal: emptied when it ends.
            walLegenNaLangLezen = !walEmptied;
            return new Purged<>(result, vacuumed, walEmptied);
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("secure_delete", e);
        } finally {
            lock.unlock();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public Path file() {
        return file;
    }

    /**
     * A transactionally consistent copy of the database into {@code doel}, which must not exist
     * (SQLite's VACUUM INTO). SQLite does not flush the copy to disk: the caller forces it and
     * verifies it before it counts (reliability.md §1.5).
     */
    public void vacuumInto(Path doel) throws SQLException {
        if (file == null) {
            lock.lock();
            try (var statement = connection.prepareStatement("VACUUM INTO ?")) {
                statement.setString(1, doel.toAbsolutePath().toString());
                statement.execute();
            } finally {
                lock.unlock();
            }
            return;
        }
        // On a read-only connection of its own (a long read): VACUUM INTO is one read transaction, so
        // the copy is still one consistent state, and the screens and writes do not wait for it.
        try (Connection c = leesverbinding(false); var statement = c.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, doel.toAbsolutePath().toString());
            statement.execute();
        } finally {
            naLangLezen();
        }
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** The current pragma problems; empty when the connection is as required. */
    public List<String> pragmaViolations() throws SQLException {
        lock.lock();
        try {
            return PragmaContract.violations(connection);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The schema version a database file says it has, read from its header without opening it (so
     * nothing is written: {@code version} on a read-only data folder). Empty when there is no file
     * or it is not a SQLite file.
     */
    public static java.util.OptionalInt schemaversieVanBestand(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return java.util.OptionalInt.empty();
        }
        SqliteHeader header = SqliteHeader.read(file);
        return header.isSqlite() ? java.util.OptionalInt.of(header.userVersion()) : java.util.OptionalInt.empty();
    }

    /**
     * A consistent, compact copy of a database file that is not the open practice (a safety copy
     * with the -wal that belongs to it) into {@code doel}, which must not exist. Read through a
     * read-only connection: SQLite reads the WAL's committed frames but never checkpoints on one,
     * so the source is left as it was. The caller forces and encrypts the copy.
     */
    public static void kopieerAlleenLezen(Path bron, Path doel) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection(url(bron.toAbsolutePath()), config.toProperties());
             var statement = c.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, doel.toAbsolutePath().toString());
            statement.execute();
        }
    }

    /**
     * A database in memory with the practice's tables as jOOQ knows them (no data, no triggers, no
     * full-text index), touching no file: only to run the first screen's reads once while the
     * passphrase door is shown, so that loading and initialising jOOQ, the driver and the queries'
     * classes is done before the practice itself may be read ({@code app.Opwarmen}). Not a practice.
     */
    public static Database inGeheugen() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:", baseConfig().toProperties());
        Database db = new Database(null, connection, Migrations.LATEST, "geheugen");
        for (org.jooq.Query q : db.dsl.ddl(DefaultSchema.DEFAULT_SCHEMA).queries()) {
            try {
                q.execute();
            } catch (org.jooq.exception.DataAccessException e) {
                LOG.debug("Not created in memory: {}", e.getMessage()); // a reference to a virtual table, say
            }
        }
        return db;
    }

    /** The built-in SQLite's version, asked of a connection in memory (no file is touched). */
    public static String sqliteVersie() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            return PragmaContract.sqliteVersion(c);
        }
    }

    public String sqliteVersion() throws SQLException {
        lock.lock();
        try {
            return PragmaContract.sqliteVersion(connection);
        } finally {
            lock.unlock();
        }
    }

    public String pragma(String name) throws SQLException {
        lock.lock();
        try {
            return PragmaContract.query(connection, "PRAGMA " + name);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!connection.isClosed()) {
                connection.close();
                // Only a session whose file passed its check leaves the mark that lets the next open
                // defer it; a check still running, or one that found damage, leaves none.
                if (file != null && controle.get() == Controle.GOED) { // null: in memory, no file to mark
                    try {
                        Schoonmerk.schrijf(file);
                    } catch (IOException e) {
                        LOG.warn("No clean-shutdown mark written; the next open checks the whole file: {}", e.toString());
                    }
                }
            }
        } catch (SQLException e) {
            LOG.warn("Closing the database failed", e);
        } finally {
            lock.unlock();
        }
    }

    /** Where the full-file check of this session stands. */
    public enum Controle {
        /** Passed (at open, or later in the background). */
        GOED,
        /** Left for after the first screen: the previous session closed cleanly after its own check. */
        UITGESTELD,
        /** Running in the background. */
        BEZIG,
        /** Found damage: the coach was told; the next open checks in full and offers recovery. */
        BESCHADIGD
    }

    private final java.util.concurrent.atomic.AtomicReference<Controle> controle =
            new java.util.concurrent.atomic.AtomicReference<>(Controle.GOED);

    public Controle controle() {
        return controle.get();
    }

    /**
     * Runs the check an open deferred, now, on this thread: for callers that have no first screen to
     * show first (the command line). Does nothing when the open already checked.
     *
     * @throws DatabaseOpenException (DAMAGED) when the file does not pass
     */
    public void controleerNu() throws DatabaseOpenException {
        if (!controle.compareAndSet(Controle.UITGESTELD, Controle.BEZIG)) {
            return;
        }
        Boolean goed = quickCheckOpEigenVerbinding();
        if (!Boolean.TRUE.equals(goed)) {
            controle.set(Controle.BESCHADIGD);
            throw new DatabaseOpenException(DatabaseOpenException.Reason.DAMAGED, file, "quick_check failed");
        }
        controle.set(Controle.GOED);
    }

    /**
     * Runs the deferred check on a thread of its own, on a read-only connection of its own (the
     * coach keeps working: WAL readers do not block the writer). When it finds damage, {@code bijSchade}
     * gets the message to show; the mark is then not written, so the next start checks in full and
     * shows the recovery screen. Does nothing when the open already checked.
     */
    public void controleerOpAchtergrond(java.util.function.Consumer<Melding> bijSchade) {
        if (!controle.compareAndSet(Controle.UITGESTELD, Controle.BEZIG)) {
            return;
        }
        Thread t = new Thread(() -> {
            Boolean goed = quickCheckOpEigenVerbinding();
            if (goed == null) {
                return; // could not run (the practice closed meanwhile): no mark, the next open checks
            }
            if (goed) {
                controle.compareAndSet(Controle.BEZIG, Controle.GOED);
                LOG.info("Deferred full-file check passed");
            } else {
                controle.set(Controle.BESCHADIGD);
                LOG.error("Deferred full-file check found damage");
                bijSchade.accept(new Melding("db.melding.controleMislukt"));
            }
        }, "spoorzoeker-controle");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** {@code PRAGMA quick_check} on a read-only connection: true, false on damage, null when it could not run. */
    private Boolean quickCheckOpEigenVerbinding() {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection(url(file), config.toProperties())) {
            return "ok".equalsIgnoreCase(PragmaContract.query(c, "PRAGMA quick_check"));
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == 11 || code == 26) { // SQLITE_CORRUPT, SQLITE_NOTADB (primary codes)
                return false;
            }
            LOG.warn("The deferred check could not run: {}", e.toString());
            return null;
        }
    }
}
