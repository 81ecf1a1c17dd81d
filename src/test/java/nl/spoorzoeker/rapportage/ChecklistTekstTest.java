package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.AdRapport;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.rapportage.pdf.Rapportkop;
import nl.spoorzoeker.testsupport.TestDossiers;

/**
 * Issue 21: no enum name reaches the UWV checklist. Every finding of every report type of every
 * demo dossier is rendered as the editor shows it, in Dutch and in English, and scanned for a run of
 * four or more capitals or underscores ("AD_RAPPORT", "(DIAGNOSE)"); every such report is also
 * rendered to PDF in both languages and its text scanned the same way. Acronyms that are words of
 * the trade are allowed by name, and so are headings the bundles write in capitals ("VERTROUWELIJK").
 */
class ChecklistTekstTest {

    /** Acronyms a coach writes and reads as words; anything else in capitals is a code leaking through. */
    static final Set<String> ACRONIEMEN = Set.of("UWV", "WIA", "WGA", "IVA", "KVK", "BSN", "RIASEC", "STARR", "PDF",
            "AVG", "WAZO", "WULBZ", "ARBO", "SHA");
    private static final Pattern CODE = Pattern.compile("[A-Z_]{4,}");

    @TempDir
    Path dir;
    Database db;
    DossierService dossiers;
    ProfielService profielen;
    RapportService rapporten;
    final Uwvtoets toets = new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD);

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        dossiers = new DossierService(db, CLOCK);
        profielen = new ProfielService(db, CLOCK);
        rapporten = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                profielen, new FaseService(db, CLOCK));
    }

    @AfterEach
    void close() {
        I18n.setLocale(I18n.DUTCH);
        db.close();
    }

    @Test
    void noCodeInAnyFindingOfAnyDemoReportInEitherLanguage() {
        List<String> codes = new ArrayList<>();
        int bevindingen = 0;
        for (Locale taal : List.of(I18n.DUTCH, I18n.ENGLISH)) {
            I18n.setLocale(taal);
            for (var rij : dossiers.list()) {
                Dossier d = dossiers.find(rij.trajectId()).orElseThrow();
                for (RapportSoort soort : RapportSoort.values()) {
                    LocalDate[] p = RapportInhoudTest.periode(d, soort);
                    for (Bevinding b : toets.controleer(rapporten.model(d.id(), soort, p[0], p[1], Rapportinvoer.LEEG), I18n.locale())) {
                        bevindingen++;
                        String tekst = b.tekst(I18n.teksten());
                        Matcher m = CODE.matcher(tekst);
                        while (m.find()) {
                            if (!ACRONIEMEN.contains(m.group())) {
                                codes.add(taal.getLanguage() + " " + soort + " " + b.controle() + ": " + tekst);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("Checklist texts: %d findings scanned in two languages%n", bevindingen);
        assertTrue(bevindingen > 20, "too few findings to judge: " + bevindingen);
        assertTrue(codes.isEmpty(), String.join("\n", codes));
    }

    @Test
    void noCodeInAnyDemoReportPdfInEitherLanguage() throws Exception {
        List<String> codes = new ArrayList<>();
        int paginas = 0;
        for (Locale taal : List.of(I18n.DUTCH, I18n.ENGLISH)) {
            I18n.setLocale(taal);
            for (var rij : dossiers.list()) {
                Dossier d = dossiers.find(rij.trajectId()).orElseThrow();
                for (RapportSoort soort : RapportSoort.values()) {
                    LocalDate[] p = RapportInhoudTest.periode(d, soort);
                    RapportModel m = rapporten.model(d.id(), soort, p[0], p[1], Rapportinvoer.LEEG);
                    byte[] pdf = RapportPdf.render(Privacypoort.concept(m, I18n.locale()),
                            new Rapportkop("Praktijk Test", "Straat 1", d.werknemer().naam(),
                                    d.opdrachtgeverNaam()), CLOCK.instant(), I18n.teksten());
                    String tekst = RapportTekst.leesAlles(pdf);
                    paginas++;
                    Matcher c = CODE.matcher(tekst);
                    while (c.find()) {
                        if (!ACRONIEMEN.contains(c.group()) && !hoofdletterwoorden().contains(c.group())) {
                            int i = c.start();
                            codes.add(taal.getLanguage() + " " + d.werknemer().naam() + " " + soort + ": …"
                                    + RapportTekst.plat(tekst.substring(Math.max(0, i - 40), Math.min(tekst.length(), i + 40))) + "…");
                        }
                    }
                }
            }
        }
        System.out.printf("Report PDFs: %d read back in two languages%n", paginas);
        assertTrue(codes.isEmpty(), String.join("\n", codes));
    }

    /**
     * Words the bundles themselves write in capitals as a whole text (a page's "VERTROUWELIJK"): a
     * deliberate heading, not a code that leaked through.
     */
    private static Set<String> hoofdletterwoorden() {
        Set<String> woorden = new java.util.HashSet<>();
        for (Locale taal : List.of(I18n.DUTCH, I18n.ENGLISH)) {
            java.util.ResourceBundle b = java.util.ResourceBundle.getBundle(I18n.BUNDLE, taal,
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : b.keySet()) {
                String v = b.getString(key);
                if (v.matches("[A-Z ]{4,}")) {
                    woorden.addAll(List.of(v.split(" ")));
                }
            }
        }
        return woorden;
    }

    @Test
    void c17CountsAnAdRapportRecordedUnderProfielen() {
        // Week 60, nothing on the timeline: C17 names the missing AD-rapport, in words.
        int id = TestDossiers.create(db, "Test Werknemer");
        LocalDate tot = LocalDate.now(CLOCK);
        LocalDate van = tot.minusWeeks(6).plusDays(1);
        String adRapport = I18n.t("gebeurtenis.AD_RAPPORT");
        List<String> voor = c17(id, van, tot);
        assertTrue(voor.stream().anyMatch(t -> t.contains(adRapport)), voor.toString());
        profielen.voegAdRapportToe(id, new AdRapport(null, tot.minusWeeks(8), "A. Deskundige",
                AdRapport.ConclusieSpoor1.NIET_MOGELIJK, "Administratief werk"));
        List<String> na = c17(id, van, tot);
        assertTrue(na.stream().noneMatch(t -> t.contains(adRapport)),
                "an AD-rapport recorded under Profielen still reported missing: " + na);
    }

    private List<String> c17(int dossierId, LocalDate van, LocalDate tot) {
        return toets.controleer(rapporten.model(dossierId, RapportSoort.VOORTGANG, van, tot, Rapportinvoer.LEEG), I18n.locale()).stream()
                .filter(b -> b.controle().equals("C17")).map(b -> b.tekst(I18n.teksten())).toList();
    }
}
