package nl.spoorzoeker.help.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.spoorzoeker.help.Licenties;
import nl.spoorzoeker.help.Licenties.Bibliotheek;
import nl.spoorzoeker.ui.I18n;

/**
 * Help › Over Spoorzoeker › Licenties: every library this build ships, with its licence, and the
 * full text (the library's own LICENSE/NOTICE, or its copyright lines and the licence) of the one
 * selected, read from the list the build generated.
 */
public final class LicentiesVenster {

    private final Hulpvenster venster = new Hulpvenster("licenties", "licenties.titel", 760, 680);

    public void toon(Window eigenaar) {
        venster.toon(eigenaar, () -> inhoud(Licenties.inDezeBuild()));
    }

    static Node inhoud(List<Bibliotheek> lijst) {
        VBox root = new VBox(12);
        root.setPadding(new Insets(20, 24, 20, 24));
        Label titel = new Label(I18n.t("licenties.titel"));
        titel.getStyleClass().add(Styles.TITLE_3);
        Label uitleg = new Label(lijst.isEmpty() ? I18n.t("licenties.geenLijst") : I18n.t("licenties.uitleg", lijst.size()));
        uitleg.setWrapText(true);
        ListView<Bibliotheek> bibliotheken = new ListView<>();
        bibliotheken.setId("licenties-lijst");
        // By name, as a reader looks one up; the generated file is in the build's dependency order.
        bibliotheken.getItems().setAll(lijst.stream().sorted(java.util.Comparator.comparing(
                (Bibliotheek b) -> b.naam().toLowerCase(java.util.Locale.ROOT))).toList());
        bibliotheken.setPrefHeight(260);
        bibliotheken.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Bibliotheek b, boolean leeg) {
                super.updateItem(b, leeg);
                setText(leeg || b == null ? null : b.naam() + " " + b.versie() + " — " + String.join(", ", b.licenties()));
            }
        });
        TextArea tekst = new TextArea();
        tekst.setId("licenties-tekst");
        tekst.setEditable(false);
        tekst.setWrapText(true);
        tekst.setPrefRowCount(14);
        tekst.setStyle("-fx-font-family: monospace;");
        bibliotheken.getSelectionModel().selectedItemProperty().addListener((o, oud, b) -> {
            tekst.setText(b == null ? "" : Licenties.volledigeTekst(b));
            tekst.positionCaret(0);
        });
        if (!lijst.isEmpty()) {
            bibliotheken.getSelectionModel().selectFirst();
        }
        root.getChildren().addAll(titel, uitleg, bibliotheken, tekst);
        return root;
    }
}
