package nl.spoorzoeker.instrument.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.spoorzoeker.instrument.Tekstversie;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;

/**
 * The text history of a kernkwadrant or a STARR story (V27): every saved version, newest first, with
 * the moment it was saved and its text, read only. An earlier version can be made current again; that
 * is saved as a new version, so nothing of the history is lost.
 */
public final class Tekstgeschiedenis {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm")
            .withZone(Tijdzone.PRAKTIJK);

    private Tekstgeschiedenis() {
    }

    /**
     * @param id      the dialog pane's id; a version is {@code id-versie-n}, its restore button {@code id-herstel-n}
     * @param velden  a version's text as (label key, text) pairs, in the order the editor shows them
     * @param herstel called with the number of the version to make current, after the dialog closed
     */
    public static <T> void toon(Window owner, String id, String titel, List<Tekstversie<T>> versies,
                                Function<T, List<String[]>> velden, IntConsumer herstel) {
        Dialog<Void> dialoog = new Dialog<>();
        dialoog.initOwner(owner);
        dialoog.setTitle(titel);
        dialoog.setHeaderText(titel);
        dialoog.getDialogPane().setId(id);
        VBox lijst = new VBox(10);
        lijst.setPadding(new Insets(4, 12, 4, 4));
        Label uitleg = new Label(I18n.t("geschiedenis.uitleg"));
        uitleg.setWrapText(true);
        uitleg.getStyleClass().add("text-muted");
        lijst.getChildren().add(uitleg);
        for (int i = 0; i < versies.size(); i++) {
            Tekstversie<T> v = versies.get(i);
            Label kop = new Label(I18n.t(i == 0 ? "geschiedenis.nu" : "geschiedenis.versie", v.nummer(),
                    MOMENT.format(v.opgeslagen())));
            kop.getStyleClass().add("text-bold");
            VBox versie = new VBox(4, new Separator(), kop);
            versie.setId(id + "-versie-" + v.nummer());
            for (String[] veld : velden.apply(v.tekst())) {
                Label k = new Label(I18n.t(veld[0]).replace("_", ""));
                k.getStyleClass().add("text-muted");
                Label tekst = new Label(veld[1] == null || veld[1].isBlank() ? "–" : veld[1]);
                tekst.setWrapText(true);
                versie.getChildren().add(new VBox(1, k, tekst));
            }
            if (i > 0) {
                Button terug = new Button(I18n.t("geschiedenis.herstel"));
                terug.setId(id + "-herstel-" + v.nummer());
                int nummer = v.nummer();
                terug.setOnAction(e -> {
                    dialoog.close();
                    herstel.accept(nummer);
                });
                versie.getChildren().add(terug);
            }
            lijst.getChildren().add(versie);
        }
        ScrollPane rol = new ScrollPane(lijst);
        rol.setFitToWidth(true);
        rol.setPrefSize(560, 460);
        dialoog.getDialogPane().setContent(rol);
        dialoog.getDialogPane().getButtonTypes().add(Knoppen.sluiten());
        dialoog.show();
    }
}
