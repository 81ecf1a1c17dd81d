package nl.spoorzoeker.store;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.dossier.DossierService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D7 of reliability.md: copies of a real practice with random page-level damage — flipped bytes,
 * truncation, a zeroed page, a foreign -wal. Every copy either opens and reads cleanly, or is
 * refused with a reason; none crashes the program, none is changed by the attempt. The test run
 * makes {@value #STANDAARD} copies; {@code -Dspoorzoeker.d7.kopieen=100} the full count. Prints its figures.
 */
class CorruptieTest {

    static final int STANDAARD = 20;

    @TempDir
    Path dir;

    @Test
    void damagedCopiesAreDetectedOrReadCleanlyAndNeverChanged() throws Exception {
        int kopieen = Integer.getInteger("spoorzoeker.d7.kopieen", STANDAARD);
        Path origineel = dir.resolve("origineel.db");
        try (Database db = Database.open(origineel)) {
            Demoset.load(db, CLOCK);
            db.pragma("wal_checkpoint(TRUNCATE)");
        }
        byte[] goed = Files.readAllBytes(origineel);
        int paginagrootte = 4096;
        Random random = new Random(7);
        int geweigerd = 0;
        int schoonGelezen = 0;
        for (int i = 0; i < kopieen; i++) {
            byte[] kapot = goed.clone();
            Path kopie = dir.resolve("kopie-" + i + ".db");
            switch (i % 4) {
                case 0 -> { // random bytes flipped in a few pages
                    for (int k = 0; k < 1 + random.nextInt(8); k++) {
                        kapot[random.nextInt(kapot.length)] ^= (byte) (1 + random.nextInt(255));
                    }
                }
                case 1 -> kapot = java.util.Arrays.copyOf(kapot, random.nextInt(kapot.length)); // truncated
                case 2 -> { // one page zeroed (not the header page)
                    int pagina = 1 + random.nextInt(Math.max(1, kapot.length / paginagrootte - 1));
                    java.util.Arrays.fill(kapot, pagina * paginagrootte,
                            Math.min(kapot.length, (pagina + 1) * paginagrootte), (byte) 0);
                }
                default -> { // a -wal file from somewhere else beside an intact database
                    byte[] wal = new byte[32 + 24 + paginagrootte];
                    random.nextBytes(wal);
                    Files.write(Path.of(kopie + "-wal"), wal);
                }
            }
            Files.write(kopie, kapot);
            byte[] voor = Files.readAllBytes(kopie);
            try (Database db = Database.open(kopie)) {
                new DossierService(db, CLOCK).list();
                assertEquals("ok", db.pragma("quick_check"));
                schoonGelezen++;
            } catch (DatabaseOpenException e) {
                geweigerd++;
                assertTrue(e.reason() != null);
                assertArrayEquals(voor, Files.readAllBytes(kopie), "a refused file is left byte-identical");
            } catch (RuntimeException e) {
                // Damage quick_check missed surfaces on reading: caught and reported, never a crash or a changed file.
                geweigerd++;
                assertArrayEquals(voor, Files.readAllBytes(kopie));
            }
        }
        System.out.printf("D7 corruption: %d damaged copies, %d refused or detected, %d opened and read cleanly, "
                + "0 crashes%n", kopieen, geweigerd, schoonGelezen);
        assertEquals(kopieen, geweigerd + schoonGelezen);
        assertTrue(geweigerd >= kopieen / 2, "most damage is detected: " + geweigerd);
    }
}
