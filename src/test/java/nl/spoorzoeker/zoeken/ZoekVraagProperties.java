package nl.spoorzoeker.zoeken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.Test;

/** Whatever the coach types becomes a query SQLite accepts, or no query at all. */
class ZoekVraagProperties {

    static Path dir;
    static Database db;
    static ZoekService zoeken;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("zoekvraag");
        db = Database.open(dir.resolve("spoorzoeker.db"));
        zoeken = new ZoekService(db);
    }

    @AfterContainer
    static void close() throws Exception {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 400)
    void anyInputRunsWithoutASyntaxError(@ForAll String invoer) {
        Optional<String> match = ZoekVraag.match(invoer);
        match.ifPresent(m -> assertTrue(m.startsWith("\"")));
        assertEquals(List.of(), zoeken.zoek(invoer), "an empty practice has no hits, and no error");
    }

    @Test
    void examples() {
        assertEquals(Optional.of("\"Albert\" \"Heijn\"*"), ZoekVraag.match("Albert  Heijn"));
        assertEquals(Optional.of("\"Albert\" \"Heijn\""), ZoekVraag.match("Albert Heijn "));
        assertEquals(Optional.of("\"tekst\" \"naald\"*"), ZoekVraag.match("tekst:naald"));
        assertEquals(Optional.of("\"Çiğdem\"*"), ZoekVraag.match("\"Çiğdem"));
        assertEquals(Optional.empty(), ZoekVraag.match(" *()\" "));
        assertEquals(ZoekVraag.MAX_WOORDEN, ZoekVraag.woorden("a ".repeat(50)).size());
    }
}
