package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The privacy guard against two corpora: at least 200 sentences with medical content that must all
 * be caught, and at least 200 ordinary coaching sentences that must all pass.
 */
class PrivacytoetsTest {

    static final Privacytoets TOETS = Privacytoets.standaard();

    static List<String> corpus(String naam) throws IOException {
        try (InputStream in = PrivacytoetsTest.class.getResourceAsStream("/nl/spoorzoeker/rapportage/privacy/" + naam)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void aTextSeenBeforeGivesTheSameHitsAndEachCallerItsOwnList() {
        Privacytoets toets = Privacytoets.met(List.of(), List.of());
        String tekst = "Werknemer heeft een hernia en gebruikt oxazepam.";
        List<Treffer> eerst = toets.toets(tekst);
        assertEquals(2, eerst.size(), eerst.toString());
        eerst.clear(); // a caller may add to or sort what it got (the hint adds names)
        assertEquals(2, toets.toets(tekst).size());
        // The language and the kind of field are part of what was seen: "Ms" is a title in English only.
        String titel = "Ms Jansen applied for the job.";
        assertFalse(toets.toets(titel, java.util.Locale.of("nl", "NL")).isEmpty());
        assertTrue(toets.toets(titel, java.util.Locale.of("en", "NL")).isEmpty());
        assertFalse(toets.toets(titel).isEmpty());
        assertEquals(Privacytoets.standaard().toetsOrganisatie("Ziekenhuis Rivierenland"),
                toets.toetsOrganisatie("Ziekenhuis Rivierenland"));
        assertTrue(toets.toetsOrganisatie("Ziekenhuis Rivierenland").size() < toets.toets("Ziekenhuis Rivierenland").size());
    }

    @Test
    void theLexiconHasSeveralHundredEntries() {
        assertTrue(TOETS.aantalTermen() >= 350, "entries: " + TOETS.aantalTermen());
    }

    @Test
    void everyMedicalSentenceIsCaught() throws IOException {
        List<String> zinnen = corpus("medisch-corpus.txt");
        assertTrue(zinnen.size() >= 200, "corpus size " + zinnen.size());
        List<String> gemist = zinnen.stream().filter(z -> TOETS.toets(z).isEmpty()).toList();
        assertEquals(List.of(), gemist, "medical sentences that passed");
    }

    @Test
    void noOrdinaryCoachingSentenceIsCaught() throws IOException {
        List<String> zinnen = corpus("gewoon-corpus.txt");
        assertTrue(zinnen.size() >= 200, "corpus size " + zinnen.size());
        List<String> onterecht = zinnen.stream().filter(z -> !TOETS.toets(z).isEmpty())
                .map(z -> z + "  <- " + TOETS.toets(z).stream().map(t -> t.gevonden() + " (" + t.term() + ")")
                        .collect(Collectors.joining(", ")))
                .toList();
        assertEquals(List.of(), onterecht, "ordinary sentences that were caught");
    }

    @Test
    void hitsSayWhereWhatAndWhichKind() {
        String tekst = "Na de RUGPIJN en twee depressies: geopereerd door de Neuroloog.";
        List<Treffer> treffers = TOETS.toets(tekst);
        assertEquals(List.of("RUGPIJN", "depressies", "geopereerd", "Neuroloog"),
                treffers.stream().map(Treffer::gevonden).toList());
        assertEquals(List.of(Categorie.SYMPTOOM, Categorie.DIAGNOSE, Categorie.BEHANDELING, Categorie.BEHANDELAAR),
                treffers.stream().map(Treffer::categorie).toList());
        Treffer eerste = treffers.getFirst();
        assertEquals("RUGPIJN", tekst.substring(eerste.begin(), eerste.einde()));
        assertEquals("pijn", eerste.term(), "a compound ending in a lexicon word");
    }

    @Test
    void multiWordTermsAndAccentsAndHyphens() {
        assertEquals("cognitieve gedragstherapie", TOETS.toets("Start met Cognitieve  Gedragstherapie.").getFirst().term());
        assertFalse(TOETS.toets("Ze heeft een burn out gehad").isEmpty(), "burn out without hyphen");
        assertFalse(TOETS.toets("suicidaal").isEmpty(), "without the accent");
        assertFalse(TOETS.toets("Kankerpatiënten").isEmpty(), "a marked word starting a compound");
        assertTrue(TOETS.toets("In april is de pil-vorm besproken").isEmpty(), "short words only match whole");
    }

    @Test
    void theCoachCanAddWordsAndAllowWords() {
        Privacytoets eigen = Privacytoets.met(List.of("ziekte van Lyme", "bekkeninstabiliteit;SYMPTOOM"),
                List.of("groeipijn"));
        assertEquals(Categorie.DIAGNOSE, eigen.toets("Ze heeft de ziekte van lyme").getFirst().categorie());
        assertEquals(Categorie.SYMPTOOM, eigen.toets("Bekkeninstabiliteit speelt").getFirst().categorie());
        assertTrue(eigen.toets("de groeipijnen van een nieuw team").isEmpty());
        assertFalse(TOETS.toets("de groeipijnen van een nieuw team").isEmpty(), "without the allow-list entry");
    }

    @Test
    void bsnNumbersThatPassTheElfproef() {
        assertTrue(Bsn.isGeldig("111222333"));
        assertTrue(Bsn.isGeldig("123456782"));
        assertFalse(Bsn.isGeldig("123456789"));
        assertFalse(Bsn.isGeldig("000000000"));
        assertEquals(List.of(Categorie.BSN), TOETS.toets("BSN 1234.56.782").stream().map(Treffer::categorie).toList());
        assertEquals(List.of(Categorie.BSN), TOETS.toets("bsn: 123 456 782.").stream().map(Treffer::categorie).toList());
        assertTrue(TOETS.toets("Bel 06-12345678 of 0301234567; KvK 12345678; bedrag 123456789").isEmpty(),
                "phone numbers, KvK numbers and numbers failing the elfproef pass");
        assertTrue(TOETS.toets("1234567820").isEmpty(), "ten digits are not a BSN");
    }

    @Test
    void aLongNoteIsCheckedWhole() {
        String tekst = "werknemer gaat vooruit ".repeat(5000) + "maar heeft migraine";
        assertEquals(1, TOETS.toets(tekst).size());
        assertTrue(TOETS.toets("x".repeat(500)).isEmpty(), "a 500-letter word");
        assertTrue(TOETS.toets(null).isEmpty());
    }
}
