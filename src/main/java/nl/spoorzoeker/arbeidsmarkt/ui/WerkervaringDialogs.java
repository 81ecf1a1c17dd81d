package nl.spoorzoeker.arbeidsmarkt.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.NumberInput;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsbewaking;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;

/** The forms of the Werkervaring tab: a place's details, its hours per week, an evaluation. */
final class WerkervaringDialogs {

    private final UiContext ui;
    private final WerkervaringService service;

    WerkervaringDialogs(UiContext ui, WerkervaringService service) {
        this.ui = ui;
        this.service = service;
    }

    void plek(int dossierId, Werkervaringsplek existing, Runnable saved) {
        WerkervaringForm form = new WerkervaringForm(ui.today());
        if (existing != null) {
            form.load(existing);
        }
        FormView view = new FormView();
        ComboBox<Werkervaringsplek.Soort> soort = Choices.of(Werkervaringsplek.Soort.values(), "werkervaringsoort.");
        soort.valueProperty().bindBidirectional(form.soort);
        view.combo("wep-soort", "werkervaring.soort", soort);
        ui.privacy().organisatie(view.text(form.organisatie));
        view.text(form.contactpersoon);
        view.text(form.telefoon);
        view.text(form.email);
        ui.privacy().tekst(view.text(form.functie));
        ui.privacy().tekst(view.area(form.taken)).setPrefRowCount(3);
        view.newColumn();
        view.date(form.start);
        view.date(form.eind);
        ComboBox<Werkervaringsplek.Uitkomst> uitkomst = Choices.of(Werkervaringsplek.Uitkomst.values(), "uitkomst.");
        uitkomst.getItems().addFirst(null);
        uitkomst.valueProperty().bindBidirectional(form.uitkomst);
        view.combo("wep-uitkomst", "werkervaring.uitkomst", uitkomst);
        ui.privacy().tekst(view.area(form.toelichting)).setPrefRowCount(3);
        view.note("werkervaring.uitkomst.uitleg");
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                I18n.t(existing == null ? "werkervaring.nieuw.titel" : "werkervaring.wijzig.titel"), "wep-dialog", form,
                view, ui.background(), () -> {
                    Werkervaringsplek plek = form.plek(existing == null ? null : existing.id());
                    return () -> {
                        if (existing == null) {
                            return service.nieuw(dossierId, plek);
                        }
                        service.wijzig(dossierId, existing.metGegevensVan(plek));
                        return existing.id();
                    };
                });
        // The tasks and the outcome's explanation are free text a coach may type for minutes (issue 21 item 3).
        dialog.autosave(ui.kladden(), existing == null ? "werkervaring:nieuw:" + dossierId : "werkervaring:" + existing.id());
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("werkervaring.opgeslagen"));
            saved.run();
        });
    }

    void evaluatie(Werkervaringsplek plek, Werkervaringsplek.Evaluatie existing, Runnable saved) {
        WerkervaringForm.Evaluatie form = new WerkervaringForm.Evaluatie(ui.today(), existing);
        FormView view = new FormView();
        view.date(form.datum);
        ui.privacy().tekst(view.area(form.bevindingen)).setPrefRowCount(8);
        view.note("werkervaring.evaluatie.uitleg");
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                I18n.t("werkervaring.evaluatie.titel", plek.organisatie()), "evaluatie-dialog", form, view,
                ui.background(), () -> {
                    Werkervaringsplek.Evaluatie e = new Werkervaringsplek.Evaluatie(existing == null ? null : existing.id(),
                            form.datum.value(), form.bevindingen.value());
                    return () -> {
                        if (existing == null) {
                            return service.evalueer(plek.id(), e);
                        }
                        service.wijzigEvaluatie(plek.id(), e);
                        return e.id();
                    };
                });
        dialog.autosave(ui.kladden(), existing == null ? "evaluatie:nieuw:" + plek.id() : "evaluatie:" + existing.id());
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("werkervaring.evaluatie.opgeslagen"));
            saved.run();
        });
    }

    /** Every week of the place with its planned and realised hours, and a helper to fill in an opbouwschema. */
    void uren(int dossierId, Werkervaringsplek plek, Runnable saved) {
        WerkervaringForm.Uren form = new WerkervaringForm.Uren(Werkervaringsbewaking.weken(plek, ui.today()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        grid.addRow(0, kop("werkervaring.uren.week"), kop("werkervaring.uren.gepland"), kop("werkervaring.uren.gerealiseerd"));
        for (int i = 0; i < form.weken.size(); i++) {
            grid.addRow(i + 1, new Label(I18n.t("werkervaring.uren.weekVan", i + 1, DateInput.format(form.weken.get(i)))),
                    veld(form.gepland.get(i)), veld(form.gerealiseerd.get(i)));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("wep-uren");
        scroll.setPrefViewportHeight(360);
        scroll.setFitToWidth(true);
        FormView view = new FormView();
        view.note("werkervaring.uren.uitleg");
        view.row("werkervaring.opbouw", opbouwHulp(form));
        view.row("werkervaring.uren.weken", scroll);
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                I18n.t("werkervaring.uren.titel", plek.organisatie()), "uren-dialog", form, view, ui.background(), () -> {
                    List<Werkervaringsplek.Week> weken = form.weken();
                    return () -> {
                        service.zetWeken(plek.id(), weken);
                        return plek.id();
                    };
                });
        dialog.autosave(ui.kladden(), KladSleutel.vanDossier(dossierId, "uren", plek.id()));
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("werkervaring.uren.opgeslagen"));
            saved.run();
        });
    }

    /** "Begin 4 uur, elke 2 weken 2 uur erbij, tot 16 uur": fills the planned column in one go. */
    private static javafx.scene.layout.VBox opbouwHulp(WerkervaringForm.Uren form) {
        TextField begin = klein("opbouw-begin", "4");
        TextField stap = klein("opbouw-stap", "2");
        TextField elke = klein("opbouw-elke", "2");
        TextField doel = klein("opbouw-doel", "16");
        Button vul = new Button(I18n.t("werkervaring.opbouw.vul"));
        vul.setId("opbouw-vul");
        Label fout = new Label();
        fout.getStyleClass().add("form-errors");
        vul.setOnAction(e -> {
            var b = NumberInput.hoursAsMinutes(begin.getText(), 100);
            var s = NumberInput.hoursAsMinutes(stap.getText(), 100);
            var d = NumberInput.hoursAsMinutes(doel.getText(), 100);
            String n = elke.getText() == null ? "" : elke.getText().strip();
            if (!b.isOk() || b.value() == null || !s.isOk() || s.value() == null || !d.isOk() || d.value() == null
                    || !n.matches("\\d{1,2}") || Integer.parseInt(n) == 0) {
                fout.setText(I18n.t("werkervaring.opbouw.fout"));
                return;
            }
            fout.setText("");
            List<Integer> schema = Werkervaringsbewaking.opbouw(b.value(), s.value(), Integer.parseInt(n), d.value(),
                    form.weken.size());
            for (int i = 0; i < schema.size(); i++) {
                form.gepland.get(i).setText(NumberInput.formatHours(schema.get(i)));
            }
        });
        GridPane velden = new GridPane();
        velden.setHgap(8);
        velden.setVgap(4);
        velden.addRow(0, new Label(I18n.t("werkervaring.opbouw.begin")), begin,
                new Label(I18n.t("werkervaring.opbouw.tot")), doel);
        velden.addRow(1, new Label(I18n.t("werkervaring.opbouw.stap")), stap,
                new Label(I18n.t("werkervaring.opbouw.elke")), elke);
        HBox knop = new HBox(8, vul, fout);
        knop.setAlignment(Pos.CENTER_LEFT);
        return new javafx.scene.layout.VBox(6, velden, knop);
    }

    private static TextField klein(String id, String waarde) {
        TextField field = new TextField(waarde);
        field.setId(id);
        field.setPrefColumnCount(3);
        return field;
    }

    private static Label kop(String key) {
        Label label = new Label(I18n.t(key));
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static TextField veld(FieldModel<Integer> model) {
        TextField field = new TextField();
        field.setId(model.id());
        field.setPrefColumnCount(5);
        field.textProperty().bindBidirectional(model.textProperty());
        return field;
    }
}
