package nl.spoorzoeker.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at a {@code -wal} file before SQLite does. A WAL left by a crash holds committed work that
 * SQLite replays at open and then checkpoints into the database; a WAL that is not ours (wrong
 * magic, another page size, too short to hold its header) would be discarded or, worse, replayed
 * into our file. SQLite cannot tell a WAL of another database with the same page size from ours,
 * so before a WAL is replayed the database and the WAL are copied into a private folder; the copy
 * is removed once the database opened and passed its check, and kept when it did not. A WAL that
 * is plainly foreign is moved aside and never read. Nothing here deletes what the coach had.
 */
final class Walwacht {

    private static final Logger LOG = LoggerFactory.getLogger(Walwacht.class);
    private static final int WAL_MAGIC = 0x377f0682;
    private static final int WAL_HEADER = 32;
    private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);

    /** What was found beside the database. */
    enum Bevinding { GEEN, HERSTEL, VREEMD }

    record Uitslag(Bevinding bevinding, Optional<Path> kopie) {
    }

    private Walwacht() {
    }

    static Path wal(Path db) {
        return Path.of(db + "-wal");
    }

    /** Before the first connection: set a foreign WAL aside, or keep a copy of a crash's WAL and its database. */
    static Uitslag voorOpenen(Path db) throws IOException {
        Path wal = wal(db);
        if (!Files.exists(db) || !Files.isRegularFile(wal) || Files.size(wal) == 0) {
            return new Uitslag(Bevinding.GEEN, Optional.empty());
        }
        String stempel = STEMPEL.format(Instant.now());
        if (!hoortErBij(db, wal)) {
            for (String achtervoegsel : new String[] {"-wal", "-shm"}) {
                Path bron = Path.of(db + achtervoegsel);
                if (Files.exists(bron)) {
                    Files.move(bron, Path.of(db + achtervoegsel + ".vreemd-" + stempel), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            LOG.warn("A -wal file that does not belong to the database was set aside unread");
            return new Uitslag(Bevinding.VREEMD, Optional.empty());
        }
        Path map = db.toAbsolutePath().getParent().resolve("herstel-kopieen").resolve("voor-openen-" + stempel);
        Bestanden.maakPriveMap(map);
        Files.copy(db, map.resolve(db.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(wal, map.resolve(wal.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        LOG.info("A -wal left by an interrupted session: copied with the database before it is replayed");
        return new Uitslag(Bevinding.HERSTEL, Optional.of(map));
    }

    /** The database opened and passed quick_check: the copy of the crash state is no longer needed. */
    static void opgeruimd(Uitslag uitslag) {
        uitslag.kopie().ifPresent(map -> {
            try (Stream<Path> bestanden = Files.list(map)) {
                for (Path p : bestanden.toList()) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(map);
            } catch (IOException e) {
                LOG.warn("Could not remove the copy made before replaying the WAL", e);
            }
            try {
                Files.deleteIfExists(map.getParent());
            } catch (IOException e) {
                // Not empty: copies kept after an earlier failed open stay for whoever helps the coach.
            }
        });
    }

    private static boolean hoortErBij(Path db, Path wal) throws IOException {
        byte[] kop = new byte[WAL_HEADER];
        int gelezen;
        try (InputStream in = Files.newInputStream(wal)) {
            gelezen = in.readNBytes(kop, 0, WAL_HEADER);
        }
        if (gelezen < WAL_HEADER) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(kop);
        int magic = b.getInt(0);
        int paginagrootte = b.getInt(8);
        SqliteHeader dbKop = SqliteHeader.read(db);
        return (magic & 0xFFFFFFFE) == WAL_MAGIC && dbKop.isSqlite() && paginagrootte == dbKop.pageSize();
    }
}
