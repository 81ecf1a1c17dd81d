package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: Unicode must not walk around the guard. Invisible characters, look-alike letters from
 * other scripts, fullwidth letters and combining accents inside a medical word still give a hit,
 * and the hit points at the passage in the original text, invisible characters included, so the
 * caller can redact exactly that. Ordinary Dutch does not change under the normalisation.
 */
class PrivacyNormalisatieTest {

    static final Privacytoets TOETS = Privacytoets.standaard();
    static final String SHY = "\u00AD";
    static final String ZWSP = "\u200B";
    static final String ZWJ = "\u200D";
    static final String WJ = "\u2060";
    static final String BOM = "\uFEFF";
    static final String RLO = "\u202E";
    static final String PDF = "\u202C";
    static final String LRM = "\u200E";
    static final String RLI = "\u2067";
    static final String PDI = "\u2069";

    /** Latin letter → its Cyrillic or Greek look-alike, as the issue names them. */
    static final Map<Character, String> LOOKALIKE = Map.of('e', "\u0435", 'o', "\u043E", 'a', "\u0430", 'p', "\u0440",
            'c', "\u0441", 'x', "\u0445", 'i', "\u0456");

    static final List<String> MEDISCH = List.of("depressie", "migraine", "psycholoog", "oxazepam", "chemotherapie",
            "paniekaanvallen", "zwangerschap", "Parnassia");

    /** The single hit in {@code tekst}, which must report {@code term}. */
    static Treffer enige(String tekst, String term) {
        List<Treffer> treffers = TOETS.toets(tekst);
        assertEquals(1, treffers.size(), () -> zichtbaar(tekst) + " -> " + treffers);
        assertEquals(term.toLowerCase(Locale.ROOT), treffers.getFirst().term().toLowerCase(Locale.ROOT), zichtbaar(tekst));
        Treffer t = treffers.getFirst();
        assertEquals(tekst.substring(t.begin(), t.einde()), t.gevonden());
        return t;
    }

    /** Inserts {@code teken} after the second and the second-to-last letter: inside the word, never at an end. */
    static String binnenin(String woord, String teken) {
        int midden = woord.length() - 2;
        return woord.substring(0, 2) + teken + woord.substring(2, midden) + teken + woord.substring(midden);
    }

    @Test
    void invisibleCharactersInsideAWordDoNotHideIt() {
        for (String woord : MEDISCH) {
            for (String teken : List.of(SHY, ZWSP, ZWJ, WJ, BOM, LRM, RLO + PDF, RLI + PDI)) {
                String vervormd = binnenin(woord, teken);
                String tekst = "Werknemer noemde " + vervormd + " in het gesprek.";
                Treffer t = enige(tekst, woord);
                // The hit is the whole passage in the original, the invisible characters inside it included.
                assertEquals(vervormd, t.gevonden(), zichtbaar(tekst));
                assertEquals(tekst.indexOf(vervormd), t.begin());
                assertTrue(t.gevonden().contains(teken.substring(0, 1)), "the invisible character is inside the hit");
                assertEquals(woord, zonderOnzichtbaar(t.gevonden()), "and so is the visible word");
            }
        }
    }

    @Test
    void aSoftHyphenFromWordAndABidiOverrideAsTheyReallyOccur() {
        String tekst = "Sinds de burn-out is er sprake van overspan\u00ADnenheid en ge\u00ADheugenproblemen.";
        List<Treffer> treffers = TOETS.toets(tekst);
        assertEquals(List.of("burn-out", "overspan\u00ADnenheid", "ge\u00ADheugenproblemen"),
                treffers.stream().map(Treffer::gevonden).toList());
        Treffer t = enige("Diagnose: dep\u202Eressie", "depressie");
        assertEquals("dep\u202Eressie", t.gevonden());
    }

    @Test
    void lookAlikeLettersFromOtherScriptsAreReadAsLatin() {
        for (String woord : MEDISCH) {
            for (Map.Entry<Character, String> e : LOOKALIKE.entrySet()) {
                if (woord.indexOf(e.getKey()) < 0) {
                    continue;
                }
                String vervormd = woord.replace(String.valueOf(e.getKey()), e.getValue());
                Treffer t = enige("Er is sprake van " + vervormd + ".", woord);
                assertEquals(vervormd, t.gevonden());
            }
        }
        // Every look-alike the issue names at once, and the Greek omicron.
        String cyrillisch = "d\u0435pr\u0435ssi\u0435 \u0440sych\u043El\u043E\u043Eg migr\u0430ine \u0441hemo";
        assertEquals(List.of("depressie", "psycholoog", "migraine", "chemo"),
                TOETS.toets(cyrillisch).stream().map(Treffer::term).toList());
        assertEquals("psycholoog", enige("Bij de psych\u03BFl\u03BF\u03BFg.", "psycholoog").term());
        assertEquals("depressie", enige("\u0414\u0435\u043F\u0440\u0435\u0441\u0441\u0438\u044F and d\u0435pressie", "depressie").term(),
                "a Russian word stays Russian; the disguised Dutch one is caught");
        // Capital look-alikes: Cyrillic І is an I, not an l.
        assertEquals("migraine", enige("M\u0406GR\u0410\u0406N\u0415", "migraine").term());
    }

    @Test
    void fullwidthMathematicalAndLigatureFormsAreTheirPlainLetters() {
        assertEquals("ｄｅｐｒｅｓｓｉｅ", enige("Ｗｅｒｋｎｅｍｅｒ heeft ｄｅｐｒｅｓｓｉｅ", "depressie").gevonden());
        assertEquals("ＭＩＧＲＡＩＮＥ", enige("ＭＩＧＲＡＩＮＥ", "migraine").gevonden());
        assertEquals("\uD835\uDC1D\uD835\uDC1E\uD835\uDC29\uD835\uDC2B\uD835\uDC1E\uD835\uDC2C\uD835\uDC2C\uD835\uDC22\uD835\uDC1E",
                enige("\uD835\uDC1D\uD835\uDC1E\uD835\uDC29\uD835\uDC2B\uD835\uDC1E\uD835\uDC2C\uD835\uDC2C\uD835\uDC22\uD835\uDC1E!",
                        "depressie").gevonden(), "mathematical bold, surrogate pairs and all");
        assertEquals("Hoofdp\u0133n", enige("Hoofdp\u0133n", "hoofdpijn").gevonden(), "the Dutch ij ligature");
    }

    @Test
    void combiningAccentsInsideAWordAreIgnored() {
        for (String woord : MEDISCH) {
            String vervormd = woord.substring(0, 2) + "\u0301" + woord.substring(2, 4) + "\u0308\u0323" + woord.substring(4);
            assertEquals(vervormd, enige("Het gaat om " + vervormd + ".", woord).gevonden());
        }
    }

    @Test
    void aBsnWithInvisibleOrFullwidthDigitsIsStillABsn() {
        String tekst = "BSN 1234\u200B56782 en ook １２３４５６７８２";
        List<Treffer> treffers = TOETS.toets(tekst);
        assertEquals(List.of(Categorie.BSN, Categorie.BSN), treffers.stream().map(Treffer::categorie).toList());
        assertEquals("1234\u200B56782", treffers.get(0).gevonden());
        assertEquals("123456782", treffers.get(0).term());
        assertEquals("１２３４５６７８２", treffers.get(1).gevonden());
    }

    /** The old folding: lower case, accents off, five special letters. Ordinary words must fold the same now. */
    static String oudeVouw(String woord) {
        String zonder = Normalizer.normalize(woord.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return zonder.replace("ł", "l").replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("æ", "ae");
    }

    @Test
    void ordinaryDutchFoldsExactlyAsBeforeSoNoWordCanCollideIntoAMedicalOne() throws IOException {
        List<String> woorden = new ArrayList<>();
        for (String corpus : List.of("gewoon-corpus.txt", "medisch-corpus.txt")) {
            for (String zin : PrivacytoetsTest.corpus(corpus)) {
                woorden.addAll(List.of(zin.split("[^\\p{L}\\p{M}\\p{N}]+")));
            }
        }
        woorden.addAll(List.of("Çiğdem", "Zoë", "geïnteresseerd", "café", "reünie", "coördinator", "Ærø", "Łódź",
                "Straße", "rn", "Il", "cl", "vv", "rnaand", "modern", "Iil"));
        assertTrue(woorden.size() > 2500, "words: " + woorden.size());
        List<String> anders = woorden.stream().filter(w -> !w.isEmpty())
                .filter(w -> !Normalisatie.vouw(w).equals(oudeVouw(w))).distinct().toList();
        assertEquals(List.of(), anders, "ordinary words that fold differently now");
        for (char c = 'a'; c <= 'z'; c++) {
            assertEquals(String.valueOf(c), Normalisatie.vouwTeken(c));
            assertEquals(String.valueOf(c), Normalisatie.vouwTeken(Character.toUpperCase(c)));
        }
        assertEquals("modern", Normalisatie.vouw("modern"), "no skeleton: rn stays rn");
        assertEquals("ijverig", Normalisatie.vouw("\u0133verig"), "the one intended change: the ij ligature is i + j");
    }

    /** Disguises every letter it can: applied to whole corpora. */
    static final List<UnaryOperator<String>> VERMOMMINGEN = List.of(
            z -> woordVoorWoord(z, w -> binnenin(w, SHY)),
            z -> woordVoorWoord(z, w -> binnenin(w, ZWSP + ZWJ)),
            z -> woordVoorWoord(z, w -> binnenin(w, RLI) + PDI),
            z -> z.chars().mapToObj(c -> LOOKALIKE.getOrDefault((char) c, String.valueOf((char) c)))
                    .collect(Collectors.joining()),
            z -> z.chars().mapToObj(c -> c > 0x20 && c < 0x7F ? String.valueOf((char) (c + 0xFEE0)) : String.valueOf((char) c))
                    .collect(Collectors.joining()),
            z -> Normalizer.normalize(z, Normalizer.Form.NFD));

    static String woordVoorWoord(String zin, UnaryOperator<String> vorm) {
        StringBuilder uit = new StringBuilder();
        for (String deel : zin.split("(?<= )|(?= )")) {
            uit.append(deel.length() >= 5 && deel.chars().allMatch(Character::isLetter) ? vorm.apply(deel) : deel);
        }
        return uit.toString();
    }

    @Test
    void everyMedicalSentenceIsStillCaughtInDisguiseWithTheSameTerms() throws IOException {
        for (String zin : PrivacytoetsTest.corpus("medisch-corpus.txt")) {
            List<String> gewoon = TOETS.toets(zin).stream().map(Treffer::term).toList();
            for (int v = 0; v < VERMOMMINGEN.size(); v++) {
                String vermomd = VERMOMMINGEN.get(v).apply(zin);
                List<Treffer> treffers = TOETS.toets(vermomd);
                assertEquals(gewoon, treffers.stream().map(Treffer::term).toList(), "disguise " + v + ": " + zichtbaar(vermomd));
                treffers.forEach(t -> assertEquals(vermomd.substring(t.begin(), t.einde()), t.gevonden()));
            }
        }
    }

    @Test
    void noOrdinarySentenceIsCaughtInDisguiseEither() throws IOException {
        for (String zin : PrivacytoetsTest.corpus("gewoon-corpus.txt")) {
            for (int v = 0; v < VERMOMMINGEN.size(); v++) {
                String vermomd = VERMOMMINGEN.get(v).apply(zin);
                assertEquals(List.of(), TOETS.toets(vermomd), "disguise " + v + ": " + zichtbaar(vermomd));
            }
        }
    }

    @Test
    void anInvisibleCharacterBetweenWordsDoesNotGlueThemIntoOne() {
        assertFalse(TOETS.toets("De werkgever heeft een" + ZWSP + " pijnlijk afscheid genomen").stream()
                .anyMatch(t -> t.term().equals("pijn")));
        assertTrue(TOETS.toets("het is " + SHY).isEmpty());
        assertTrue(TOETS.toets(SHY + ZWSP + BOM).isEmpty());
    }

    static String zonderOnzichtbaar(String s) {
        return s.codePoints().filter(cp -> !Normalisatie.isOnzichtbaar(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** A text with its invisible characters written out, for failure messages. */
    static String zichtbaar(String s) {
        StringBuilder uit = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x7F || Character.isLetter(cp) && !Normalisatie.isOnzichtbaar(cp)) {
                uit.appendCodePoint(cp);
            } else {
                uit.append(String.format("<U+%04X>", cp));
            }
        });
        return uit.toString();
    }
}
