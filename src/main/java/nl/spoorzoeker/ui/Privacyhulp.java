package nl.spoorzoeker.ui;

import javafx.scene.control.TextInputControl;

/**
 * Live help while the coach types in a free-text field that can reach an employer report (issue 17
 * item 6): words the report's privacy gate would stop are marked as they are typed, with the neutral
 * wording. The screens only attach it; the privacy feature implements it, so a screen needs no
 * knowledge of the guard and {@code ui} does not depend on the report feature.
 */
public interface Privacyhulp {

    /** What the field holds, which decides how it is read and how gently the coach is told. */
    enum Veld {
        /** Running text written for (or copied into) a report. */
        TEKST,
        /** An organisation's name: a hospital as an employer is fine there. */
        ORGANISATIE,
        /**
         * An answer written down during a conversation (intake, acceptatie): the coach is told at entry
         * that this looks like medical information that should not be recorded at all (domain.md §5.3.3).
         */
        GESPREK,
        /**
         * A group session's text (title, summary): it is copied into every participant's report, so the
         * names of the practice's werknemers count too, as they do at the report's gate (issue 17 item 5).
         */
        GROEP
    }

    /** Starts watching the field; nothing happens for a field that is never typed in. */
    void bewaak(TextInputControl veld, Veld soort);

    /** For screens and tests without a practice: no hints. */
    Privacyhulp GEEN = (veld, soort) -> { };

    default <T extends TextInputControl> T tekst(T veld) {
        bewaak(veld, Veld.TEKST);
        return veld;
    }

    default <T extends TextInputControl> T organisatie(T veld) {
        bewaak(veld, Veld.ORGANISATIE);
        return veld;
    }

    default <T extends TextInputControl> T groep(T veld) {
        bewaak(veld, Veld.GROEP);
        return veld;
    }

    default <T extends TextInputControl> T gesprek(T veld) {
        bewaak(veld, Veld.GESPREK);
        return veld;
    }
}
