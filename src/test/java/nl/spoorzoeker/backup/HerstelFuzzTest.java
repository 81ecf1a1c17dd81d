package nl.spoorzoeker.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.crypto.OngeldigBestand;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S6: restoring untrusted files. Valid backups of the demo practice are damaged <em>inside</em> the
 * encryption (the key is ours, so the AEAD passes and the restore path must judge the database
 * itself): bytes flipped anywhere or in the header, pages overwritten or zeroed, the file cut off,
 * garbage appended, application id and version set at random. Every input is either refused with
 * the live database byte for byte unchanged, or it is a database that opens and passes its checks.
 * No other exception, no input over 5 s. {@value #STANDAARD} inputs in the test run;
 * {@code -Dspoorzoeker.s6.invoer=10000} for the full count.
 */
@Tag("fuzz")
class HerstelFuzzTest {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    static final int STANDAARD = 150;

    @TempDir
    Path dir;

    @Test
    void damagedBackupsAreRefusedOrOpenCleanlyAndNeverReplaceTheLiveDatabaseWithRubbish() throws Exception {
        int aantal = Integer.getInteger("spoorzoeker.s6.invoer", STANDAARD);
        Path live = dir.resolve("data/spoorzoeker.db");
        Path plat = dir.resolve("plat.db");
        try (Database db = Database.open(live)) {
            Demoset.load(db, TestDossiers.CLOCK);
            db.vacuumInto(plat);
        }
        byte[] origineel = Files.readAllBytes(plat);
        byte[] liveBytes = Files.readAllBytes(live);
        int paginagrootte = Short.toUnsignedInt(ByteBuffer.wrap(origineel).getShort(16));
        Random random = new Random(Long.getLong("spoorzoeker.s6.zaad", 6L));
        int geweigerd = 0;
        int aanvaard = 0;
        long langste = 0;
        for (int i = 0; i < aantal; i++) {
            byte[] invoer = muteer(origineel, paginagrootte, random);
            Path backup = dir.resolve("invoer.szb");
            try (OutputStream uit = Files.newOutputStream(backup)) {
                Versleuteling.versleutel(new ByteArrayInputStream(invoer), uit, BackupServiceTest.SLEUTELS.ring(),
                        BackupServiceTest.SLEUTELS.dataSleutel());
            }
            Clock klok = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z").plusSeconds(i), ZoneOffset.UTC);
            // CPU time of this thread (the restore runs on it): the bound is for an input that makes it work too long,
            // which the wall clock cannot tell from a machine busy with the other test JVM.
            long begin = CPU.getCurrentThreadCpuTime();
            boolean gelukt;
            try {
                new HerstelService(klok).herstel(backup, r -> BackupServiceTest.SLEUTELS.dataSleutel().clone(), live);
                gelukt = true;
            } catch (Weigering | OngeldigBestand | IOException e) {
                gelukt = false;
            } catch (Exception e) {
                throw new AssertionError("input " + i + ": undeclared " + e, e);
            }
            long ms = (CPU.getCurrentThreadCpuTime() - begin) / 1_000_000;
            langste = Math.max(langste, ms);
            assertTrue(ms < 5_000, "input " + i + " took " + ms + " ms of CPU");
            if (gelukt) {
                aanvaard++;
                try (Database db = Database.open(live)) {
                    assertEquals("ok", db.pragma("integrity_check"), "input " + i + " was put in place: it must be sound");
                } catch (Exception e) {
                    StringBuilder verschil = new StringBuilder("length " + origineel.length + " -> " + invoer.length + "; bytes");
                    for (int k = 0, n = 0; k < Math.min(origineel.length, invoer.length) && n < 20; k++) {
                        if (origineel[k] != invoer[k]) {
                            verschil.append(' ').append(k).append(':').append(origineel[k] & 0xff).append("->").append(invoer[k] & 0xff);
                            n++;
                        }
                    }
                    Files.write(Path.of(System.getProperty("java.io.tmpdir"), "s6-geweigerd.db"), invoer);
                    fail("input " + i + " replaced the live database but does not open: " + e + " (" + verschil + ")");
                }
                // Back to the original for the next input; the set-aside copies go too.
                Files.write(live, liveBytes);
                for (String a : new String[] {"-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(live + a));
                }
                try (Stream<Path> bestanden = Files.list(live.getParent())) {
                    for (Path p : bestanden.filter(p -> p.getFileName().toString().contains("-voor-")).toList()) {
                        Files.delete(p);
                    }
                }
            } else {
                geweigerd++;
                assertArrayEquals(liveBytes, Files.readAllBytes(live), "input " + i + " was refused: live file unchanged");
            }
        }
        try (Stream<Path> bestanden = Files.list(live.getParent())) {
            assertEquals(0, bestanden.filter(p -> p.getFileName().toString().startsWith(".herstel-")).count(),
                    "no decrypted leftovers");
        }
        System.out.printf("S6 restore of untrusted files: %d inputs, %d refused with the live database unchanged, "
                + "%d accepted and opened cleanly, 0 crashes, longest %d ms%n", aantal, geweigerd, aanvaard, langste);
        assertEquals(aantal, geweigerd + aanvaard);
    }

    private static byte[] muteer(byte[] bron, int pagina, Random r) {
        byte[] b = bron.clone();
        int paginas = b.length / pagina;
        switch (r.nextInt(8)) {
            case 0 -> { // a few flipped bits anywhere
                for (int k = 1 + r.nextInt(8); k > 0; k--) {
                    int plek = r.nextInt(b.length);
                    b[plek] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> { // the 100-byte header
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    b[r.nextInt(100)] = (byte) r.nextInt(256);
                }
            }
            case 2 -> { // a page of random bytes
                int p = r.nextInt(paginas);
                byte[] rommel = new byte[pagina];
                r.nextBytes(rommel);
                System.arraycopy(rommel, 0, b, p * pagina, pagina);
            }
            case 3 -> { // a zeroed page (but not the first: that one is case 1's)
                int p = 1 + r.nextInt(Math.max(1, paginas - 1));
                Arrays.fill(b, p * pagina, Math.min(b.length, (p + 1) * pagina), (byte) 0);
            }
            case 4 -> { // cut off
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 5 -> { // garbage appended
                byte[] langer = Arrays.copyOf(b, b.length + 1 + r.nextInt(3 * pagina));
                for (int k = b.length; k < langer.length; k++) {
                    langer[k] = (byte) r.nextInt(256);
                }
                return langer;
            }
            case 6 -> { // our stamp set at random: application id (68) and user version (60)
                ByteBuffer buf = ByteBuffer.wrap(b);
                buf.putInt(r.nextBoolean() ? 60 : 68, r.nextInt(40) - 5);
            }
            default -> { // a page's bytes swapped with another's
                int p = r.nextInt(paginas);
                int q = r.nextInt(paginas);
                byte[] tmp = Arrays.copyOfRange(b, p * pagina, (p + 1) * pagina);
                System.arraycopy(b, q * pagina, b, p * pagina, pagina);
                System.arraycopy(tmp, 0, b, q * pagina, pagina);
            }
        }
        return b;
    }
}
