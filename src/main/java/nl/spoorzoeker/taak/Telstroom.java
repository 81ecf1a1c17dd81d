package nl.spoorzoeker.taak;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Counts the bytes read through it and tells {@code gelezen} the total once at least {@code stap} more were read:
 * the progress of encrypting a backup (every 64 KB, so a cancel is seen between blocks), of decrypting one, and of
 * decrypting an archive to import.
 */
public final class Telstroom extends FilterInputStream {
    private final long stap;
    private final LongConsumer gelezen;
    private long aantal;
    private long gemeld;

    public Telstroom(InputStream in, long stap, LongConsumer gelezen) {
        this(in, stap, gelezen, false);
    }

    /**
     * @param begrensd read at most {@code stap} bytes per call, so a reader that asks for large blocks still sees a
     *                 report every {@code stap} bytes (an archive of a few kilobytes would otherwise jump to its end)
     */
    public Telstroom(InputStream in, long stap, LongConsumer gelezen, boolean begrensd) {
        super(in);
        this.stap = stap;
        this.gelezen = gelezen;
        this.begrensd = begrensd;
    }

    private final boolean begrensd;

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            tel(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, begrensd ? (int) Math.min(len, Math.max(1, stap)) : len);
        if (n > 0) {
            tel(n);
        }
        return n;
    }

    private void tel(long n) {
        aantal += n;
        if (aantal - gemeld >= stap) {
            gemeld = aantal;
            gelezen.accept(aantal);
        }
    }
}
