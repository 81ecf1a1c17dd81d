package nl.spoorzoeker.instrument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The cards of the values card sort (issue 19 item 2): a work value each, with a short
 * explanation, in Dutch and English. Written for Spoorzoeker (the file's header says so), not
 * taken from a licensed card set. Read once; a damaged file fails at start.
 */
public final class Waardenkaarten {

    /** The card's name and explanation in both languages; {@code code} is what is stored. */
    public record Kaart(String code, String naamNl, String uitlegNl, String naamEn, String uitlegEn) {
        public String naam(Locale taal) {
            return "en".equals(taal.getLanguage()) ? naamEn : naamNl;
        }

        public String uitleg(Locale taal) {
            return "en".equals(taal.getLanguage()) ? uitlegEn : uitlegNl;
        }
    }

    private static final String BESTAND = "waarden-kaarten.tsv";
    private static final List<Kaart> KAARTEN = lees(Waardenkaarten.class.getResourceAsStream(BESTAND));

    private Waardenkaarten() {
    }

    /** Every card, in the order of the file (the order they are laid out). */
    public static List<Kaart> alle() {
        return KAARTEN;
    }

    public static Optional<Kaart> kaart(String code) {
        return KAARTEN.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** The card's name in the language, or the code itself for a card no longer in the set. */
    public static String naam(String code, Locale taal) {
        return kaart(code).map(k -> k.naam(taal)).orElse(code);
    }

    static List<Kaart> lees(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("values cards missing: " + BESTAND);
        }
        List<Kaart> kaarten = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String regel;
            while ((regel = r.readLine()) != null) {
                if (regel.isBlank() || regel.startsWith("#")) {
                    continue;
                }
                String[] d = regel.split("\t", -1);
                if (d.length != 5 || !d[0].matches("[A-Z_]{1,40}") || java.util.Arrays.stream(d).anyMatch(String::isBlank)) {
                    throw new IllegalStateException("values card line malformed: " + regel);
                }
                if (!codes.add(d[0])) {
                    throw new IllegalStateException("values card twice: " + d[0]);
                }
                kaarten.add(new Kaart(d[0], d[1].strip(), d[2].strip(), d[3].strip(), d[4].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kaarten.size() < Waardensortering.TOP) {
            throw new IllegalStateException("too few values cards: " + kaarten.size());
        }
        return List.copyOf(kaarten);
    }
}
