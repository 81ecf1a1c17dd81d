package nl.spoorzoeker.bewaartermijn;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.I18n;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.klad.KladService;
import nl.spoorzoeker.store.Migrations;

/** Retention on a real SQLite file: the review list, the coach's choices, and deletion for good. */
class BewaartermijnServiceTest {

    @TempDir
    Path dir;

    private Database open() throws Exception {
        return Database.open(dir.resolve("spoorzoeker.db"));
    }

    @Test
    void deletionRemovesEverythingOfTheTrajectAndNothingOfAnother() throws Exception {
        try (Database db = open()) {
            VolTraject a = VolTraject.maak(db, "qzmerka", "AFGEROND", "2024-01-10", false, null);
            VolTraject b = VolTraject.maak(db, "qzmerkb", "GEARCHIVEERD", "2024-02-10", false, a.gedeeldeSessie);
            TestDossiers.create(db, "Actieve Andere");
            db.write(cfg -> cfg.dsl().execute("INSERT INTO concept (sleutel, inhoud, gewijzigd_op) VALUES "
                    + "('contact:nieuw:" + b.trajectId + "', 'x=qzmerkb', '2026-01-01T00:00:00Z')"));
            BewaartermijnService service = new BewaartermijnService(db, CLOCK);

            Map<String, Integer> voor = Tabellen.aantallen(db);
            Map<String, Integer> vanA = Tabellen.rijenMet(db, "qzmerka");
            Map<String, Integer> vanB = Tabellen.rijenMet(db, "qzmerkb");
            int indexVanA = db.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM zoek_fts WHERE traject_id = ? "
                    + "OR (bron = 4 AND bron_id = ?)", a.trajectId, a.eigenSessie)).intValue());
            assertTrue(indexVanA >= 7, "the notes of A are in the search index: " + indexVanA);

            Omvang omvang = service.omvang(a.trajectId);
            assertEquals(1, omvang.contactmomenten());
            assertEquals(1, omvang.sollicitaties());
            assertEquals(1, omvang.bijlagen());
            assertEquals(3, omvang.rapporten());
            assertEquals(2, omvang.definitieveRapporten());
            assertEquals(1, omvang.afspraken());
            assertTrue(omvang.werknemerGaatMee());
            assertTrue(omvang.werkgeverAlleen());
            assertEquals(Bewaarstaat.VERLOPEN, omvang.staat());

            Verwijdering v = service.verwijder(a.trajectId, "  werknemer QZMERKA ", false);

            Map<String, Integer> na = Tabellen.aantallen(db);
            Map<String, Integer> verwacht = new TreeMap<>(voor);
            v.rijen().forEach((tabel, n) -> verwacht.merge(tabel, -n, Integer::sum));
            verwacht.merge("zoek_fts", -indexVanA, Integer::sum);
            verwacht.merge("audit", 1, Integer::sum);
            verwacht.merge("verwijderd_aantal", 1, Integer::sum);
            assertEquals(verwacht, na, "row counts of every table: exactly what was reported gone, plus one log entry "
                    + "and one count");
            assertEquals(Map.of("werkgever", 1, "zoek_fts", 1), Tabellen.rijenMet(db, "qzmerka"),
                    "nothing of A is left but its werkgever, which the coach chose to keep, and its search entry");
            assertEquals(vanB, Tabellen.rijenMet(db, "qzmerkb"), "nothing of B changed");
            System.out.printf("Retention deletion: %d rows in %d tables removed (%s); A had rows in %d tables; "
                    + "B untouched in %d tables%n", v.totaal(), v.rijen().size(), v.rijen(), vanA.size(), vanB.size());

            // What was named in the report: every table of the traject, its werknemer, its own group session.
            for (String tabel : List.of("traject", "werknemer", "contactmoment", "rapport", "rapport_ontvanger",
                    "rapport_knelpunt", "rapport_erkenning", "sollicitatie", "sollicitatie_stap", "sollicitatie_bewijs",
                    "werkervaringsplek", "werkervaring_week", "werkervaring_evaluatie", "afspraak", "netwerkcontact",
                    "zoekprofiel", "zoekrichting", "persoonsprofiel", "ad_rapport", "belastbaarheid", "doel", "fase",
                    "gebeurtenis", "verzuimperiode", "stap_antwoord", "groepsdeelname", "groepssessie", "bewaring", "concept")) {
                assertTrue(v.rijen().containsKey(tabel), tabel + " in " + v.rijen());
            }
            assertEquals(3, v.rijen().get("rapport"));
            assertEquals(5, v.rijen().get("concept"));
            assertEquals(1, v.rijen().get("groepssessie"), "only the session nobody else attended");
            assertTrue(v.werknemerVerwijderd());
            assertFalse(v.werkgeverVerwijderd());
            assertTrue(v.logGeleegd(), "VACUUM and the TRUNCATE checkpoint ran");
            assertEquals(Verwijdering.Reden.TERMIJN_VERSTREKEN, v.reden());
            assertEquals(1, count(db, "SELECT count(*) FROM groepsdeelname WHERE groepssessie_id = " + a.gedeeldeSessie),
                    "the shared session keeps B");

            assertEquals(List.of(), db.read(ctx -> ctx.fetch("PRAGMA foreign_key_check").map(r -> r.toString())));
            assertEquals("ok", db.pragma("integrity_check"));
            assertEquals(0, count(db, "SELECT count(*) FROM verwijdering_bezig"), "the marker never outlives the deletion");

            AuditService.Regel log = new AuditService(db, CLOCK).alle().getFirst();
            assertEquals(Handeling.VERWIJDERING, log.handeling());
            assertEquals(a.trajectId, log.trajectId());
            assertFalse(log.omschrijving().contains("qzmerk") || log.omschrijving().toLowerCase().contains("werknemer q"),
                    log.omschrijving());
            assertTrue(log.omschrijving().contains("rapport 3"), log.omschrijving());
            assertEquals(List.of(new VerwijderdAantal(2026, 2024, Verwijdering.Reden.TERMIJN_VERSTREKEN, 1)),
                    service.verwijderdeAantallen());

            // B, deleted early with its werkgever: the count splits by reason and year of ending.
            service.zetEigenDatum(b.trajectId, LocalDate.of(2030, 1, 1));
            Verwijdering vb = service.verwijder(b.trajectId, "Werknemer qzmerkb", true);
            assertEquals(Verwijdering.Reden.VOORTIJDIG, vb.reden());
            assertTrue(vb.werkgeverVerwijderd());
            assertEquals(Map.of(), Tabellen.rijenMet(db, "qzmerkb"));
            assertEquals(0, count(db, "SELECT count(*) FROM groepssessie WHERE id = " + a.gedeeldeSessie),
                    "the shared session went with its last participant");
            assertEquals(List.of(new VerwijderdAantal(2026, 2024, Verwijdering.Reden.TERMIJN_VERSTREKEN, 1),
                    new VerwijderdAantal(2026, 2024, Verwijdering.Reden.VOORTIJDIG, 1)), service.verwijderdeAantallen());
            assertEquals(1, count(db, "SELECT count(*) FROM traject"), "the active dossier is still there");
        }
    }

    @Test
    void finalReportsAndTrajectenCannotBeDeletedByOrdinaryCode() throws Exception {
        try (Database db = open()) {
            VolTraject a = VolTraject.maak(db, "qzmerka", "AFGEROND", "2024-01-10", false, null);
            assertThrows(RuntimeException.class, () -> db.write(cfg -> cfg.dsl()
                    .execute("DELETE FROM rapport WHERE status = 'DEFINITIEF'")));
            assertThrows(RuntimeException.class, () -> db.write(cfg -> cfg.dsl()
                    .execute("DELETE FROM traject WHERE id = ?", a.trajectId)));
            assertEquals(3, count(db, "SELECT count(*) FROM rapport"));
            // A concept is the coach's to throw away, as before.
            assertEquals(1, (int) db.write(cfg -> cfg.dsl().execute("DELETE FROM rapport WHERE status = 'CONCEPT'")));
            // Even the marker does not open the way for a traject under a bewaarplicht or one still running.
            new BewaartermijnService(db, CLOCK).zetBewaarplicht(a.trajectId, Bewaarplicht.Reden.LOONSANCTIE, null);
            var fout = assertThrows(RuntimeException.class, () -> db.write(cfg -> {
                cfg.dsl().execute("INSERT INTO verwijdering_bezig (traject_id) VALUES (?)", a.trajectId);
                return cfg.dsl().execute("DELETE FROM traject WHERE id = ?", a.trajectId);
            }));
            assertTrue(String.valueOf(fout.getMessage()).contains("legal hold"), fout.getMessage());
            int actief = TestDossiers.create(db, "Lopend Traject");
            fout = assertThrows(RuntimeException.class, () -> db.write(cfg -> {
                cfg.dsl().execute("INSERT INTO verwijdering_bezig (traject_id) VALUES (?)", actief);
                return cfg.dsl().execute("DELETE FROM traject WHERE id = ?", actief);
            }));
            assertTrue(String.valueOf(fout.getMessage()).contains("active"), fout.getMessage());
            assertEquals(2, count(db, "SELECT count(*) FROM rapport WHERE status = 'DEFINITIEF'"));
            assertEquals(0, count(db, "SELECT count(*) FROM verwijdering_bezig"));
        }
    }

    @Test
    void refusedForAnActiveTrajectUnderABewaarplichtOrWithoutTheNameInDutch() throws Exception {
        try (Database db = open()) {
            BewaartermijnService service = new BewaartermijnService(db, CLOCK);
            VolTraject lopend = VolTraject.maak(db, "qzmerkl", "ACTIEF", null, false, null);
            VolTraject vast = VolTraject.maak(db, "qzmerkv", "AFGEROND", "2020-01-01", true, null);
            service.zetBewaarplicht(vast.trajectId, Bewaarplicht.Reden.ANDERS, "Procedure bij de kantonrechter");
            Map<String, Integer> voor = Tabellen.aantallen(db);

            assertRefused("bewaren.fout.actief", () -> service.verwijder(lopend.trajectId, lopend.naam, true));
            assertRefused("bewaren.fout.bewaarplicht", () -> service.verwijder(vast.trajectId, vast.naam, true));
            service.hefBewaarplichtOp(vast.trajectId);
            assertRefused("bewaren.fout.bevestiging", () -> service.verwijder(vast.trajectId, "Werknemer", true));
            assertRefused("bewaren.fout.bevestiging", () -> service.verwijder(vast.trajectId, null, true));
            assertRefused("bewaren.fout.bestaatNiet", () -> service.verwijder(9999, "x", true));
            assertRefused("bewaren.fout.actief", () -> service.zetBewaarplicht(lopend.trajectId,
                    Bewaarplicht.Reden.WIA_BESLISSING, null));
            assertRefused("bewaren.fout.toelichting", () -> service.zetBewaarplicht(vast.trajectId,
                    Bewaarplicht.Reden.ANDERS, "  "));
            assertRefused("bewaren.fout.voorEinde", () -> service.zetEigenDatum(vast.trajectId, LocalDate.of(2019, 1, 1)));
            assertRefused("bewaren.fout.eindeInToekomst", () -> service.zetEinddatum(vast.trajectId,
                    LocalDate.now(CLOCK).plusDays(1)));

            Map<String, Integer> na = Tabellen.aantallen(db);
            assertEquals(voor.get("traject"), na.get("traject"));
            assertEquals(voor.get("audit"), na.get("audit"), "a refusal deletes and logs nothing");
            assertEquals(voor.get("rapport"), na.get("rapport"));
            String nl = I18n.t("bewaren.fout.bewaarplicht");
            assertTrue(nl.contains("bewaarplicht"), nl);
        }
    }

    private static void assertRefused(String key, Runnable actie) {
        Weigering w = assertThrows(Weigering.class, actie::run);
        assertEquals(key, w.messageKey());
        assertFalse(I18n.t(key).startsWith("!"), "Dutch text for " + key);
    }

    @Test
    void theReviewListShowsWhatIsDueSoonOrHeldAndFollowsTheSettings() throws Exception {
        try (Database db = open()) {
            BewaartermijnService service = new BewaartermijnService(db, CLOCK); // today 2026-11-24
            int verlopen = VolTraject.maak(db, "qzv", "AFGEROND", "2024-10-01", false, null).trajectId;
            int binnenkort = VolTraject.maak(db, "qzb", "AFGEROND", "2025-02-01", false, null).trajectId;
            int erd = VolTraject.maak(db, "qze", "AFGEROND", "2024-10-01", true, null).trajectId;
            int vast = VolTraject.maak(db, "qzh", "GEARCHIVEERD", "2023-01-01", false, null).trajectId;
            VolTraject.maak(db, "qza", "ACTIEF", null, false, null);
            service.zetBewaarplicht(vast, Bewaarplicht.Reden.BEZWAAR_BEROEP, null);

            List<Bewaarregel> lijst = service.overzicht(false);
            assertEquals(List.of(vast, verlopen, binnenkort), lijst.stream().map(Bewaarregel::trajectId).toList());
            Bewaarregel v = lijst.get(1);
            assertEquals(Bewaarstaat.VERLOPEN, v.staat());
            assertEquals(LocalDate.of(2026, 10, 1), v.vervaldatum());
            assertEquals("Werknemer qzv", v.werknemer());
            assertEquals("Werkgever qzv", v.werkgever());
            assertEquals(Bewaarstaat.BINNENKORT, lijst.get(2).staat());
            Bewaarregel h = lijst.getFirst();
            assertEquals(Bewaarstaat.BEWAARPLICHT, h.staat());
            assertEquals(new Bewaarplicht(Bewaarplicht.Reden.BEZWAAR_BEROEP, null, LocalDate.of(2026, 11, 24)),
                    h.bewaarplicht());
            assertEquals(4, service.overzicht(true).size(), "every ended traject, the running one never");
            assertEquals(Bewaarstaat.BEWAREN, service.regel(erd).orElseThrow().staat());
            assertEquals(LocalDate.of(2029, 10, 1), service.regel(erd).orElseThrow().vervaldatum());

            service.bewaarTermijnen(new Bewaarregels.Termijnen(3, 2));
            assertEquals(new Bewaarregels.Termijnen(3, 2), service.termijnen());
            assertEquals(List.of(vast, erd), service.overzicht(false).stream().map(Bewaarregel::trajectId).toList());

            service.zetEigenDatum(verlopen, LocalDate.of(2026, 12, 1));
            assertEquals(Bewaarstaat.BINNENKORT, service.regel(verlopen).orElseThrow().staat());
            service.zetEigenDatum(verlopen, null);
            assertNull(service.regel(verlopen).orElseThrow().eigenDatum());
            service.zetEinddatum(verlopen, LocalDate.of(2020, 5, 5));
            assertEquals(LocalDate.of(2023, 5, 5), service.regel(verlopen).orElseThrow().vervaldatum());
            service.hefBewaarplichtOp(vast);
            assertEquals(Bewaarstaat.VERLOPEN, service.regel(vast).orElseThrow().staat());
        }
    }

    @Test
    void endingATrajectStartsItsTermAndReopeningStopsIt() throws Exception {
        try (Database db = open()) {
            int id = TestDossiers.create(db, "Afronder");
            DossierService dossiers = new DossierService(db, CLOCK);
            BewaartermijnService service = new BewaartermijnService(db, CLOCK);
            assertTrue(service.regel(id).orElseThrow().einddatum() == null);
            dossiers.setStatus(id, TrajectStatus.AFGEROND);
            LocalDate einde = service.regel(id).orElseThrow().einddatum();
            assertNotNull(einde, "the status change set the end date");
            assertTrue(Math.abs(einde.toEpochDay() - LocalDate.now().toEpochDay()) <= 1, einde.toString());
            service.zetEinddatum(id, LocalDate.of(2026, 3, 1));
            dossiers.setStatus(id, TrajectStatus.GEARCHIVEERD);
            assertEquals(LocalDate.of(2026, 3, 1), service.regel(id).orElseThrow().einddatum(), "archiving keeps it");
            dossiers.setStatus(id, TrajectStatus.ACTIEF);
            assertNull(service.regel(id).orElseThrow().einddatum(), "a reopened traject has not ended");
        }
    }

    /** V10 on a practice that already holds ended trajecten: they get the day of their last change. */
    @Test
    void theMigrationGivesEndedTrajectenTheDayOfTheirLastChange() throws Exception {
        Path file = dir.resolve("oud.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("9").load().migrate();
        try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.execute("PRAGMA user_version = 9");
            s.execute("INSERT INTO werkgever (naam, aangemaakt_op, gewijzigd_op) VALUES ('W', '2024-01-01T00:00:00Z', "
                    + "'2024-01-01T00:00:00Z')");
            s.execute("INSERT INTO werknemer (naam, aangemaakt_op, gewijzigd_op) VALUES ('N', '2024-01-01T00:00:00Z', "
                    + "'2024-01-01T00:00:00Z')");
            s.execute("INSERT INTO traject (werknemer_id, werkgever_id, eerste_ziektedag, status, aangemaakt_op, gewijzigd_op) "
                    + "VALUES (1, 1, '2022-01-01', 'AFGEROND', '2023-01-01T00:00:00Z', '2024-06-30T12:00:00Z'), "
                    + "(1, 1, '2022-01-01', 'ACTIEF', '2023-01-01T00:00:00Z', '2024-06-30T12:00:00Z')");
        }
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
            BewaartermijnService service = new BewaartermijnService(db, CLOCK);
            assertEquals(LocalDate.of(2024, 6, 30), service.regel(1).orElseThrow().einddatum());
            assertNull(service.regel(2).orElseThrow().einddatum());
        }
    }

    /**
     * Drafts hold what a coach typed about a werknemer: the deletion removes every draft of the
     * traject — those of the forms keyed by dossier (issue 21 item 3: afspraak, CV, belastbaarheid,
     * profiles…), its own edit form, its werkervaringsplek, the agenda's appointment draft that chose
     * it — and no draft of another dossier or of the practice.
     */
    @Test
    void deletionRemovesEveryDraftOfTheTrajectAndNoOther() throws Exception {
        try (Database db = open()) {
            VolTraject a = VolTraject.maak(db, "qzmerka", "AFGEROND", "2024-01-10", false, null);
            VolTraject b = VolTraject.maak(db, "qzmerkb", "GEARCHIVEERD", "2024-02-10", false, a.gedeeldeSessie);
            int plek = db.read(ctx -> ((Number) ctx.fetchValue("SELECT id FROM werkervaringsplek WHERE traject_id = ?",
                    a.trajectId)).intValue());
            var kladden = new KladService(db, CLOCK);
            List<String> vanA = List.of(KladSleutel.vanDossier(a.trajectId, "afspraak", null),
                    KladSleutel.vanDossier(a.trajectId, "afspraak", 7), KladSleutel.vanDossier(a.trajectId, "cv", 3),
                    KladSleutel.vanDossier(a.trajectId, "belastbaarheid", null), "dossier:" + a.trajectId,
                    "werkervaring:nieuw:" + a.trajectId, "werkervaring:" + plek, "werkgever:" + a.werkgeverId);
            List<String> anderen = List.of(KladSleutel.vanDossier(b.trajectId, "afspraak", null),
                    KladSleutel.vanDossier(b.trajectId, "cv", 3), "dossier:" + b.trajectId, "dossier:nieuw",
                    "instellingen:stap:nieuw:INTAKE", "werkgever:nieuw", "werkgever:" + b.werkgeverId);
            for (String sleutel : vanA) {
                kladden.bewaar(sleutel, Map.of("veld", "qzmerka"));
            }
            for (String sleutel : anderen) {
                kladden.bewaar(sleutel, Map.of("veld", "qzmerkb"));
            }
            kladden.bewaar(KladSleutel.AGENDA_AFSPRAAK, Map.of(KladSleutel.AGENDA_DOSSIER_VELD,
                    Integer.toString(a.trajectId), "afspraak-onderwerp", "qzmerka"));

            // With its werkgever, which had no other dossier: the draft of its edit form goes too.
            assertTrue(new BewaartermijnService(db, CLOCK).verwijder(a.trajectId, a.naam, true).werkgeverVerwijderd());

            for (String sleutel : vanA) {
                assertTrue(kladden.lees(sleutel).isEmpty(), sleutel + " was removed");
            }
            assertTrue(kladden.lees(KladSleutel.AGENDA_AFSPRAAK).isEmpty(), "the agenda draft that chose A");
            for (String sleutel : anderen) {
                assertTrue(kladden.lees(sleutel).isPresent(), sleutel + " stays");
            }

            // The agenda draft that chose another dossier stays when A's successor goes.
            kladden.bewaar(KladSleutel.AGENDA_AFSPRAAK, Map.of(KladSleutel.AGENDA_DOSSIER_VELD,
                    Integer.toString(b.trajectId), "afspraak-onderwerp", "qzmerkb"));
            VolTraject c = VolTraject.maak(db, "qzmerkc", "AFGEROND", "2024-01-10", false, null);
            new BewaartermijnService(db, CLOCK).verwijder(c.trajectId, c.naam, false);
            assertTrue(kladden.lees(KladSleutel.AGENDA_AFSPRAAK).isPresent(), "the agenda draft of B stays");
        }
    }

    @Test
    void everyTableIsEitherTheTrajectsOrThePractices() throws Exception {
        try (Database db = open()) {
            // A new table must be classified here, and if it holds a traject's data, removed by the
            // deletion (the canary test then finds any text it keeps).
            Set<String> vanTraject = Set.of("traject", "werknemer", "werkgever", "verzuimperiode", "gebeurtenis", "fase",
                    "stap_antwoord", "doel", "belastbaarheid", "ad_rapport", "persoonsprofiel", "zoekprofiel", "zoekrichting",
                    "contactmoment", "groepssessie", "groepsdeelname", "sollicitatie", "sollicitatie_stap",
                    "sollicitatie_bewijs", "netwerkcontact", "werkervaringsplek", "werkervaring_week",
                    "werkervaring_evaluatie", "afspraak", "concept", "zoek_fts", "rapport", "rapport_ontvanger",
                    "rapport_knelpunt", "rapport_erkenning", "bewaring", "voor_opdracht", "doel_status", "traject_uitkomst",
                    "traject_uitkomst_zacht", "traject_schaalmeting", "instrument_afname", "instrument_antwoord",
                    "kernkwadrant", "starr_verhaal", "starr_competentie", "cv_variant", "cv_highlight", "sollicitatiebrief",
                    "waardensortering", "waardenkaart", "drijfveren", "instrument_rapportkeuze",
                    "kernkwadrant_versie", "starr_versie",
                    "groepsprogramma", "programma_deelnemer", "bijeenkomst", "bijeenkomst_aanwezigheid");
            Map<String, Boolean> onbekend = new HashMap<>();
            for (String t : Tabellen.alle(db)) {
                if (!vanTraject.contains(t) && !Tabellen.VAN_DE_PRAKTIJK.contains(t)) {
                    onbekend.put(t, true);
                }
            }
            assertEquals(Map.of(), onbekend, "tables nobody decided about");
        }
    }

    private static int count(Database db, String sql) {
        return db.read(ctx -> ((Number) ctx.fetchValue(sql)).intValue());
    }
}
