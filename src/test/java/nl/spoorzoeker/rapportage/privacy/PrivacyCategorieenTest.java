package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the categories the guard missed (pregnancy, medication brand names, named institutions,
 * "-patiënt"/"-ziekte"/"-stoornis"/"-klachten" compounds, trauma), and the organisation context in
 * which a care organisation's name is fine while the same words in running text are hits.
 */
class PrivacyCategorieenTest {

    static final Privacytoets TOETS = Privacytoets.standaard();

    static List<Categorie> categorieen(String tekst) {
        return TOETS.toets(tekst).stream().map(Treffer::categorie).toList();
    }

    static void gevonden(Categorie verwacht, String... zinnen) {
        for (String zin : zinnen) {
            // Every hit of the expected kind; a sentence may name it twice ("borstvoeding", "kolfruimte").
            assertEquals(List.of(verwacht), categorieen(zin).stream().distinct().toList(), zin + " -> " + TOETS.toets(zin));
        }
    }

    @Test
    void pregnancyChildbirthAndFertility() {
        gevonden(Categorie.ZWANGERSCHAP,
                "Werknemer is zwanger van haar tweede kind.",
                "Ze is hoogzwanger en werkt tot de zomer.",
                "De zwangerschap verloopt voorspoedig.",
                "Na haar zwangerschapsverlof pakt ze de draad weer op.",
                "Ze is in verwachting van een kind.",
                "Na de bevalling is het traject gepauzeerd.",
                "Het bevallingsverlof loopt tot 1 maart.",
                "Na de miskraam heeft ze een week vrij genomen.",
                "Ze zitten in een ivf-traject.",
                "Er is een kinderwens, daarom wil ze minder uren.",
                "Ze geeft nog borstvoeding en heeft een kolfruimte nodig op het werk.",
                "De verloskundige heeft rust geadviseerd.",
                "Ze had last van pre-eclampsie.");
        assertTrue(TOETS.toets("De werkervaringsplek is goed bevallen.").isEmpty(), "'bevallen' is also 'liked'");
        assertTrue(TOETS.toets("Werknemer is reëel in haar verwachtingen over het salaris.").isEmpty());
    }

    @Test
    void medicationBrandNamesAndTheirSubstances() {
        gevonden(Categorie.MEDICATIE,
                "Hij gebruikt sinds kort Seroquel.",
                "Ze slikt Ozempic.",
                "Werknemer neemt Lyrica voor de zenuwen in het been.",
                "Hij neemt Xanax als het druk wordt.",
                "Ze is overgestapt van Efexor naar iets anders.",
                "Hij gebruikt Eliquis.",
                "Ze neemt 's avonds melatonine.",
                "Ze heeft Nurofen bij zich.");
        assertEquals(2, TOETS.toets("Ze gebruikt pregabaline en Ritalin.").size());
    }

    @Test
    void namedCareInstitutions() {
        gevonden(Categorie.INSTELLING,
                "Werknemer is bekend bij Parnassia.",
                "Hij gaat twee keer per week naar de Jellinek.",
                "Ze zit nu bij Rijndam.",
                "Hij is aangemeld bij Pro Persona.",
                "Ze heeft een intake gehad bij Psytrec.",
                "Hij was onder controle in het Antoni van Leeuwenhoek.",
                "Ze heeft een afspraak bij het Erasmus MC.");
    }

    @Test
    void compoundsThatNameTheConditionAndTrauma() {
        gevonden(Categorie.DIAGNOSE, "Hij is hartpatiënt.", "Ze is longpatiënte.",
                "Ze heeft een zeldzame spierziekte.", "Er is een auto-immuunziekte vastgesteld.",
                "Er is sprake van een ontwikkelingsstoornis.", "Hij heeft een hechtingsstoornis.",
                "Ze heeft een jeugdtrauma.", "Er speelt een trauma uit het verleden.", "Het was een traumatische ervaring.",
                "Hij is getraumatiseerd door het ongeval.");
        gevonden(Categorie.SYMPTOOM, "Hij heeft buikklachten.", "Ze heeft spierklachten in de schouders.");
        gevonden(Categorie.BEHANDELING, "Ze volgt traumatherapie.");
        // On their own these are ordinary words; as a complaint about the employer too.
        for (String gewoon : List.of("Werknemer wil graag met patiënten werken.", "Tijdens de ziekte bleef hij betrokken.",
                "Ze handelde klantklachten af bij de energieleverancier.", "Er is een klacht ingediend over de planning.",
                "De klachten van klanten worden goed opgepakt.", "De nieuwe software heeft nog wat kinderziektes.",
                "Tegen de werkgever loopt geen aanklacht.", "He is impatient with slow colleagues.")) {
            assertEquals(List.of(), TOETS.toets(gewoon), gewoon);
        }
    }

    @Test
    void aCareOrganisationIsFineAsAnOrganisation() {
        for (String naam : List.of("Ziekenhuis Rivierenland", "Apotheek De Linde", "GGZ Centraal", "Ziekenhuisgroep Twente",
                "Parnassia Groep", "UMC Utrecht", "Erasmus MC", "Revalidatiecentrum Blixembosch", "Huisartsenpraktijk Zuid",
                "Jeroen Bosch Ziekenhuis", "Hospice De Vier Vogels", "Fysiotherapie Centrum West", "Rijndam Revalidatie",
                "St. Antonius Ziekenhuis", "GGZ-instelling Emergis", "Spaarne Gasthuis", "Isala")) {
            assertEquals(List.of(), TOETS.toetsOrganisatie(naam), naam);
            assertEquals(List.of(), TOETS.toets(naam, Locale.ENGLISH, Veldsoort.ORGANISATIE), naam);
        }
        // What is not a care organisation's name stays a hit there too.
        assertEquals(List.of("Diabetescentrum"), gevonden(TOETS.toetsOrganisatie("Diabetescentrum Zwolle")));
        assertEquals(List.of("ziekenhuisopname"), gevonden(TOETS.toetsOrganisatie("ziekenhuisopname")));
        assertEquals(List.of("psychiater"), gevonden(TOETS.toetsOrganisatie("Ziekenhuis Rivierenland, psychiater")));
        assertEquals(List.of(Categorie.BSN), TOETS.toetsOrganisatie("GGZ Centraal 123456782").stream()
                .map(Treffer::categorie).toList());
    }

    @Test
    void theSameWordsInRunningTextAreHits() {
        assertEquals(List.of("ziekenhuisopname"), gevonden(TOETS.toets("Na de ziekenhuisopname is het traject hervat.")));
        // The named institution is one hit over its whole name (since the lexicon names the GGZ institutions).
        assertEquals(List.of("GGZ Centraal"), gevonden(TOETS.toets("Werknemer was opgenomen in GGZ Centraal.")));
        assertEquals(List.of("ziekenhuis"), gevonden(TOETS.toets("Werknemer lag twee weken in het ziekenhuis.")));
        assertEquals(List.of("Ziekenhuis"),
                gevonden(TOETS.toets("Ze had een afspraak bij Ziekenhuis Rivierenland.")));
        assertEquals(List.of("ziekenhuis"), gevonden(TOETS.toets("Het gesprek vond plaats in het ziekenhuis.")));
        assertEquals(List.of("ziekenhuis"), gevonden(TOETS.toets("Gesprek in het ziekenhuis.")), "a talk there is a visit");
        assertEquals(List.of("Parnassia"), gevonden(TOETS.toets("Hij is bekend bij Parnassia.")));
        assertEquals(List.of("Apotheek"), gevonden(TOETS.toets("Ze haalt elke week iets bij Apotheek De Linde.")));
    }

    @Test
    void anEmployerThatIsAHospitalDoesNotBlockAJobSearchSentence() {
        for (String zin : List.of("Werknemer solliciteerde bij het ziekenhuis als logistiek medewerker.",
                "Er is een vacature bij het Maasstad Ziekenhuis voor een secretaresse.",
                "Het sollicitatiegesprek bij Ziekenhuis Rivierenland ging goed.",
                "Ze heeft een werkervaringsplek in het ziekenhuis, op de afdeling facilitair.",
                "Hij werkt bij GGZ Centraal als beveiliger.",
                "Open sollicitatie bij Apotheek De Linde verstuurd.",
                "She applied at the hospital as a receptionist.")) {
            assertEquals(List.of(), TOETS.toets(zin), zin);
        }
        // Only the organisation: what the sentence says besides still counts, and a full stop ends the context.
        assertEquals(List.of("depressie"), gevonden(TOETS.toets("Hij solliciteerde bij het ziekenhuis ondanks zijn depressie.")));
        assertEquals(List.of("ziekenhuis"), gevonden(TOETS.toets("Hij solliciteert. In het ziekenhuis gaat het goed.")));
        assertEquals(List.of("hospital"), gevonden(TOETS.toets("We met the employee in the hospital.", Locale.ENGLISH)));
        assertEquals(List.of("ziekenhuis"), gevonden(TOETS.toets("Gesprek met werknemer in het ziekenhuis.")));
        assertEquals(List.of("ziekenhuisopname"),
                gevonden(TOETS.toets("Werknemer solliciteerde na de ziekenhuisopname bij een supermarkt.")));
    }

    static List<String> gevonden(List<Treffer> treffers) {
        return treffers.stream().map(Treffer::gevonden).toList();
    }

    @Test
    void everyCategoryHasANameAndAnAlternativeKey() {
        for (Categorie c : Categorie.values()) {
            assertEquals("privacy.categorie." + c.name(), c.naamSleutel());
            assertEquals("privacy.alternatief." + c.name(), c.alternatiefSleutel());
        }
    }
}
