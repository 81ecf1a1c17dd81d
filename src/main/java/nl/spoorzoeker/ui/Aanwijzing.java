package nl.spoorzoeker.ui;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/**
 * One record inside a dossier that another screen (search) points at: its kind and id. The
 * dossier screen opens the tab that shows it and selects it there.
 */
public record Aanwijzing(Soort soort, int id) {

    /** The kinds of record a dossier screen can point at; each lives on one tab. */
    public enum Soort {
        DOSSIER, CONTACTMOMENT, GROEPSSESSIE, SOLLICITATIE, NETWERKCONTACT, WERKERVARINGSPLEK,
        WERKERVARING_EVALUATIE, AFSPRAAK, STAPANTWOORD, DOEL, BELASTBAARHEID, PERSOONSPROFIEL, ZOEKPROFIEL,
        AD_RAPPORT, RAPPORT
    }

    /** Style class of a card or line that was pointed at, so the eye finds it (tables select the row). */
    public static final String STIJL = "aangewezen";

    /** Selects, shows and focuses the first row that matches; false when there is none. */
    public static <T> boolean kies(TableView<T> tabel, Predicate<T> welke) {
        for (int i = 0; i < tabel.getItems().size(); i++) {
            if (welke.test(tabel.getItems().get(i))) {
                tabel.getSelectionModel().clearAndSelect(i);
                tabel.getFocusModel().focus(i);
                tabel.scrollTo(i);
                tabel.requestFocus();
                return true;
            }
        }
        return false;
    }

    /** Marks a node as pointed at and brings it into view inside the scroll pane around it. */
    public static void markeer(Node node) {
        if (!node.getStyleClass().contains(STIJL)) {
            node.getStyleClass().add(STIJL);
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                // After layout: the node's place is only known once the tab is on screen.
                javafx.application.Platform.runLater(() -> {
                    var inhoud = scroll.getContent().getLayoutBounds();
                    var plek = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    double ruimte = inhoud.getHeight() - scroll.getViewportBounds().getHeight();
                    if (ruimte > 0) {
                        scroll.setVvalue(Math.clamp(plek.getMinY() / ruimte, 0, 1));
                    }
                });
                return;
            }
        }
    }
}
