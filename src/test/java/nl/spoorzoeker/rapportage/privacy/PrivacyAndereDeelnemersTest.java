package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Group privacy (issue 17 item 5): other werknemers of the practice named in a report. */
class PrivacyAndereDeelnemersTest {

    static final List<String> PRAKTIJK = List.of("Jan de Vries", "Anna Maria van der Berg-Jansen", "Çiğdem Öztürk",
            "Mohamed Ali", "Kok, Piet", "Bakker, Els", "Linda Wit");

    static List<String> gevonden(String tekst) {
        List<Treffer> treffers = AndereDeelnemers.vind(tekst, PRAKTIJK);
        for (Treffer t : treffers) {
            assertEquals(Categorie.ANDERE_DEELNEMER, t.categorie());
            assertEquals(tekst.substring(t.begin(), t.einde()), t.gevonden());
        }
        return treffers.stream().map(Treffer::gevonden).toList();
    }

    @Test
    void fullNamesAndSurnamesAloneAreFound() {
        assertEquals(List.of("Jan de Vries"), gevonden("Samen met Jan de Vries in de groepstraining."));
        assertEquals(List.of("De Vries"), gevonden("De Vries gaf hem een tip."));
        assertEquals(List.of("J. de Vries"), gevonden("Hij belde J. de Vries."));
        assertEquals(List.of("Öztürk"), gevonden("Mevrouw Öztürk was er ook."));
        assertEquals(List.of("cigdem ozturk"), gevonden("met cigdem ozturk"), "case and accents do not matter");
        assertEquals(List.of("Mohamed Ali"), gevonden("Mohamed Ali deed mee."));
        assertEquals(List.of("Piet Kok"), gevonden("Piet Kok deed mee."), "surname first, as in a list");
        assertEquals(List.of("Bakker"), gevonden("Mevrouw Bakker deed mee."));
        assertEquals(List.of("Linda Wit"), gevonden("Linda Wit deed mee."));
    }

    @Test
    void surnamesOfAtLeastFourLettersAloneAndDoubleSurnamesByHalf() {
        assertEquals(List.of(), gevonden("Ali had een goed idee."), "a surname of three letters needs the first name");
        assertEquals(List.of(), gevonden("Hij wil graag kok worden."));
        assertEquals(List.of(), gevonden("De muur is wit geverfd."));
        assertEquals(List.of("Anna Maria van der Berg-Jansen"), gevonden("Anna Maria van der Berg-Jansen was er."));
        assertEquals(List.of("Van der Berg"), gevonden("Van der Berg was er."));
        assertEquals(List.of("Jansen"), gevonden("Mevrouw Jansen was er."));
        assertEquals(List.of(), gevonden("Het pad gaat de berg op."), "the tussenvoegsel belongs to the surname");
        assertEquals(List.of(), gevonden("Een vries-droger"), "no 'de': not de Vries");
    }

    @Test
    void wholeWordsOnlyAndAfterTheSameNormalisation() {
        assertEquals(List.of(), gevonden("De bakkerij is open."));
        assertEquals(List.of("de Vr\u0456es"), gevonden("Gesprek met de Vr\u0456es."), "a Cyrillic і");
        assertEquals(List.of("De Vr\u00ADies"), gevonden("De Vr\u00ADies belde."), "a soft hyphen, reported in place");
        assertEquals(List.of("Bakker"), gevonden("Bakker's cv"));
    }

    @Test
    void onePassageOneHitInTextOrder() {
        List<Treffer> treffers = AndereDeelnemers.vind("Jan de Vries en Anna Maria van der Berg-Jansen, en later De Vries",
                PRAKTIJK);
        assertEquals(List.of("Jan de Vries", "Anna Maria van der Berg-Jansen", "De Vries"),
                treffers.stream().map(Treffer::gevonden).toList());
        assertEquals(List.of("Jan de Vries", "Anna Maria van der Berg-Jansen", "Jan de Vries"),
                treffers.stream().map(Treffer::term).toList(), "the term is the name as given");
    }

    @Test
    void nothingToLookForIsNothingFound() {
        assertTrue(AndereDeelnemers.vind("Jan de Vries", List.of()).isEmpty());
        assertTrue(AndereDeelnemers.vind(null, PRAKTIJK).isEmpty());
        assertTrue(AndereDeelnemers.vind("Jan de Vries", java.util.Arrays.asList(" ", null, ",")).isEmpty());
    }
}
