package nl.spoorzoeker.archief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Breekronde;
import nl.spoorzoeker.testsupport.KindProces;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 4: the access export (inzage, plaintext by design) killed at every point, to a
 * target on the data folder's file system and to one on another file system (/dev/shm, a tmpfs):
 * after the next start ({@code ruimOpBijStart}) the target's folder holds nothing or the whole
 * export, never a temporary file, the private temp folder is empty and no record is left.
 */
class InzageCrashTest {

    @TempDir
    Path dir;

    @Test
    void aKillAtEveryPointOfTheAccessExportLeavesNoPlaintextAfterTheNextStart() throws Exception {
        Path ongerept = dir.resolve("ongerept");
        DataDirectory data = new DataDirectory(ongerept);
        data.create();
        int traject;
        try (Database db = Database.open(data.database())) {
            traject = TestDossiers.create(db, "Inzage Kanarie");
        }
        Path anderSysteem = Path.of("/dev/shm");
        boolean tweeSystemen = Files.isDirectory(anderSysteem)
                && !Files.getFileStore(anderSysteem).equals(Files.getFileStore(dir));
        List<String> uitslagen = new ArrayList<>();
        for (Path basis : tweeSystemen ? List.of(dir, anderSysteem) : List.of(dir)) {
            Path doelMap = Files.createTempDirectory(basis, "inzage-doel-");
            String fs = basis.equals(dir) ? "same" : "other";
            // each copy writes its export to doelMap/<copy's name>.zip
            Breekronde.Kind kind = (map, optie) -> KindProces.start(List.of(optie), InzageKindMain.class, "KLAAR",
                    map.toString(), Integer.toString(traject), doelMap.resolve(map.getFileName() + ".zip").toString())
                    .wachtOpEinde();
            try {
                Path werk = dir.resolve(fs);
                List<String> punten = Breekronde.punten(ongerept, werk, kind,
                        p -> p.startsWith("inzage.") || p.startsWith("buiten."));
                assertTrue(punten.contains("buiten.naar-doel"), punten.toString());
                Files.delete(doelMap.resolve("proef.zip"));
                for (String u : Breekronde.elkPunt(ongerept, werk, punten, kind, (map, wat) -> {
                    Path doel = doelMap.resolve(map.getFileName() + ".zip");
                    new DataDirectory(map).ruimOpBijStart();
                    return Breekronde.nietsBuitenAchtergelaten(map, doel, wat,
                            b -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).contains(InzagePdf.BESTAND),
                            "whole export");
                })) {
                    uitslagen.add(fs + " fs " + u);
                }
            } finally {
                try (var s = Files.walk(doelMap)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
        System.out.printf("Access export kill points: %d killed (%s), 0 plaintext files left after the next start: %s%n",
                uitslagen.size(), tweeSystemen ? "same and other file system" : "same file system only", uitslagen);
    }
}
