package nl.spoorzoeker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.testsupport.Breekronde;
import nl.spoorzoeker.testsupport.KindProces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy made before a migration, and the migration after it, killed at each named point (issue 23):
 * MigratieKillTest kills at random and rarely lands between the copy's steps. The practice is a
 * first-version file with few rows (a kill costs a child JVM, not the data), opened by a child that is
 * stopped at each point; the next open must migrate it with every row, pass the full check, leave no
 * staged copy, and keep only whole copies of the old version (the next unlock encrypts those).
 */
@Tag("crash")
class MigratiekopieCrashTest {

    private static final int TRAJECTEN = 20;

    @TempDir
    Path dir;

    @Test
    void aKillAtEveryPointOfTheCopyBeforeMigrationLosesNothingAndLeavesNoHalfCopy() throws Exception {
        Path ongerept = Files.createDirectories(dir.resolve("ongerept"));
        OudeDatabase.maak(ongerept.resolve("spoorzoeker.db"), 1, TRAJECTEN);
        Breekronde.Kind kind = (map, optie) -> KindProces.start(List.of(optie), MigratieKindMain.class, "BEGIN",
                map.resolve("spoorzoeker.db").toString()).wachtOpEinde();
        List<String> punten = Breekronde.punten(ongerept, dir.resolve("ronde"), kind, p -> p.startsWith("migratie."));
        assertEquals(List.of("migratie.kopie-gemaakt", "migratie.kopie-gecontroleerd", "migratie.kopie-verplaatst",
                "migratie.schema-gemigreerd", "migratie.kop-gestempeld"), punten);
        List<String> uitslagen = Breekronde.elkPunt(ongerept, dir.resolve("ronde"), punten, kind,
                (map, punt) -> naDeVolgendeOpening(map.resolve("spoorzoeker.db"), punt));
        System.out.printf("Copy before migration kill points: %d enumerated, %d killed, 0 rows lost (%d trajecten), "
                + "0 staged or half copies left: %s%n", punten.size(), uitslagen.size(), TRAJECTEN, uitslagen);
    }

    private static String naDeVolgendeOpening(Path file, String punt) throws Exception {
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, db.schemaVersion(), punt);
            assertEquals("ok", db.pragma("integrity_check"), punt);
            assertEquals(TRAJECTEN, (int) db.read(ctx -> ctx.fetchValue("select count(*) from traject", Integer.class)), punt);
            assertEquals("Çiğdem Yılmaz-Łukasz 17", db.read(ctx -> ctx.fetchValue(
                    "select naam from werknemer where id = 17", String.class)), punt);
        }
        List<Path> kopieen;
        try (var s = Files.list(file.getParent())) {
            List<String> namen = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(namen.stream().noneMatch(n -> n.startsWith(".migratie-") || n.endsWith(".tmp")),
                    punt + ": a staged copy or temporary file after the next start: " + namen);
            kopieen = namen.stream().filter(n -> n.matches("spoorzoeker-voor-migratie-v1-.*\\.db"))
                    .map(file::resolveSibling).toList();
        }
        // Whole copies of the first version only; one, or two when the kill came after the first was kept.
        assertTrue(kopieen.size() == 1 || kopieen.size() == 2, punt + ": " + kopieen);
        for (Path kopie : kopieen) {
            assertTrue(Kopiecontrole.controleer(kopie, true).goed(), punt + ": a whole copy " + kopie.getFileName());
        }
        return kopieen.size() + " kept cop" + (kopieen.size() == 1 ? "y" : "ies");
    }
}
