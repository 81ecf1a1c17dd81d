package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.rapportage.pdf.Rapportkop;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.uitkomst.UitkomstService;

/**
 * Issue 17, one gate: every printed field of every report type is filled with medical phrases and
 * rendered; no phrase appears in the PDF's text (after unfolding ligatures), the concept shows the
 * marker instead, and a final is refused. The fields are found by this test's own walk over the
 * model's records, so a field added later is fuzzed too; only codes (enum names turned into labels)
 * and people's names are left as they are.
 */
class PrivacypoortTest {

    /** Components that are codes or names of people, as the model documents them (not text the coach writes about health). */
    private static final Set<String> NIET_VRIJ = Set.of("soort", "kanaal", "status", "beoogdeUitkomst", "bron",
            "documenttype", "fase", "labelKey", "conclusie", "volgendeMijlpaal", "trajectstatus", "vervoer",
            "ontbrekendeRivDelen", "contractvorm", "route", "gestoptDoor", "zachteResultaten", "werknemer", "naam", "contactpersoon", "casemanager", "arbeidsdeskundige", "bedrijfsarts", "coach");

    private static final List<String> ZINNEN = List.of(
            "na de burn-out", "zijn depressie", "een hernia", "haar epilepsie", "slikt antidepressiva",
            "loopt bij de psycholoog", "kreeg chemotherapie", "last van migraine", "heeft diabetes", "een angststoornis");

    @TempDir
    Path dir;

    private int teller;

    private final java.util.Random random = new java.util.Random(17);

    /**
     * The phrase as a hurried coach's word processor or a malicious paste delivers it: a soft hyphen
     * (Word's hyphenation), a zero-width space or joiner, or a Cyrillic look-alike letter, at random
     * places inside the words, or none at all.
     */
    private String vermom(String zin) {
        StringBuilder uit = new StringBuilder();
        for (char c : zin.toCharArray()) {
            int keus = random.nextInt(8);
            if (keus == 0 && c == 'e') {
                uit.append('\u0435'); // Cyrillic e
            } else if (keus == 1 && c == 'o') {
                uit.append('\u043E'); // Cyrillic o
            } else if (keus == 2 && c == 'a') {
                uit.append('\u0430'); // Cyrillic a
            } else {
                uit.append(c);
            }
            if (Character.isLetter(c)) {
                switch (random.nextInt(10)) {
                    case 0 -> uit.append('\u00AD'); // soft hyphen
                    case 1 -> uit.append('\u200B'); // zero-width space
                    case 2 -> uit.append('\u200D'); // zero-width joiner
                    default -> { }
                }
            }
        }
        return uit.toString();
    }

    /** Extracted text read the way the guard reads: invisible characters out, look-alikes folded, NFKC. */
    static String zoalsGelezen(String t) {
        String zonder = t.replaceAll("[\u00AD\u200B-\u200D\u2060\uFEFF]", "").replace('\u0435', 'e')
                .replace('\u043E', 'o').replace('\u0430', 'a');
        return Normalizer.normalize(zonder, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Puts a medical phrase into every free-text string of the model (found by walking the records). */
    private Object besmet(Object waarde, String naam, List<String> gezet) throws Exception {
        if (waarde == null) {
            return null;
        }
        if (waarde instanceof String s) {
            if (NIET_VRIJ.contains(naam)) {
                return s;
            }
            String zin = ZINNEN.get(teller++ % ZINNEN.size());
            gezet.add(zin);
            return s + " (" + vermom(zin) + ")";
        }
        if (waarde instanceof List<?> lijst) {
            List<Object> uit = new ArrayList<>();
            for (Object o : lijst) {
                uit.add(besmet(o, naam, gezet));
            }
            return uit;
        }
        if (waarde instanceof Map<?, ?> map) {
            Map<Sectie, Object> uit = new EnumMap<>(Sectie.class);
            for (var e : map.entrySet()) {
                uit.put((Sectie) e.getKey(), besmet(e.getValue(), naam, gezet));
            }
            return uit;
        }
        if (!waarde.getClass().isRecord()) {
            return waarde;
        }
        RecordComponent[] delen = waarde.getClass().getRecordComponents();
        Object[] nieuw = new Object[delen.length];
        Class<?>[] typen = new Class<?>[delen.length];
        for (int i = 0; i < delen.length; i++) {
            typen[i] = delen[i].getType();
            nieuw[i] = besmet(delen[i].getAccessor().invoke(waarde), delen[i].getName(), gezet);
        }
        var c = waarde.getClass().getDeclaredConstructor(typen);
        c.setAccessible(true);
        return c.newInstance(nieuw);
    }

    @Test
    void everyPrintedFieldOfEveryTypeIsRedactedInAConceptAndRefusedInAFinal() throws Exception {
        int rapporten = 0;
        int velden = 0;
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            Demoset.load(db, CLOCK);
            DossierService dossiers = new DossierService(db, CLOCK);
            // One closed traject with every text of its outcome filled, so those fields are fuzzed too.
            var uitkomsten = new UitkomstService(db, CLOCK);
            uitkomsten.wijzig(dossiers.list().stream().filter(r -> r.status() != TrajectStatus.ACTIEF)
                    .findFirst().orElseThrow().trajectId(), new Uitkomst(
                    Uitkomst.Soort.GEPLAATST_EXTERN, LocalDate.now(CLOCK),
                    new Uitkomst.Plaatsing("Bakkerij Vos", "Verkoper",
                            Uitkomst.Contractvorm.TIJDELIJK,
                            Uitkomst.Route.NETWERK, LocalDate.now(CLOCK), false, 24 * 60), null,
                    "Toelichting", java.util.EnumSet.allOf(Uitkomst.ZachtResultaat.class),
                    "Opmerking"));
            RapportService service = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                    new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                    new ProfielService(db, CLOCK), new FaseService(db, CLOCK), uitkomsten);
            Privacypoort poort = new Privacypoort(Privacytoets.standaard(), Locale.forLanguageTag("nl-NL"));
            for (var rij : dossiers.list()) {
                Dossier d = dossiers.find(rij.trajectId()).orElseThrow();
                for (RapportSoort soort : RapportSoort.values()) {
                    LocalDate[] p = RapportInhoudTest.periode(d, soort);
                    // Every section and the akkoord written too, so those fields exist to fill.
                    Map<Sectie, String> teksten = new EnumMap<>(Sectie.class);
                    for (Sectie s : Sectie.values()) {
                        teksten.put(s, "Tekst");
                    }
                    Rapportinvoer invoer = new Rapportinvoer(teksten, "Geen passend werk", new RapportModel.Akkoord(
                            "Eens", RapportModel.AkkoordSoort.WEIGERT, p[1], "Reden"), List.of(), List.of(
                            new RapportModel.Knelpunt("Knelpunt", true, null)), "Uitzondering", "Document");
                    RapportModel schoon = service.model(d.id(), soort, p[0], p[1], invoer, 1);
                    List<String> gezet = new ArrayList<>();
                    RapportModel besmet = (RapportModel) besmet(schoon, "", gezet);
                    velden += gezet.size();
                    String tekst = zoalsGelezen(RapportTekst.leesAlles(RapportPdf.render(
                            poort.bewaak(besmet, Privacypoort.Modus.CONCEPT), new Rapportkop("P", null,
                                    d.werknemer().naam(), d.opdrachtgeverNaam()), CLOCK.instant(), I18n.teksten())));
                    String waar = d.werknemer().naam() + " " + soort;
                    // Letters only: a character the font lacks prints as "?" and a soft hyphen as "-", and a
                    // reader still reads the word through them.
                    String letters = tekst.replaceAll("[^\\p{L}]", "");
                    for (String zin : ZINNEN) {
                        String kern = zin.substring(zin.lastIndexOf(' ') + 1).replaceAll("[^\\p{L}]", "");
                        assertFalse(letters.contains(kern), waar + ": '" + kern + "' reached the concept PDF");
                    }
                    if (!gezet.isEmpty()) {
                        assertTrue(tekst.contains("[medische informatie"), waar + ": the marker shows where text was removed");
                        assertEquals("rapport.fout.medisch", assertThrows(Weigering.class,
                                () -> poort.bewaak(besmet, Privacypoort.Modus.DEFINITIEF)).messageKey(), waar);
                    }
                    poort.bewaak(schoon, Privacypoort.Modus.CONCEPT);
                    rapporten++;
                }
            }
        }
        System.out.printf("Privacy gate: %d reports, %d printed fields each given a medical phrase (disguised with soft "
                + "hyphens, zero-width characters and Cyrillic look-alikes at random), 0 phrases in a PDF%n",
                rapporten, velden);
        assertTrue(velden > 500, "the walk found the printed fields: " + velden);
    }

    @Test
    void theRendererTakesOnlyWhatPassedTheGate() {
        for (var m : RapportPdf.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                for (Class<?> t : m.getParameterTypes()) {
                    assertFalse(t == RapportModel.class, m + " takes an unguarded model");
                }
            }
        }
        for (var c : Privacypoort.Bewaakt.class.getDeclaredConstructors()) {
            assertTrue(Modifier.isPrivate(c.getModifiers()), "only the gate makes a guarded model");
        }
        for (var c : Privacypoort.Getoetst.class.getDeclaredConstructors()) {
            assertTrue(Modifier.isPrivate(c.getModifiers()), "only the gate makes a read model");
        }
    }

    /**
     * Issue 21: a finalise reads every printed string once ({@link Privacypoort#toets}) and prints from that
     * reading. The reading holds the model it read, and printing walks every string of it again, so a string
     * the guard did not read cannot reach the PDF: not one of a model read by a gate that knew fewer names
     * (it is refused), and not a medical phrase in any field (each field found by this test's own walk).
     */
    @Test
    void aReportIsPrintedOnlyFromWhatThisGateRead() throws Exception {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.activiteiten.add(new RapportModel.Activiteit(UwvtoetsTest.VAN.plusDays(2), 90, "GROEPSSESSIE",
                "Netwerken in de groep", "Samen met Łukasz Żółć de pitch geoefend.", null, null, false));
        RapportModel schoon = b.bouw();
        Locale nl = Locale.forLanguageTag("nl-NL");
        Privacypoort metNamen = new Privacypoort(Privacytoets.standaard(), nl, List.of("Łukasz Żółć"));
        Privacypoort.Getoetst zonderNamen = new Privacypoort(Privacytoets.standaard(), nl).toets(schoon);
        assertTrue(zonderNamen.vondsten().isEmpty(), "the other gate finds nothing: it knows no names");
        assertThrows(IllegalArgumentException.class,
                () -> metNamen.bewaak(zonderNamen, Privacypoort.Modus.DEFINITIEF, Set.of()));
        assertThrows(Weigering.class, () -> metNamen.bewaak(metNamen.toets(schoon), Privacypoort.Modus.DEFINITIEF, Set.of()));

        List<String> gezet = new ArrayList<>();
        RapportModel besmet = (RapportModel) besmet(schoon, "", gezet);
        Privacypoort.Getoetst gelezen = metNamen.toets(besmet);
        assertTrue(gelezen.model() == besmet, "the reading holds the model it read");
        Set<String> velden = new java.util.HashSet<>();
        gelezen.vondsten().forEach(v -> velden.add(v.pad()));
        Privacypoort.Bewaakt bewaakt = metNamen.bewaak(gelezen, Privacypoort.Modus.CONCEPT, Set.of());
        assertEquals(velden.size(), gezet.size(), "every phrase put in was read where it stands: " + velden);
        String tekst = zoalsGelezen(RapportTekst.leesAlles(RapportPdf.render(bewaakt, new Rapportkop("P", null, "W", "G"),
                CLOCK.instant(), I18n.teksten()))).replaceAll("[^\\p{L}]", "");
        for (String zin : ZINNEN) {
            String kern = zin.substring(zin.lastIndexOf(' ') + 1).replaceAll("[^\\p{L}]", "");
            assertFalse(tekst.contains(kern), "'" + kern + "' reached the concept PDF");
        }
        assertThrows(Weigering.class, () -> metNamen.bewaak(gelezen, Privacypoort.Modus.DEFINITIEF, Set.of()));
    }

    @Test
    void aRedactionKeepsTheTextAroundTheHit() {
        Privacypoort poort = new Privacypoort(Privacytoets.standaard(), Locale.forLanguageTag("nl-NL"));
        String uit = poort.tekst("Medewerker receptie (ivm haar epilepsie geen nachtdienst)", Privacypoort.Modus.CONCEPT);
        assertTrue(uit.startsWith("Medewerker receptie (ivm haar [medische informatie"), uit);
        assertTrue(uit.endsWith("geen nachtdienst)"), uit);
        assertFalse(uit.toLowerCase(Locale.ROOT).contains("epilep"), uit);
        assertEquals("Kassamedewerker", poort.tekst("Kassamedewerker", Privacypoort.Modus.DEFINITIEF));
    }

    /** A paper of the werknemer's own, for {@link #aVacancyReferenceIsABsnOnlyInAReportForTheEmployer}. */
    record Blad(String functie, String toelichting) {
    }

    /**
     * Issue 21: "Medewerker planning, ref 123456782" — nine digits that pass the elfproef. In a report for the
     * employer any such number is a BSN (redacted in a concept, a final refused); on the werknemer's own paper
     * (werkboek, werknemerversie: {@code eigenKopie}; CV, letter: {@code zeef}) only with "BSN" or the like
     * beside it, or standing alone.
     */
    @Test
    void aVacancyReferenceIsABsnOnlyInAReportForTheEmployer() {
        String functie = "Medewerker planning, ref 123456782";
        Privacypoort poort = new Privacypoort(Privacytoets.standaard(), Locale.forLanguageTag("nl-NL"));
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.sollicitaties = new RapportModel.Sollicitaties(List.of(new RapportModel.Sollicitatie(UwvtoetsTest.VAN.plusDays(3),
                "Gemeente Utrecht", functie, "Vacature", "Verstuurd", true)), 12, 2, 12);
        RapportModel m = b.bouw();
        String geprint = poort.bewaak(m, Privacypoort.Modus.CONCEPT).model().sollicitaties().lijst().getFirst().functie();
        assertFalse(geprint.contains("123456782"), geprint);
        assertThrows(Weigering.class, () -> poort.bewaak(m, Privacypoort.Modus.DEFINITIEF));

        Blad blad = new Blad(functie, "Mijn BSN is 111222333.");
        Blad eigen = poort.eigenKopie(blad).model();
        assertEquals(functie, eigen.functie(), "the reference stays on the werknemer's own paper");
        assertEquals("Mijn BSN is [nummer weggelaten].", eigen.toelichting());
        Privacypoort.Gezeefd<Blad> cv = poort.zeef(blad);
        assertEquals(functie, cv.model().functie(), "and in the CV");
        assertEquals(null, cv.model().toelichting(), "a BSN in a CV goes with its passage");
    }

    /**
     * Issue 17 item 5: a group session's summary goes into every participant's report; naming another
     * werknemer of the practice there is redacted in a concept (the name absent from the PDF) and
     * refused in a final. The same name in an ordinary contact of this werknemer is left alone here.
     */
    @Test
    void aGroupSessionNamingAnotherParticipantIsRedacted() throws Exception {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.activiteiten.add(new RapportModel.Activiteit(UwvtoetsTest.VAN.plusDays(2), 90, "GROEPSSESSIE",
                "Netwerken in de groep", "Samen met Łukasz Żółć de pitch geoefend; mevrouw Raghoebarsing gaf feedback.",
                null, null, false));
        Privacypoort poort = new Privacypoort(Privacytoets.standaard(), Locale.forLanguageTag("nl-NL"),
                List.of("Łukasz Żółć", "Priya Raghoebarsing"));
        RapportModel m = b.bouw();
        var bewaakt = poort.bewaak(m, Privacypoort.Modus.CONCEPT);
        String tekst = RapportTekst.leesAlles(RapportPdf.render(bewaakt, new Rapportkop("P", null, "W", "G"),
                CLOCK.instant(), I18n.teksten()));
        assertFalse(tekst.contains("Żółć") || tekst.contains("Raghoebarsing"), "no other participant named in the PDF");
        // Read as one line: the narrow summary column breaks (and hyphenates) where its width says.
        assertTrue(RapportTekst.plat(tekst).contains("de pitch geoefend"), "the rest of the summary stays");
        assertEquals(2, bewaakt.vondsten().stream().filter(v -> v.treffer().categorie()
                == Categorie.ANDERE_DEELNEMER).count());
        assertThrows(Weigering.class, () -> poort.bewaak(m, Privacypoort.Modus.DEFINITIEF));
        assertTrue(new Privacypoort(Privacytoets.standaard(), Locale.forLanguageTag("nl-NL")).bewaak(m,
                Privacypoort.Modus.DEFINITIEF).vondsten().isEmpty(), "without the practice's names nothing is found");
    }
}
