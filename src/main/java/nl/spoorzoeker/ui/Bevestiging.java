package nl.spoorzoeker.ui;

import javafx.stage.Window;

/**
 * Asks before an action that cannot be undone (removing a recorded fact, making a report final):
 * the button names the action, Annuleren (Escape) keeps everything as it was.
 */
public final class Bevestiging {

    private Bevestiging() {
    }

    /**
     * @param id     the dialog pane's id (tests find it by it); the action button is {@code id + "-ja"}
     * @param extra  a warning shown above the question (e.g. what is missing), or null
     */
    public static boolean vraag(Window owner, String id, String titel, String vraag, String extra, String actie) {
        return new FxMeldingen(() -> owner).bevestig(id, titel, vraag, extra, actie);
    }
}
