package nl.spoorzoeker.rapportage.privacy;

import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.raak;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.raakEngels;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.schoon;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.schoonEngels;

import org.junit.jupiter.api.Test;

/**
 * The seventh round (docs/privacy-toets.md): the lexicon's blocks on ordinary work text that the retired blind
 * sets v4–v6 showed — care as the werknemer's trade or employer, a colleague's leave, figures of speech. Each
 * test holds the ordinary sentences that must pass now and the medical ones of the same shape that must stay
 * hits. The sentences are written for this test, not taken from any corpus.
 */
class PrivacyZevendeRondeTest {

    /** English puts the field before the job title: "ambulance driver", "outpatient clinic receptionist". */
    @Test
    void aCareWordBeforeAnEnglishJobTitleIsTheJobsField() {
        schoonEngels("The ambulance driver vacancy in Tilburg closes on Friday.",
                "She would like to be an outpatient clinic receptionist, mornings only.");
        raakEngels("He was taken to the emergency department by ambulance.",
                "She goes to the outpatient clinic every week.");
    }

    /** A practitioner as someone's trade: after als/as/tot/was/werd, or those and een/a/an. */
    @Test
    void aPractitionerNamedAsSomeonesTradeIsAJob() {
        schoon("Hij werkte twintig jaar als fysiotherapeut in een sportcentrum.",
                "Ze begint in september aan de opleiding tot praktijkondersteuner.",
                "Mevrouw was fysiotherapeut en zoekt nu iets in de verkoop.");
        schoonEngels("He trained as a physiotherapist before moving into sales.");
        raak("Hij gaat twee keer per week naar de fysiotherapeut.", "Het is de psychiater die het advies gaf.",
                "Ze was bij de psycholoog.");
        raakEngels("She sees a physiotherapist twice a week.");
    }

    /** "Patient administration", "patient transport": a department that hires, not a word of care. */
    @Test
    void aPatientServiceInAJobSentenceIsADepartment() {
        schoonEngels("She applied at the Maasstad hospital for a patient transport role.",
                "Interview next week at the hospital for the patient administration desk.");
        raakEngels("She applied for a job, but she is a patient at the hospital herself.");
    }

    /** A sentence that starts with a vacancy or application label is about a job as a whole. */
    @Test
    void aVacancyOrApplicationLabelMakesTheSentenceAJob() {
        schoon("Vacature: schoonmaker (parttime, avonden) in het Rode Kruis Ziekenhuis.",
                "Sollicitatie bij de apotheek van het Antonius Ziekenhuis als magazijnmedewerker, in behandeling.");
        schoon("Functie: magazijnmedewerker (nachtdienst) in het Elisabeth-TweeSteden Ziekenhuis.");
        schoonEngels("Vacancy: porter (nights) in the Amphia hospital, 32 hours.",
                "Placement: kitchen help (mornings) in the Royal Infirmary.");
        raak("Vacature gemist: hij lag in het ziekenhuis.", "Functie: sinds de opname in het ziekenhuis geen.",
                "Hij solliciteerde bij het ziekenhuis en is daar nu in behandeling.");
    }

    /** The ICU and the outpatient clinic as workplaces; someone who cleaned at a hospital worked there. */
    @Test
    void theIcuTheOutpatientClinicAndCleaningAreWorkInAJobSentence() {
        schoonEngels("She was a shift leader on the ICU of a large hospital and now looks for a job in logistics.",
                "Isala has a planner vacancy at its cardiology outpatient clinic.",
                "He cleaned offices at the Erasmus MC for six years.");
        raakEngels("He spent a week on the ICU after the accident.", "He was at the Erasmus MC for six weeks.");
    }

    /** A colleague's pregnancy leave is why a vacancy exists; the werknemer's is a hit. */
    @Test
    void aColleaguesLeaveInAVacancyIsNotTheWerknemers() {
        schoon("De vacature is ter vervanging van een collega met zwangerschapsverlof.",
                "Het is een zwangerschapsvervanging van vier maanden bij de gemeente.");
        schoonEngels("Temporary role covering a colleague on maternity leave.");
        raak("Ze gaat in maart met zwangerschapsverlof.", "Mevrouw is zwanger van haar tweede.");
        raakEngels("She starts her maternity leave in March.");
    }

    /** Fever for applying, a gloomy view of the job market, a child to the dentist. */
    @Test
    void threeFiguresOfSpeechAndAChildsAppointment() {
        schoon("De koorts van het solliciteren is bij haar flink toegeslagen.",
                "Hij ziet de arbeidsmarkt in zijn regio somber in.", "Vrijdag brengt hij zijn zoon naar de tandarts.");
        raak("Hij had koorts en bleef thuis.", "Ze is de laatste tijd erg somber.", "Ze moet zelf naar de tandarts.");
    }

    /** The hospital world as a sector; wheelchair buses and taxis as driving work. */
    @Test
    void theSectorAndWheelchairTransportAreWork() {
        schoon("Ze kent de ziekenhuiswereld goed van haar tijd bij de inkoop.", "Hij rijdt sinds mei op een rolstoeltaxi.");
        schoonEngels("He drives wheelchair minibuses for a transport firm.");
        raak("Hij zit sinds het ongeluk in een rolstoel.");
        raakEngels("She uses a wheelchair since the accident.");
    }
}
