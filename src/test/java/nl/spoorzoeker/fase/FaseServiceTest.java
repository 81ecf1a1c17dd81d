package nl.spoorzoeker.fase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.ui.I18n;

/** Phases, steps, answers, goals and belastbaarheid on a real SQLite file. */
class FaseServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final LocalDate D = LocalDate.of(2026, 10, 1);

    @TempDir
    Path dir;
    Database db;
    FaseService fasen;
    int dossier;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        fasen = new FaseService(db, CLOCK);
        int werkgever = new WerkgeverService(db, CLOCK).create(new Werkgever(null, "W", null, Adres.LEEG, Contact.LEEG,
                Contact.LEEG, false));
        dossier = new DossierService(db, CLOCK).create(new Werknemer(null, "Łukasz Żółć", null, null, null, Adres.LEEG,
                null, null, false, null), werkgever, new Traject(null, LocalDate.of(2025, 10, 1), null, D, null, null,
                null, TrajectStatus.ACTIEF));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theShippedStepsArePutInPlaceOnce() {
        FaseService.Overzicht o = fasen.overzicht(dossier);
        assertEquals(StandaardStappen.alle().size(), o.stappen().size());
        Stap verhaal = o.stappen().stream().filter(s -> "intake.verhaal".equals(s.sleutel())).findFirst().orElseThrow();
        assertEquals(List.of("Wat heb je meegemaakt?", "Hoe gaat het echt met je?", "Wat wil je nu?",
                "Waar ben je bang voor?"), verhaal.vragen());
        for (FaseSoort soort : FaseSoort.values()) {
            assertTrue(o.stappen().stream().anyMatch(s -> s.fase() == soort), "steps for " + soort);
        }
        assertEquals(o.stappen().size(), fasen.overzicht(dossier).stappen().size(), "not seeded twice");
    }

    @Test
    void phasesMoveOnWithHistoryAndMayOverlap() {
        int intake = fasen.start(dossier, FaseSoort.INTAKE, D);
        assertThrows(IllegalStateException.class, () -> fasen.start(dossier, FaseSoort.INTAKE, D.plusDays(1)));
        int acceptatie = fasen.volgende(dossier, intake, FaseSoort.ACCEPTATIE, D.plusWeeks(2));
        int markt = fasen.volgende(dossier, acceptatie, FaseSoort.ARBEIDSMARKT, D.plusWeeks(8));
        fasen.start(dossier, FaseSoort.WERKERVARING, D.plusWeeks(10));
        assertThrows(IllegalStateException.class,
                () -> fasen.volgende(dossier, markt, FaseSoort.WERKERVARING, D.plusWeeks(11)), "already runs");
        List<Fase> history = fasen.overzicht(dossier).fasen();
        assertEquals(4, history.size());
        assertEquals(D.plusWeeks(2), history.getFirst().eind());
        assertEquals(List.of(FaseSoort.ARBEIDSMARKT, FaseSoort.WERKERVARING), fasen.huidigeFasen(dossier));
        fasen.rondAf(dossier, markt, D.plusWeeks(12));
        assertEquals(List.of(FaseSoort.WERKERVARING), fasen.huidigeFasen(dossier));
        assertThrows(java.util.NoSuchElementException.class, () -> fasen.rondAf(dossier, markt, D.plusWeeks(13)));
    }

    @Test
    void answersAreKeptWithTheirDateNewestFirst() {
        Stap stap = fasen.overzicht(dossier).stappen().getFirst();
        fasen.beantwoord(dossier, stap.id(), D, "Eerste gesprek: wil graag weer aan het werk.");
        fasen.beantwoord(dossier, stap.id(), D.plusWeeks(3), "Tweede gesprek: meer rust, denkt aan de zorg.");
        List<StapAntwoord> answers = fasen.overzicht(dossier).antwoorden();
        assertEquals(2, answers.size());
        assertEquals(D.plusWeeks(3), answers.getFirst().datum());
        assertEquals("Eerste gesprek: wil graag weer aan het werk.", answers.get(1).antwoord());
    }

    @Test
    void goalsAreAddedAndChanged() {
        int id = fasen.voegDoelToe(dossier, new Doel(null, FaseSoort.ROEPING, "Persoonsprofiel is klaar",
                "Profiel besproken en getekend", D.plusWeeks(6), DoelStatus.OPEN));
        fasen.wijzigDoel(dossier, new Doel(id, FaseSoort.ROEPING, "Persoonsprofiel is klaar",
                "Profiel besproken en getekend", D.plusWeeks(6), DoelStatus.BEHAALD));
        assertEquals(DoelStatus.BEHAALD, fasen.overzicht(dossier).doelen().getFirst().status());
    }

    @Test
    void belastbaarheidSnapshotsAreKeptNewestFirst() {
        var older = new Belastbaarheid(null, D, Belastbaarheid.Bron.BEDRIJFSARTS, Belastbaarheid.DocumentType.FML,
                4 * 60, 20 * 60, "opbouw naar 24 uur in 8 weken", "beperkt in tempo", null, null,
                "niet zwaar tillen (>10 kg)", "afwisselen zitten en staan", "overdag", false, true, D.plusMonths(3));
        var newer = new Belastbaarheid(null, D.plusMonths(2), Belastbaarheid.Bron.BEDRIJFSARTS,
                Belastbaarheid.DocumentType.IZP, 6 * 60, 24 * 60, null, null, null, null, null, null, null, false, false, null);
        fasen.voegBelastbaarheidToe(dossier, older);
        fasen.voegBelastbaarheidToe(dossier, newer);
        List<Belastbaarheid> list = fasen.overzicht(dossier).belastbaarheid();
        assertEquals(24 * 60, list.getFirst().urenPerWeekMinuten());
        assertEquals("niet zwaar tillen (>10 kg)", list.get(1).dynamischeHandelingen());
        assertTrue(list.get(1).urenbeperking());
    }

    @Test
    void theCoachEditsStepsAndCanRestoreTheDefaults() {
        Stap first = fasen.alleStappen().getFirst();
        fasen.bewaarStap(new Stap(first.id(), first.fase(), first.sleutel(), first.volgorde(), "Mijn eigen titel",
                List.of("Eigen vraag?"), true));
        fasen.bewaarStap(new Stap(null, FaseSoort.INTAKE, null, 99, "Eigen stap", List.of("Wat nog meer?"), true));
        assertTrue(fasen.alleStappen().stream().anyMatch(s -> s.titel().equals("Mijn eigen titel")));
        fasen.herstelStandaardStappen();
        List<Stap> after = fasen.alleStappen();
        assertFalse(after.stream().anyMatch(s -> s.titel().equals("Mijn eigen titel")));
        assertFalse(after.stream().filter(s -> s.titel().equals("Eigen stap")).findFirst().orElseThrow().actief(),
                "own steps are switched off, not deleted (answers may refer to them)");
        assertEquals(StandaardStappen.alle().size(), fasen.overzicht(dossier).stappen().size());
    }

    @Test
    void shippedStepsSpeakTheChosenLanguageUntilTheCoachRewritesThem() {
        try {
            I18n.setLocale(I18n.ENGLISH);
            List<Stap> stappen = fasen.overzicht(dossier).stappen();
            Stap verhaal = stappen.stream().filter(s -> "intake.verhaal".equals(s.sleutel())).findFirst().orElseThrow();
            assertEquals("What have you been through?", verhaal.vragen().getFirst());
            for (Stap s : stappen) {
                assertFalse(s.titel().equals(StandaardStappen.alle().stream().filter(d -> d.sleutel().equals(s.sleutel()))
                        .findFirst().orElseThrow().titel()), "still Dutch in English: " + s.titel());
            }
            // Saved unchanged in English: stored as shipped, so it follows the language back to Dutch.
            fasen.bewaarStap(verhaal);
            Stap levens = fasen.alleStappen().stream().filter(s -> "intake.levensgebieden".equals(s.sleutel()))
                    .findFirst().orElseThrow();
            fasen.bewaarStap(new Stap(levens.id(), levens.fase(), levens.sleutel(), levens.volgorde(), "My own title",
                    levens.vragen(), true));
            I18n.setLocale(I18n.DUTCH);
            List<Stap> nl = fasen.alleStappen();
            assertEquals("Wat heb je meegemaakt?", nl.stream().filter(s -> "intake.verhaal".equals(s.sleutel()))
                    .findFirst().orElseThrow().vragen().getFirst());
            Stap eigen = nl.stream().filter(s -> "intake.levensgebieden".equals(s.sleutel())).findFirst().orElseThrow();
            assertEquals("My own title", eigen.titel(), "the coach's own words stay as written");
            assertTrue(eigen.vragen().getFirst().startsWith("Werk:"), "untouched questions still follow the language");
        } finally {
            I18n.setLocale(I18n.DUTCH);
        }
    }
}
