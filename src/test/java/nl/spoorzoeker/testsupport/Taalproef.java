package nl.spoorzoeker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.ui.I18n;

/**
 * The check of {@code rapportage.RapportTaalTest}, for any printed document: its language is the one its
 * caller gives, not the screen's (ADR 0008). The document is made in Dutch while the screen is English
 * and in English while it is Dutch; then again in both languages at once, on several threads, while
 * the screen's language is switched back and forth. Each must read exactly as its calm render, and
 * neither may carry a sentence of the other language's bundle (from the keys the document uses).
 */
public final class Taalproef {

    /** A document rendered in one language, as the text its reader sees. */
    @FunctionalInterface
    public interface Document {
        String tekst(Teksten taal) throws Exception;
    }

    private static final int PER_TAAL = 3;

    private Taalproef() {
    }

    /** As {@link #tweeTalenTegelijk(Document, List, int, int)}, a bundle sentence being 10 characters or more. */
    public static void tweeTalenTegelijk(Document document, List<String> voorvoegsels, int minimaal) throws Exception {
        tweeTalenTegelijk(document, voorvoegsels, minimaal, 10);
    }

    /**
     * @param voorvoegsels the prefixes of the bundle keys the document prints (its own sentences)
     * @param minimaal     how many of its own language's sentences each rendering must show at least
     * @param zinLengte    how long a bundle sentence must be to count: long enough that a text typed by the
     *                     coach (in one language, printed in both) cannot match one by chance
     */
    public static void tweeTalenTegelijk(Document document, List<String> voorvoegsels, int minimaal, int zinLengte)
            throws Exception {
        Locale scherm = I18n.locale();
        try {
            // Each calm render with the screen in the other language: a builder that reads the screen fails here.
            I18n.setLocale(I18n.ENGLISH);
            String nlAlleen = document.tekst(Teksten.nederlands());
            I18n.setLocale(I18n.DUTCH);
            String enAlleen = document.tekst(Teksten.engels());
            assertNotEquals(nlAlleen, enAlleen, "the two languages give two documents");
            List<String> nlZinnen = eigenZinnen("messages.properties", "messages_en.properties", voorvoegsels, zinLengte);
            List<String> enZinnen = eigenZinnen("messages_en.properties", "messages.properties", voorvoegsels, zinLengte);
            assertEquals(List.of(), gevonden(nlAlleen, enZinnen), "English bundle text in the Dutch document");
            assertEquals(List.of(), gevonden(enAlleen, nlZinnen), "Dutch bundle text in the English document");
            assertTrue(gevonden(nlAlleen, nlZinnen).size() >= minimaal,
                    "the check sees the document's own language: " + gevonden(nlAlleen, nlZinnen));
            assertTrue(gevonden(enAlleen, enZinnen).size() >= minimaal,
                    "the check sees the document's own language: " + gevonden(enAlleen, enZinnen));

            AtomicBoolean klaar = new AtomicBoolean();
            Thread schakelaar = new Thread(() -> {
                while (!klaar.get()) {
                    I18n.setLocale(I18n.isEnglish() ? I18n.DUTCH : I18n.ENGLISH);
                    Thread.onSpinWait();
                }
            }, "taalschakelaar");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> nl = new ArrayList<>();
            List<Future<String>> en = new ArrayList<>();
            try {
                for (int i = 0; i < PER_TAAL; i++) {
                    nl.add(pool.submit(() -> {
                        start.await();
                        return document.tekst(Teksten.nederlands());
                    }));
                    en.add(pool.submit(() -> {
                        start.await();
                        return document.tekst(Teksten.engels());
                    }));
                }
                schakelaar.start();
                start.countDown();
                for (Future<String> f : nl) {
                    assertEquals(nlAlleen, f.get(5, TimeUnit.MINUTES), "a Dutch document made beside an English one");
                }
                for (Future<String> f : en) {
                    assertEquals(enAlleen, f.get(5, TimeUnit.MINUTES), "an English document made beside a Dutch one");
                }
            } finally {
                klaar.set(true);
                schakelaar.join();
                pool.shutdownNow();
            }
        } finally {
            I18n.setLocale(scherm);
        }
    }

    /**
     * The fixed parts (between placeholders) of the texts in one bundle under the given key prefixes
     * that the other bundle has nowhere, of at least {@code zinLengte} characters.
     */
    private static List<String> eigenZinnen(String bestand, String ander, List<String> voorvoegsels, int zinLengte)
            throws IOException {
        Properties eigen = bundel(bestand);
        String alleAndere = String.join("\n", bundel(ander).values().stream().map(Object::toString).toList());
        List<String> zinnen = new ArrayList<>();
        for (String key : eigen.stringPropertyNames()) {
            if (voorvoegsels.stream().noneMatch(key::startsWith)) {
                continue;
            }
            for (String deel : eigen.getProperty(key).split("\\{[^}]*}|''|\\n")) {
                String zin = deel.strip();
                if (zin.length() >= zinLengte && !alleAndere.contains(zin)) {
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
        try (InputStream in = Taalproef.class.getResourceAsStream("/nl/spoorzoeker/i18n/" + bestand)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
