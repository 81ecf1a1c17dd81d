package nl.spoorzoeker.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Sectie;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.rapportage.pdf.Rapportkop;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.rapportage.Privacypoort;

/**
 * Renders eindrapportages repeatedly in one JVM: the first render (fonts and hyphenation patterns
 * loaded, classes warmed) and the warm median. Two cases: the issue-5 model (150 contactmomenten,
 * 120 sollicitaties), and a two-year traject that fills about 48 pages (the size issue 16 names).
 */
final class ReportBenchmark {

    private ReportBenchmark() {
    }

    /** The issue-5 case, kept so that figures stay comparable over time. */
    static RapportModel eindrapportage() {
        Random random = new Random(5);
        LocalDate van = LocalDate.of(2025, 9, 1);
        List<RapportModel.Activiteit> activiteiten = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            activiteiten.add(new RapportModel.Activiteit(van.plusDays(i * 3L), 60, "GESPREK_OP_LOCATIE",
                    NoteText.notitie(random, 3, 8), NoteText.notitie(random, 20, 60), NoteText.notitie(random, 5, 15),
                    null, i % 4 == 0));
        }
        List<RapportModel.Sollicitatie> sollicitaties = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            sollicitaties.add(new RapportModel.Sollicitatie(van.plusDays(30 + i * 3L),
                    NoteText.ORGANISATIES[random.nextInt(NoteText.ORGANISATIES.length)], NoteText.notitie(random, 1, 3),
                    "VACATURE", "AFGEWEZEN", i % 2 == 0));
        }
        List<RapportModel.Week> weken = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            weken.add(new RapportModel.Week(van.plusWeeks(10 + i), 240 + 120 * (i / 2), i < 20 ? 240 + 100 * (i / 2) : null));
        }
        Map<Sectie, String> teksten = new EnumMap<>(Sectie.class);
        for (Sectie s : Sectie.values()) {
            teksten.put(s, NoteText.notitie(random, 60, 200));
        }
        return new RapportModel(RapportSoort.EIND, van, van.plusWeeks(60),
                new RapportModel.Traject(van.minusWeeks(56), van, van.minusWeeks(4), van.minusWeeks(6), null, null, null,
                        null),
                activiteiten, new RapportModel.Sollicitaties(sollicitaties, 120, 2, 120, List.of(120, 18, 6, 2, 0)), 30,
                List.of(new RapportModel.Werkervaring("Kringloop Eemland", van.plusWeeks(10), van.plusWeeks(36), true,
                        "CONTRACT", null, van.plusWeeks(30), weken)),
                new RapportModel.Belastbaarheid(van.plusWeeks(40), "BEDRIJFSARTS", "FML", 24 * 60, false),
                new RapportModel.Profielen(true, List.of(new RapportModel.Zoekrichting("Baliemedewerker", "MBO 2", 20 * 60,
                        "Utrecht", "40 vacatures")), false), true, "Geen passende functies.", teksten,
                new RapportModel.Akkoord("Akkoord.", RapportModel.AkkoordSoort.GETEKEND, van.plusWeeks(60), null),
                List.of(), List.of(), List.of(), false, new RapportModel.Uren(1800, 9000, 9600));
    }

    private static final String[] ZOEKRICHTINGEN = {"Klantcontact", "Administratie", "Receptie", "Logistiek",
        "Facilitaire dienstverlening"};
    private static final String[] KANALEN = {"VACATURE", "OPEN_SOLLICITATIE", "NETWERK", "UITZENDBUREAU", "JOBHUNTER"};
    private static final String[] STANDEN = {"AFGEWEZEN", "AFGEWEZEN", "AFGEWEZEN", "VERSTUURD", "GESPREK",
        "INGETROKKEN", "TWEEDE_GESPREK"};

    /**
     * An eindrapportage of a traject of two years that ran its whole course: 440 sollicitaties
     * (four to five a week in the arbeidsmarkt phase, the norm four), every narrative section written out at the
     * length a coach writes for an eindrapportage, 36 goals, two werkervaringsplekken of 40 weeks,
     * eight bottlenecks and the statutory milestones: about 48 pages.
     */
    static RapportModel tweeJaar() {
        Random random = new Random(16);
        LocalDate van = LocalDate.of(2024, 11, 4);
        LocalDate tot = van.plusWeeks(104);
        List<RapportModel.Activiteit> activiteiten = new ArrayList<>();
        for (int i = 0; i < 310; i++) {
            activiteiten.add(new RapportModel.Activiteit(van.plusDays(i * 7L / 3), 60, "GESPREK_OP_LOCATIE",
                    NoteText.notitie(random, 3, 8), NoteText.notitie(random, 20, 60), NoteText.notitie(random, 5, 15),
                    null, i % 4 == 0));
        }
        List<RapportModel.Sollicitatie> sollicitaties = new ArrayList<>();
        for (int i = 0; i < 440; i++) {
            LocalDate verstuurd = van.plusWeeks(8).plusDays(i * 96L * 7 / 440);
            sollicitaties.add(new RapportModel.Sollicitatie(verstuurd,
                    NoteText.ORGANISATIES[random.nextInt(NoteText.ORGANISATIES.length)], NoteText.notitie(random, 1, 4),
                    KANALEN[random.nextInt(KANALEN.length)], STANDEN[random.nextInt(STANDEN.length)], i % 3 != 0,
                    ZOEKRICHTINGEN[random.nextInt(ZOEKRICHTINGEN.length)], verstuurd.plusDays(5 + random.nextInt(20)),
                    false));
        }
        List<RapportModel.Werkervaring> plekken = new ArrayList<>();
        for (String plek : new String[] {"Kringloop Eemland", "Gemeente Amersfoort, afdeling Burgerzaken"}) {
            LocalDate start = van.plusWeeks(plekken.isEmpty() ? 20 : 62);
            List<RapportModel.Week> weken = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                weken.add(new RapportModel.Week(start.plusWeeks(i), 240 + 60 * (i / 3), i < 38 ? 240 + 50 * (i / 3) : null));
            }
            plekken.add(new RapportModel.Werkervaring(plek, start, start.plusWeeks(40), true, "CONTRACT", null,
                    start.plusWeeks(36), weken));
        }
        Map<Sectie, String> teksten = new EnumMap<>(Sectie.class);
        for (Sectie s : Sectie.values()) {
            teksten.put(s, alineas(random, 5, 120, 220));
        }
        List<RapportModel.Doel> doelen = new ArrayList<>();
        String[] fasen = {"INTAKE", "ACCEPTATIE", "ROEPING", "ZOEKPROFIEL", "ARBEIDSMARKT", "WERKERVARING"};
        String[] doelstatus = {"BEHAALD", "BEHAALD", "VERVALLEN", "BEZIG"};
        for (int i = 0; i < 36; i++) {
            doelen.add(new RapportModel.Doel(fasen[i * fasen.length / 36], NoteText.notitie(random, 6, 14),
                    NoteText.notitie(random, 4, 10), van.plusWeeks(3L * i), doelstatus[random.nextInt(doelstatus.length)]));
        }
        List<RapportModel.Knelpunt> knelpunten = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            knelpunten.add(new RapportModel.Knelpunt(NoteText.notitie(random, 15, 40), i % 3 == 0,
                    i % 3 == 0 ? van.plusWeeks(10L * i) : null));
        }
        List<RapportModel.Termijn> termijnen = List.of(
                new RapportModel.Termijn("PROBLEEMANALYSE", 1, van.minusWeeks(50), van.minusWeeks(51), "GEDAAN"),
                new RapportModel.Termijn("PLAN_VAN_AANPAK", 1, van.minusWeeks(48), van.minusWeeks(48), "GEDAAN"),
                new RapportModel.Termijn("EERSTEJAARSEVALUATIE", 1, van.minusWeeks(4), van.minusWeeks(5), "GEDAAN"),
                new RapportModel.Termijn("ACTUEEL_OORDEEL", 1, tot.minusWeeks(12), tot.minusWeeks(13), "GEDAAN"),
                new RapportModel.Termijn("EINDRAPPORTAGE", 1, tot, null, "DEZE_RAPPORTAGE"),
                new RapportModel.Termijn("EINDEVALUATIE", 1, tot.plusWeeks(1), null, "NIET_VASTGELEGD"),
                new RapportModel.Termijn("WIA_AANVRAAG", 1, tot.plusWeeks(3), null, "NIET_VASTGELEGD"));
        return new RapportModel(RapportSoort.EIND, van, tot,
                new RapportModel.Traject(van.minusWeeks(56), van, van.minusWeeks(4), van.minusWeeks(6), null, null, null,
                        null),
                activiteiten, new RapportModel.Sollicitaties(sollicitaties, 440, 4, 384, List.of(440, 41, 12, 3, 1)), 64,
                plekken, new RapportModel.Belastbaarheid(van.plusWeeks(60), "BEDRIJFSARTS", "FML", 24 * 60, false),
                new RapportModel.Profielen(true, List.of(new RapportModel.Zoekrichting("Baliemedewerker", "MBO 2", 20 * 60,
                        "Utrecht", "40 vacatures")), false), true, "Geen passende functies bij de eigen werkgever.",
                teksten, new RapportModel.Akkoord(alineas(random, 1, 60, 120), RapportModel.AkkoordSoort.GETEKEND, tot,
                        null), List.of(), knelpunten, List.of(), true, new RapportModel.Uren(1800, 14_400, 15_000),
                doelen, termijnen);
    }

    /** {@code n} paragraphs of generated note text, each of {@code min}–{@code max} words. */
    private static String alineas(Random random, int n, int min, int max) {
        List<String> uit = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            uit.add(NoteText.notitie(random, min, max));
        }
        return String.join("\n\n", uit);
    }

    /**
     * First render, warm renders (wall ms), the CPU time of the rendering thread in those renders (on
     * a machine shared with others the wall time waits for the CPU; the CPU time does not), pages
     * and size of the PDF.
     */
    record Renders(double first, double[] warm, double[] cpu, int pages, int bytes) {
    }

    static List<String> report() throws Exception {
        Renders r = measure(eindrapportage());
        Renders groot = measure(tweeJaar());
        return List.of(
                Stats.row("report: eindrapportage (150 contacts, 120 sollicitaties), first render", r.first(), "ms",
                        r.pages() + " pages, " + r.bytes() / 1024 + " KB"),
                Stats.row("report: the same, warm (median of 20)", Stats.median(r.warm()), "ms",
                        String.format("p95 %.1f ms; CPU median %.1f ms", Stats.percentile(r.warm(), 95),
                                Stats.median(r.cpu()))),
                Stats.row("report: eindrapportage, two-year traject (440 sollicitaties), first", groot.first(), "ms",
                        groot.pages() + " pages, " + groot.bytes() / 1024 + " KB"),
                Stats.row("report: the same, warm (median of 20)", Stats.median(groot.warm()), "ms",
                        String.format("p95 %.1f ms; CPU median %.1f ms; goal <= 300 ms for 48 pages",
                                Stats.percentile(groot.warm(), 95), Stats.median(groot.cpu()))));
    }

    static Renders measure() throws Exception {
        return measure(eindrapportage());
    }

    static Renders measure(RapportModel model) throws Exception {
        Rapportkop kop = new Rapportkop("Re-integratiepraktijk De Brug", "Oudegracht 12, Utrecht", "Çiğdem Yılmaz",
                "Zorggroep De Linde");
        Instant nu = Instant.parse("2026-11-24T10:00:00Z");
        long t0 = System.nanoTime();
        byte[] eerste = RapportPdf.render(Privacypoort.concept(model, I18n.locale()), kop, nu, I18n.teksten());
        double eersteMs = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < 10; i++) {
            RapportPdf.render(Privacypoort.concept(model, I18n.locale()), kop, nu, I18n.teksten());
        }
        double[] warm = new double[20];
        double[] cpu = new double[warm.length];
        java.lang.management.ThreadMXBean draad = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warm.length; i++) {
            long c = draad.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            RapportPdf.render(Privacypoort.concept(model, I18n.locale()), kop, nu, I18n.teksten());
            warm[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (draad.getCurrentThreadCpuTime() - c) / 1e6;
        }
        int paginas;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(eerste)) {
            paginas = doc.getNumberOfPages();
        }
        return new Renders(eersteMs, warm, cpu, paginas, eerste.length);
    }
}
