package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a group text names another participant. The group's participants count by a first name
 * alone, the practice's other werknemers by full name and surname; names that are also words or
 * places, and the names of the coach, trainers and employers, do not make false hits.
 */
class GroepsnamenTest {

    static final List<String> PRAKTIJK = List.of("Ahmed El Idrissi", "Roos de Wit", "Bas Visser", "Çiğdem Öztürk",
            "Kees Breda", "Els Bakker", "Joost Jansen");
    /** Who is in the session besides the werknemer whose report it is. */
    static final List<String> GROEP = List.of("Ahmed El Idrissi", "Roos de Wit", "Bas Visser", "Çiğdem Öztürk",
            "Kees Breda");
    /** The coach, a trainer and an employer. */
    static final List<String> VRIJ = List.of("Bas Hendriks", "Joost Mulder", "Bakker Transport BV");

    static List<String> gevonden(String tekst) {
        List<Treffer> treffers = AndereDeelnemers.vind(tekst, new AndereDeelnemers.Namen(PRAKTIJK, GROEP, VRIJ));
        for (Treffer t : treffers) {
            assertEquals(Categorie.ANDERE_DEELNEMER, t.categorie());
            assertEquals(tekst.substring(t.begin(), t.einde()), t.gevonden(), "reported in place in the original");
        }
        return treffers.stream().map(Treffer::gevonden).toList();
    }

    @Test
    void aParticipantsFirstNameAloneIsFound() {
        assertEquals(List.of("Ahmed"), gevonden("Ahmed vertelde over zijn scheiding."));
        assertEquals(List.of("Ahmed"), gevonden("Daarna deed Ahmed een oefening."));
        assertEquals(List.of("Çiğdem"), gevonden("Samen met Çiğdem geoefend."));
        assertEquals(List.of("cigdem"), gevonden("samen met cigdem geoefend"), "case and diacritics folded");
        assertEquals(List.of("Ah\u00ADmed"), gevonden("Daarna deed Ah\u00ADmed een oefening."), "a soft hyphen");
        assertEquals(List.of("Ahm\u0435d"), gevonden("Daarna deed Ahm\u0435d een oefening."), "a Cyrillic е");
        assertEquals(List.of("Ahmed El Idrissi"), gevonden("Ahmed El Idrissi deed mee."), "the full name is one hit");
    }

    @Test
    void aFirstNameOfSomeoneOutsideTheGroupAloneIsNot() {
        // Els Bakker is a werknemer of the practice, not in this group: her surname counts, her first name not.
        assertEquals(List.of(), gevonden("Daarna deed Els een oefening."));
        assertEquals(List.of("Bakker"), gevonden("Mevrouw Bakker deed een oefening."));
        assertEquals(List.of(), AndereDeelnemers.vind("Daarna deed Ahmed een oefening.", PRAKTIJK),
                "without a group only full names and surnames, as before");
    }

    @Test
    void aNameThatIsAlsoAWordCountsOnlyAsAName() {
        assertEquals(List.of(), gevonden("Zij kreeg een roos van de groep."), "roos, the flower");
        assertEquals(List.of(), gevonden("Roos is een mooie bloem om mee te beginnen."), "a sentence starts with a capital");
        assertEquals(List.of("Roos"), gevonden("Daarna vertelde Roos over haar vorige baan."));
        assertEquals(List.of("Roos de Wit"), gevonden("Roos de Wit vertelde over haar vorige baan."));
        assertEquals(List.of(), gevonden("Hij speelt bas in een band."));
        assertEquals(List.of(), gevonden("Hij wil graag bakker worden."), "a surname that is a word, in lower case");
        assertEquals(List.of(), gevonden("Van daaruit gingen we verder."), "a tussenvoegsel is no first name");
    }

    @Test
    void aNameThatIsAlsoAPlaceDoesNotCountAfterAPrepositionOfPlace() {
        assertEquals(List.of(), gevonden("Zij zoekt werk in Breda of omgeving."));
        assertEquals(List.of("Breda"), gevonden("Meneer Breda had een goede vraag."));
        assertEquals(List.of("Kees Breda"), gevonden("Kees Breda zoekt werk in Breda."));
    }

    @Test
    void theCoachTheTrainersAndTheEmployersMayBeNamed() {
        assertEquals(List.of(), gevonden("Bas Hendriks legde het STARR-model uit."), "the coach's full name");
        assertEquals(List.of(), gevonden("Daarna legde Bas het STARR-model uit."),
                "a first name the coach shares is not searched alone: it is most likely the coach");
        assertEquals(List.of("Bas Visser"), gevonden("Daarna vertelde Bas Visser over zijn sollicitatie."));
        assertEquals(List.of(), gevonden("Joost Mulder gaf de training."), "a trainer");
        assertEquals(List.of(), gevonden("Een deelnemer solliciteerde bij Bakker Transport BV."), "an employer");
        assertEquals(List.of("Bakker"), gevonden("Mevrouw Bakker solliciteerde bij een transportbedrijf."));
    }

    @Test
    void nothingToLookForIsNothingFound() {
        assertTrue(AndereDeelnemers.vind("Ahmed deed mee", new AndereDeelnemers.Namen(null, null, null)).isEmpty());
        assertTrue(AndereDeelnemers.vind(null, new AndereDeelnemers.Namen(PRAKTIJK, GROEP, VRIJ)).isEmpty());
        assertTrue(new AndereDeelnemers.Namen(PRAKTIJK, GROEP, VRIJ).isDeelnemer("Ahmed El Idrissi"));
        assertTrue(!new AndereDeelnemers.Namen(PRAKTIJK, GROEP, VRIJ).isDeelnemer("Els Bakker"));
    }
}
