package nl.spoorzoeker.bewaartermijn.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.spoorzoeker.bewaartermijn.Bewaarplicht;
import nl.spoorzoeker.bewaartermijn.Bewaarregel;
import nl.spoorzoeker.bewaartermijn.Bewaarstaat;
import nl.spoorzoeker.bewaartermijn.BewaartermijnService;
import nl.spoorzoeker.bewaartermijn.Omvang;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.DateField;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.Toetsenbord;

/** The questions of the Bewaartermijnen screen: a bewaarplicht, the term, and the confirmation of a deletion. */
final class BewaarDialogs {

    /** What the coach chose for a bewaarplicht. */
    record PlichtKeuze(Bewaarplicht.Reden reden, String toelichting) {
    }

    /** A confirmed deletion: the name as typed (the service checks it again) and whether the werkgever goes too. */
    record VerwijderKeuze(String getypteNaam, boolean ookWerkgever) {
    }

    private static final double BREEDTE = 520;

    private BewaarDialogs() {
    }

    static Optional<PlichtKeuze> vraagBewaarplicht(Window owner, Bewaarregel r) {
        Dialog<PlichtKeuze> dialog = dialog(owner, "bewaren.plicht.titel", "plicht-dialoog");
        ComboBox<Bewaarplicht.Reden> reden = Choices.of(Bewaarplicht.Reden.values(), "bewaarplicht.reden.");
        reden.setId("plicht-reden");
        reden.setMaxWidth(Double.MAX_VALUE);
        TextArea toelichting = new TextArea();
        toelichting.setId("plicht-toelichting");
        toelichting.setPrefRowCount(3);
        toelichting.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, tekst(I18n.t("bewaren.plicht.uitleg", r.werknemer())),
                new Label(I18n.t("bewaren.plicht.reden")), reden, new Label(I18n.t("bewaren.plicht.toelichting")),
                toelichting));
        ButtonType opslaan = Knoppen.opslaan();
        dialog.getDialogPane().getButtonTypes().setAll(opslaan, Knoppen.annuleren());
        Node knop = dialog.getDialogPane().lookupButton(opslaan);
        knop.setId("plicht-opslaan");
        // Enabled once the choice is complete, so the service's refusal is only a backstop.
        knop.disableProperty().bind(Bindings.createBooleanBinding(() -> reden.getValue() == null
                        || (reden.getValue() == Bewaarplicht.Reden.ANDERS && toelichting.getText().isBlank())
                        || toelichting.getText().strip().length() > Bewaarplicht.MAX_TOELICHTING,
                reden.valueProperty(), toelichting.textProperty()));
        dialog.setResultConverter(b -> b == opslaan ? new PlichtKeuze(reden.getValue(), toelichting.getText()) : null);
        dialog.setOnShown(e -> pasAan(dialog));
        Toetsenbord.formulier(dialog, (javafx.scene.control.Button) knop);
        Toetsenbord.eersteVeld(dialog, () -> reden);
        return dialog.showAndWait();
    }

    /** Empty: cancelled; an empty inner value: back to the default term; else the coach's own date. */
    static Optional<Optional<LocalDate>> vraagTermijn(Window owner, Bewaarregel r, LocalDate standaard) {
        Dialog<Optional<LocalDate>> dialog = dialog(owner, "bewaren.termijn.titel", "termijn-dialoog");
        ToggleGroup groep = new ToggleGroup();
        RadioButton standaardKeuze = new RadioButton(I18n.t("bewaren.termijn.standaard") + ": "
                + DateInput.format(standaard));
        standaardKeuze.setId("termijn-standaard");
        standaardKeuze.setToggleGroup(groep);
        RadioButton eigenKeuze = new RadioButton(I18n.t("bewaren.termijn.eigen"));
        eigenKeuze.setId("termijn-eigen");
        eigenKeuze.setToggleGroup(groep);
        DateField datum = new DateField("termijn-datum");
        datum.textProperty().set(DateInput.format(r.eigenDatum() != null ? r.eigenDatum() : r.vervaldatum()));
        datum.disableProperty().bind(eigenKeuze.selectedProperty().not());
        (r.eigenDatum() != null ? eigenKeuze : standaardKeuze).setSelected(true);
        Label fout = new Label();
        fout.getStyleClass().add("form-errors");
        fout.setId("termijn-fout");
        dialog.getDialogPane().setContent(new VBox(10, standaardKeuze, new HBox(8, eigenKeuze, datum), fout));
        dialog.getDialogPane().getButtonTypes().setAll(Knoppen.opslaan(), Knoppen.annuleren());
        Node knop = dialog.getDialogPane().lookupButton(Knoppen.opslaan());
        knop.setId("termijn-opslaan");
        knop.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            Parsed<LocalDate> d = DateInput.required(datum.textProperty().get());
            if (eigenKeuze.isSelected() && !d.isOk()) {
                fout.setText(I18n.t(d.errorKey()));
                event.consume();
            }
        });
        dialog.setResultConverter(b -> b != Knoppen.opslaan() ? null : eigenKeuze.isSelected()
                ? Optional.of(DateInput.required(datum.textProperty().get()).value()) : Optional.empty());
        // The chosen term has the cursor, not Opslaan: arrow keys change the choice straight away.
        Toetsenbord.eersteVeld(dialog, () -> (Node) groep.getSelectedToggle());
        return dialog.showAndWait();
    }

    /**
     * Names what will go and asks for the werknemer's name before the delete button works. The
     * werkgever is only offered when no other traject names it, and is kept unless ticked.
     */
    static Optional<VerwijderKeuze> bevestigVerwijderen(Window owner, Omvang o) {
        Dialog<VerwijderKeuze> dialog = dialog(owner, "bewaren.verwijder.titel", "verwijder-dialoog");
        List<Node> inhoud = new ArrayList<>();
        Label kop = tekst(I18n.t("bewaren.verwijder.kop", o.werknemer(), o.werkgever()));
        kop.getStyleClass().add("text-bold");
        inhoud.add(kop);
        inhoud.add(new Label(I18n.t("bewaren.verwijder.wat")));
        List<String> punten = new ArrayList<>(List.of(
                I18n.t("bewaren.verwijder.contactmomenten", o.contactmomenten()),
                I18n.t("bewaren.verwijder.sollicitaties", o.sollicitaties(), o.bijlagen()),
                I18n.t("bewaren.verwijder.rapporten", o.rapporten(), o.definitieveRapporten()),
                I18n.t("bewaren.verwijder.afspraken", o.afspraken()),
                I18n.t("bewaren.verwijder.overig", o.overigeRegels())));
        if (o.werknemerGaatMee()) {
            punten.add(I18n.t("bewaren.verwijder.werknemer", o.werknemer()));
        }
        VBox lijst = new VBox(2);
        lijst.setId("verwijder-lijst");
        punten.forEach(p -> lijst.getChildren().add(tekst("•  " + p)));
        inhoud.add(lijst);
        if (!o.werknemerGaatMee()) {
            inhoud.add(tekst(I18n.t("bewaren.verwijder.werknemerBlijft", o.werknemer())));
        }
        CheckBox werkgever = new CheckBox(I18n.t("bewaren.verwijder.werkgever", o.werkgever()));
        werkgever.setId("verwijder-werkgever");
        werkgever.setWrapText(true);
        if (o.werkgeverAlleen()) {
            inhoud.add(werkgever);
        }
        if (o.staat() != Bewaarstaat.VERLOPEN) {
            Label vroeg = tekst(I18n.t("bewaren.verwijder.voortijdig"));
            vroeg.setId("verwijder-voortijdig");
            vroeg.getStyleClass().add("form-errors");
            inhoud.add(vroeg);
        }
        Label backups = tekst(I18n.t("bewaren.verwijder.backups"));
        backups.getStyleClass().add("text-muted");
        inhoud.add(backups);
        TextField naam = new TextField();
        naam.setId("verwijder-naam");
        naam.setPromptText(o.werknemer());
        inhoud.add(tekst(I18n.t("bewaren.verwijder.typ", o.werknemer())));
        inhoud.add(naam);
        dialog.getDialogPane().setContent(new VBox(8, inhoud.toArray(Node[]::new)));

        ButtonType weg = new ButtonType(I18n.t("bewaren.verwijder.knop"), ButtonBar.ButtonData.OK_DONE);
        // Annuleren is the default: Enter must never delete.
        ButtonType annuleren = new ButtonType(I18n.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(weg, annuleren);
        javafx.scene.control.Button knop = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(weg);
        knop.setId("verwijder-bevestig");
        knop.setDefaultButton(false);
        knop.getStyleClass().add("danger");
        knop.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !BewaartermijnService.bevestigd(naam.getText(), o.werknemer()), naam.textProperty()));
        dialog.setResultConverter(b -> b == weg ? new VerwijderKeuze(naam.getText(), werkgever.isSelected()) : null);
        dialog.setOnShown(e -> pasAan(dialog));
        Toetsenbord.eersteVeld(dialog, () -> naam);
        return dialog.showAndWait();
    }

    private static <R> Dialog<R> dialog(Window owner, String titelKey, String id) {
        Dialog<R> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t(titelKey));
        dialog.setHeaderText(I18n.t(titelKey));
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setPrefWidth(BREEDTE);
        dialog.setOnShown(e -> pasAan(dialog));
        return dialog;
    }

    /** Some platforms (the headless one among them) do not grow the window to the pane's size by themselves. */
    private static void pasAan(Dialog<?> dialog) {
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }

    private static Label tekst(String s) {
        Label label = new Label(s);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(BREEDTE - 40);
        return label;
    }
}
