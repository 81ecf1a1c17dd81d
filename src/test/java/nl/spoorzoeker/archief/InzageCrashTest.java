package nl.spoorzoeker.archief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.store.Database;
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
            try {
                Path log = dir.resolve("punten-" + uitslagen.size() + ".txt");
                Path proef = kopie(ongerept, dir.resolve("proef-" + uitslagen.size()));
                assertEquals(0, kind(proef, traject, doelMap.resolve("proef.zip"), "-Dspoorzoeker.breekpunten=" + log));
                List<String> punten = Files.readAllLines(log).stream()
                        .filter(p -> p.startsWith("inzage.") || p.startsWith("buiten.")).toList();
                assertTrue(punten.contains("buiten.naar-doel"), punten.toString());
                Files.delete(doelMap.resolve("proef.zip"));
                Map<String, Integer> gezien = new HashMap<>();
                for (String punt : punten) {
                    String wat = punt + "#" + gezien.merge(punt, 1, Integer::sum);
                    Path map = kopie(ongerept, dir.resolve("kill-" + uitslagen.size()));
                    Path doel = doelMap.resolve("kill-" + uitslagen.size() + ".zip");
                    assertEquals(Breekpunt.STATUS, kind(map, traject, doel, "-Dspoorzoeker.breekpunt=" + wat), wat);
                    new DataDirectory(map).ruimOpBijStart();
                    List<String> over = new ArrayList<>();
                    try (var s = Files.list(doelMap)) {
                        s.forEach(p -> over.add(p.getFileName().toString()));
                    }
                    assertTrue(over.isEmpty() || over.equals(List.of(doel.getFileName().toString())),
                            wat + ": beside the target after the next start: " + over);
                    if (!over.isEmpty()) {
                        assertTrue(new String(Files.readAllBytes(doel), java.nio.charset.StandardCharsets.ISO_8859_1)
                                .contains(InzagePdf.BESTAND), wat + ": the export is whole");
                        Files.delete(doel);
                    }
                    try (var s = Files.list(map.resolve("tijdelijk"))) {
                        assertEquals(0, s.count(), wat + ": the private temp folder is emptied");
                    }
                    assertTrue(Files.notExists(map.resolve(nl.spoorzoeker.store.Bestanden.ONDERWEG)), wat + ": record left");
                    uitslagen.add((basis.equals(dir) ? "same" : "other") + " fs " + wat + " -> "
                            + (over.isEmpty() ? "nothing" : "whole export"));
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

    private static int kind(Path map, int traject, Path doel, String optie) throws Exception {
        return KindProces.start(List.of(optie), InzageKindMain.class, "KLAAR", map.toString(), Integer.toString(traject),
                doel.toString()).wachtOpEinde();
    }

    private static Path kopie(Path van, Path naar) throws IOException {
        try (var s = Files.walk(van)) {
            for (Path p : s.toList()) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(doel);
                } else {
                    Files.copy(p, doel);
                }
            }
        }
        return naar;
    }
}
