package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.TOETS;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.raak;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.raakEngels;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.schoon;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.schoonEngels;

/**
 * The rules of the second tuning round (7-12-2026, on privacy/ontwikkel-v2; docs/privacy-toets.md
 * "Second tuning round"). The sentences are written for this test, not taken from either development
 * set: each rule is tried on unseen text of its kind, both ways.
 */
class PrivacyTweedeRondeTest {

    @Test
    void oneTypingErrorInALongWord() {
        assertTrue(Privacytoets.eenFout("depresie", "depressie"), "a doubled letter left out");
        assertTrue(Privacytoets.eenFout("reumatoloog", "reumatoloog".replace("ma", "am")), "neighbours swapped");
        assertTrue(Privacytoets.eenFout("insomnai", "insomnia"));
        assertTrue(Privacytoets.eenFout("schizofrenei", "schizofrenie"));
        assertTrue(Privacytoets.eenFout("antidepresiva", "antidepressiva"));
        assertTrue(Privacytoets.eenFout("fibromyalgei", "fibromyalgie"));
        assertTrue(Privacytoets.eenFout("psychiator", "psychiater"), "a vowel for a vowel");
        assertFalse(Privacytoets.eenFout("bestrating", "bestraling"), "a consonant for a consonant");
        assertFalse(Privacytoets.eenFout("factuur", "fractuur"), "a single letter left out of a short word");
        assertFalse(Privacytoets.eenFout("addition", "addiction"));
        assertFalse(Privacytoets.eenFout("kanjer", "kanker"));
        assertFalse(Privacytoets.eenFout("depressie", "depressie"), "the same word is no typing error");
        raak("Ze heeft last van schizofrenei, zegt haar zus.", "Hij slikt al jaren antidepresiva.",
                "Wn is doorverwezen naar een reumatoloog door de huisats.", "Ze loopt bij een psychiator.");
        raakEngels("He was diagnosed with schizophrenai last year.", "She takes antidepresants.");
        schoon("De bestrating voor het magazijn wordt vernieuwd.", "De factuur van de cursus is betaald.",
                "Hij zingt in een koor en ging naar een concerto in Utrecht.",
                "De meditatie-oefening hielp hem rustig te blijven voor het gesprek.");
        schoonEngels("In addition, he will apply for two more jobs.", "The mediation between him and his employer went well.");
    }

    @Test
    void aCompoundEndingInAnAllowedWordIsThatWord() {
        schoon("Hij solliciteerde als planningsassistent bij een transportbedrijf.",
                "Functie: assistent-manager van een tuincentrum.");
        // A medical word after the allowed one still counts.
        raak("Hij heeft een stent gekregen.", "De hartstent is goed geplaatst.");
    }

    @Test
    void treatedOrAdmittedAtANamedPlace() {
        raak("Hij is in behandeling bij Centrum Elan in Tilburg.", "Ze is onder behandeling van Dr. Visser.",
                "Wn is opgenomen geweest bij De Woenselse Poort.", "Was tot de zomer in behandeling bij Lentiz.");
        schoon("De aanvraag is in behandeling bij het UWV.", "De klacht over de factuur is in behandeling bij Zilveren Kruis.",
                "Zijn bezwaar is in behandeling bij UWV.", "Het verzoek is opgenomen bij Randstad in het dossier.",
                "Hij heeft contact opgenomen met de werkgever.");
    }

    @Test
    void drugsByTheirStem() {
        raak("Hij gebruikt sinds kort lansoprazol.", "Ze kreeg bisoprolol voorgeschreven.", "Hij slikt pravastatine.",
                "Ze krijgt infusen met vedolizumab.", "Hij gebruikt candesartan.", "Ze slikt lorazepam voor het slapen.",
                "Hij is begonnen met erlotinib.", "Ze gebruikt ramipril en nifedipine.");
        raakEngels("She has been on lansoprazole for months.", "He takes pravastatin every night.",
                "She is on ustekinumab injections.", "He was prescribed clarithromycin.");
        schoon("In april begint hij aan de opleiding.", "Het olieprofiel van de monteur is compleet.");
        schoonEngels("He starts in April.", "The interview is in early April.");
    }

    @Test
    void familiesOfConditionsTestsAndAids() {
        raak("Hij heeft een navelbreuk en mag niet tillen.", "Ze heeft een kuitspierscheur opgelopen.",
                "Hij liep een ribkneuzing op.", "Ze had een voedselvergiftiging na de vakantie.",
                "Zijn schildklierwaarde wordt gecontroleerd.", "Ze moet voor een mammografie naar het ziekenhuis.",
                "Hij loopt met een wandelstok sinds de val.", "Ze heeft een downsyndroom-zoon en een tunnelsyndroom.",
                "Zij kolft op het werk.", "Ze is allergisch voor latex en kan niet in de schoonmaak.",
                "Hij heeft een gescheurde achillespees.", "De cholesterol van wn is te hoog.");
        raakEngels("She had a pulmonary embolism last year.", "He walks with a walking stick.",
                "She is allergic to peanuts and cannot work in the kitchen.", "His blood pressure was too high.",
                "He needs orthopaedic shoes.", "She uses a breast pump at work.", "He is still hyperventilating at interviews.");
        schoon("Ze is allergisch voor vergaderingen zonder agenda.", "Het syndroom van de lege agenda kent iedereen.",
                "Er was een trendbreuk in het aantal vacatures.", "Hij werkt als orthopedisch schoentechnicus.");
        schoonEngels("We met at the usual hangout near the station.", "Here is a breakdown of the hours per week.");
    }

    @Test
    void figuresAndJobContexts() {
        schoon("De arbeidsmarkt is verkouden, aldus de intercedent.",
                "Tijdens een netwerkgesprek bij de apotheek hoorde hij dat chauffeurs gezocht worden.",
                // a job title in the plural makes a sentence about work too
                "Het ziekenhuis in Gouda heeft dringend schoonmakers nodig.");
        schoonEngels("The pain point of the plan is the travel time.",
                "Search direction: administrative roles at a hospital or an insurer.",
                "Role: receptionist at a GP practice in Zeist.");
        raakEngels("She has an appointment at the GP practice about her back.");
    }

    @Test
    void underTreatmentAtTheEndOfAClause() {
        raak("Mw. is nog onder behandeling.", "Dhr. de Vries is weer in behandeling.", "Hij is momenteel in behandeling, zegt hij.");
        schoon("De aanvraag is nog in behandeling.", "Het is in behandeling.", "Zijn sollicitatie is onder behandeling.",
                "Mw. stuurde een brief. Het dossier is in behandeling.");
    }

    @Test
    void anAbbreviationOfSeveralCapitalsWithSingleLetters() {
        raakEngels("She went to A&E after a fall at home.");
        schoonEngels("We will meet at a cafe and then go to a bakery.");
    }

    @Test
    void aTreatmentNamingADepartmentInAJobSentence() {
        schoon("De therapie-afdeling van het revalidatiecentrum zoekt een secretaresse.");
        raak("Hij krijgt therapie op de afdeling van het revalidatiecentrum.");
    }

    @Test
    void englishBodyPartWithAWordForTrouble() {
        raakEngels("She has stomach complaints and eats at fixed times.", "He is a heart patient.",
                "She is currently undergoing treatment.", "He had a knee replacement in May.",
                "His kidney function was poor.", "She had a brain haemorrhage.", "He uses a CPAP machine at night.");
        schoonEngels("He diagnosed the fault in the machine.", "Complaints from customers dropped.",
                "The problems in the planning were solved.");
    }
}
