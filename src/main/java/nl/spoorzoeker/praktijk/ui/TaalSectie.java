package nl.spoorzoeker.praktijk.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;

/**
 * Instellingen: Nederlands or English. The choice is saved first (in the data folder, off the FX
 * thread), then made current and handed to {@code omgezet}, which rebuilds the screens in it.
 */
public final class TaalSectie implements Page {

    private final VBox root = new VBox(8);
    private final RadioButton nederlands = new RadioButton(I18n.t("taal.nl"));
    private final RadioButton engels = new RadioButton(I18n.t("taal.en"));

    public TaalSectie(UiContext ui, Taalkeuze keuze, Consumer<Locale> omgezet) {
        Label titel = new Label(I18n.t("taal.sectie"));
        titel.getStyleClass().add("title-4");
        Label uitleg = new Label(I18n.t("taal.uitleg"));
        uitleg.setWrapText(true);
        ToggleGroup groep = new ToggleGroup();
        nederlands.setToggleGroup(groep);
        engels.setToggleGroup(groep);
        nederlands.setId("taal-nl");
        engels.setId("taal-en");
        toonHuidige();
        groep.selectedToggleProperty().addListener((obs, oud, nieuw) -> {
            if (nieuw == null) {
                return;
            }
            Locale gekozen = nieuw == engels ? I18n.ENGLISH : I18n.DUTCH;
            if (Taalkeuze.isEngels(gekozen) == I18n.isEnglish()) {
                return;
            }
            nederlands.setDisable(true);
            engels.setDisable(true);
            ui.background().run(() -> {
                keuze.bewaar(gekozen);
                return gekozen;
            }, taal -> {
                Taalkeuze.pasToe(taal);
                omgezet.accept(taal);
            }, fout -> {
                nederlands.setDisable(false);
                engels.setDisable(false);
                toonHuidige();
                ErrorReporter.report(fout);
            });
        });
        HBox keuzes = new HBox(16, nederlands, engels);
        root.getChildren().addAll(titel, uitleg, keuzes);
        root.setPadding(new Insets(16, 0, 0, 0));
        root.setId("taal-sectie");
    }

    private void toonHuidige() {
        (I18n.isEnglish() ? engels : nederlands).setSelected(true);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        // The language is read at start and changed only here; nothing to reload.
    }
}
