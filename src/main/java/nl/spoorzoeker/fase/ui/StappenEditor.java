package nl.spoorzoeker.fase.ui;

import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.Stap;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormModel;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.ui.Meldingen;

/**
 * Instellingen: the guided steps and their questions per phase, as the coach wants them. Own
 * steps can be added; "Standaard herstellen" brings back the shipped list.
 */
public final class StappenEditor implements Page {

    private final UiContext ui;
    private final FaseService service;
    private final ComboBox<FaseSoort> fase = Choices.of(FaseSoort.values(), "fase.");
    private final ListView<Stap> list = new ListView<>();
    private final VBox root = new VBox(8);
    private List<Stap> alle = List.of();

    public StappenEditor(UiContext ui, FaseService service) {
        this.ui = ui;
        this.service = service;
        Label title = new Label(I18n.t("instellingen.stappen"));
        title.getStyleClass().add("title-4");
        Label uitleg = new Label(I18n.t("instellingen.stappen.uitleg"));
        uitleg.setWrapText(true);
        uitleg.getStyleClass().add("text-muted");
        fase.setId("stappen-fase");
        fase.setAccessibleText(I18n.t("instellingen.stappen.fase"));
        fase.setValue(FaseSoort.INTAKE);
        fase.valueProperty().addListener((obs, old, now) -> fill());
        list.setId("stappen-list");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Stap item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.titel() + " ("
                        + I18n.t("instellingen.stappen.aantalVragen", item.vragen().size()) + ")" + (item.actief() ? "" : " — " + I18n.t("instellingen.stappen.uit")));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                edit(list.getSelectionModel().getSelectedItem());
            }
        });
        Button add = new Button(I18n.t("instellingen.stappen.nieuw"), FontIcon.of(Material2AL.ADD, 14));
        add.setId("stappen-nieuw");
        add.setOnAction(e -> edit(null));
        Button change = new Button(I18n.t("action.edit").replace("_", ""), FontIcon.of(Material2AL.EDIT, 14));
        change.setId("stappen-bewerk");
        change.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        change.setOnAction(e -> edit(list.getSelectionModel().getSelectedItem()));
        Button restore = new Button(I18n.t("instellingen.stappen.herstel"), FontIcon.of(Material2MZ.RESTORE, 14));
        restore.setId("stappen-herstel");
        restore.setOnAction(e -> restore());
        root.getChildren().addAll(title, uitleg, fase, list, new HBox(8, add, change, restore));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        ui.background().run(service::alleStappen, steps -> {
            alle = steps;
            fill();
        });
    }

    private void fill() {
        list.getItems().setAll(alle.stream().filter(s -> s.fase() == fase.getValue()).toList());
    }

    /** The step form: a title and one question per line. */
    private static final class StapForm extends FormModel {
        final FieldModel<String> titel = field("stap-titel", "instellingen.stappen.titel", t -> TextInput.required(t, TextInput.SHORT));
        final FieldModel<String> vragen = field("stap-vragen", "instellingen.stappen.vragenVeld", StapForm::questions);
        final BooleanProperty actief = new SimpleBooleanProperty(true);

        StapForm() {
            // In the draft beside the typed text (issue 21 item 3).
            vinkje("stap-actief", actief);
        }

        private static Parsed<String> questions(String text) {
            return TextInput.optional(text, 4000);
        }
    }

    private void edit(Stap existing) {
        StapForm form = new StapForm();
        if (existing != null) {
            form.titel.setText(existing.titel());
            form.vragen.setText(String.join("\n", existing.vragen()));
            form.actief.set(existing.actief());
        }
        FormView view = new FormView();
        view.text(form.titel);
        view.area(form.vragen).setPrefRowCount(6);
        view.check("stap-actief", "instellingen.stappen.actief", form.actief);
        FaseSoort soort = existing == null ? fase.getValue() : existing.fase();
        int volgorde = existing == null ? alle.stream().mapToInt(Stap::volgorde).max().orElse(0) + 1 : existing.volgorde();
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(), I18n.t("instellingen.stappen.stap"), "stap-dialog",
                form, view, ui.background(), () -> {
                    String questions = form.vragen.value();
                    List<String> vragen = questions == null ? List.of() : Arrays.stream(questions.split("\\R"))
                            .map(String::strip).filter(q -> !q.isEmpty()).toList();
                    Stap stap = new Stap(existing == null ? null : existing.id(), soort,
                            existing == null ? null : existing.sleutel(), volgorde, form.titel.value(), vragen,
                            form.actief.get());
                    return () -> {
                        service.bewaarStap(stap);
                        return 0;
                    };
                });
        // A step's questions can be many lines of the coach's own method: kept as any form's draft
        // (issue 21 item 3). The practice's, not a dossier's: no personal data in a template.
        dialog.autosave(ui.kladden(), "instellingen:stap:" + (existing == null ? "nieuw:" + soort.name() : existing.id()));
        dialog.showAndWait().ifPresent(done -> {
            ui.navigator().status(I18n.t("instellingen.opgeslagen"));
            refresh();
        });
    }

    private void restore() {
        ui.meldingen().vraag(Meldingen.Melding.van(Alert.AlertType.CONFIRMATION,
                        I18n.t("instellingen.stappen.herstel.vraag"), Knoppen.ok(), Knoppen.annuleren())
                .metKop(I18n.t("instellingen.stappen.herstel")).metId("stappen-herstel-bevestig")).filter(b -> b == Knoppen.ok()).ifPresent(b -> ui.background().run(() -> {
            service.herstelStandaardStappen();
            return null;
        }, done -> {
            ui.navigator().status(I18n.t("instellingen.stappen.hersteld"));
            refresh();
        }));
    }
}
