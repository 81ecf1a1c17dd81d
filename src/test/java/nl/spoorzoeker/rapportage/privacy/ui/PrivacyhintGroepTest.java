package nl.spoorzoeker.rapportage.privacy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.rapportage.privacy.Treffer;
import nl.spoorzoeker.ui.Privacyhulp.Veld;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 items 5/6: the live hint on a group session's fields marks the practice's werknemers by
 * name, as the report's gate does for every other participant's report; other fields do not.
 */
class PrivacyhintGroepTest {

    static final Privacytoets TOETS = Privacytoets.standaard();
    static final List<String> WERKNEMERS = List.of("Mohammed El Amrani", "Anna de Vries", "Sanne Bakker");

    @Test
    void aGroupSummaryMarksTheNamesOfTheWerknemersAndTheMedicalWords() {
        String tekst = "Mohammed vertelde over zijn burn-out; mevrouw De Vries gaf tips voor het netwerk.";
        List<Treffer> treffers = Privacyhint.treffers(TOETS, WERKNEMERS, tekst, null, Veld.GROEP);
        assertEquals(List.of("burn-out", "De Vries"), treffers.stream().map(Treffer::gevonden).toList(), "in text order");
        assertEquals(List.of(Categorie.DIAGNOSE, Categorie.ANDERE_DEELNEMER),
                treffers.stream().map(Treffer::categorie).toList());
        assertEquals(List.of("Mohammed El Amrani"), Privacyhint.treffers(TOETS, WERKNEMERS,
                "Mohammed El Amrani oefende het pitchen.", null, Veld.GROEP).stream().map(Treffer::gevonden).toList());
    }

    @Test
    void otherFieldsDoNotLookForNames() {
        String tekst = "Samen met Anna de Vries geoefend.";
        assertEquals(List.of(), Privacyhint.treffers(TOETS, WERKNEMERS, tekst, null, Veld.TEKST));
        assertEquals(1, Privacyhint.treffers(TOETS, WERKNEMERS, tekst, null, Veld.GROEP).size());
        assertEquals(List.of(), Privacyhint.treffers(TOETS, WERKNEMERS, "De groep oefende sollicitatiegesprekken.", null,
                Veld.GROEP));
    }
}
