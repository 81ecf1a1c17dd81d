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
 * The open's own clean-up, killed at each removal (issue 23, "a kill at every rename/unlink point of … open"):
 * what interrupted writes left beside the database — a restore's staged file, a migration's staged copy, the
 * temporary file of an atomic write — is removed before the database opens. A kill after any one removal leaves
 * the others; the next open must remove them all and open the database with every row.
 */
@Tag("crash")
class OpeningRestantCrashTest {

    private static final List<String> RESTANTEN = List.of(".herstel-20261207T101010.db", ".herstel-20261207T101010.db-wal",
            ".migratie-7f3a.db", ".spoorzoeker-123.tmp");

    @TempDir
    Path dir;

    @Test
    void aKillAfterAnyRemovalLeavesTheRestForTheNextOpenAndLosesNothing() throws Exception {
        Path ongerept = Files.createDirectories(dir.resolve("ongerept"));
        Path file = ongerept.resolve("spoorzoeker.db");
        int regels;
        try (Database db = Database.open(file)) {
            db.write(cfg -> cfg.dsl().execute("insert into instelling(sleutel, waarde) values ('proef', 'restant')"));
            regels = ((Number) db.read(ctx -> ctx.fetchValue("select count(*) from instelling"))).intValue();
        }
        for (String naam : RESTANTEN) {
            Files.writeString(ongerept.resolve(naam), "plain client data " + naam);
        }
        Breekronde.Kind kind = (map, optie) -> KindProces.start(List.of(optie), MigratieKindMain.class, "BEGIN",
                map.resolve("spoorzoeker.db").toString()).wachtOpEinde();
        List<String> punten = Breekronde.punten(ongerept, dir.resolve("ronde"), kind, p -> p.startsWith("opening."));
        assertEquals(RESTANTEN.size(), punten.size(), "one point per removal: " + punten);
        List<String> uitslagen = Breekronde.elkPunt(ongerept, dir.resolve("ronde"), punten, kind,
                (map, punt) -> {
                    long over = RESTANTEN.stream().filter(n -> Files.exists(map.resolve(n))).count();
                    assertTrue(over < RESTANTEN.size(), punt + ": the kill came after a removal");
                    try (Database db = Database.open(map.resolve("spoorzoeker.db"))) {
                        assertEquals(regels, ((Number) db.read(ctx -> ctx.fetchValue("select count(*) from instelling"))).intValue(), punt);
                        assertEquals("restant", db.<Object>read(ctx -> ctx.fetchValue(
                                "select waarde from instelling where sleutel = 'proef'")), punt);
                    }
                    for (String naam : RESTANTEN) {
                        assertTrue(Files.notExists(map.resolve(naam)), punt + ": " + naam + " left after the next open");
                    }
                    return punt + " (" + over + " left by the kill)";
                });
        System.out.printf("Open's clean-up kill points: %d passings, %d killed (first, second, last): %s%n", punten.size(), uitslagen.size(),
                uitslagen);
    }
}
