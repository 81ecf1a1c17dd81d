package nl.spoorzoeker.rapportage.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.rapportage.Doorlezing;
import nl.spoorzoeker.rapportage.privacy.Treffer;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.ui.Knoppen;

/**
 * The read-through of a report's free text before it is final (issue 17, eleventh round): every passage the report
 * prints, under the name of the section or contact it comes from, the sentences the sentence model thinks deserve
 * extra care in bold and underlined. "Bevestigen" stays greyed until the coach ticks that all of it was read and none
 * of it is about the werknemer's health; Annuleren (Escape) leaves the report as it was, to rephrase a passage.
 */
final class Doorleesvenster {

    private Doorleesvenster() {
    }

    /** Shows the read-through and waits: true when the coach confirmed it. */
    static boolean toon(Window eigenaar, Doorlezing d, Teksten tk) {
        Dialog<ButtonType> dialoog = new Dialog<>();
        dialoog.initOwner(eigenaar);
        dialoog.setTitle(tk.t("rapport.doorlezen.titel"));
        dialoog.setResizable(true);
        dialoog.getDialogPane().setId("rapport-doorlezen");
        if (eigenaar != null && eigenaar.getScene() != null) {
            dialoog.getDialogPane().getStylesheets().setAll(eigenaar.getScene().getStylesheets());
        }
        Label kop = new Label(tk.t("rapport.doorlezen.kop"));
        kop.setWrapText(true);
        int gemarkeerd = d.passages().stream().mapToInt(p -> p.aandacht().size()).sum();
        Label legenda = new Label(tk.t("rapport.doorlezen.legenda", gemarkeerd));
        legenda.setWrapText(true);
        legenda.getStyleClass().add("text-muted");
        VBox passages = new VBox(12);
        passages.setId("rapport-doorlezen-passages");
        String vorige = null;
        VBox groep = null;
        for (Doorlezing.Passage p : d.passages()) {
            // A contact's goal, summary and agreements under one heading: the passages of one place read together.
            String waar = tk.t(p.labelKey(), p.labelArgs().stream()
                    .map(a -> a instanceof LocalDate datum ? DateInput.format(datum) : a).toArray());
            if (!waar.equals(vorige)) {
                Label kopje = new Label(waar);
                kopje.getStyleClass().add("title-4");
                groep = new VBox(4, kopje);
                passages.getChildren().add(groep);
                vorige = waar;
            }
            TextFlow tekst = tekst(p);
            tekst.prefWidthProperty().bind(passages.widthProperty().subtract(8));
            groep.getChildren().add(tekst);
        }
        ScrollPane rol = new ScrollPane(passages);
        rol.setFitToWidth(true);
        rol.setPrefViewportHeight(380);
        rol.setPrefViewportWidth(640);
        CheckBox gelezen = new CheckBox(tk.t("rapport.doorlezen.gelezen"));
        gelezen.setId("rapport-doorlezen-gelezen");
        gelezen.setWrapText(true);
        dialoog.getDialogPane().setContent(new VBox(10, kop, legenda, rol, gelezen));
        ButtonType bevestig = new ButtonType(tk.t("rapport.doorlezen.bevestig"), ButtonData.OK_DONE);
        dialoog.getDialogPane().getButtonTypes().setAll(bevestig, Knoppen.annuleren());
        Button ja = (Button) dialoog.getDialogPane().lookupButton(bevestig);
        ja.setId("rapport-doorlezen-ja");
        ja.disableProperty().bind(gelezen.selectedProperty().not());
        ja.setDefaultButton(false); // Enter must not confirm what was not read; the box is ticked on purpose
        ((Button) dialoog.getDialogPane().lookupButton(Knoppen.annuleren())).setId("rapport-doorlezen-nee");
        dialoog.setOnShown(e -> rol.requestFocus());
        return dialoog.showAndWait().filter(b -> b == bevestig).isPresent() && gelezen.isSelected();
    }

    /** A passage as text, its marked sentences bold and underlined (style class {@code doorlees-aandacht}). */
    static TextFlow tekst(Doorlezing.Passage p) {
        List<Node> delen = new ArrayList<>();
        String t = p.tekst();
        int positie = 0;
        for (Treffer a : p.aandacht().stream().sorted(Comparator.comparingInt(Treffer::begin)).toList()) {
            int begin = Math.max(positie, Math.min(a.begin(), t.length()));
            int einde = Math.max(begin, Math.min(a.einde(), t.length()));
            if (begin > positie) {
                delen.add(new Text(t.substring(positie, begin)));
            }
            if (einde > begin) {
                Text zin = new Text(t.substring(begin, einde));
                zin.getStyleClass().add("doorlees-aandacht");
                zin.setUnderline(true);
                zin.setStyle("-fx-font-weight: bold;");
                delen.add(zin);
            }
            positie = einde;
        }
        if (positie < t.length()) {
            delen.add(new Text(t.substring(positie)));
        }
        delen.forEach(n -> n.getStyleClass().add("doorlees-tekst"));
        TextFlow flow = new TextFlow(delen.toArray(Node[]::new));
        flow.getStyleClass().add("doorlees-passage");
        return flow;
    }
}
