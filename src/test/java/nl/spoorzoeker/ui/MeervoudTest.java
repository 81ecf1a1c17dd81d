package nl.spoorzoeker.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts in both bundles read as a person would write them: "1 sollicitatie", "2 sollicitaties",
 * never "1 sollicitaties" (issue 21). A count is written with a MessageFormat choice,
 * {@code {0,choice,0#{0} dagen|1#{0} dag|1<{0} dagen}}; the number inside is formatted in the
 * bundle's locale.
 *
 * <p>Nothing here is a hand list: the plural keys are the keys whose pattern has a choice, and the
 * plural nouns are read from those choices (the word after the number in the {@code 1<} branch
 * that differs from the one in the {@code 1#} branch). Every key of the bundle, choice or not, is
 * then rendered with 1 for each argument and must not put 1 before one of those plural nouns, so a
 * new "{0} sollicitaties" without a choice fails too.
 */
class MeervoudTest {

    private static final Pattern NA_GETAL = Pattern.compile("\\{(\\d+)}\\s+([\\p{L}][\\p{L}-]*)");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyPluralKeyRendersZeroOneAndTwoWithoutOnePlural(String bestand) throws IOException {
        Locale locale = bestand.contains("_en") ? I18n.ENGLISH : I18n.DUTCH;
        Properties bundle = bundle(bestand);
        List<String> keuzeSleutels = bundle.stringPropertyNames().stream().sorted()
                .filter(k -> bundle.getProperty(k).contains(",choice,")).toList();
        assertTrue(keuzeSleutels.size() > 40, "the plural keys were not found: " + keuzeSleutels);
        Set<String> meervouden = new TreeSet<>();
        for (String key : keuzeSleutels) {
            meervouden.addAll(meervoudsvormen(bundle.getProperty(key), locale));
        }
        assertTrue(meervouden.containsAll(locale == I18n.DUTCH ? Set.of("sollicitaties", "doelen", "netwerkcontacten")
                : Set.of("applications", "goals", "network contacts".split(" ")[1])), meervouden.toString());

        List<String> fouten = new ArrayList<>();
        Pattern eenMeervoud = Pattern.compile("(?<![\\d.,])1 (" + String.join("|", meervouden) + ")\\b");
        for (String key : bundle.stringPropertyNames().stream().sorted().toList()) {
            String pattern = bundle.getProperty(key);
            if (!pattern.contains("{")) {
                continue;
            }
            boolean keuze = keuzeSleutels.contains(key);
            for (int n : keuze ? new int[] {0, 1, 2, 1234} : new int[] {1}) {
                String tekst = assertDoesNotThrow(() -> render(pattern, locale, n), key);
                Matcher m = eenMeervoud.matcher(tekst);
                if (n == 1 && m.find()) {
                    fouten.add(key + ": \"" + tekst + "\" (1 " + m.group(1) + ")");
                }
                if (keuze && n == 1234 && !tekst.contains(NumberFormat.getIntegerInstance(locale).format(1234))) {
                    fouten.add(key + ": 1234 not written in the locale: " + tekst);
                }
                if (keuze && n == 2 && tekst.contains("{")) {
                    fouten.add(key + ": placeholder left in \"" + tekst + "\"");
                }
            }
        }
        assertTrue(fouten.isEmpty(), bestand + ":\n" + String.join("\n", fouten));
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void theOneBranchIsSingularWhereTheLanguageHasOne(String bestand) throws IOException {
        Locale locale = bestand.contains("_en") ? I18n.ENGLISH : I18n.DUTCH;
        Properties bundle = bundle(bestand);
        String een = render(bundle.getProperty("uwv.c08.onvolledig"), locale, 1);
        String twee = render(bundle.getProperty("uwv.c08.onvolledig"), locale, 2);
        assertFalse(een.equals(twee.replace('2', '1')), een + " / " + twee);
    }

    /** Plural nouns of one pattern: per choice, the word after the number in {@code 1<} unlike the one in {@code 1#}. */
    static Set<String> meervoudsvormen(String pattern, Locale locale) {
        Set<String> woorden = new TreeSet<>();
        Format[] formats = new MessageFormat(pattern, locale).getFormats();
        for (Format f : formats) {
            if (!(f instanceof ChoiceFormat keuze)) {
                continue;
            }
            double[] grenzen = keuze.getLimits();
            Object[] teksten = keuze.getFormats();
            String enkelvoud = null;
            String meervoud = null;
            for (int i = 0; i < grenzen.length; i++) {
                if (grenzen[i] == 1) {
                    enkelvoud = (String) teksten[i];
                } else if (grenzen[i] > 1) {
                    meervoud = (String) teksten[i];
                }
            }
            if (meervoud == null) {
                continue;
            }
            List<String> enkel = woordenNaGetal(enkelvoud);
            // A word that the singular also has (after its number, or anywhere when it spells the
            // number out: "One demo dossier") is not the plural form.
            Set<String> alleEnkel = enkelvoud == null ? Set.of()
                    : new java.util.HashSet<>(List.of(enkelvoud.toLowerCase(locale).split("[^\\p{L}]+")));
            for (String w : woordenNaGetal(meervoud)) {
                if (!enkel.contains(w) && !alleEnkel.contains(w.toLowerCase(locale))) {
                    woorden.add(w);
                }
            }
        }
        return woorden;
    }

    private static List<String> woordenNaGetal(String tekst) {
        List<String> woorden = new ArrayList<>();
        if (tekst != null) {
            Matcher m = NA_GETAL.matcher(tekst);
            while (m.find()) {
                woorden.add(m.group(2));
            }
        }
        return woorden;
    }

    private static String render(String pattern, Locale locale, int n) {
        Object[] args = new Object[10];
        Arrays.fill(args, n);
        return new MessageFormat(pattern, locale).format(args);
    }

    private static Properties bundle(String bestand) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MeervoudTest.class.getResourceAsStream("/nl/spoorzoeker/i18n/" + bestand)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
