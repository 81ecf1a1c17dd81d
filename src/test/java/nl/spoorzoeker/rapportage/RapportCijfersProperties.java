package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.rapportage.Proefdossier.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.DoelStatus;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.Rapportopbouw.Onderdeel;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.rapportage.pdf.Rapportkop;
import nl.spoorzoeker.rapportage.ui.UitHetDossier;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.ui.I18n;

/**
 * Issue 16 item 3 over generated dossiers: every figure a report prints twice is the same number,
 * and equal to what was recorded. Each try enters one dossier through the real services into one
 * practice file shared by the run — a spoor 2 start early or late, contacts and group sessions
 * around and on the edges of the periods, sollicitaties moving on before, in and after them, a
 * job market phase from a random day, goals changing status on random (sometimes the same) days —
 * renders all four report types for a random period each, reads the PDFs back and compares.
 */
class RapportCijfersProperties {

    private static Path dir;
    private static Database db;
    private static RapportService rapporten;
    private static int werkgeverId;
    private static List<Integer> anderen;
    private static int nummer;
    private static int rapportenGelezen;
    private static int vergeleken;
    private static long begonnen;
    private static boolean verschil;
    /** Nanoseconds spent entering dossiers, building models, rendering, reading PDFs back, comparing. */
    private static final long[] tijd = new long[5];
    /** How often the cases that matter came up, so a generator that stopped producing them shows. */
    private static final Map<String, Integer> gevallen = new java.util.TreeMap<>();

    @BeforeContainer
    static void open() throws Exception {
        begonnen = System.nanoTime();
        // A real SQLite file, in memory-backed /dev/shm where there is one: a few thousand small
        // transactions are the slowest part of the run, and their fsync is not what is tested here.
        Path shm = Path.of("/dev/shm");
        dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "rapportcijfers")
                : Files.createTempDirectory("rapportcijfers");
        db = Database.open(dir.resolve("spoorzoeker.db"));
        werkgeverId = new WerkgeverService(db, CLOCK).create(new Werkgever(null, "Proefwerkgever", null, Adres.LEEG,
                Contact.LEEG, Contact.LEEG, false));
        // The other participants of group sessions: made before every generated dossier, so their ids are lower.
        anderen = List.of(TestDossiers.create(db, "Deelnemer A"), TestDossiers.create(db, "Deelnemer B"),
                TestDossiers.create(db, "Deelnemer C"));
        rapporten = new RapportService(new DossierService(db, CLOCK),
                new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD), new ContactService(db, CLOCK),
                new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK), new ProfielService(db, CLOCK),
                new FaseService(db, CLOCK));
    }

    @AfterContainer
    static void close() throws Exception {
        System.out.printf("Figure consistency (generated): %d figures compared across %d reports of %d dossiers, %s,"
                        + " in %.1f s (entering %.1f s, models %.1f s, rendering %.1f s, reading back %.1f s, comparing"
                        + " %.1f s); cases: %s%n", vergeleken, rapportenGelezen, nummer, verschil ? "then a difference" : "all equal", (System.nanoTime() - begonnen) / 1e9,
                tijd[0] / 1e9, tijd[1] / 1e9, tijd[2] / 1e9, tijd[3] / 1e9, tijd[4] / 1e9, gevallen);
        db.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Provide
    Arbitrary<Proefdossier.Ruw> dossiers() {
        return Proefdossier.ruw();
    }

    @Property(tries = 200, shrinking = ShrinkingMode.OFF)
    void everyFigurePrintedTwiceIsTheSameNumberAndWhatWasRecorded(@ForAll("dossiers") Proefdossier.Ruw ruw)
            throws Exception {
        long t0 = System.nanoTime();
        Proefdossier d = new Proefdossier(ruw, ++nummer, anderen);
        int id = d.legVast(db, werkgeverId);
        tijd[0] += System.nanoTime() - t0;
        for (RapportSoort soort : RapportSoort.values()) {
            LocalDate van = d.perioden.get(soort)[0];
            LocalDate tot = d.perioden.get(soort)[1];
            long t1 = System.nanoTime();
            RapportModel m = rapporten.model(id, soort, van, tot, Rapportinvoer.LEEG);
            long t2 = System.nanoTime();
            byte[] pdf = RapportPdf.render(Privacypoort.concept(m, I18n.locale()), new Rapportkop("P", null, d.naam, null),
                    CLOCK.instant(), I18n.teksten());
            long t3 = System.nanoTime();
            String tekst = RapportTekst.plat(RapportTekst.lees(pdf));
            long t4 = System.nanoTime();
            try {
                vergeleken += new Lezing(d, soort, van, tot, m, tekst, UitHetDossier.regels(m)).controleer();
            } catch (AssertionError e) {
                verschil = true;
                throw e;
            }
            tijd[1] += t2 - t1;
            tijd[2] += t3 - t2;
            tijd[3] += t4 - t3;
            tijd[4] += System.nanoTime() - t4;
            rapportenGelezen++;
        }
    }

    private static void geval(String naam, boolean of) {
        if (of) {
            gevallen.merge(naam, 1, Integer::sum);
        }
    }

    /** One rendered report read back against the dossier it came from. */
    private record Lezing(Proefdossier d, RapportSoort soort, LocalDate van, LocalDate tot, RapportModel m,
                          String tekst, Map<String, String> blok) {

        private static final LocalDate OOIT = LocalDate.MIN;

        String waar() {
            return d + " " + soort + " " + van + " t/m " + tot + ": ";
        }

        boolean gesloten() {
            return soort == RapportSoort.EIND || d.afgerond;
        }

        int controleer() {
            Map<Onderdeel, String> delen = RapportTekst.delen(tekst, soort);
            // Every part of domain.md §3.2 for this type is there (delen fails otherwise), in order,
            // and none is a heading with nothing under it, for generated dossiers as for the demo ones.
            delen.forEach((o, inhoud) -> assertFalse(inhoud.isBlank(), waar() + "part " + o + " has a heading only"));
            int n = kop(delen.get(Onderdeel.GEGEVENS));
            n += termijnen(delen);
            assertFalse(tekst.contains(" te laat "), waar() + "'te laat' in an employer report");
            if (delen.containsKey(Onderdeel.ACTIVITEITEN)) {
                n += activiteiten(delen.get(Onderdeel.ACTIVITEITEN));
            }
            if (delen.containsKey(Onderdeel.NETWERK)) {
                n += netwerk(delen.get(Onderdeel.NETWERK));
            }
            int[] soll = null;
            if (delen.containsKey(Onderdeel.SOLLICITATIES)) {
                soll = new int[3];
                n += sollicitaties(delen, soll);
            }
            int[] uren = null;
            if (delen.containsKey(Onderdeel.UREN)) {
                uren = new int[2];
                n += uren(delen.get(Onderdeel.UREN), uren);
            }
            if (delen.containsKey(Onderdeel.TRAJECTOVERZICHT)) {
                n += trajectoverzicht(delen.get(Onderdeel.TRAJECTOVERZICHT), soll, uren);
            }
            if (delen.containsKey(Onderdeel.CHRONOLOGIE)) {
                n += chronologie(delen.get(Onderdeel.CHRONOLOGIE));
            }
            if (delen.containsKey(Onderdeel.DOELEN)) {
                n += doelen(delen.get(Onderdeel.DOELEN));
            }
            return n + editorblok(delen, soll, uren);
        }

        private Matcher regel(Pattern p, String label) {
            String tekst = blok.get(I18n.t(label));
            assertNotNull(tekst, waar() + "editor line " + label);
            Matcher x = p.matcher(tekst);
            assertTrue(x.matches(), waar() + "editor line " + label + ": " + tekst);
            return x;
        }

        /**
         * The editor's "Uit het dossier" block beside the narrative: its contacts with their hours,
         * its hours, sollicitaties against the norm, goals and next deadline are the numbers the
         * PDF prints ({@code soll}, {@code uren}: as printed there, null where this type has no such part).
         */
        private int editorblok(Map<Onderdeel, String> delen, int[] soll, int[] uren) {
            Matcher contacten = regel(RapportTekst.BLOK_CONTACTEN, "rapport.gegevens.contacten");
            assertEquals(d.contacten(van, tot), getal(contacten, 1), waar() + "contactmomenten, in the editor");
            int samen = RapportTekst.minuten(contacten.group(2));
            Matcher urenregel = regel(RapportTekst.BLOK_UREN, "rapport.gegevens.uren");
            int periode = RapportTekst.minuten(urenregel.group(1));
            assertEquals(periode, samen, waar() + "the hours with the contacts and 'deze periode' under Uren, in the editor");
            assertEquals(d.minuten(van, tot), periode, waar() + "hours in the period, in the editor");
            assertEquals(d.minuten(OOIT, tot), RapportTekst.minuten(urenregel.group(2)), waar() + "hours since the start, in the editor");
            int n = 4;
            if (uren != null) {
                assertEquals(uren[0], samen, waar() + "the editor's hours with the contacts and 'Deze periode' in the PDF");
                n++;
            }
            Matcher markt = regel(RapportTekst.BLOK_SOLLICITATIES, "rapport.gegevens.sollicitaties");
            List<Proefdossier.SollicitatieFeit> liepen = d.sollicitaties(van, tot);
            int verstuurd = (int) liepen.stream().filter(s -> Proefdossier.binnen(s.verstuurdOp(tot), van, tot)).count();
            assertEquals(verstuurd, getal(markt, 1), waar() + "sent, in the editor");
            Integer norm = d.normInPeriode(van, tot);
            assertEquals(norm == null ? null : norm.toString(), markt.group(2), waar() + "the norm, in the editor");
            assertEquals(d.netwerk(van, tot), getal(markt, 3), waar() + "netwerkcontacten, in the editor");
            n += 3;
            if (soll != null) {
                assertEquals(soll[0], getal(markt, 1), waar() + "sent, in the editor and the PDF");
                n++;
            }
            Matcher doelen = regel(RapportTekst.BLOK_DOELEN, "rapport.gegevens.doelen");
            List<Map.Entry<LocalDate, DoelStatus>> getoond = d.doelen.stream().filter(this::getoond).map(g -> g.op(tot))
                    .toList();
            assertEquals(getoond.size(), getal(doelen, 1), waar() + "goals, in the editor");
            assertEquals(getoond.stream().filter(w -> w.getValue() == DoelStatus.OPEN || w.getValue() == DoelStatus.BEZIG)
                    .count(), getal(doelen, 2), waar() + "open goals, in the editor");
            n += 2;
            String termijn = blok.get(I18n.t("rapport.gegevens.termijn"));
            Matcher pdf = RapportTekst.VOLGENDE.matcher(delen.get(Onderdeel.GEGEVENS));
            if (pdf.find()) {
                Matcher t = regel(RapportTekst.BLOK_TERMIJN, "rapport.gegevens.termijn");
                assertEquals(pdf.group(1), t.group(1), waar() + "the next deadline, in the editor and the PDF");
                assertEquals(pdf.group(2), t.group(2), waar() + "its date, in the editor and the PDF");
                n += 2;
            } else {
                assertEquals(I18n.t("rapport.gegevens.geen"), termijn, waar() + "no next deadline, in the editor either");
                n++;
            }
            return n;
        }

        /** Whether the goal is in the report: it existed by the period's end, and is not one dropped outside the period. */
        private boolean getoond(Proefdossier.DoelFeit g) {
            var op = g.op(tot);
            return op != null && !(op.getValue() == DoelStatus.VERVALLEN
                    && (g.streefdatum() == null || !Proefdossier.binnen(g.streefdatum(), van, tot)));
        }

        private Matcher vind(Pattern p, String deel, String wat) {
            Matcher x = p.matcher(deel);
            assertTrue(x.find(), waar() + wat + " not found in: " + kort(deel));
            return x;
        }

        private static String kort(String t) {
            return t.length() <= 600 ? t : t.substring(0, 600) + "…";
        }

        private static int getal(Matcher m, int groep) {
            return Integer.parseInt(m.group(groep));
        }

        /** The title block and data block: the period, the first sick day and the week of sickness at the period's end. */
        private int kop(String gegevens) {
            Matcher periode = vind(RapportTekst.PERIODE, tekst, "period");
            assertEquals(van, RapportTekst.datum(periode.group(1)), waar() + "first day of the period");
            assertEquals(tot, RapportTekst.datum(periode.group(2)), waar() + "last day of the period");
            Matcher ziek = vind(RapportTekst.ZIEKTEDAG, gegevens, "eerste ziektedag");
            assertEquals(d.eersteZiektedag, RapportTekst.datum(ziek.group(1)), waar() + "eerste ziektedag");
            Matcher week = vind(RapportTekst.VERZUIMWEEK, gegevens, "verzuimweek");
            assertEquals(tot, RapportTekst.datum(week.group(1)), waar() + "verzuimweek is at the period's end");
            assertNotNull(week.group(2), waar() + "verzuimweek printed");
            int verzuimweek = getal(week, 2);
            assertEquals(d.verzuimweek(tot), verzuimweek, waar() + "verzuimweek at the period's end");
            assertEquals((ChronoUnit.DAYS.between(RapportTekst.datum(ziek.group(1)), tot)) / 7 + 1, verzuimweek,
                    waar() + "verzuimweek agrees with the printed eerste ziektedag and period end");
            geval("eerste jaar", verzuimweek <= 52);
            geval("tweede jaar", verzuimweek > 52);
            geval("late start", d.start.isAfter(d.eersteZiektedag.plusWeeks(58)));
            return 5;
        }

        /**
         * The next statutory deadline: the data block and the Poortwachter part name the same one,
         * after the period, and the days to it are the days to it; a closed traject names none and
         * plans nothing.
         */
        private int termijnen(Map<Onderdeel, String> delen) {
            Matcher blok = RapportTekst.VOLGENDE.matcher(delen.get(Onderdeel.GEGEVENS));
            boolean inBlok = blok.find();
            String poortwachter = delen.get(Onderdeel.TERMIJNEN);
            if (gesloten()) {
                geval("gesloten", true);
                assertFalse(inBlok, waar() + "a closed traject's data block names a next deadline: " + (inBlok ? blok.group() : ""));
                if (poortwachter != null) {
                    assertFalse(RapportTekst.EERSTVOLGENDE.matcher(poortwachter).find(),
                            waar() + "a closed traject lists a next deadline");
                    assertFalse(poortwachter.contains(" " + I18n.t("rapport.termijnstatus.GEPLAND")),
                            waar() + "a closed traject lists a planned deadline: " + kort(poortwachter));
                }
                return 1;
            }
            int n = 0;
            if (inBlok) {
                LocalDate deadline = RapportTekst.datum(blok.group(2));
                assertTrue(deadline.isAfter(tot), waar() + "the next deadline lies after the period");
                assertEquals(ChronoUnit.DAYS.between(tot, deadline), getal(blok, 3), waar() + "days to the next deadline");
                n += 2;
            }
            if (poortwachter != null) {
                Matcher lijst = RapportTekst.EERSTVOLGENDE.matcher(poortwachter);
                boolean inLijst = lijst.find();
                assertEquals(inBlok, inLijst, waar() + "data block and Poortwachter part agree on a next deadline");
                if (inBlok) {
                    assertEquals(blok.group(1), lijst.group(1), waar() + "the same next deadline");
                    assertEquals(blok.group(2), lijst.group(2), waar() + "the same date of the next deadline");
                    n += 2;
                }
            }
            return n;
        }

        private int activiteiten(String deel) {
            int verwacht = d.contacten(van, tot);
            assertEquals(verwacht, m.activiteiten().size(), waar() + "the model's count of contactmomenten");
            if (verwacht == 0) {
                assertTrue(deel.contains(I18n.t("rapport.leeg.ACTIVITEITEN")), waar() + "no contacts, said so");
                return 1;
            }
            geval("groepssessie in periode", d.groepen.stream().anyMatch(g -> Proefdossier.binnen(g.dag(), van, tot)));
            Matcher aantal = vind(RapportTekst.CONTACTEN, deel, "count of contactmomenten");
            assertEquals(verwacht, getal(aantal, 1), waar() + "contactmomenten printed");
            int kop = deel.indexOf(I18n.t("rapport.kol.afspraken"), aantal.end());
            assertEquals(verwacht, RapportTekst.telRijen(deel.substring(kop)), waar() + "rows of the activity table");
            return 3;
        }

        private int netwerk(String deel) {
            int netwerk = d.netwerk(van, tot);
            int markt = d.marktcontacten(van, tot);
            if (netwerk == 0 && markt == 0) {
                assertTrue(deel.contains(I18n.t("rapport.leeg.NETWERK")), waar() + "no network activity, said so");
                return 1;
            }
            Matcher regel = vind(RapportTekst.NETWERK, deel, "network line");
            assertEquals(netwerk, getal(regel, 1), waar() + "netwerkcontacten");
            assertEquals(markt, getal(regel, 2), waar() + "employer and network contacts in the log");
            assertEquals(markt, RapportTekst.telRijen(deel.substring(regel.end())), waar() + "rows of the network table");
            return 3;
        }

        /** {@code uit}: sent in the period, sent before it, all that ran (for the traject overview). */
        private int sollicitaties(Map<Onderdeel, String> delen, int[] uit) {
            String deel = delen.get(Onderdeel.SOLLICITATIES);
            List<Proefdossier.SollicitatieFeit> liepen = d.sollicitaties(van, tot);
            int verstuurd = (int) liepen.stream().filter(s -> Proefdossier.binnen(s.verstuurdOp(tot), van, tot)).count();
            int eerder = (int) liepen.stream().filter(s -> s.verstuurdOp(tot) != null && s.verstuurdOp(tot).isBefore(van))
                    .count();
            int open = liepen.size() - verstuurd - eerder;
            Integer norm = d.normInPeriode(van, tot);
            uit[0] = verstuurd;
            uit[1] = eerder;
            uit[2] = liepen.size();
            int n = 0;
            assertEquals(norm != null && verstuurd < norm, delen.containsKey(Onderdeel.VERKLARING_NORM),
                    waar() + "an explanation of the norm exactly when fewer were sent than the norm");
            assertEquals(d.arbeidsmarktfase(van, tot) && liepen.isEmpty(),
                    delen.containsKey(Onderdeel.VERKLARING_GEEN_SOLLICITATIES),
                    waar() + "an explanation of no search activity exactly when the job market phase had none");
            Matcher normregel = RapportTekst.NORM.matcher(deel);
            assertEquals(norm != null, normregel.find(), waar() + "the norm line exactly when a norm applies");
            if (norm != null) {
                geval("norm", true);
                assertEquals(verstuurd, getal(normregel, 1), waar() + "sent, in the norm line");
                assertEquals(norm, getal(normregel, 2), waar() + "the norm for the period, from the job market's start");
                assertEquals(d.norm, getal(normregel, 3), waar() + "the norm per week");
                n += 3;
            }
            if (liepen.isEmpty()) {
                assertTrue(deel.contains(I18n.t("rapport.leeg.SOLLICITATIES")), waar() + "no sollicitaties, said so");
                return n + 1;
            }
            geval("eerder verstuurd", eerder > 0);
            geval("nog niet verstuurd", open > 0);
            geval("afgesloten na de periode", liepen.stream().anyMatch(s -> s.stappen().getLast().status().isAfgesloten()
                    && s.stappen().getLast().datum().isAfter(tot)));
            Matcher samen = vind(RapportTekst.SAMEN, deel, "sollicitatie summary");
            assertEquals(getal(samen, 1), getal(samen, 2) + getal(samen, 3) + getal(samen, 4), waar() + "the parts add up");
            assertEquals(liepen.size(), getal(samen, 1), waar() + "sollicitaties that ran in the period");
            assertEquals(verstuurd, getal(samen, 2), waar() + "sent in the period");
            assertEquals(eerder, getal(samen, 3), waar() + "sent before the period");
            assertEquals(open, getal(samen, 4), waar() + "not sent yet");
            n += 5;
            Matcher trechter = RapportTekst.TRECHTER.matcher(deel);
            if (verstuurd + eerder == 0) {
                assertFalse(trechter.find(), waar() + "a funnel of nothing sent");
            } else {
                assertTrue(trechter.find(), waar() + "funnel not found in: " + kort(deel));
                assertEquals(tot, RapportTekst.datum(trechter.group(1)), waar() + "the funnel is as of the period's end");
                assertEquals(verstuurd + eerder, getal(trechter, 2), waar() + "sent, in the funnel");
                SollicitatieStatus[] trede = {SollicitatieStatus.GESPREK, SollicitatieStatus.TWEEDE_GESPREK,
                        SollicitatieStatus.AANBOD, SollicitatieStatus.AANGENOMEN};
                for (int i = 0; i < trede.length; i++) {
                    SollicitatieStatus t = trede[i];
                    assertEquals(liepen.stream().filter(s -> s.bereikt(t, tot)).count(), getal(trechter, 3 + i),
                            waar() + t + ", in the funnel");
                }
                n += 6;
            }
            int kop = deel.indexOf(I18n.t("rapport.kol.bewijs"), samen.end());
            assertEquals(liepen.size(), RapportTekst.telDatums(deel.substring(kop)), waar() + "rows of the table");
            return n + 1;
        }

        /** {@code uit}: minutes in the period and since the start, as printed. */
        private int uren(String deel, int[] uit) {
            Matcher u = vind(RapportTekst.UREN, deel, "hours");
            uit[0] = RapportTekst.minuten(u.group(1));
            uit[1] = RapportTekst.minuten(u.group(2));
            geval("gedeelde groepstijd", d.groepen.stream().anyMatch(g -> g.declarabel() && g.aandeel() != g.eigen()
                    && Proefdossier.binnen(g.dag(), van, tot)));
            assertEquals(d.minuten(van, tot), uit[0], waar() + "declarable time in the period (group time shared)");
            assertEquals(d.minuten(OOIT, tot), uit[1], waar() + "declarable time up to the period's end");
            return 2;
        }

        /** The eindrapportage's overview: contacts, hours and sollicitaties of the whole traject by the period's end. */
        private int trajectoverzicht(String deel, int[] soll, int[] uren) {
            Matcher t = vind(RapportTekst.TRAJECT, deel, "traject overview");
            // From the first day anything it counts could lie: the period's start, the traject's, or an earlier fact.
            LocalDate begin = java.util.stream.Stream.concat(java.util.stream.Stream.of(van, d.start),
                    java.util.stream.Stream.concat(d.contactdagen().stream(), d.sollicitaties.stream().map(s -> s.datum())))
                    .filter(x -> !x.isAfter(tot)).min(LocalDate::compareTo).orElseThrow();
            assertEquals(begin, RapportTekst.datum(t.group(1)), waar() + "start in the overview");
            assertEquals(tot, RapportTekst.datum(t.group(2)), waar() + "end in the overview");
            assertEquals(d.contacten(OOIT, tot), getal(t, 3), waar() + "contactmomenten of the traject (group sessions count)");
            int geboekt = RapportTekst.minuten(t.group(4));
            assertEquals(d.minuten(OOIT, tot), geboekt, waar() + "hours booked, in the overview");
            int n = 4;
            if (uren != null) {
                assertEquals(uren[1], geboekt, waar() + "hours in the overview and 'sinds de start' under Uren");
                n++;
            }
            var alle = d.sollicitaties.stream().filter(s -> !s.datum().isAfter(tot)).toList();
            assertEquals(alle.size(), getal(t, 5), waar() + "sollicitaties of the traject");
            assertEquals(alle.stream().filter(s -> s.bereikt(SollicitatieStatus.GESPREK, tot)).count(), getal(t, 6),
                    waar() + "of which to an interview");
            assertEquals(alle.stream().filter(s -> s.bereikt(SollicitatieStatus.AANBOD, tot)).count(), getal(t, 7),
                    waar() + "of which to an offer");
            n += 3;
            // When the period covers every sollicitatie, the overview and the Sollicitaties part count the same ones.
            if (soll != null && soll[2] == alle.size()) {
                assertEquals(soll[2], getal(t, 5), waar() + "sollicitaties in the overview and the Sollicitaties part");
                n++;
            }
            return n;
        }

        /** Per phase started by the period's end: its dates and the contacts and sollicitaties in it. */
        private int chronologie(String deel) {
            List<Proefdossier.Fasefeit> fasen = d.fasen.stream().filter(f -> !f.start().isAfter(tot))
                    .sorted(Comparator.comparing(Proefdossier.Fasefeit::start)).toList();
            if (fasen.isEmpty()) {
                assertTrue(deel.contains(I18n.t("rapport.leeg.CHRONOLOGIE")), waar() + "no phases, said so");
                return 1;
            }
            Matcher rij = RapportTekst.FASERIJ.matcher(deel);
            int n = 0;
            for (Proefdossier.Fasefeit f : fasen) {
                assertTrue(rij.find(), waar() + "a row for phase " + f.soort() + " in: " + kort(deel));
                LocalDate eind = f.eind() == null || f.eind().isAfter(tot) ? null : f.eind();
                LocalDate tm = eind == null ? tot : eind;
                assertEquals(f.start(), RapportTekst.datum(rij.group(1)), waar() + f.soort() + " start");
                assertEquals(eind == null ? I18n.t("rapport.fase.lopend") : RapportTekst.datum(eind), rij.group(2),
                        waar() + f.soort() + " end");
                // A day counts in this phase only when no phase that started later also ran that day.
                List<Proefdossier.Fasefeit> later = fasen.subList(fasen.indexOf(f) + 1, fasen.size());
                java.util.function.Predicate<LocalDate> hier = dag -> Proefdossier.binnen(dag, f.start(), tm)
                        && later.stream().noneMatch(g -> Proefdossier.binnen(dag, g.start(),
                                g.eind() == null || g.eind().isAfter(tot) ? tot : g.eind()));
                geval("fasen overlappen", !later.isEmpty() && !later.getFirst().start().isAfter(tm));
                assertEquals(d.contactdagen().stream().filter(hier).count(), getal(rij, 3),
                        waar() + f.soort() + " contactmomenten (group sessions count, each day in one phase)");
                assertEquals(d.sollicitaties.stream().map(Proefdossier.SollicitatieFeit::datum).filter(hier).count(),
                        getal(rij, 4), waar() + f.soort() + " sollicitaties (each in one phase)");
                n += 4;
            }
            // The column adds up to the traject's own total, the same figure "Het traject in het kort" prints.
            Matcher totaal = Pattern.compile(Pattern.quote(I18n.t("rapport.fase.totaal")) + " (\\d+) (\\d+)").matcher(deel);
            assertTrue(totaal.find(), waar() + "a total row in: " + kort(deel));
            assertEquals(d.contactdagen().stream().filter(dag -> !dag.isAfter(tot)).count(), Long.parseLong(totaal.group(1)),
                    waar() + "phase table total contacts");
            assertEquals(d.sollicitaties.stream().filter(s -> !s.datum().isAfter(tot)).count(),
                    Long.parseLong(totaal.group(2)), waar() + "phase table total sollicitaties");
            return n + 2;
        }

        /** Each goal as it stood on the period's last day: its status and the day it took it; goals made later absent. */
        private int doelen(String deel) {
            List<String> tekens = new ArrayList<>();
            int n = 0;
            for (Proefdossier.DoelFeit g : d.doelen) {
                boolean getoond = getoond(g);
                assertEquals(getoond, deel.contains(g.teken()), waar() + "goal " + g.teken() + " " + g.statussen()
                        + (getoond ? " missing" : " shown"));
                if (getoond) {
                    tekens.add(g.teken());
                    geval("doel veranderd op dezelfde dag", g.statussen().stream().filter(w -> !w.getKey().isAfter(tot))
                            .map(Map.Entry::getKey).distinct().count() < g.statussen().stream()
                            .filter(w -> !w.getKey().isAfter(tot)).count());
                    geval("doel later veranderd", g.statussen().getLast().getKey().isAfter(tot));
                }
            }
            if (tekens.isEmpty()) {
                assertTrue(deel.contains(I18n.t("rapport.leeg.DOELEN")), waar() + "no goals, said so");
                return n + 1;
            }
            for (Proefdossier.DoelFeit g : d.doelen) {
                if (!tekens.contains(g.teken())) {
                    continue;
                }
                int begin = deel.indexOf(g.teken());
                int eind = tekens.stream().filter(x -> !x.equals(g.teken())).mapToInt(x -> deel.indexOf(x))
                        .filter(i -> i > begin).min().orElse(deel.length());
                String rij = deel.substring(begin, eind);
                var op = g.op(tot);
                for (DoelStatus s : DoelStatus.values()) {
                    assertEquals(s == op.getValue(), rij.contains(" " + I18n.t("doelstatus." + s.name()) + " "),
                            waar() + "goal " + g.teken() + " " + g.statussen() + " should read " + op.getValue() + ": " + rij);
                }
                Matcher datum = Pattern.compile("\\d{2}-\\d{2}-\\d{4}").matcher(rij);
                String laatste = null;
                while (datum.find()) {
                    laatste = datum.group();
                }
                assertEquals(RapportTekst.datum(op.getKey()), laatste, waar() + "goal " + g.teken() + " status since: " + rij);
                n += 2;
            }
            return n;
        }
    }
}
