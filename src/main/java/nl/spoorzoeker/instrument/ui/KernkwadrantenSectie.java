package nl.spoorzoeker.instrument.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.input.DateInput;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.instrument.Kernkwadrant;
import nl.spoorzoeker.instrument.KernkwadrantService;
import nl.spoorzoeker.ui.Bevestiging;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The kernkwadranten worksheet (Ofman) of a dossier: each one drawn as the model's square —
 * quality and pitfall on top, allergy and challenge below — with edit and remove, and a button
 * for a new one.
 */
final class KernkwadrantenSectie {

    private final UiContext ui;
    private final KernkwadrantService service;
    private final Runnable changed;
    private final VBox root = new VBox(8);
    private int dossierId;

    KernkwadrantenSectie(UiContext ui, KernkwadrantService service, Runnable changed) {
        this.ui = ui;
        this.service = service;
        this.changed = changed;
        root.setId("kk-sectie");
    }

    Node node() {
        return root;
    }

    void toon(int id, List<Kernkwadrant> lijst) {
        this.dossierId = id;
        Label titel = new Label(I18n.t("kk.titel"));
        titel.getStyleClass().add("title-3");
        Label uitleg = new Label(I18n.t("kk.uitleg"));
        uitleg.getStyleClass().add("text-muted");
        uitleg.setWrapText(true);
        FlowPane kaarten = new FlowPane(16, 16);
        kaarten.setId("kk-lijst");
        lijst.forEach(k -> kaarten.getChildren().add(kaart(k)));
        Button nieuw = new Button(I18n.t("kk.nieuw"), FontIcon.of(Material2AL.ADD, 14));
        nieuw.setId("kk-nieuw");
        nieuw.setOnAction(e -> dialoog(new Kernkwadrant(null, null, null, null, null)));
        root.getChildren().setAll(titel, uitleg, kaarten, nieuw);
    }

    private Node kaart(Kernkwadrant k) {
        GridPane vier = new GridPane();
        vier.getStyleClass().add("kk-kwadrant");
        vier.setHgap(2);
        vier.setVgap(2);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints(150);
            vier.getColumnConstraints().add(c);
        }
        vier.add(vak("kk.kwaliteit", k.kwaliteit()), 0, 0);
        vier.add(vak("kk.valkuil", k.valkuil()), 1, 0);
        vier.add(vak("kk.allergie", k.allergie()), 0, 1);
        vier.add(vak("kk.uitdaging", k.uitdaging()), 1, 1);
        Button bewerk = new Button(I18n.t("action.edit"), FontIcon.of(Material2AL.EDIT, 14));
        bewerk.setId("kk-bewerk-" + k.id());
        bewerk.setOnAction(e -> dialoog(k));
        Button weg = new Button(I18n.t("action.remove"), FontIcon.of(Material2AL.DELETE, 14));
        weg.setId("kk-verwijder-" + k.id());
        weg.setOnAction(e -> verwijder(k));
        Button geschiedenis = new Button(I18n.t("geschiedenis.knop"), FontIcon.of(Material2AL.HISTORY, 14));
        geschiedenis.setId("kk-geschiedenis-" + k.id());
        geschiedenis.setOnAction(e -> geschiedenis(k));
        HBox knoppen = new HBox(8, bewerk, geschiedenis, weg);
        knoppen.setAlignment(Pos.CENTER_LEFT);
        Label gemaakt = new Label(k.datum() == null ? "" : I18n.t("kk.gemaaktOp", DateInput.format(k.datum())));
        gemaakt.getStyleClass().add("text-muted");
        gemaakt.setId("kk-datum-" + k.id());
        VBox kaart = new VBox(6, vier, gemaakt, knoppen);
        kaart.setId("kk-" + k.id());
        return kaart;
    }

    private static Node vak(String key, String tekst) {
        Label kop = new Label(I18n.t(key).replace("_", ""));
        kop.getStyleClass().add("text-muted");
        Label waarde = new Label(tekst == null ? "–" : tekst);
        waarde.setWrapText(true);
        waarde.getStyleClass().add("text-bold");
        VBox vak = new VBox(2, kop, waarde);
        vak.setPadding(new Insets(8));
        vak.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4;");
        vak.setMinHeight(64);
        return vak;
    }

    private void dialoog(Kernkwadrant k) {
        KernkwadrantForm form = new KernkwadrantForm(ui.today());
        form.load(k);
        FormView view = new FormView();
        view.note("kk.uitleg.kort");
        view.text(form.kwaliteit);
        view.text(form.valkuil);
        view.text(form.uitdaging);
        view.text(form.allergie);
        view.date(form.datum);
        int id = dossierId;
        new FormDialog<Integer>(ui.window().get(), I18n.t(k.id() == null ? "kk.nieuw" : "kk.titel"), "kk-dialog", form,
                view, ui.background(), () -> {
                    Kernkwadrant nieuw = form.kernkwadrant();
                    return () -> service.bewaar(id, nieuw);
                }).autosave(ui.kladden(), KladSleutel.vanDossier(id, "kernkwadrant", k.id())).showAndWait().ifPresent(x -> {
                    ui.navigator().status(I18n.t("kk.opgeslagen"));
                    changed.run();
                });
    }

    /** What it said before and when; an earlier text can be made current again (as a new version). */
    private void geschiedenis(Kernkwadrant k) {
        int id = dossierId;
        ui.background().run(() -> service.versies(id, k.id()), versies -> Tekstgeschiedenis.toon(ui.window().get(),
                "kk-geschiedenis", I18n.t("kk.geschiedenis.titel", k.kwaliteit()), versies,
                v -> List.of(new String[] {"kk.kwaliteit", v.kwaliteit()}, new String[] {"kk.valkuil", v.valkuil()},
                        new String[] {"kk.uitdaging", v.uitdaging()}, new String[] {"kk.allergie", v.allergie()}),
                nummer -> ui.background().run(() -> {
                    service.herstel(id, k.id(), nummer);
                    return null;
                }, x -> {
                    ui.navigator().status(I18n.t("geschiedenis.hersteld", nummer));
                    changed.run();
                })));
    }

    private void verwijder(Kernkwadrant k) {
        if (!Bevestiging.vraag(ui.window().get(), "kk-verwijder-vraag", I18n.t("kk.verwijder.titel"),
                I18n.t("kk.verwijder.vraag", k.kwaliteit()), null, I18n.t("action.delete"))) {
            return;
        }
        int id = dossierId;
        ui.background().run(() -> {
            service.verwijder(id, k.id());
            return null;
        }, x -> changed.run());
    }
}
