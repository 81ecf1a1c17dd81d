package nl.spoorzoeker.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.spoorzoeker.report.RapportModel;
import nl.spoorzoeker.report.RapportSoort;
import nl.spoorzoeker.report.Sectie;
import nl.spoorzoeker.report.pdf.RapportPdf;
import nl.spoorzoeker.report.pdf.Rapportkop;

/**
 * Renders an eindrapportage with 150 contactmomenten and 120 sollicitaties (the size issue 5 names)
 * repeatedly in one JVM: the first render (fonts loaded, classes warmed) and the warm median.
 */
final class ReportBenchmark {

    private ReportBenchmark() {
    }

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

    /** First render, warm renders (ms), pages and size of the PDF. */
    record Renders(double first, double[] warm, int pages, int bytes) {
    }

    static List<String> report() throws Exception {
        Renders r = measure();
        return List.of(
                Stats.row("report: eindrapportage (150 contacts, 120 sollicitaties), first render", r.first(), "ms",
                        r.pages() + " pages, " + r.bytes() / 1024 + " KB"),
                Stats.row("report: the same, warm (median of 20)", Stats.median(r.warm()), "ms",
                        String.format("p95 %.1f ms; goal <= 300 ms", Stats.percentile(r.warm(), 95))));
    }

    static Renders measure() throws Exception {
        RapportModel model = eindrapportage();
        Rapportkop kop = new Rapportkop("Re-integratiepraktijk De Brug", "Oudegracht 12, Utrecht", "Çiğdem Yılmaz",
                "Zorggroep De Linde");
        Instant nu = Instant.parse("2026-11-24T10:00:00Z");
        long t0 = System.nanoTime();
        byte[] eerste = RapportPdf.render(nl.spoorzoeker.report.Privacypoort.concept(model), kop, nu);
        double eersteMs = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < 10; i++) {
            RapportPdf.render(nl.spoorzoeker.report.Privacypoort.concept(model), kop, nu);
        }
        double[] warm = new double[20];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            RapportPdf.render(nl.spoorzoeker.report.Privacypoort.concept(model), kop, nu);
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        int paginas;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(eerste)) {
            paginas = doc.getNumberOfPages();
        }
        return new Renders(eersteMs, warm, paginas, eerste.length);
    }
}
