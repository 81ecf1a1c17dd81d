package nl.spoorzoeker.dossier.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.timeline.KlokInstellingen;

/** Instellingen: how early the clock warns (target date margin and the "binnenkort" window). */
public final class KlokInstellingenEditor implements Page {

    private final UiContext ui;
    private final TijdlijnService service;
    private final Spinner<Integer> marge = new Spinner<>(0, 30, 7);
    private final Spinner<Integer> binnenkort = new Spinner<>(1, 120, 28);
    private final Spinner<Integer> contactDrempel = new Spinner<>(1, 90, 21);
    private final Spinner<Integer> marktDrempel = new Spinner<>(1, 90, 14);
    private final VBox root = new VBox(8);

    public KlokInstellingenEditor(UiContext ui, TijdlijnService service) {
        this.ui = ui;
        this.service = service;
        Label title = new Label(I18n.t("instellingen.klok"));
        title.getStyleClass().add("title-4");
        marge.setId("instelling-marge");
        marge.setEditable(true);
        binnenkort.setId("instelling-binnenkort");
        binnenkort.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.add(new Label(I18n.t("instellingen.klok.marge")), 0, 0);
        grid.add(marge, 1, 0);
        grid.add(new Label(I18n.t("instellingen.klok.binnenkort")), 0, 1);
        grid.add(binnenkort, 1, 1);
        contactDrempel.setId("instelling-gat-contact");
        contactDrempel.setEditable(true);
        marktDrempel.setId("instelling-gat-markt");
        marktDrempel.setEditable(true);
        grid.add(new Label(I18n.t("instellingen.gat.contact")), 0, 2);
        grid.add(contactDrempel, 1, 2);
        grid.add(new Label(I18n.t("instellingen.gat.markt")), 0, 3);
        grid.add(marktDrempel, 1, 3);
        Button save = new Button(I18n.t("action.save"), FontIcon.of(Material2MZ.SAVE, 14));
        save.setId("instelling-klok-opslaan");
        save.setOnAction(e -> {
            int m = marge.getValue();
            int b = binnenkort.getValue();
            var drempels = new TijdlijnService.GatDrempels(contactDrempel.getValue(), marktDrempel.getValue());
            ui.background().run(() -> {
                service.bewaarKlokInstellingen(m, b);
                service.bewaarGatDrempels(drempels);
                return null;
            }, done -> {
                ui.navigator().status(I18n.t("instellingen.opgeslagen"));
                ui.navigator().dataChanged();
            });
        });
        root.getChildren().addAll(title, grid, save);
        root.setAlignment(Pos.TOP_LEFT);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        record Data(KlokInstellingen klok, TijdlijnService.GatDrempels drempels) {
        }
        ui.background().run(() -> new Data(service.klokInstellingen(), service.gatDrempels()), d -> {
            marge.getValueFactory().setValue(d.klok().margeDagen());
            binnenkort.getValueFactory().setValue(d.klok().binnenkortDagen());
            contactDrempel.getValueFactory().setValue(d.drempels().contactDagen());
            marktDrempel.getValueFactory().setValue(d.drempels().marktDagen());
        });
    }
}
