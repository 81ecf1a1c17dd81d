package nl.spoorzoeker.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the 100-byte SQLite file header without opening the file through SQLite, so that a foreign
 * or damaged file can be recognised before any driver touches it (or creates a WAL beside it).
 */
record SqliteHeader(boolean isSqlite, int userVersion, int applicationId, int pageSize) {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;

    static SqliteHeader read(Path file) throws IOException {
        byte[] header = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, HEADER_SIZE);
        }
        if (read < HEADER_SIZE || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return new SqliteHeader(false, 0, 0, 0);
        }
        ByteBuffer buffer = ByteBuffer.wrap(header); // big-endian, as the SQLite file format is
        int pageSize = Short.toUnsignedInt(buffer.getShort(16));
        return new SqliteHeader(true, buffer.getInt(60), buffer.getInt(68), pageSize == 1 ? 65536 : pageSize);
    }

    /**
     * Whether the file was cut short: it starts as a SQLite file but its header is incomplete, or
     * the header's own page count (trusted only when its version-valid-for number matches the change
     * counter, as SQLite does) asks for more bytes than the file holds.
     */
    static boolean afgekapt(Path file) throws IOException {
        byte[] header = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, HEADER_SIZE);
        }
        if (read < MAGIC.length || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return false;
        }
        if (read < HEADER_SIZE) {
            return true;
        }
        ByteBuffer buffer = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(buffer.getShort(16));
        long pages = Integer.toUnsignedLong(buffer.getInt(28));
        boolean geldig = buffer.getInt(92) == buffer.getInt(24) && pages > 0;
        return geldig && Files.size(file) < pages * (pageSize == 1 ? 65536 : pageSize);
    }
}
