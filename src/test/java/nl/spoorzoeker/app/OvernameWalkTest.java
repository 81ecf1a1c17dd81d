package nl.spoorzoeker.app;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.logboek.Contactmoment;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.fase.AdRapport;
import nl.spoorzoeker.fase.Belastbaarheid;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.Zoekprofiel;
import nl.spoorzoeker.fase.Zoekrichting;
import nl.spoorzoeker.rapportage.Bevinding;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Rapportinvoer;
import nl.spoorzoeker.rapportage.Sectie;
import nl.spoorzoeker.tijdlijn.LateStartUitzondering;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.praktijk.Praktijk;

/**
 * Issue 21, "a real case, start to final report": a new dossier in week 61 whose employer started
 * spoor 2 late, taken over, with the first weeks' record, to a voortgangsrapportage made final —
 * through the services the screens call, without changing any date of the dossier. Every blocker
 * on the way is resolved by recording what happened, never by editing a date.
 */
class OvernameWalkTest {

    static final LocalDate E = LocalDate.of(2025, 9, 16);
    static final LocalDate OPDRACHT = E.plusWeeks(60);
    static final LocalDate START = OPDRACHT.plusDays(2);
    static final LocalDate VANDAAG = LocalDate.now(CLOCK);

    @TempDir
    Path dir;

    @Test
    void aCaseTakenOnInWeek61ReachesAFinalVoortgangsrapportage() throws Exception {
        try (AppContext c = AppContext.open(new DataDirectory(dir), CLOCK)) {
            c.praktijk().save(new Praktijk("Anke de Coach", "Praktijk De Brug", null,
                    new Adres(null, null, null), null, null, null, null));
            int werkgever = c.werkgevers().create(new Werkgever(null, "Bouwbedrijf Noord", null, Adres.LEEG,
                    Contact.LEEG, Contact.LEEG, false));
            int id = c.dossiers().create(new Werknemer(null, "Çiğdem Yılmaz-Łukasz", null, null, null, Adres.LEEG,
                    "Uitvoerder", 32 * 60, false, null), werkgever,
                    new Traject(null, E, OPDRACHT, START, START.plusWeeks(30), 40 * 60, null, TrajectStatus.ACTIEF));

            // The takeover step: one known date, the rest before the assignment; the late start's exception.
            c.tijdlijn().legOvernameVast(id, Map.of(MijlpaalSoort.PLAN_VAN_AANPAK, E.plusWeeks(8).minusDays(2)),
                    EnumSet.of(MijlpaalSoort.PROBLEEMANALYSE, MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK,
                            MijlpaalSoort.WEEKMELDING_42, MijlpaalSoort.EERSTEJAARSEVALUATIE));
            c.tijdlijn().legUitzonderingVast(id, new LateStartUitzondering(
                    "Volgens de bedrijfsarts was deelname aan re-integratieactiviteiten tot 1 november niet mogelijk.",
                    "Verklaring bedrijfsarts", LocalDate.of(2026, 10, 20)));

            // What the coach records in the first weeks: the file she received and her own contacts.
            c.fasen().voegBelastbaarheidToe(id, new Belastbaarheid(null, LocalDate.of(2026, 10, 20),
                    Belastbaarheid.Bron.BEDRIJFSARTS, Belastbaarheid.DocumentType.FML, 5 * 60, 24 * 60,
                    "Opbouwen van 12 naar 24 uur per week", "Werk met voorspelbare taken", "Geen beperkingen",
                    null, "Niet tillen boven 10 kg", "Afwisselen van zitten en staan", "Overdag", false, true, null));
            c.profielen().voegAdRapportToe(id, new AdRapport(null, LocalDate.of(2026, 10, 1), "M. de Boer",
                    AdRapport.ConclusieSpoor1.NIET_MOGELIJK, "Werkvoorbereiding; planning"));
            c.profielen().bewaarPersoonsprofiel(id, new Persoonsprofiel(null, null, "mbo 4 bouwkunde",
                    "Twintig jaar uitvoerder", "Plannen, overzicht", "Techniek, organiseren", "RCE",
                    "Vakmanschap", "Betrouwbaarheid", null, "Dicht bij huis"));
            c.profielen().bewaarZoekprofiel(id, new Zoekprofiel(null, null, List.of(
                    new Zoekrichting("Werkvoorbereider bouw", "mbo 4", "Bouw", 24 * 60, "Binnen 30 minuten",
                            "Past bij ervaring en advies arbeidsdeskundige", true, null),
                    new Zoekrichting("Planner onderhoud", "mbo 4", "Techniek", 20 * 60, "Binnen 45 minuten",
                            "Plannen is een sterk punt", true, null))));
            for (LocalDate d = START; !d.isAfter(VANDAAG); d = d.plusDays(5)) {
                c.contacten().log(id, new Contactmoment(null, d.atTime(10, 0), 60, ContactSoort.GESPREK_OP_LOCATIE,
                        "werknemer, coach", "Kennismaking en zoekprofiel", "Dossier doorgenomen; zoekrichtingen besproken.",
                        "Volgende week vacatures", null, null, null, true));
            }

            RapportOpslag opslag = c.rapportOpslag();
            int rapport = opslag.nieuw(id, RapportSoort.VOORTGANG, START, VANDAAG, I18n.teksten());
            opslag.bewaar(rapport, new Rapportinvoer(Map.of(
                    Sectie.ANALYSE_PROFIELEN, "Ervaring als uitvoerder past bij werkvoorbereiding; plannen is een sterk punt.",
                    Sectie.BIJSTELLINGEN, "Geen bijstelling nodig: het traject is net gestart.",
                    Sectie.SAMENVATTING, "Traject overgenomen in week 61; dossier compleet gemaakt en gestart."),
                    "Geen passende functies bij de eigen werkgever (AD-rapport 01-10-2026).",
                    new RapportModel.Akkoord("Ik herken mij hierin.", RapportModel.AkkoordSoort.MONDELING, VANDAAG, null),
                    List.of(), List.of(), null, null));
            opslag.verzend(rapport, new Rapport.Verzending(RapportModel.OntvangerSoort.WERKNEMER, "Çiğdem Yılmaz-Łukasz",
                    VANDAAG, Rapport.Kanaal.PERSOONLIJK));

            var controle = opslag.controleer(rapport, I18n.teksten());
            List<String> blokkades = controle.bevindingen().stream().filter(b -> b.ernst() == Bevinding.Ernst.BLOKKADE)
                    .map(b -> b.controle() + " " + b.berichtKey()).toList();
            assertEquals(List.of(), blokkades, "no dead end: every blocker resolved by recording what happened");
            for (Bevinding w : controle.openWaarschuwingen()) {
                opslag.erken(rapport, w, "Besproken met de werkgever.");
            }
            var definitief = opslag.maakDefinitief(rapport, I18n.teksten());
            assertFalse(definitief.sha256().isBlank());
            // For a person to read as the assessor would (target/, not committed).
            java.nio.file.Files.createDirectories(Path.of("target", "rapporten"));
            java.nio.file.Files.write(Path.of("target", "rapporten", "overname-voortgang.pdf"), opslag.pdf(rapport));
            try (var doc = org.apache.pdfbox.Loader.loadPDF(opslag.pdf(rapport))) {
                String tekst = new org.apache.pdfbox.text.PDFTextStripper().getText(doc)
                        .replaceAll("\u00AD\\R", "").replaceAll("\\s+", " ");
                assertFalse(tekst.contains("›"), "a final report directs nobody to the app's screens: " + tekst);
                assertTrue(tekst.contains("vóór de opdracht van de coach") && tekst.contains("Verklaring bedrijfsarts"), tekst);
            }

            var traject = c.dossiers().find(id).orElseThrow().traject();
            assertEquals(E, traject.eersteZiektedag(), "no date was changed on the way");
            assertEquals(OPDRACHT, traject.opdrachtdatum());
            assertEquals(START, traject.startdatum());
            assertTrue(c.tijdlijn().mijlpalen(id).stream().anyMatch(m -> m.soort() == MijlpaalSoort.START_SPOOR_2
                    && m.teLaatGedaan()), "the late start stays late; its exception is what makes it acceptable");
        }
    }
}
