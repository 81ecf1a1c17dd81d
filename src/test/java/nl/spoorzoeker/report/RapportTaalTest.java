package nl.spoorzoeker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.spoorzoeker.report.pdf.RapportPdf;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.ui.I18n;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The report's language is the one its caller gives, not the screen's (ADR 0008). The same report is
 * made in Dutch and in English at the same time, on several threads, while the screen is set to the
 * other language and switched back and forth: each PDF must be exactly what a calm, single-threaded
 * render in its language gives, and none may carry a text of the other language's bundle.
 */
class RapportTaalTest {

    private static final int PER_TAAL = 3;

    @AfterEach
    void terug() {
        I18n.setLocale(I18n.DUTCH);
    }

    @Test
    void dutchAndEnglishReportsMadeAtOnceEachStayInTheirLanguage() throws Exception {
        String nlAlleen = tekst(render(Teksten.nederlands()));
        String enAlleen = tekst(render(Teksten.engels()));
        List<String> nlZinnen = eigenZinnen("messages.properties", "messages_en.properties");
        List<String> enZinnen = eigenZinnen("messages_en.properties", "messages.properties");
        assertEquals(List.of(), gevonden(nlAlleen, enZinnen), "English bundle text in the Dutch report");
        assertEquals(List.of(), gevonden(enAlleen, nlZinnen), "Dutch bundle text in the English report");
        assertTrue(gevonden(nlAlleen, nlZinnen).size() > 20, "the check sees the report's own language");
        assertTrue(gevonden(enAlleen, enZinnen).size() > 20, "the check sees the report's own language");

        // The screen in English, and switching while the reports are made: a report that read the
        // screen's language would come out (partly) in the wrong one.
        I18n.setLocale(I18n.ENGLISH);
        AtomicBoolean klaar = new AtomicBoolean();
        Thread schakelaar = new Thread(() -> {
            while (!klaar.get()) {
                I18n.setLocale(I18n.isEnglish() ? I18n.DUTCH : I18n.ENGLISH);
                Thread.onSpinWait();
            }
        }, "taalschakelaar");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> nl = new ArrayList<>();
        List<Future<byte[]>> en = new ArrayList<>();
        try {
            for (int i = 0; i < PER_TAAL; i++) {
                nl.add(pool.submit(() -> {
                    start.await();
                    return render(Teksten.nederlands());
                }));
                en.add(pool.submit(() -> {
                    start.await();
                    return render(Teksten.engels());
                }));
            }
            schakelaar.start();
            start.countDown();
            for (Future<byte[]> f : nl) {
                assertEquals(nlAlleen, tekst(f.get(5, TimeUnit.MINUTES)), "a Dutch report made beside an English one");
            }
            for (Future<byte[]> f : en) {
                assertEquals(enAlleen, tekst(f.get(5, TimeUnit.MINUTES)), "an English report made beside a Dutch one");
            }
        } finally {
            klaar.set(true);
            schakelaar.join();
            pool.shutdownNow();
        }
        try (PDDocument nlDoc = Loader.loadPDF(render(Teksten.nederlands()));
             PDDocument enDoc = Loader.loadPDF(render(Teksten.engels()))) {
            assertEquals("nl-NL", nlDoc.getDocumentCatalog().getLanguage());
            assertEquals("en-GB", enDoc.getDocumentCatalog().getLanguage());
            assertEquals("Voortgangsrapportage", nlDoc.getDocumentInformation().getTitle());
            assertEquals("Progress report", enDoc.getDocumentInformation().getTitle());
        }
    }

    /** One progress report, its drafts written in {@code taal} as a new report's are, guarded and rendered in it. */
    private static byte[] render(Teksten taal) {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.teksten.putAll(Voorinvulling.voor(b.bouw(), taal));
        return RapportPdf.render(Privacypoort.concept(b.bouw(), taal.taal()), RapportPdfTest.KOP, RapportPdfTest.NU, taal);
    }

    private static String tekst(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return RapportPdfTest.tekst(doc);
        }
    }

    /**
     * The fixed parts (between placeholders) of the report's texts in one bundle that the other bundle
     * has nowhere: a sentence of at least 14 characters, so that a name or a number typed by the coach
     * cannot match one by chance.
     */
    private static List<String> eigenZinnen(String bestand, String ander) throws IOException {
        Properties eigen = bundel(bestand);
        Properties andere = bundel(ander);
        String alleAndere = String.join("\n", andere.values().stream().map(Object::toString).toList());
        List<String> zinnen = new ArrayList<>();
        for (String key : eigen.stringPropertyNames()) {
            if (!(key.startsWith("rapport.") || key.startsWith("voorinvulling.") || key.startsWith("mijlpaal.")
                    || key.startsWith("privacy.redactie"))) {
                continue;
            }
            for (String deel : eigen.getProperty(key).split("\\{[^}]*}|''|\\n")) {
                String zin = deel.strip();
                if (zin.length() >= 14 && !alleAndere.contains(zin)) {
                    zinnen.add(zin);
                }
            }
        }
        return zinnen;
    }

    private static List<String> gevonden(String tekst, List<String> zinnen) {
        String plat = tekst.replaceAll("\\s+", " ");
        return zinnen.stream().filter(plat::contains).distinct().toList();
    }

    private static Properties bundel(String bestand) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RapportTaalTest.class.getResourceAsStream("/nl/spoorzoeker/i18n/" + bestand)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
