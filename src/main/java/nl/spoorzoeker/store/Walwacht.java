package nl.spoorzoeker.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Decides, before SQLite sees it, whether a {@code -wal} beside the database belongs to it.
 *
 * <p>SQLite replays any WAL whose own header and frame checksums are consistent, and cannot tell
 * a WAL of another copy of the practice (same page size) from its own: replayed, the foreign pages
 * are checkpointed into the database and damage it. The SQLite database header holds nothing that
 * ties a WAL to it, so Spoorzoeker adds the tie itself:
 * <ul>
 *   <li>every open writes a fresh random session id to a mark file beside the database
 *       ({@code spoorzoeker.db-sessie}, forced to disk), after the WAL was emptied into the database;
 *   <li>every write transaction also updates the one row of {@code walstempel} with that id and a
 *       counter, so every committed frame set in the WAL carries the id of the session that wrote it.
 * </ul>
 * A WAL left by a crash is then first read through a read-only connection (which never writes the
 * database: SQLite refuses to checkpoint on it), and it is ours when the {@code walstempel} row it
 * shows carries an id from the mark and the result passes {@code quick_check}. Ours: the normal
 * open replays it in place, nothing is copied. Foreign, or with nothing committed in it: it is moved
 * aside byte for byte and never replayed, and the coach is told where it went.
 */
final class Walwacht {

    private static final Logger LOG = LoggerFactory.getLogger(Walwacht.class);
    private static final int WAL_MAGIC = 0x377f0682;
    private static final int WAL_VERSION = 3007000;
    private static final int WAL_HEADER = 32;
    private static final int FRAME_HEADER = 24;
    private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What was found beside the database. */
    enum Bevinding {
        /** No WAL, or an empty one. */
        GEEN,
        /** A WAL this practice's session wrote: replayed in place. */
        EIGEN,
        /** A WAL with committed work beside a database without a session mark (an older version's crash): replayed after the read-only check passed. */
        ZONDER_MERK,
        /** A WAL of another database, another copy, or garbage: moved aside unread. */
        VREEMD,
        /** A WAL without a single complete transaction: nothing to replay; moved aside. */
        ONBRUIKBAAR
    }

    /** @param apart where the WAL went, when it was set aside; {@code gecontroleerd}: the replayed state passed quick_check */
    record Uitslag(Bevinding bevinding, Optional<Path> apart, boolean gecontroleerd) {
    }

    /** The WAL's own structure, as SQLite's recovery reads it: the header and the chain of valid frames. */
    record Walscan(boolean geldigeKop, int paginagrootte, int frames, int commits) {
    }

    private Walwacht() {
    }

    static Path wal(Path db) {
        return Path.of(db + "-wal");
    }

    static Path merk(Path db) {
        return Path.of(db + "-sessie");
    }

    /** A new random session id. */
    static String nieuweSessie() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The session ids whose WAL is this database's: the current one and the one before it. */
    static Set<String> leesMerk(Path db) throws IOException {
        Path m = merk(db);
        Set<String> ids = new LinkedHashSet<>();
        if (!Files.isRegularFile(m)) {
            return ids;
        }
        for (String regel : Files.readAllLines(m, StandardCharsets.US_ASCII)) {
            if (regel.matches("[0-9a-f]{32}")) {
                ids.add(regel);
            }
        }
        return ids;
    }

    /**
     * Marks {@code nieuw} as the session writing the WAL from now on. The previous id stays
     * accepted: when the WAL could not be emptied at open, its frames still carry that one.
     */
    static void schrijfMerk(Path db, String nieuw) throws IOException {
        Set<String> oud = leesMerk(db);
        StringBuilder tekst = new StringBuilder(nieuw).append('\n');
        oud.stream().filter(id -> !id.equals(nieuw)).findFirst().ifPresent(id -> tekst.append(id).append('\n'));
        Bestanden.schrijfAtomisch(merk(db), tekst.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Before the first read-write connection: decides about a WAL beside {@code db}. */
    static Uitslag voorOpenen(Path db) throws IOException, DatabaseOpenException {
        Path wal = wal(db);
        if (!Files.exists(db) || !Files.isRegularFile(wal) || Files.size(wal) == 0) {
            return new Uitslag(Bevinding.GEEN, Optional.empty(), false);
        }
        Walscan scan = scan(wal);
        SqliteHeader kop = SqliteHeader.read(db);
        if (!scan.geldigeKop() || !kop.isSqlite() || scan.paginagrootte() != kop.pageSize()) {
            LOG.warn("A -wal that is not a WAL of this database (header or page size) is set aside unread");
            return zetApart(db, Bevinding.VREEMD);
        }
        if (scan.commits() == 0) {
            LOG.warn("A -wal without one complete transaction ({} valid frames) is set aside", scan.frames());
            return zetApart(db, Bevinding.ONBRUIKBAAR);
        }
        Set<String> sessies = leesMerk(db);
        Zicht zicht = bekijk(db);
        if (sessies.isEmpty()) {
            if (zicht.heel()) {
                LOG.info("A -wal with {} transactions beside a database without session mark: it passed the read-only check", scan.commits());
                return new Uitslag(Bevinding.ZONDER_MERK, Optional.empty(), true);
            }
            LOG.warn("A -wal beside a database without session mark does not give a sound database: set aside unread");
            return zetApart(db, Bevinding.VREEMD);
        }
        if (zicht.sessie().isEmpty() || !sessies.contains(zicht.sessie().get())) {
            LOG.warn("A -wal written by another session than this database's ({} transactions) is set aside unread", scan.commits());
            return zetApart(db, Bevinding.VREEMD);
        }
        if (!zicht.heel()) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.DAMAGED, db,
                    "the database with its own -wal does not pass quick_check; neither file was changed");
        }
        LOG.info("A -wal of this database's last session ({} transactions) is replayed in place", scan.commits());
        return new Uitslag(Bevinding.EIGEN, Optional.empty(), true);
    }

    /** What the database with the WAL replayed looks like, read without writing anything. */
    private record Zicht(Optional<String> sessie, boolean heel) {
    }

    private static Zicht bekijk(Path db) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Optional<String> sessie = Optional.empty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT sessie FROM walstempel WHERE id = 1")) {
                if (rs.next()) {
                    sessie = Optional.ofNullable(rs.getString(1));
                }
            } catch (SQLException e) {
                LOG.info("No session stamp readable with the -wal: {}", e.getMessage());
            }
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                return new Zicht(sessie, rs.next() && "ok".equalsIgnoreCase(rs.getString(1)));
            }
        } catch (SQLException e) {
            LOG.warn("The database with its -wal could not be read: {}", e.getMessage());
            return new Zicht(sessie, false);
        }
    }

    /** Moves the WAL aside byte for byte under a dated name; the -shm (an index SQLite rebuilds, no data) is removed. */
    private static Uitslag zetApart(Path db, Bevinding bevinding) throws IOException {
        Path wal = wal(db);
        Path doel = Path.of(wal + ".apart-" + STEMPEL.format(Instant.now()));
        for (int n = 2; Files.exists(doel); n++) {
            doel = Path.of(wal + ".apart-" + STEMPEL.format(Instant.now()) + "-" + n);
        }
        Files.move(wal, doel, StandardCopyOption.ATOMIC_MOVE);
        Breekpunt.na("openen.wal-apart");
        Files.deleteIfExists(Path.of(db + "-shm"));
        Bestanden.forceerMap(db.toAbsolutePath().getParent());
        Breekpunt.na("openen.shm-weg");
        return new Uitslag(bevinding, Optional.of(doel), false);
    }

    /**
     * Reads the WAL as SQLite's recovery does: the header with its checksum, then frames while each
     * carries the header's salts and continues the checksum chain. Counts the commit frames among
     * them (a frame whose second word is the database size after the commit).
     */
    static Walscan scan(Path wal) throws IOException {
        try (InputStream in = Files.newInputStream(wal)) {
            byte[] kop = in.readNBytes(WAL_HEADER);
            if (kop.length < WAL_HEADER) {
                return new Walscan(false, 0, 0, 0);
            }
            ByteBuffer k = ByteBuffer.wrap(kop);
            int magic = k.getInt(0);
            int paginagrootte = k.getInt(8);
            if ((magic & 0xFFFFFFFE) != WAL_MAGIC || k.getInt(4) != WAL_VERSION || paginagrootte < 512
                    || paginagrootte > 65536 || Integer.bitCount(paginagrootte) != 1) {
                return new Walscan(false, 0, 0, 0);
            }
            ByteOrder orde = (magic & 1) == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            int[] som = checksum(kop, 0, 24, orde, 0, 0);
            if (som[0] != k.getInt(24) || som[1] != k.getInt(28)) {
                return new Walscan(false, paginagrootte, 0, 0);
            }
            int salt1 = k.getInt(16);
            int salt2 = k.getInt(20);
            int frames = 0;
            int commits = 0;
            byte[] frame = new byte[FRAME_HEADER + paginagrootte];
            while (in.readNBytes(frame, 0, frame.length) == frame.length) {
                ByteBuffer f = ByteBuffer.wrap(frame);
                if (f.getInt(8) != salt1 || f.getInt(12) != salt2 || f.getInt(0) == 0) {
                    break;
                }
                som = checksum(frame, 0, 8, orde, som[0], som[1]);
                som = checksum(frame, FRAME_HEADER, paginagrootte, orde, som[0], som[1]);
                if (som[0] != f.getInt(16) || som[1] != f.getInt(20)) {
                    break;
                }
                frames++;
                if (f.getInt(4) != 0) {
                    commits++;
                }
            }
            return new Walscan(true, paginagrootte, frames, commits);
        }
    }

    /** SQLite's WAL checksum: pairs of 32-bit words in the byte order the magic names, added with overflow. */
    private static int[] checksum(byte[] data, int van, int lengte, ByteOrder orde, int s0, int s1) {
        ByteBuffer b = ByteBuffer.wrap(data, van, lengte).order(orde);
        for (int i = van; i < van + lengte; i += 8) {
            s0 += b.getInt(i) + s1;
            s1 += b.getInt(i + 4) + s0;
        }
        return new int[] {s0, s1};
    }
}
