package nl.spoorzoeker.help.ui;

import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the main window, in one place: the window registers these and the
 * overview (Help › Sneltoetsen) lists these, so the two cannot drift apart.
 */
public enum Sneltoets {
    NIEUW_DOSSIER("Shortcut+N", Groep.ALGEMEEN),
    NIEUW_CONTACT("Shortcut+L", Groep.DOSSIER),
    DOSSIER_ZOEKEN("Shortcut+F", Groep.ALGEMEEN),
    VERGRENDELEN("Shortcut+Shift+L", Groep.ALGEMEEN),
    AFSLUITEN("Shortcut+Q", Groep.ALGEMEEN),
    POORTWACHTER("F1", Groep.ALGEMEEN),
    SNELTOETSEN("Shortcut+Slash", Groep.ALGEMEEN),
    VANDAAG("Shortcut+1", Groep.SCHERMEN),
    DOSSIERS("Shortcut+2", Groep.SCHERMEN),
    AGENDA("Shortcut+3", Groep.SCHERMEN),
    ZOEKEN("Shortcut+4", Groep.SCHERMEN),
    ZOEKEN_OVERAL("Shortcut+K", Groep.SCHERMEN),
    WERKGEVERS("Shortcut+5", Groep.SCHERMEN),
    INSTELLINGEN("Shortcut+6", Groep.SCHERMEN);

    /** Headings of the overview, in this order. */
    public enum Groep {
        ALGEMEEN, SCHERMEN, DOSSIER
    }

    private final String combinatie;
    private final Groep groep;

    Sneltoets(String combinatie, Groep groep) {
        this.combinatie = combinatie;
        this.groep = groep;
    }

    public KeyCombination combinatie() {
        return KeyCombination.keyCombination(combinatie);
    }

    public Groep groep() {
        return groep;
    }

    /** What the coach reads in the overview, e.g. "Ctrl+N" here and "⌘N" on a Mac. */
    public String toets() {
        return combinatie().getDisplayText();
    }

    public String omschrijvingKey() {
        return "sneltoets." + name();
    }
}
