package nl.spoorzoeker.klad;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.store.schema.Tables;

/** Drafts survive every character a note can hold, are replaced by the newer one, and go when removed. */
class KladServiceTest {

    @TempDir
    Path dir;

    @Test
    void aDraftComesBackExactlyAndIsReplacedAndRemoved() throws Exception {
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            KladService kladden = new KladService(db, CLOCK);
            Map<String, String> velden = new LinkedHashMap<>();
            velden.put("contact-samenvatting", "Regel 1\nRegel 2\r\n\tmet tab, = en : en \\ en # en ! en Çiğdem 💼");
            velden.put("contact-duur", "");
            velden.put("lang", "x".repeat(100_000));
            kladden.bewaar("contact:nieuw:1", velden);
            assertEquals(velden, kladden.lees("contact:nieuw:1").orElseThrow().velden());
            assertEquals(CLOCK.instant(), kladden.lees("contact:nieuw:1").orElseThrow().gewijzigdOp());
            kladden.bewaar("contact:nieuw:1", Map.of("contact-samenvatting", "nieuwer"));
            assertEquals(Map.of("contact-samenvatting", "nieuwer"), kladden.lees("contact:nieuw:1").orElseThrow().velden());
            assertTrue(kladden.lees("contact:nieuw:2").isEmpty(), "drafts are per form");
            kladden.verwijder("contact:nieuw:1");
            assertTrue(kladden.lees("contact:nieuw:1").isEmpty());
        }
    }

    @Test
    void anUnreadableDraftIsReportedAndLoggedNotDroppedInSilence() throws Exception {
        assertTrue(KladRepository.decode("\\u12").isEmpty());
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(KladService.class);
        var gelogd = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        gelogd.start();
        logger.addAppender(gelogd);
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            KladService kladden = new KladService(db, CLOCK);
            // As a damaged row or a newer version's format would be: not a properties text.
            db.write(cfg -> cfg.dsl().insertInto(Tables.CONCEPT,
                    Tables.CONCEPT.SLEUTEL, Tables.CONCEPT.INHOUD,
                    Tables.CONCEPT.GEWIJZIGD_OP)
                    .values("contact:nieuw:7", "samenvatting=Geheim \\u12", CLOCK.instant()).execute());
            Klad klad = kladden.lees("contact:nieuw:7").orElseThrow();
            assertTrue(klad.onleesbaar(), "the form must be able to tell the coach");
            assertEquals(Map.of(), klad.velden());
            assertTrue(kladden.lees("contact:nieuw:8").isEmpty());
            var waarschuwing = gelogd.list.stream().filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                    .findFirst().orElseThrow(() -> new AssertionError("no WARN logged"));
            assertTrue(waarschuwing.getFormattedMessage().contains("contact:nieuw:7"));
            assertTrue(!waarschuwing.getFormattedMessage().contains("Geheim"), "the log never holds the text");
        } finally {
            logger.detachAppender(gelogd);
        }
    }
}
