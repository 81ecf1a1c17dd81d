package nl.spoorzoeker.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V27 on a real SQLite file: every saved text of a kernkwadrant or STARR story is kept with its moment,
 * a restore is a new version, another dossier's history is refused, and the versions go with their
 * kernkwadrant or story.
 */
class TekstgeschiedenisTest {

    static final Instant T0 = TestDossiers.CLOCK.instant();

    @TempDir
    Path dir;
    Database db;
    int zoe;
    int sam;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        zoe = TestDossiers.create(db, "Zoë de Vries-Müller");
        sam = TestDossiers.create(db, "Sam Jansen");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Clock na(int dagen) {
        return Clock.offset(TestDossiers.CLOCK, Duration.ofDays(dagen));
    }

    private KernkwadrantService kk(int dagen) {
        return new KernkwadrantService(db, na(dagen));
    }

    private StarrService starr(int dagen) {
        return new StarrService(db, na(dagen), new ProfielService(db, na(dagen)));
    }

    @Test
    void everySavedTextOfAKernkwadrantIsKeptAndARestoreIsANewVersion() {
        int id = kk(0).bewaar(zoe, new Kernkwadrant(null, "behulpzaam", null, null, null));
        kk(2).bewaar(zoe, new Kernkwadrant(id, "behulpzaam", "opdringerig", null, null));
        // Only the day changed: no new step in the history.
        kk(3).bewaar(zoe, new Kernkwadrant(id, "behulpzaam", "opdringerig", null, null,
                java.time.LocalDate.now(TestDossiers.CLOCK).minusDays(1), null));
        kk(5).bewaar(zoe, new Kernkwadrant(id, "zorgzaam", "bemoeizuchtig", "grenzen", "egoïsme"));

        assertEquals(List.of(
                new Tekstversie<>(3, T0.plus(Duration.ofDays(5)), new Kernkwadrant(id, "zorgzaam", "bemoeizuchtig",
                        "grenzen", "egoïsme")),
                new Tekstversie<>(2, T0.plus(Duration.ofDays(2)), new Kernkwadrant(id, "behulpzaam", "opdringerig",
                        null, null)),
                new Tekstversie<>(1, T0, new Kernkwadrant(id, "behulpzaam", null, null, null))),
                kk(6).versies(zoe, id));

        kk(7).herstel(zoe, id, 2);
        Kernkwadrant nu = kk(7).lijst(zoe).getFirst();
        assertEquals(List.of("behulpzaam", "opdringerig"), java.util.Arrays.asList(nu.kwaliteit(), nu.valkuil()));
        assertEquals(null, nu.uitdaging());
        assertEquals(java.time.LocalDate.now(TestDossiers.CLOCK).minusDays(1), nu.datum(), "the day made stays");
        List<Tekstversie<Kernkwadrant>> versies = kk(7).versies(zoe, id);
        assertEquals(List.of(4, 3, 2, 1), versies.stream().map(Tekstversie::nummer).toList());
        assertEquals(new Tekstversie<>(4, T0.plus(Duration.ofDays(7)), new Kernkwadrant(id, "behulpzaam", "opdringerig",
                null, null)), versies.getFirst());
        assertEquals("zorgzaam", versies.get(1).tekst().kwaliteit(), "the replaced text stays in the history");
    }

    @Test
    void anotherDossiersHistoryIsRefusedAndTheVersionsGoWithTheirKernkwadrant() {
        int vanSam = kk(0).bewaar(sam, new Kernkwadrant(null, "daadkrachtig", null, null, null));
        kk(1).bewaar(sam, new Kernkwadrant(vanSam, "doortastend", null, null, null));
        assertEquals("kk.fout.weg", assertThrows(InstrumentService.Geweigerd.class,
                () -> kk(2).versies(zoe, vanSam)).messageKey());
        assertEquals("kk.fout.weg", assertThrows(InstrumentService.Geweigerd.class,
                () -> kk(2).herstel(zoe, vanSam, 1)).messageKey());
        assertEquals("kk.fout.weg", assertThrows(InstrumentService.Geweigerd.class,
                () -> kk(2).herstel(sam, vanSam, 9)).messageKey(), "no such version");
        assertEquals("doortastend", kk(2).lijst(sam).getFirst().kwaliteit());

        kk(2).verwijder(sam, vanSam);
        assertEquals(0, (int) db.read(ctx -> ctx.fetchValue("select count(*) from kernkwadrant_versie", Integer.class)));
    }

    @Test
    void everySavedTextOfAStoryIsKeptWithItsCompetenciesAndARestoreIsANewVersion() {
        int id = starr(0).bewaar(zoe, new StarrVerhaal(null, "Planning magazijn", "Drukte", null, null, null, null,
                List.of("plannen")));
        starr(1).bewaar(zoe, new StarrVerhaal(id, "Nieuwe planning magazijn", "Drukte in december", "Ploegen indelen",
                "Rooster met vaste blokken", "Geen overuren", "Eerder hulp vragen", List.of("plannen", "samenwerken")));
        assertEquals(List.of(
                new Tekstversie<>(2, T0.plus(Duration.ofDays(1)), new StarrVerhaal(id, "Nieuwe planning magazijn",
                        "Drukte in december", "Ploegen indelen", "Rooster met vaste blokken", "Geen overuren",
                        "Eerder hulp vragen", List.of("plannen", "samenwerken"))),
                new Tekstversie<>(1, T0, new StarrVerhaal(id, "Planning magazijn", "Drukte", null, null, null, null,
                        List.of("plannen")))),
                starr(2).versies(zoe, id));

        starr(3).herstel(zoe, id, 1);
        StarrVerhaal nu = starr(3).lijst(zoe).getFirst();
        assertEquals(new StarrVerhaal(id, "Planning magazijn", "Drukte", null, null, null, null, List.of("plannen")),
                new StarrVerhaal(nu.id(), nu.titel(), nu.situatie(), nu.taak(), nu.actie(), nu.resultaat(),
                        nu.reflectie(), nu.competenties()));
        assertEquals(List.of(3, 2, 1), starr(3).versies(zoe, id).stream().map(Tekstversie::nummer).toList());

        assertEquals("starr.fout.weg", assertThrows(Weigering.class, () -> starr(3).versies(sam, id)).messageKey());
        starr(4).verwijder(zoe, id);
        assertEquals(0, (int) db.read(ctx -> ctx.fetchValue("select count(*) from starr_versie", Integer.class)));
    }
}
