package nl.spoorzoeker.app;

import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import nl.spoorzoeker.app.werkplek.DemoService;
import nl.spoorzoeker.app.werkplek.DemoTaak;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Meldingen.Melding;
import nl.spoorzoeker.ui.Navigator;
import nl.spoorzoeker.ui.Taakvenster;
import nl.spoorzoeker.ui.UiContext;

/**
 * The demo dossiers from the window: menu Bestand's two items (load, remove) kept in step with the
 * practice, and loading from the welcome guide and Vandaag. Reads go through {@link DemoService} on
 * the background queue.
 */
final class Demobeheer {

    private final UiContext ui;
    private final DemoService demo;
    private final Navigator navigator;
    private final MenuItem laadItem = new MenuItem(I18n.t("demo.load"));
    private final MenuItem verwijderItem = new MenuItem(I18n.t("demo.verwijder"));

    Demobeheer(UiContext ui, DemoService demo, Navigator navigator) {
        this.ui = ui;
        this.demo = demo;
        this.navigator = navigator;
        laadItem.setId("menu-demo");
        laadItem.setOnAction(e -> laad());
        verwijderItem.setId("menu-demo-verwijder");
        verwijderItem.setDisable(true);
        verwijderItem.setOnAction(e -> verwijder());
    }

    MenuItem laadItem() {
        return laadItem;
    }

    MenuItem verwijderItem() {
        return verwijderItem;
    }

    /** Loading only into an empty practice, removing only while demo dossiers exist. */
    void bijwerken() {
        ui.background().run(demo::stand, d -> {
            laadItem.setDisable(!d.leeg());
            verwijderItem.setDisable(d.demodossiers() == 0);
        });
    }

    /** Bestand → Demodossiers verwijderen: after a confirmation naming how many, the demo set goes, with nothing else. */
    private void verwijder() {
        ui.background().run(demo::ids, ids -> {
            if (ids.isEmpty()) {
                return;
            }
            if (ui.meldingen().vraag(Melding.van(Alert.AlertType.CONFIRMATION, I18n.t("demo.verwijder.vraag", ids.size()),
                    Knoppen.ja(), Knoppen.nee()).metKop(I18n.t("demo.verwijder")).metId("demo-verwijder-dialog"))
                    .orElse(null) != Knoppen.ja()) {
                return;
            }
            ui.background().run(() -> demo.verwijder(ids), weg -> {
                navigator.status(I18n.t("demo.verwijderd", weg));
                navigator.dataChanged();
                navigator.showDossiers();
            });
        });
    }

    void laad() {
        Taakvenster.toon(ui, taak(), null,
                count -> {
                    navigator.status(I18n.t("demo.loaded", count));
                    navigator.dataChanged();
                    navigator.showDossiers();
                }, fout -> ui.meldingen().weigering(fout, navigator::status));
    }

    /** The same task the command line's {@code demo} runs. */
    private DemoTaak taak() {
        return demo.laden();
    }
}
