package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taak.Geannuleerd;
import nl.spoorzoeker.taak.Taak;
import nl.spoorzoeker.taal.Teksten;
import org.junit.jupiter.api.Test;

/**
 * Export, import and inzage as the window and the command line run them ({@link ExportTaak},
 * {@link ImportTaak}, {@link InzageTaak}), on a real filled practice: progress only moves forward
 * to 1.0, and a cancel leaves no new file and no imported row.
 */
class UitwisselingTakenTest extends GevuldePraktijk {

    private ExportTaak export(Path doel, AtomicInteger gewist) {
        return new ExportTaak(service(bron, dir.resolve("bron")), gevuld.dossier(), doel, Praktijkdata.SLEUTELS.ring(),
                Praktijkdata.SLEUTELS.dataSleutel().clone(), gewist::incrementAndGet);
    }

    private static void vooruit(List<Taak.Stand> standen) {
        for (int i = 1; i < standen.size(); i++) {
            assertTrue(standen.get(i).deel() >= standen.get(i - 1).deel(), "progress went back at " + standen.get(i));
        }
        assertEquals(1.0, standen.getLast().deel());
    }

    @Test
    void exportThenImportMoveForwardToOneAndTheDossierArrives() throws Exception {
        Path archief = dir.resolve("uit/dossier.szx");
        AtomicInteger gewist = new AtomicInteger();
        List<Taak.Stand> standen = new ArrayList<>();
        UitwisselingService.Export e = export(archief, gewist).voerUit(standen::add);
        vooruit(standen);
        assertTrue(Files.isRegularFile(e.bestand()));
        assertEquals(1, gewist.get(), "the caller's key copy is wiped");

        try (Database doel = Database.open(dir.resolve("nieuw/spoorzoeker.db"))) {
            AtomicInteger backups = new AtomicInteger();
            List<Taak.Stand> importStanden = new ArrayList<>();
            UitwisselingService.Import i = new ImportTaak(service(doel, dir.resolve("nieuw")), archief,
                    ring -> ring.openMetHerstelcode(Praktijkdata.SLEUTELS.herstelcode()), backups::incrementAndGet,
                    () -> { }).voerUit(importStanden::add);
            vooruit(importStanden);
            assertEquals(List.of("archief.fase.controleren", "archief.fase.backup", "archief.fase.importeren", "taak.klaar"),
                    importStanden.stream().map(Taak.Stand::faseKey).distinct().toList());
            assertEquals(1, backups.get());
            assertEquals(1, i.trajecten().size());
            assertFalse(new DossierService(doel, CLOCK).isEmpty());
        }
    }

    @Test
    void aCancelDuringTheExportLeavesNoArchive() throws Exception {
        Path archief = dir.resolve("uit/dossier.szx");
        AtomicInteger gewist = new AtomicInteger();
        ExportTaak taak = export(archief, gewist);
        assertThrows(Geannuleerd.class, () -> taak.voerUit(stand -> taak.annuleer()));
        assertFalse(Files.exists(archief), "the half-wanted archive is gone");
        assertEquals(1, gewist.get());
    }

    @Test
    void aCancelBeforeTheRowsAreWrittenLeavesThePracticeEmpty() throws Exception {
        Path archief = dir.resolve("uit/dossier.szx");
        export(archief, new AtomicInteger()).voerUit(s -> { });
        try (Database doel = Database.open(dir.resolve("nieuw/spoorzoeker.db"))) {
            ImportTaak[] taak = new ImportTaak[1];
            taak[0] = new ImportTaak(service(doel, dir.resolve("nieuw")), archief,
                    ring -> ring.openMetHerstelcode(Praktijkdata.SLEUTELS.herstelcode()),
                    () -> taak[0].annuleer(), // the coach cancels while the backup before the import runs
                    () -> { });
            assertThrows(Geannuleerd.class, () -> taak[0].voerUit(s -> { }));
            assertTrue(new DossierService(doel, CLOCK).isEmpty(), "nothing was imported");
        }
    }

    /**
     * Issue 20: the import's bar moves while the archive is decrypted and checked (the long part: it stood at 0.05
     * until the backup), and a cancel while it decrypts leaves the practice empty and no decrypted copy behind.
     */
    @Test
    void anImportMovesWhileItDecryptsAndACancelThereLeavesNothing() throws Exception {
        Path archief = dir.resolve("uit/dossier.szx");
        export(archief, new AtomicInteger()).voerUit(s -> { });
        try (Database doel = Database.open(dir.resolve("nieuw/spoorzoeker.db"))) {
            ImportTaak[] taak = new ImportTaak[1];
            taak[0] = new ImportTaak(service(doel, dir.resolve("nieuw")), archief,
                    ring -> ring.openMetHerstelcode(Praktijkdata.SLEUTELS.herstelcode()), () -> { }, () -> { });
            assertThrows(Geannuleerd.class, () -> taak[0].voerUit(stand -> {
                if (stand.faseKey().equals("archief.fase.controleren") && stand.deel() > 0.1) {
                    taak[0].annuleer(); // half-way through decrypting
                }
            }));
            assertTrue(new DossierService(doel, CLOCK).isEmpty(), "nothing was imported");
            leeg(dir.resolve("nieuw").resolve("tijdelijk"));

            List<Taak.Stand> standen = new ArrayList<>();
            new ImportTaak(service(doel, dir.resolve("nieuw")), archief,
                    ring -> ring.openMetHerstelcode(Praktijkdata.SLEUTELS.herstelcode()), () -> { }, () -> { })
                    .voerUit(standen::add);
            beweegt(standen);
            assertTrue(standen.stream().filter(s -> s.faseKey().equals("archief.fase.controleren"))
                    .mapToDouble(Taak.Stand::deel).distinct().count() >= 5, "the check itself moves: " + standen);
            assertFalse(new DossierService(doel, CLOCK).isEmpty());
        }
    }

    @Test
    void aCancelledInzageLeavesNoZip() throws Exception {
        Path zip = dir.resolve("uit/inzage.zip");
        InzageTaak taak = new InzageTaak(service(bron, dir.resolve("bron")), gevuld.dossier(), zip, Teksten.nederlands());
        assertThrows(Geannuleerd.class, () -> taak.voerUit(stand -> taak.annuleer()));
        assertFalse(Files.exists(zip));
        List<Taak.Stand> standen = new ArrayList<>();
        new InzageTaak(service(bron, dir.resolve("bron")), gevuld.dossier(), zip, Teksten.nederlands()).voerUit(standen::add);
        vooruit(standen);
        assertTrue(Files.isRegularFile(zip));
    }

    /** Issue 20: distinct steps strictly between the first report and the end. */
    private static void beweegt(List<Taak.Stand> standen) {
        long tussen = standen.stream().mapToDouble(Taak.Stand::deel).filter(d -> d > 0.05 && d < 1.0).distinct().count();
        assertTrue(tussen >= 5, "progress moves: " + standen);
        vooruit(standen);
    }

    /** Nothing in the folder, or no folder. */
    private static void leeg(Path map) throws java.io.IOException {
        if (Files.isDirectory(map)) {
            try (var s = Files.list(map)) {
                assertEquals(List.of(), s.toList(), map.toString());
            }
        }
    }

    @Test
    void aPracticeExportMovesTableByTableAndACancelBetweenTablesLeavesNothing() throws Exception {
        Path archief = dir.resolve("uit/praktijk.szx");
        List<Taak.Stand> standen = new ArrayList<>();
        new ExportTaak(service(bron, dir.resolve("bron")), null, archief, Praktijkdata.SLEUTELS.ring(),
                Praktijkdata.SLEUTELS.dataSleutel().clone(), () -> { }).voerUit(standen::add);
        beweegt(standen);
        Files.delete(archief);

        ExportTaak taak = new ExportTaak(service(bron, dir.resolve("bron")), null, archief, Praktijkdata.SLEUTELS.ring(),
                Praktijkdata.SLEUTELS.dataSleutel().clone(), () -> { });
        List<Double> gezien = new ArrayList<>();
        assertThrows(Geannuleerd.class, () -> taak.voerUit(s -> {
            gezien.add(s.deel());
            if (s.deel() > 0.3) {
                taak.annuleer(); // among the tables
            }
        }));
        assertTrue(gezien.getLast() < 0.9, "stopped among the tables: " + gezien);
        leeg(dir.resolve("uit"));
        leeg(dir.resolve("bron/tijdelijk"));
    }

    @Test
    void anInzageMovesTableByTableAndACancelBetweenTablesLeavesNothing() throws Exception {
        Path zip = dir.resolve("uit/inzage.zip");
        List<Taak.Stand> standen = new ArrayList<>();
        new InzageTaak(service(bron, dir.resolve("bron")), gevuld.dossier(), zip, Teksten.nederlands()).voerUit(standen::add);
        beweegt(standen);
        Files.delete(zip);

        InzageTaak taak = new InzageTaak(service(bron, dir.resolve("bron")), gevuld.dossier(), zip, Teksten.nederlands());
        List<Double> gezien = new ArrayList<>();
        assertThrows(Geannuleerd.class, () -> taak.voerUit(s -> {
            gezien.add(s.deel());
            if (s.deel() > 0.3) {
                taak.annuleer();
            }
        }));
        assertTrue(gezien.getLast() < 0.8, "stopped among the tables: " + gezien);
        leeg(dir.resolve("uit"));
        leeg(dir.resolve("bron/tijdelijk"));
    }
}
