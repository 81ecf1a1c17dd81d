package nl.spoorzoeker.uitwisseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: a practice export reads on a read-only connection of its own, in one read transaction.
 * The export is held after its first table; meanwhile a write and a read through the practice's own
 * connection must finish at once (before, the export held the database's one lock and they waited
 * for the whole export). The archive holds the practice as it was when the export began: the
 * dossier written meanwhile is not in it, and importing it gives exactly the rows from before.
 */
class LangeLeesTest extends GevuldePraktijk {

    @AfterEach
    void geenWaarnemer() {
        Breekpunt.waarneem(null);
    }

    @Test
    void writesAndReadsGoOnWhileAnExportReadsItsSnapshot() throws Exception {
        Map<String, List<List<Object>>> voor = Praktijkdata.inhoud(bron, false);
        Path doel = dir.resolve("uit/praktijk.szx");
        GehoudenExport gehouden = houdExportVast(doel);
        java.util.concurrent.ExecutorService draden = gehouden.draden();
        CompletableFuture<UitwisselingService.Export> export = gehouden.export();
        try {
            assertTrue(gehouden.gehouden().await(20, TimeUnit.SECONDS), "the export reached its first table");
            long begin = System.nanoTime();
            // Each on a thread of its own, bounded: with the export holding the one lock they would wait for it.
            int nieuw = CompletableFuture.supplyAsync(() -> TestDossiers.create(bron, "Tijdens Export"), draden)
                    .get(5, TimeUnit.SECONDS);
            int dossiers = CompletableFuture.supplyAsync(() -> bron.read(ctx ->
                    ((Number) ctx.fetchValue("SELECT count(*) FROM traject")).intValue()), draden).get(5, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - begin) / 1_000_000;
            assertFalse(export.isDone(), "the export was still held while they ran");
            assertEquals(voor.get("traject").size() + 1, dossiers, "the read sees the new dossier " + nieuw);
            System.out.printf("Write and read during a held export: %d ms%n", ms);
        } finally {
            gehouden.loslaten().countDown();
            draden.shutdown();
        }
        export.get(60, TimeUnit.SECONDS);
        assertTrue(Files.isRegularFile(doel));

        Path nieuw = dir.resolve("nieuw");
        try (Database doelDb = Database.open(nieuw.resolve("spoorzoeker.db"))) {
            service(doelDb, nieuw).importeer(doel, ring -> Praktijkdata.SLEUTELS.dataSleutel().clone(), () -> { });
            Map<String, List<List<Object>>> na = Praktijkdata.inhoud(doelDb, false);
            assertEquals(voor.keySet(), na.keySet());
            for (String tabel : voor.keySet()) {
                assertEquals(voor.get(tabel), na.get(tabel), "table " + tabel + " as it was when the export began");
            }
            assertEquals(0, (int) doelDb.read(ctx -> ((Number) ctx.fetchValue(
                    "SELECT count(*) FROM werknemer WHERE naam = 'Tijdens Export'")).intValue()));
        }
    }

    /**
     * A retention deletion while an export holds its snapshot cannot empty the -wal (the snapshot still needs the
     * old pages): the deleted text waits there. When the export's read ends, the -wal is emptied and no byte of the
     * deleted text is left in the database file or its -wal (before, it stayed until the next retention deletion).
     */
    @Test
    void aRetentionDeletionDuringAnExportLeavesNoTraceOnceTheExportEnds() throws Exception {
        String kanarie = "KANARIE-" + java.util.UUID.randomUUID();
        bron.write(cfg -> cfg.dsl().execute("INSERT INTO instelling(sleutel, waarde) VALUES ('lange-lees', ?)", kanarie));
        GehoudenExport gehouden = houdExportVast(dir.resolve("uit/praktijk.szx"));
        Database.Purged<Integer> weg;
        try {
            assertTrue(gehouden.gehouden().await(20, TimeUnit.SECONDS), "the export reached its first table");
            weg = CompletableFuture.supplyAsync(() -> bron.writeAndPurge(cfg -> cfg.dsl()
                    .execute("DELETE FROM instelling WHERE sleutel = 'lange-lees'")), gehouden.draden()).get(20, TimeUnit.SECONDS);
        } finally {
            gehouden.loslaten().countDown();
            gehouden.draden().shutdown();
        }
        gehouden.export().get(60, TimeUnit.SECONDS);
        assertEquals(1, weg.result());
        assertFalse(weg.walEmptied(), "the export's snapshot held the old pages in the -wal");
        Path db = dir.resolve("bron/spoorzoeker.db");
        Path wal = db.resolveSibling("spoorzoeker.db-wal");
        // (The export's audit line is written after its read, so the -wal need not be empty now; the old pages must be gone.)
        byte[] teken = kanarie.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (Path p : List.of(db, wal)) {
            if (Files.exists(p)) {
                assertFalse(bevat(Files.readAllBytes(p), teken), "the deleted text is still in " + p.getFileName());
            }
        }
    }

    /** An export of the whole practice to {@code doel}, running, held after its first table until {@code loslaten}. */
    private record GehoudenExport(CountDownLatch gehouden, CountDownLatch loslaten,
                                  java.util.concurrent.ExecutorService draden,
                                  CompletableFuture<UitwisselingService.Export> export) {
    }

    private GehoudenExport houdExportVast(Path doel) {
        CountDownLatch gehouden = new CountDownLatch(1);
        CountDownLatch loslaten = new CountDownLatch(1);
        AtomicBoolean eerste = new AtomicBoolean(true);
        Breekpunt.waarneem(punt -> {
            if (punt.equals("uitwisseling.tabel-geschreven") && eerste.getAndSet(false)) {
                gehouden.countDown();
                try {
                    loslaten.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        // Threads of their own: the common pool may have a single thread on a small machine.
        java.util.concurrent.ExecutorService draden = java.util.concurrent.Executors.newCachedThreadPool();
        CompletableFuture<UitwisselingService.Export> export = CompletableFuture.supplyAsync(() -> {
            try {
                return service(bron, dir.resolve("bron")).exporteer(null, doel,
                        Praktijkdata.SLEUTELS.ring(), Praktijkdata.SLEUTELS.dataSleutel());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, draden);
        return new GehoudenExport(gehouden, loslaten, draden, export);
    }

    private static boolean bevat(byte[] bytes, byte[] teken) {
        outer:
        for (int i = 0; i + teken.length <= bytes.length; i++) {
            for (int j = 0; j < teken.length; j++) {
                if (bytes[i + j] != teken[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
