package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.rapportage.pdf.Rapportkop;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.tijdlijn.LateStartUitzondering;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21 item 1: a case taken on in week 61 whose spoor 2 started after its deadline. The C01
 * blocker has an honest way out — the exception with its document, recorded on the traject and
 * printed in the report — and the takeover step turns the deadlines of others before the
 * assignment into "before the coach's assignment", on the timeline and in the report, without any
 * date being changed.
 */
class OvernameRapportTest {

    /** Sick day 1; the fixed clock (24-11-2026) is then in week 63. */
    static final LocalDate E = LocalDate.of(2025, 9, 16);
    static final LocalDate OPDRACHT = E.plusWeeks(60);
    static final LocalDate START = OPDRACHT.plusDays(2);
    static final LocalDate VANDAAG = LocalDate.now(CLOCK);

    @TempDir
    Path dir;
    Database db;
    TijdlijnService tijdlijnen;
    RapportService rapporten;
    Uwvtoets toets;
    int id;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        DossierService dossiers = new DossierService(db, CLOCK);
        tijdlijnen = new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD);
        rapporten = new RapportService(dossiers, tijdlijnen, new ContactService(db, CLOCK),
                new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK), new ProfielService(db, CLOCK),
                new FaseService(db, CLOCK));
        toets = new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD);
        int werkgever = new WerkgeverService(db, CLOCK).create(new Werkgever(null, "Bouwbedrijf Noord", null,
                Adres.LEEG, Contact.LEEG, Contact.LEEG, false));
        id = dossiers.create(new Werknemer(null, "Çiğdem Yılmaz-Łukasz", null, null, null, Adres.LEEG, null, null,
                false, null), werkgever, new Traject(null, E, OPDRACHT, START, null, 20 * 60, null, TrajectStatus.ACTIEF));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RapportModel model() {
        return rapporten.model(id, RapportSoort.VOORTGANG, START, VANDAAG, Rapportinvoer.LEEG);
    }

    private static boolean c01(List<Bevinding> b) {
        return b.stream().anyMatch(x -> x.controle().equals("C01") && x.ernst() == Bevinding.Ernst.BLOKKADE);
    }

    private static RapportModel.Termijn termijn(RapportModel m, MijlpaalSoort soort) {
        return m.termijnen().stream().filter(t -> t.soort().equals(soort.name())).findFirst().orElseThrow();
    }

    @Test
    void aLateStartIsLateOnTheTimelineAndBlocksUntilItsExceptionIsRecorded() throws Exception {
        var start = tijdlijnen.mijlpalen(id).stream().filter(m -> m.soort() == MijlpaalSoort.START_SPOOR_2)
                .findFirst().orElseThrow();
        assertTrue(start.teLaatGedaan(), "spoor 2 started after its deadline: shown as late, not as done");
        assertTrue(c01(toets.controleer(model(), I18n.locale())));

        assertThrows(IllegalArgumentException.class, () -> tijdlijnen.legUitzonderingVast(id,
                new LateStartUitzondering("reden", " ", null)), "an exception without its document is refused");
        tijdlijnen.legUitzonderingVast(id, new LateStartUitzondering(
                "Volgens de bedrijfsarts was deelname aan re-integratieactiviteiten tot 1 november niet mogelijk.",
                "Verklaring bedrijfsarts", LocalDate.of(2026, 10, 20)));
        RapportModel m = model();
        assertFalse(c01(toets.controleer(m, I18n.locale())), "the exception with its document lifts the blocker");
        assertEquals("Verklaring bedrijfsarts, 20-10-2026", m.traject().uitzonderingDocument());
        assertEquals(START, tijdlijnen.tijdlijn(id).trajectStart(), "no date was changed");

        String tekst = RapportTekst.plat(RapportTekst.lees(RapportPdf.render(Privacypoort.concept(m, I18n.locale()),
                new Rapportkop("P", null, "Çiğdem Yılmaz-Łukasz", null), CLOCK.instant(), I18n.teksten())));
        assertTrue(tekst.contains("tot 1 november niet mogelijk"), tekst);
        assertTrue(tekst.contains("Verklaring bedrijfsarts, 20-10-2026"), tekst);

        tijdlijnen.legUitzonderingVast(id, null);
        assertNull(tijdlijnen.tijdlijn(id).uitzondering());
        assertTrue(c01(toets.controleer(model(), I18n.locale())), "cleared again, the blocker is back");
    }

    @Test
    void theTakeoverStepMarksDeadlinesOfOthersBeforeTheAssignmentInOneWrite() throws Exception {
        RapportModel voor = model();
        assertEquals(RapportModel.TermijnStatus.NIET_VASTGELEGD.name(), termijn(voor, MijlpaalSoort.PROBLEEMANALYSE).status());
        assertTrue(tijdlijnen.mijlpalen(id).stream().anyMatch(m -> m.soort() == MijlpaalSoort.PROBLEEMANALYSE
                && m.status() == MijlpaalStatus.TE_LAAT));

        LocalDate pva = E.plusWeeks(8).minusDays(1);
        tijdlijnen.legOvernameVast(id, Map.of(MijlpaalSoort.PLAN_VAN_AANPAK, pva), EnumSet.of(
                MijlpaalSoort.PROBLEEMANALYSE, MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK, MijlpaalSoort.WEEKMELDING_42,
                MijlpaalSoort.EERSTEJAARSEVALUATIE));

        var mijlpalen = tijdlijnen.mijlpalen(id);
        assertTrue(mijlpalen.stream().noneMatch(m -> m.status() == MijlpaalStatus.TE_LAAT
                && m.deadline().isBefore(OPDRACHT) && m.soort() != MijlpaalSoort.START_SPOOR_2), mijlpalen.toString());
        assertEquals(pva, mijlpalen.stream().filter(m -> m.soort() == MijlpaalSoort.PLAN_VAN_AANPAK).findFirst()
                .orElseThrow().gedaanOp(), "a known date is recorded as the event itself");
        assertEquals(1, mijlpalen.stream().filter(m -> m.soort() == MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK
                && m.status() == MijlpaalStatus.VOOR_OPDRACHT).count(), "one row for the evaluations before the assignment");
        assertTrue(tijdlijnen.openTermijnen(28).stream().noneMatch(t -> t.mijlpaal().deadline().isBefore(OPDRACHT)
                        && t.mijlpaal().soort() != MijlpaalSoort.START_SPOOR_2),
                "Vandaag no longer lists what happened before the coach was there");

        RapportModel na = model();
        assertEquals(RapportModel.TermijnStatus.VOOR_OPDRACHT.name(), termijn(na, MijlpaalSoort.PROBLEEMANALYSE).status());
        assertEquals(RapportModel.TermijnStatus.GEDAAN.name(), termijn(na, MijlpaalSoort.PLAN_VAN_AANPAK).status());
        I18n.setLocale(java.util.Locale.forLanguageTag("nl-NL"));
        String tekst = RapportTekst.plat(RapportTekst.lees(RapportPdf.render(Privacypoort.concept(na, I18n.locale()),
                new Rapportkop("P", null, "Çiğdem Yılmaz-Łukasz", null), CLOCK.instant(), I18n.teksten())));
        assertTrue(tekst.contains("vóór de opdracht van de coach"), tekst);
        assertFalse(tekst.contains("te laat"), "no admission in the employer's evidence");

        tijdlijnen.trekVoorOpdrachtIn(id, MijlpaalSoort.PROBLEEMANALYSE);
        assertEquals(RapportModel.TermijnStatus.NIET_VASTGELEGD.name(), termijn(model(), MijlpaalSoort.PROBLEEMANALYSE).status());
        assertThrows(IllegalArgumentException.class, () -> tijdlijnen.legOvernameVast(id, Map.of(),
                EnumSet.of(MijlpaalSoort.VOORTGANGSRAPPORTAGE)), "the coach's own reports cannot be declared away");
        assertThrows(IllegalArgumentException.class, () -> tijdlijnen.legOvernameVast(id, Map.of(),
                EnumSet.of(MijlpaalSoort.START_SPOOR_2)), "nor a late start of spoor 2");
    }
}
