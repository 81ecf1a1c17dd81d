package nl.spoorzoeker.rapportage.privacy;

import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.raak;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.raakEngels;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.schoon;
import static nl.spoorzoeker.rapportage.privacy.Toetszinnen.schoonEngels;

import org.junit.jupiter.api.Test;

/**
 * The eighth round (docs/privacy-toets.md): the lexicon's blocks on ordinary lines of the retired blind set v7 —
 * all nine were care as a trade, a department or a practice's name in a job sentence. Each test holds ordinary
 * sentences of that shape that must pass and medical ones of a near shape that must stay hits. The sentences are
 * written for this test, not taken from any corpus.
 */
class PrivacyAchtsteRondeTest {

    /** Dutch joins a long field to its title with a hyphen: "logopedie-assistent", "oncologie-administratie". */
    @Test
    void aHyphenatedCareFieldBeforeATitleOrDepartmentIsTheJob() {
        schoon("Team dialyse-planning zoekt een collega voor drie dagen.",
                "Reactie gestuurd op een vacature voor logopedie-assistent in Zwolle.",
                "Ze doet sinds maart de oncologie-administratie bij het streekziekenhuis, 16 uur.",
                "Hij zoekt iets als fysiotherapie-receptionist, liefst in de ochtend.");
        raak("Ze heeft fysiotherapie-oefeningen voor thuis gekregen.");
    }

    /** English may put one or two nouns between the field and the title: "medicine delivery driver". */
    @Test
    void aCareFieldSomeNounsBeforeAnEnglishTitleIsTheJobsField() {
        schoonEngels("She is applying for a pharmacy stock room assistant role in Breda.",
                "Interview on Monday: physiotherapy front desk receptionist, 24 hours.",
                "Vacancy: dementia care team coordinator, nights.");
        raakEngels("He takes medicine every morning before driver training.",
                "She needs dementia care at home, her son is a driver.", "She gets her medicine from the driver.",
                "His dementia is getting worse, he can no longer work as an assistant.");
    }

    /** A capitalised care word followed by a capitalised name is a practice: "Fysio Oost", "Physio Centre West". */
    @Test
    void aPracticesNameInAJobSentenceIsAnEmployer() {
        schoon("Sollicitatie: receptionist bij Fysio Oost Deventer, in behandeling.");
        schoonEngels("Organisation: Physio Centre West, role: receptionist.");
        raak("Hij gaat elke week naar de fysio in Deventer.");
        raakEngels("Organisation: she sees the physio every week, no applications.");
    }

    /** "maternity cover" is the English zwangerschapsvervanging: a vacancy, not anyone's pregnancy. */
    @Test
    void maternityCoverIsAVacancy() {
        schoonEngels("Role: maternity cover at the town hall front office, six months.");
        raakEngels("She is on maternity leave until March.");
    }
}
