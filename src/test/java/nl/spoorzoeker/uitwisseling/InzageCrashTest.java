package nl.spoorzoeker.uitwisseling;


import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Breekronde;
import nl.spoorzoeker.testsupport.KindProces;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 4: the access export (inzage, plaintext by design) killed at every point, to a
 * target on the data folder's file system and to one on another file system (/dev/shm, a tmpfs):
 * after the next start ({@code ruimOpBijStart}) the target's folder holds nothing or the whole
 * export, never a temporary file, the private temp folder is empty and no record is left.
 */
@Tag("crash")
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
        Breekronde.Buitenronde r = Breekronde.buiten(dir, ongerept, "zip",
                (map, optie, doel) -> KindProces.start(List.of(optie), InzageKindMain.class, "KLAAR",
                        map.toString(), Integer.toString(traject), doel.toString()).wachtOpEinde(),
                p -> p.startsWith("inzage.") || p.startsWith("buiten."), List.of("buiten.naar-doel"),
                (map, wat) -> {
                    new DataDirectory(map).ruimOpBijStart();
                    return null;
                },
                b -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).contains(InzagePdf.BESTAND), "whole export");
        System.out.printf("Access export kill points: %d killed (%s), 0 plaintext files left after the next start: %s%n",
                r.uitslagen().size(), r.systemen(), r.uitslagen());
    }
}
