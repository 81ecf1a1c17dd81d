package nl.spoorzoeker.rapportage.privacy;

import static nl.spoorzoeker.rapportage.privacy.PrivacyTwijfelTest.familie;
import static nl.spoorzoeker.rapportage.privacy.PrivacyTwijfelTest.gewoon;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.raak;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.raakEngels;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.schoon;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.schoonEngels;

import org.junit.jupiter.api.Test;

/**
 * The twelfth round (docs/privacy-toets.md): what the retired blind set v9 showed the guard missing — the voices of
 * reported speech, Flemish, Dunglish, the formal register, future plans, sollicitatie letters and South-African or
 * non-native English — and the ordinary lines it blocked. The sentences are written for this test, not taken from any
 * corpus; each family's sentences are caught by that family alone (see {@link PrivacyTwijfelTest#familie}).
 */
class PrivacyTwaalfdeRondeTest {

    /** Flemish care words and the delivery room are lexicon words: a block. */
    @Test
    void flemishCareWordsAndTheDeliveryRoomAreHits() {
        raak("Donderdag moet hij eerst langs de huisdokter, daarna bellen we.", "Ze gaat twee keer per week naar de kinesist.",
                "De vroedvrouw komt volgende week op huisbezoek.", "Ze belde vanuit de verloskamer.",
                "Hij hoeft van de dokter niet te werken, strikte bedrust tot vrijdag.");
        raakEngels("She phoned from the labour ward this morning.", "His arrhythmia came back last week.",
                "His father is bedridden and he looks after him.");
    }

    /** Drinking and drugs said by their signs, often in someone else's words. */
    @Test
    void drinkingSaidByItsSigns() {
        familie("VERSLAVING", "Zijn chef zegt dat hij weer heeft gedronken.", "Hij is nuchter sinds 40 dagen.",
                "De buurman vertelde dat hij geen druppel meer heeft aangeraakt.",
                "Volgens de ploegbaas rook hij al naar drank.", "Er zaten lege flessen in zijn kluisje.",
                "Hij zei dat het thuis weer misging met het drinken.", "Hij zit sinds mei in een programma van twaalf stappen.",
                "The foreman said he smelled of booze at nine.", "He has been off the booze since spring.");
        gewoon("Hij rook de koffie al bij de deur.", "De kantine verkoopt geen drank meer.",
                "Hij heeft koffie gedronken met de teamleider.", "We doorlopen het plan in twaalf stappen.");
    }

    /** Pregnancy and birth said without the word, and a pregnancy lost. */
    @Test
    void birthAndLossSaidWithoutTheWord() {
        familie("ZWANGERSCHAP", "Begin maart gaat ze bevallen, dan stopt het traject even.",
                "Baby zes weken te vroeg, moeder en kind maken het goed.", "Ze vertelde dat ze haar kindje heeft verloren.",
                "Her contractions are every five minutes now.");
        gewoon("De nieuwe werkplek is haar goed bevallen.", "De trein kwam tien minuten te vroeg.");
    }

    /** Mood and fear in Dunglish and plain speech; not managing on one's own. */
    @Test
    void moodAndFearInPlainSpeech() {
        familie("STEMMING", "Wn feels really down since the reorganisation.", "Hij voelt zich super low.",
                "Hij zegt dat hij niks meer voelt.", "Ze schrikt zich kapot van elke harde knal.",
                "Hij durft niet alleen over straat.", "For a year I could not look after myself.");
        gewoon("The prices went down in the spring.", "Ze schrok van de prijs van het abonnement.",
                "Hij loopt elke dag alleen naar het station.");
    }

    /** Care situations in the formal register, the sollicitatie letter and reported speech. */
    @Test
    void careSituationsInFormalAndReportedSpeech() {
        familie("ZORG", "Na zijn opname in het voorjaar is hij voorzichtig begonnen.", "Werknemer is opgenomen sinds maandag.",
                "Op donderdag komt de wijkverpleegkundige bij haar thuis.", "Dosering verhoogd naar twee keer per dag.",
                "Werknemer verloor vandaag het bewustzijn op de werkvloer.", "Zijn broer zegt: hij hoort stemmen.",
                "Hij raakt soms het contact met de werkelijkheid kwijt.", "The employee has passed out twice this month.",
                "The district nurse comes to his flat every morning.", "In January he gets his new hip.");
        gewoon("De opname van de podcast is volgende week.", "Hij is opgenomen in het team van de nachtploeg.",
                "De verpleegkundige van de afdeling werkt thuis op vrijdag.", "She has a nurse as a neighbour.");
    }

    /** Someone else's leave, a project on life support and the Dunglish company doctor are ordinary. */
    @Test
    void aColleaguesLeaveAndOtherFiguresOfSpeech() {
        schoon("Haar collega gaat met zwangerschapsverlof, dus de WEP schuift een maand.",
                "Het project ligt volgens de afdeling aan de beademing.");
        schoonEngels("His colleague is on maternity leave, so the team lead takes over.",
                "She stands on an anti-fatigue mat at the till.", "The doctor of the company say no lifting over ten kilo.",
                "She works on the GP desk on Saturdays.");
        raak("Ze gaat na de zomer met zwangerschapsverlof.", "Hij ligt aan de beademing op de IC.");
        raakEngels("She is on maternity leave until June.", "She went to see the GP about her back.");
    }
}
