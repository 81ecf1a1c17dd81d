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

    /**
     * Watches a group session's text knowing the group (issue 18): {@code deelnemers} are the
     * participants as the form holds them now (read on the JavaFX thread at each check), whose first
     * names count too, and {@code nietDeelnemers} who may be named there (the trainers).
     */
    default <T extends TextInputControl> T groep(T veld, java.util.function.Supplier<? extends java.util.Collection<String>> deelnemers,
            java.util.function.Supplier<? extends java.util.Collection<String>> nietDeelnemers) {
        return groep(veld);
    }

    /** The people a watched field names now, as shown to the coach ("Ahmed (deelnemer)"); empty when none. */
    default java.util.List<String> genoemd(TextInputControl veld) {
        return java.util.List.of();
    }

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
