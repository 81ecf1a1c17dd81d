package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The matching rules added when the guard was tuned on the development set (issue 17 item 8,
 * docs/privacy-toets.md "Development set"). The sentences here are not from that set: each rule is
 * tried on text of its own, both ways (what it must catch, what it must leave alone).
 */
class PrivacyFamiliesTest {

    static final Privacytoets TOETS = Privacytoets.standaard();

    static void raak(String... zinnen) {
        for (String zin : zinnen) {
            assertFalse(TOETS.toets(zin).isEmpty(), "should be caught: " + zin);
        }
    }

    static void schoon(String... zinnen) {
        for (String zin : zinnen) {
            assertEquals(List.of(), TOETS.toets(zin), zin);
        }
    }

    @Test
    void abbreviationsMarkedCapitalsOnlyCountOnlyInCapitals() {
        raak("Bij hem is ADD vastgesteld.", "Sinds de TIA mag ze niet rijden.", "Ze heeft ME/CVS.");
        schoon("Er is een add-on voor Excel die ze wil leren.", "Wil je de cv's nog even naar me sturen?");
    }

    @Test
    void aLexiconLineWithChoicesIsEveryCombination() {
        assertEquals(List.of("het aan zijn hart", "het aan zijn rug", "het aan haar hart", "het aan haar rug"),
                Privacytoets.uitvouwen("het aan {zijn|haar} {hart|rug}"));
        assertEquals(List.of("erg somber", "somber"), Privacytoets.uitvouwen("{erg |}somber"));
        raak("Hij zegt dat hij het aan zijn longen heeft.", "Ze heeft haar pols gebroken bij het fietsen.");
        schoon("Hij heeft zijn hart verpand aan de logistiek.");
    }

    @Test
    void aDiseaseNamedAfterAPerson() {
        raak("Ze heeft de ziekte van Kienböck in haar pols.", "Bij hem is het syndroom van Tietze vastgesteld.",
                "She has Kienböck's disease.");
        schoon("Tijdens de ziekte van haar moeder bleef ze werken.", "Het syndroom van de lege agenda kent iedereen.");
    }

    @Test
    void diagnosesSymptomsAndDrugsStartACompound() {
        raak("Hij noemde zijn migraineaanvallen.", "Het lithiumgebruik wordt gecontroleerd.",
                "Ze draagt een morfinepleister.", "De medicatiewissel valt zwaar.");
        schoon("Hij werkt met lithium-ion accu's in het magazijn.", "Ze werkte koortsachtig door aan haar cv.");
        // Treatments and practitioners do not: those are also job titles and employers.
        schoon("Ze solliciteert als fysiotherapieassistente.");
    }

    @Test
    void pluralsThatDoubleTheLastConsonant() {
        assertEquals(List.of("aanvallen", "aanvalle"), Privacytoets.verdubbeld("aanval"));
        assertEquals(List.of(), Privacytoets.verdubbeld("griep"), "a long vowel does not double");
        raak("Hij heeft hartaanvallen gehad.");
        assertEquals("paniekaanvallen", TOETS.toets("Ze noemde paniekaanvallen.").getFirst().term(),
                "the entry itself wins over a form of another");
    }

    @Test
    void figuresOfSpeech() {
        schoon("De gemeente geeft een financiële injectie voor omscholing.", "Dat was een bittere pil.",
                "De arbeidsmarkt is overspannen.", "De logistieke operatie draait goed.",
                "De verhuizing was een hele operatie, maar nu staat alles.",
                "Het project hangt aan het infuus van de gemeente.");
        raak("Hij kreeg een injectie in zijn knie.", "Hij is overspannen.", "Na de operatie gaat het beter.",
                "Ze kreeg een pil tegen de pijn.");
        assertTrue(TOETS.toets("It was a bitter pill to swallow.", Locale.ENGLISH).isEmpty());
        assertFalse(TOETS.toets("He takes a pill for his heart.", Locale.ENGLISH).isEmpty());
    }

    @Test
    void microsoftIsNotMultipleSclerosis() {
        schoon("Vaardig in MS Word, MS Excel en MS Teams.");
        raak("Ze heeft MS en werkt daarom vier uur per dag.");
    }

    @Test
    void aCareOrganisationInASentenceAboutAJob() {
        schoon("Vacature logistiek medewerker (32 uur) bij het Isala, reactie verstuurd.",
                "Huisartsenpost Noord zoekt een telefonist voor de avonden; hij overweegt het.",
                "Hij sprak de teamleider facilitair van het Rijnstate over een werkervaringsplek.",
                "Ze solliciteert als IC-verpleegkundige in het Amphia.");
        // A stay, an admission, a treatment or another clause stays a hit, job word or not.
        raak("Hij werkt, na een week in het ziekenhuis.", "Hij werkt na een week in het ziekenhuis.",
                "Ze werkt, sinds maart in het ziekenhuis.",
                "Na de vacature werd hij opgenomen in het Isala.", "Hij werkt parttime en heeft een afspraak bij het Rijnstate.",
                "Ze zoekt werk maar ligt nog in het ziekenhuis.");
    }
}
