package nl.spoorzoeker.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Counts the bytes read through it and tells {@code gelezen} the total once at least {@code stap} more were read:
 * the progress of encrypting a backup (every 64 KB, so a cancel is seen between blocks) and of decrypting one.
 */
final class Telstroom extends FilterInputStream {
    private final long stap;
    private final LongConsumer gelezen;
    private long aantal;
    private long gemeld;

    Telstroom(InputStream in, long stap, LongConsumer gelezen) {
        super(in);
        this.stap = stap;
        this.gelezen = gelezen;
    }

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
        int n = super.read(b, off, len);
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
