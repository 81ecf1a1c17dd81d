package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: on a paper the werknemer gets himself a nine-digit number is a BSN only where its context
 * says so; one in nine of a vacancy's references passes the elfproef by chance.
 */
class BsnTest {

    private static boolean inContext(String tekst, String nummer) {
        int begin = tekst.indexOf(nummer);
        return Bsn.inContext(tekst, begin, begin + nummer.length());
    }

    @Test
    void aWordThatSaysBsnNearbyOrTheNumberAloneMakesItABsn() {
        assertTrue(inContext("BSN 123456782", "123456782"));
        assertTrue(inContext("Mijn burgerservicenummer is 1234.56.782, zeg ik.", "1234.56.782"));
        assertTrue(inContext("sofinummer: 123 456 782", "123 456 782"));
        assertTrue(inContext("Sofi-nummer van de werknemer: 123456782", "123456782"));
        assertTrue(inContext("Ik stuur 123456782 (BSN) mee.", "123456782"));
        assertTrue(inContext("My citizen service number is 123456782.", "123456782"));
        assertTrue(inContext("123456782", "123456782"), "the number alone is a value");
        assertTrue(inContext("Naam: Sanne Bakker\n  123456782.\nWoonplaats: Utrecht", "123456782"), "alone on its line");
    }

    @Test
    void aNumberInASentenceWithoutThatIsAReference() {
        assertFalse(inContext("Medewerker planning, ref 123456782", "123456782"));
        assertFalse(inContext("mijn nummer 111222333 overal noemen", "111222333"));
        assertFalse(inContext("Vacature 123456782 bij de gemeente", "123456782"));
        assertFalse(inContext("BSN 111222333, ref 123456782", "123456782"), "the word is about the other number");
        assertFalse(inContext("Ref 123456782, BSN 111222333", "123456782"));
        // "bsn" inside another word is no such word
        assertFalse(inContext("Absnormaal lang order 123456782", "123456782"));
    }

    @Test
    void onlyTheBsnHitsOutOfContextAreLeftOut() {
        String tekst = "Ref 123456782, BSN 111222333";
        List<Treffer> treffers = List.of(new Treffer(4, 13, "123456782", Categorie.BSN, "123456782"),
                new Treffer(19, 28, "111222333", Categorie.BSN, "111222333"),
                new Treffer(0, 3, "Ref", Categorie.DIAGNOSE, "ref"));
        assertEquals(List.of("111222333", "Ref"), Bsn.alleenInContext(tekst, treffers).stream().map(Treffer::gevonden).toList());
    }
}
