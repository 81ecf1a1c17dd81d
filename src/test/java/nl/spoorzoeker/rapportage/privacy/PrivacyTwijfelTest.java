package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import nl.spoorzoeker.rapportage.privacy.ui.Privacyhint;
import nl.spoorzoeker.ui.Privacyhulp;

import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.TOETS;

/**
 * The second kind of check (fifth round, {@link Toestand}, docs/privacy-toets.md "Twijfel"): one test per
 * family of toestand.txt. The sentences are written for this test, not taken from any corpus. Each test
 * shows three things: the family catches its sentences; the same patterns <em>without</em> that family
 * do not (so the test fails when the family is disabled, and no other family is what passes it); and the
 * ordinary sentences of its kind are left alone.
 */
class PrivacyTwijfelTest {

    static final Toestand Z = Toestand.standaard();

    /** Caught by this family and by nothing else: without it, none of these sentences is a doubt. */
    static void familie(String familie, String... zinnen) {
        Toestand zonder = Z.zonder(familie);
        for (String zin : zinnen) {
            assertEquals(familie, Z.familie(zin), "should be a doubt of " + familie + ": " + zin);
            assertEquals(List.of(), zonder.vind(zin), "caught without " + familie + ": " + zin);
        }
    }

    static void gewoon(String... zinnen) {
        for (String zin : zinnen) {
            assertEquals(List.of(), Z.vind(zin), "ordinary: " + zin);
        }
    }

    @Test
    void theFamiliesAreTheDocumentedOnes() {
        assertEquals(List.of("ENERGIE", "STEMMING", "SLAAP", "ZWANGERSCHAP", "VERSLAVING", "ZORG", "LICHAAM"), Z.families());
    }

    @Test
    void energy() {
        familie("ENERGIE", "Ik ben op, helemaal leeg.", "Mevrouw voelt zich compleet uitgeput.",
                "Sinds de zomer is hij echt kapot.", "Zijn accu is snel leeg.", "Wn heeft nauwelijks energie.",
                "Hij kan het niet meer aan.", "She is completely drained.", "He feels worn out and stays home.",
                "Her energy runs out by lunchtime.", "Ze zit er helemaal doorheen.");
        gewoon("Het budget is op, de gemeente beslist in mei.", "Hij is op tijd voor het gesprek.",
                "De agenda is leeg tot na de zomer.", "Wn is moe van het eindeloze solliciteren.",
                "Mevrouw heeft geen energie gestoken in de brief.", "She is tired of applying without replies.",
                "The battery of the laptop was empty.", "Hij kan niet meer solliciteren bij dit bedrijf.");
    }

    @Test
    void mood() {
        familie("STEMMING", "Mw. heeft het zwaar.", "Hij was erg somber.", "Ze raakt snel in de war.",
                "Hij ziet het niet meer zitten.", "She is very low.", "He is having a rough time.",
                "Ze huilt veel.", "Hij herbeleeft het steeds.", "He is not himself lately.");
        gewoon("Mevrouw heeft het zwaar met de vele afwijzingen, we passen het tempo aan.",
                "Hij ziet het niet zitten om te verhuizen voor werk.", "De markt is somber over de zomer.",
                "The company had a difficult year.", "She is low on options in her region.");
    }

    @Test
    void sleep() {
        familie("SLAAP", "Hij slaapt slecht.", "Slecht geslapen, zegt ze.", "Ze ligt nachten wakker.",
                "She sleeps badly.", "He can't sleep.", "Hij komt zijn bed niet uit.");
        gewoon("Hij slaapt bij zijn broer tot de verhuizing.", "De vacature slaapt een beetje in.",
                "She slept on the offer and said yes.");
    }

    @Test
    void pregnancy() {
        familie("ZWANGERSCHAP", "She is due in October.", "Ze verwacht een kindje.", "Er is een baby op komst.",
                "She is expecting twins.", "Hij wordt in maart vader.", "Ze is gestopt met de pil.");
        gewoon("The report is due in October.", "She is due to start on Monday.",
                "She is expecting a call back from the recruiter.", "Hij wordt vader van een team van vijf monteurs.");
    }

    @Test
    void addiction() {
        familie("VERSLAVING", "Ze gokt veel.", "Hij drinkt weer, zegt zijn vrouw.", "He gambles a lot online.",
                "Hij is weer gaan gebruiken.", "Zes maanden droog nu.", "She has been sober since May.",
                "Hij zit aan de drank.");
        gewoon("Hij drinkt veel koffie voor een gesprek.", "Ze gokt op een vaste aanstelling.",
                "He drinks a lot of coffee before interviews.", "Hij gebruikt weer Excel voor zijn planning.");
    }

    @Test
    void careSituation() {
        familie("ZORG", "Hij moet elke maand naar de hematoloog.", "Ze ligt in het Maasstad.", "Hij is ooit opgenomen geweest.",
                "Ze slikt sinds kort iets.", "Hij krijgt hulp bij het douchen.", "Ze zit al weken thuis met de gevolgen.",
                "He is being treated at the Royal Free.", "She had an accident and is off work.",
                "Ze heeft een afspraak bij het Slaapcentrum.");
        gewoon("Ze moet elke week naar de werkervaringsplek.", "He goes every week to the job club.",
                "Ze heeft een afspraak bij het UWV.", "Hij slikt de afwijzing niet.",
                "She was referred to the employer by a friend.", "Na een val in de omzet is de vacature ingetrokken.");
    }

    @Test
    void body() {
        familie("LICHAAM", "Zijn linker knie is versleten.", "Hij heeft een beknelde zenuw.", "Zij heeft PCOS.",
                "He had an AF episode.", "Her shoulder dislocates easily.", "Haar klachten nemen toe.",
                "Ze schiet snel uit de kom.", "There are spots in the liver.");
        gewoon("Hij heeft zijn VCA gehaald.", "WERKNEMER HEEFT DRIE SOLLICITATIES VERSTUURD.",
                "Ze heeft een PW3-diploma.", "Hij heeft een goed hart voor de klant.",
                "Een klacht over de planning.", "She has her HGV licence.");
    }

    @Test
    void aHitCoversItsSentenceAsTypedAndStopsAtTheNextOne() {
        String tekst = "Goed gesprek gehad. Mw. voelt zich leeg. Volgende week de vacature bij Jumbo.";
        List<Treffer> t = Z.vind(tekst);
        assertEquals(1, t.size());
        assertEquals("Mw. voelt zich leeg.", t.getFirst().gevonden());
        assertEquals(Categorie.TWIJFEL, t.getFirst().categorie());
        assertEquals(tekst.indexOf("Mw."), t.getFirst().begin());
        // Invisible characters and look-alikes do not hide a doubt either.
        assertEquals("SLAAP", Z.familie("Hij sla\u00ADapt sl\u0435cht."));
    }

    /**
     * The lead's decision of the fifth round (lexicon and allow-list, not a twijfel family): the
     * behandelaar of a person is their treating clinician; one of a file or at an authority is not.
     */
    @Test
    void zijnBehandelaarIsTheTreatingClinician() {
        Toetszinnen.raak("Wn heeft afspraken met zijn behandelaar.", "Haar behandelaar vindt het te vroeg.",
                "Volgens de behandelaar van mevrouw kan ze in mei starten.", "Bespreek het met je behandelaar.");
        Toetszinnen.schoon("De behandelaar van de aanvraag belde terug.", "Hij is dossierbehandelaar bij Achmea.",
                "De behandelaar bij UWV vraagt om het plan.", "Zijn behandelaar bij het UWV is met verlof.",
                "De behandelaar van haar aanvraag belde.", "Afspraken met de behandelaar gaan voor.");
    }

    /** The editor's live hint reads doubts as the gate does, in running text, not in an organisation's name. */
    @Test
    void theLiveHintShowsADoubtWhereTheGateReadsOne() {
        List<Treffer> tekst = Privacyhint.treffers(TOETS, List.of(), "Goed gesprek. She is due in May.",
                Locale.ENGLISH, Privacyhulp.Veld.TEKST);
        assertEquals(List.of(Categorie.TWIJFEL), tekst.stream().map(Treffer::categorie).toList());
        assertEquals("She is due in May.", tekst.getFirst().gevonden());
        assertEquals(List.of(), Privacyhint.treffers(TOETS, List.of(), "Zorgboerderij Hij ligt in het Dal",
                null, Privacyhulp.Veld.ORGANISATIE));
    }

    @Test
    void aDoubtBesideAHitIsNotCountedTwice() {
        String tekst = "Hij is somber door zijn depressie.";
        assertTrue(!TOETS.toets(tekst).isEmpty());
        assertEquals(List.of(), TOETS.twijfel(tekst, TOETS.toets(tekst, Locale.ENGLISH)));
        assertEquals(1, TOETS.twijfel("Hij is somber.", List.of()).size());
    }
}
