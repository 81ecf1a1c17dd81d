package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.rapportage.pdf.Rapportkop;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.ui.I18n;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.fase.AdRapport;
import nl.spoorzoeker.fase.Belastbaarheid;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.Stap;

/**
 * Issue 16: every report type rendered for every demo dossier and read back as text. Each part
 * the type has (domain.md §3.2) is there with content under its heading — never an empty heading —
 * and what the coach recorded elsewhere in the dossier (belastbaarheid per rubriek, AD-rapport,
 * persoonsprofiel, intake answers, zoekrichtingen) is printed, looked up here in the services, not
 * in the model. Figures printed twice agree.
 */
class RapportInhoudTest {

    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    @TempDir
    Path dir;
    Database db;
    DossierService dossiers;
    RapportService rapporten;
    FaseService fasen;
    ProfielService profielen;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        dossiers = new DossierService(db, CLOCK);
        fasen = new FaseService(db, CLOCK);
        profielen = new ProfielService(db, CLOCK);
        rapporten = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                profielen, fasen);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A sensible period per type: intake at the start, the plan in its first weeks, progress the last six weeks, the end all of it. */
    static LocalDate[] periode(Dossier d, RapportSoort soort) {
        LocalDate vandaag = LocalDate.now(CLOCK);
        LocalDate begin = d.traject().startdatum() != null ? d.traject().startdatum()
                : d.traject().opdrachtdatum() != null ? d.traject().opdrachtdatum() : vandaag.minusWeeks(6);
        if (begin.isAfter(vandaag)) {
            begin = vandaag.minusWeeks(1);
        }
        return switch (soort) {
            case INTAKEVERSLAG -> new LocalDate[] {begin, min(begin.plusWeeks(3), vandaag)};
            case TRAJECTPLAN -> new LocalDate[] {begin, min(begin.plusWeeks(4), vandaag)};
            case VOORTGANG -> new LocalDate[] {max(begin, vandaag.minusWeeks(6).plusDays(1)), vandaag};
            case EIND -> new LocalDate[] {begin, vandaag};
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Test
    void everyPartOfEveryTypeIsThereWithContentAndWhatTheCoachRecordedIsPrinted() throws Exception {
        Rapportkop kopregel = new Rapportkop("Praktijk Test", "Straat 1", "x", "y");
        int rapporten = 0;
        int gecontroleerd = 0;
        for (var rij : dossiers.list()) {
            Dossier d = dossiers.find(rij.trajectId()).orElseThrow();
            for (RapportSoort soort : RapportSoort.values()) {
                LocalDate[] p = periode(d, soort);
                RapportModel m = this.rapporten.model(d.id(), soort, p[0], p[1], Rapportinvoer.LEEG);
                String ruw;
                byte[] pdf = RapportPdf.render(Privacypoort.concept(m, I18n.locale()),
                        new Rapportkop("Praktijk Test", "Straat 1", d.werknemer().naam(), d.opdrachtgeverNaam()),
                        CLOCK.instant(), I18n.teksten());
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    // Each glyph's own Unicode (the stripper's output expands ligatures; a viewer's search does not).
                    StringBuilder glyphs = new StringBuilder();
                    new PDFTextStripper() {
                        @Override
                        protected void writeString(String t, java.util.List<org.apache.pdfbox.text.TextPosition> p) {
                            p.forEach(x -> glyphs.append(x.getUnicode()));
                        }
                    }.getText(doc);
                    ruw = new PDFTextStripper().getText(doc);
                    assertFalse(glyphs.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06),
                            d.werknemer().naam() + " " + soort + ": a ligature glyph (a search for 'profiel' would miss it)");
                }
                String tekst = RapportTekst.plat(ruw);
                String waar = d.werknemer().naam() + " " + soort;
                // Every part in order, each followed by content before the next heading.
                int vanaf = 0;
                List<Integer> posities = new ArrayList<>();
                // The parts of this report: a vangnet traject has no spoor 1 part (Rapportopbouw.onderdelen).
                for (Rapportopbouw.Onderdeel o : Rapportopbouw.onderdelen(m)) {
                    int i = tekst.indexOf(RapportTekst.kop(o), vanaf);
                    if (i < 0 && RapportTekst.voorwaardelijk(o)) {
                        continue;
                    }
                    assertTrue(i >= 0, waar + ": part " + o + " (" + RapportTekst.kop(o) + ") missing or out of order");
                    posities.add(i);
                    posities.add(i + RapportTekst.kop(o).length());
                    vanaf = i + RapportTekst.kop(o).length();
                }
                for (int k = 1; k + 1 < posities.size(); k += 2) {
                    String inhoud = tekst.substring(posities.get(k), posities.get(k + 1)).strip();
                    assertFalse(inhoud.isEmpty(), waar + ": a heading with nothing under it at " + posities.get(k));
                }
                gecontroleerd += checkOpgeslagen(d, m, p[1], tekst, waar);
                assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf), waar + ": veraPDF PDF/A-2a and PDF/UA-1");
                rapporten++;
            }
        }
        System.out.printf("Report contents: %d reports (4 types x demo dossiers) read back and valid PDF/A-2a and "
                        + "PDF/UA-1, %d stored items found%n",
                rapporten, gecontroleerd);
        assertEquals(4 * dossiers.list().size(), rapporten);
    }

    /** What the services hold for this dossier, found in the text where its type prints it. Returns how many items were checked. */
    private int checkOpgeslagen(Dossier d, RapportModel m, LocalDate tot, String tekst, String waar) {
        RapportSoort soort = m.soort();
        List<Rapportopbouw.Onderdeel> delen = Rapportopbouw.onderdelen(m);
        int n = 0;
        // The data block names the werkgever's bedrijfsarts or arbodienst (names only, §3.2 B.1); a
        // vangnetter without werkgever has none (UWV's verzekeringsarts is no werkgever's).
        if (d.werkgever() != null) {
            assertTrue(d.werkgever().bedrijfsarts() != null && tekst.contains(RapportTekst.plat(d.werkgever().bedrijfsarts())),
                    waar + ": the bedrijfsarts in the data block");
            n++;
        }
        var overzicht = fasen.overzicht(d.id());
        if (delen.contains(Rapportopbouw.Onderdeel.BELASTBAARHEID)) {
            var b = overzicht.belastbaarheid().stream().filter(x -> !x.datum().isAfter(tot))
                    .max(Comparator.comparing(Belastbaarheid::datum));
            if (b.isPresent()) {
                for (String r : new String[] {b.get().persoonlijkFunctioneren(), b.get().dynamischeHandelingen(),
                        b.get().statischeHoudingen(), b.get().werktijd(), b.get().opbouwschema()}) {
                    if (r != null && !r.isBlank()) {
                        assertTrue(tekst.contains(RapportTekst.plat(r)), waar + ": belastbaarheid '" + r + "' not printed");
                        n++;
                    }
                }
                assertTrue(tekst.contains(D.format(b.get().datum())), waar + ": date of the belastbaarheid");
            }
        }
        var profiel = profielen.profielen(d.id());
        if (delen.contains(Rapportopbouw.Onderdeel.SPOOR1)) {
            var ad = profiel.adRapporten().stream().filter(a -> !a.datum().isAfter(tot))
                    .max(Comparator.comparing(AdRapport::datum));
            if (ad.isPresent()) {
                assertTrue(tekst.contains(D.format(ad.get().datum())), waar + ": date of the AD-rapport");
                assertTrue(tekst.contains(I18n.t("rapport.adrapport.conclusie." + ad.get().conclusie().name())),
                        waar + ": conclusion of the AD-rapport");
                n += 2;
            }
        }
        if (delen.contains(Rapportopbouw.Onderdeel.PERSOONSPROFIEL) && !profiel.persoonsprofielen().isEmpty()) {
            // The version as of the period's end; when every version was entered after it, the first
            // one (by time, then by number: the demo enters its versions in one go).
            var volgorde = Comparator.comparing(Persoonsprofiel::opgeslagenOp)
                    .thenComparing(Persoonsprofiel::versie);
            var pp = profiel.persoonsprofielen().stream()
                    .filter(p -> !LocalDate.ofInstant(p.opgeslagenOp(), java.time.ZoneId.of("Europe/Amsterdam")).isAfter(tot))
                    .max(volgorde).orElseGet(() -> profiel.persoonsprofielen().stream().min(volgorde).orElseThrow());
            for (String v : pp.velden().values()) {
                if (v != null && !v.isBlank()) {
                    assertTrue(tekst.contains(RapportTekst.plat(v)), waar + ": persoonsprofiel '" + v + "' not printed");
                    n++;
                }
            }
        }
        if (delen.contains(Rapportopbouw.Onderdeel.KENNISMAKING)) {
            var intakeStappen = overzicht.stappen().stream().filter(s -> s.fase() == FaseSoort.INTAKE)
                    .map(Stap::id).toList();
            for (var a : overzicht.antwoorden()) {
                if (intakeStappen.contains(a.stapId()) && !a.datum().isAfter(tot) && !a.antwoord().isBlank()) {
                    assertTrue(tekst.contains(RapportTekst.plat(a.antwoord())), waar + ": intake answer '" + a.antwoord() + "'");
                    n++;
                }
            }
        }
        if (delen.contains(Rapportopbouw.Onderdeel.ZOEKPROFIEL)) {
            for (var z : profiel.zoekprofielen().stream().limit(1).toList()) {
                for (var r : z.richtingen()) {
                    if (r.actief()) {
                        assertTrue(tekst.contains(r.functie().split(" ")[0]), waar + ": zoekrichting " + r.functie());
                        n++;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void everyFigurePrintedTwiceIsTheSameNumber() throws Exception {
        int vergeleken = 0;
        for (var rij : dossiers.list()) {
            Dossier d = dossiers.find(rij.trajectId()).orElseThrow();
            for (RapportSoort soort : RapportSoort.values()) {
                LocalDate[] p = periode(d, soort);
                RapportModel m = rapporten.model(d.id(), soort, p[0], p[1], Rapportinvoer.LEEG);
                String tekst = RapportTekst.plat(RapportTekst.lees(RapportPdf.render(Privacypoort.concept(m, I18n.locale()), new Rapportkop("P", null, d.werknemer().naam(), null),
                        CLOCK.instant(), I18n.teksten())));
                String waar = d.werknemer().naam() + " " + soort;
                Matcher samen = RapportTekst.SAMEN.matcher(tekst);
                if (samen.find()) {
                    int totaal = Integer.parseInt(samen.group(1));
                    int verstuurd = Integer.parseInt(samen.group(2));
                    int eerder = Integer.parseInt(samen.group(3));
                    int open = Integer.parseInt(samen.group(4));
                    assertEquals(totaal, verstuurd + eerder + open, waar + ": the parts add up");
                    Matcher norm = RapportTekst.NORM.matcher(tekst);
                    if (norm.find()) {
                        assertEquals(verstuurd, Integer.parseInt(norm.group(1)), waar + ": sent, in the norm line");
                        vergeleken++;
                    }
                    Matcher trechter = RapportTekst.TRECHTER.matcher(tekst);
                    assertTrue(trechter.find(), waar + ": funnel");
                    assertEquals(verstuurd + eerder, Integer.parseInt(trechter.group(2)), waar + ": sent, in the funnel");
                    // Rows of the table: each starts with its date; the table runs to the next part's heading.
                    int start = tekst.indexOf(I18n.t("rapport.kol.bewijs"), samen.end());
                    int eind = RapportTekst.volgendeKop(tekst, start);
                    assertEquals(totaal, RapportTekst.telDatums(tekst.substring(start, eind)), waar + ": rows of the table");
                    vergeleken += 3;
                }
                Matcher contacten = RapportTekst.CONTACTEN.matcher(tekst);
                if (contacten.find()) {
                    int start = tekst.indexOf(I18n.t("rapport.kol.afspraken"), contacten.end());
                    int eind = RapportTekst.volgendeKop(tekst, start);
                    assertEquals(Integer.parseInt(contacten.group(1)), m.activiteiten().size(), waar);
                    assertEquals(Integer.parseInt(contacten.group(1)), RapportTekst.telRijen(tekst.substring(start, eind)),
                            waar + ": rows of the activity table");
                    vergeleken += 2;
                }
                assertFalse(tekst.contains(" te laat "), waar + ": no 'te laat' in an employer report");
                if (soort == RapportSoort.EIND) {
                    assertFalse(tekst.contains("Eerstvolgende termijn: " + I18n.t("mijlpaal.EINDRAPPORTAGE")),
                            waar + ": the eindrapportage is not its own next deadline");
                }
            }
        }
        System.out.printf("Figure consistency: %d figures compared across %d reports, all equal%n", vergeleken,
                4 * dossiers.list().size());
        assertTrue(vergeleken > 10, "the demo dossiers have sollicitaties and contacts to compare: " + vergeleken);
    }
}
