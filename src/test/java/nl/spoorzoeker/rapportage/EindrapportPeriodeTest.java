package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.rapportage.pdf.Rapportkop;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.uitkomst.UitkomstService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: an eindrapportage gave one figure with two start dates — "Het traject in het kort" counted
 * "van 22-01-2026" (the start of spoor 2) and the Samenvatting "in de periode 09-01-2026 t/m …" (the
 * report's period, from the opdracht) for the same count of contactmomenten. Read from the rendered PDF
 * as an assessor reads it: every count of contactmomenten, hours and sollicitaties that appears more than
 * once is given with the same period ("in deze periode" is the period in the report's head, "sinds de
 * start" the traject overview's), in Dutch and English, for an eindrapportage from the opdracht and one
 * from the start of spoor 2. The PDFs are kept under {@code target/eindrapport/}.
 */
class EindrapportPeriodeTest {

    private static final String D = "(\\d{2}-\\d{2}-\\d{4})";

    /** The sentences that give a figure with a period, in each language: kind → pattern (period groups, then figure groups). */
    private record Zinnen(Pattern kop, Pattern overzicht, Pattern samenvatting, Pattern activiteiten, Pattern uren,
                          Pattern verstuurd) {
    }

    private static Zinnen zinnen(String taal) {
        String duur = taal.equals("nl") ? "(\\d+ u(?: \\d+ min)?|\\d+ min)" : "(\\d+ h(?: \\d+ min)?|\\d+ min)";
        return taal.equals("nl")
                ? new Zinnen(Pattern.compile("Periode " + D + " t/m " + D),
                Pattern.compile("Van " + D + " tot en met " + D + ": (\\d+) contactmoment(?:en)?, " + duur
                        + " geboekt, (\\d+) sollicitatie"),
                Pattern.compile("In de periode " + D + " t/m " + D + " (?:waren|was) er (\\d+) contactmoment(?:en)? \\(" + duur + "\\)"),
                Pattern.compile("(\\d+) contactmoment(?:en)? in deze periode"),
                Pattern.compile("Deze periode " + duur + ", sinds de start " + duur),
                Pattern.compile("(\\d+) sollicitaties? verstuurd; de (?:afgesproken )?norm voor deze periode"))
                : new Zinnen(Pattern.compile("Period " + D + " to " + D),
                Pattern.compile("From " + D + " up to and including " + D + ": (\\d+) contacts?, " + duur
                        + " booked, (\\d+) application"),
                Pattern.compile("In the period " + D + " to " + D + " there (?:were|was) (\\d+) contacts? \\(" + duur + "\\)"),
                Pattern.compile("(\\d+) contacts? in this period"),
                Pattern.compile("This period " + duur + ", since the start " + duur),
                Pattern.compile("(\\d+) applications? (?:were |was )?sent; the (?:agreed )?norm for this period"));
    }

    @TempDir
    Path dir;

    @Test
    void everyFigureThatAppearsTwiceHasOnePeriod() throws Exception {
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            Demoset.load(db, CLOCK);
            DossierService dossiers = new DossierService(db, CLOCK);
            RapportService service = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                    new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                    new ProfielService(db, CLOCK), new FaseService(db, CLOCK), new UitkomstService(db, CLOCK));
            // The demo's longest traject: opdracht 30-12-2025, spoor 2 from 09-01-2026.
            Dossier d = dossiers.find(dossiers.list().stream().filter(r -> r.naam().equals("Anne-Marie van den Berg"))
                    .findFirst().orElseThrow().trajectId()).orElseThrow();
            LocalDate tot = LocalDate.now(CLOCK);
            int zinnenGelezen = 0;
            for (LocalDate van : List.of(d.traject().opdrachtdatum(), d.traject().startdatum())) {
                for (String taal : List.of("nl", "en")) {
                    Teksten tk = Teksten.voor(Locale.forLanguageTag(taal));
                    RapportModel leeg = service.model(d.id(), RapportSoort.EIND, van, tot, Rapportinvoer.LEEG);
                    RapportModel m = service.model(d.id(), RapportSoort.EIND, van, tot, new Rapportinvoer(
                            Voorinvulling.voor(leeg, tk), null, null, List.of(), List.of(), null, null));
                    byte[] pdf = RapportPdf.render(Privacypoort.concept(m, tk.taal()), new Rapportkop("P", null,
                            d.werknemer().naam(), d.opdrachtgeverNaam()), CLOCK.instant(), tk);
                    Path uit = Path.of("target", "eindrapport", "eind-" + van + "-" + taal + ".pdf");
                    Files.createDirectories(uit.getParent());
                    Files.write(uit, pdf);
                    zinnenGelezen += eenPeriodePerCijfer(RapportTekst.plat(RapportTekst.leesAlles(pdf)), zinnen(taal),
                            van + " " + taal);
                }
            }
            assertTrue(zinnenGelezen >= 4 * 5, "every kind of sentence was found: " + zinnenGelezen);
        }
    }

    /** Reads each figure with its period; fails where one figure of one kind stands with two periods. */
    private static int eenPeriodePerCijfer(String tekst, Zinnen z, String waar) {
        Map<String, Set<String>> perioden = new TreeMap<>();
        List<String> gelezen = new ArrayList<>();
        Matcher kop = vind(z.kop(), tekst, waar);
        String rapport = kop.group(1) + "–" + kop.group(2);
        Matcher o = vind(z.overzicht(), tekst, waar);
        String traject = o.group(1) + "–" + o.group(2);
        noteer(perioden, "contactmomenten " + o.group(3), traject);
        noteer(perioden, "uren " + o.group(4), traject);
        noteer(perioden, "sollicitaties " + o.group(5), traject);
        Matcher s = vind(z.samenvatting(), tekst, waar);
        noteer(perioden, "contactmomenten " + s.group(3), s.group(1) + "–" + s.group(2));
        noteer(perioden, "uren " + s.group(4), s.group(1) + "–" + s.group(2));
        Matcher u = vind(z.uren(), tekst, waar);
        noteer(perioden, "uren " + u.group(1), rapport);
        noteer(perioden, "uren " + u.group(2), traject);
        int n = 4;
        // Where they are printed (a voortgangsrapportage's log, the Sollicitaties part): "in deze periode".
        for (Matcher v = z.activiteiten().matcher(tekst); v.find(); n++) {
            noteer(perioden, "contactmomenten " + v.group(1), rapport);
        }
        for (Matcher v = z.verstuurd().matcher(tekst); v.find(); n++) {
            noteer(perioden, "sollicitaties " + v.group(1), rapport);
        }
        perioden.forEach((cijfer, bij) -> assertEquals(1, bij.size(),
                waar + ": " + cijfer + " is given for " + bij + " in " + tekst));
        return n;
    }

    private static void noteer(Map<String, Set<String>> perioden, String cijfer, String periode) {
        perioden.computeIfAbsent(cijfer, k -> new TreeSet<>()).add(periode);
    }

    private static Matcher vind(Pattern p, String tekst, String waar) {
        Matcher m = p.matcher(tekst);
        assertTrue(m.find(), waar + ": no " + p + " in " + tekst);
        return m;
    }
}
