package nl.spoorzoeker.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
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
        ButtonType doen = new ButtonType(actie, ButtonData.OK_DONE);
        Alert alert = new Alert(extra == null ? Alert.AlertType.CONFIRMATION : Alert.AlertType.WARNING,
                extra == null ? vraag : extra + "\n\n" + vraag, doen, Knoppen.annuleren());
        alert.initOwner(owner);
        alert.setTitle(titel);
        alert.setHeaderText(titel);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().lookupButton(doen).setId(id + "-ja");
        alert.getDialogPane().lookupButton(Knoppen.annuleren()).setId(id + "-nee");
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return alert.showAndWait().filter(b -> b == doen).isPresent();
    }
}
