package nl.spoorzoeker.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.spoorzoeker.help.ui.LicentiesVenster;
import nl.spoorzoeker.help.ui.PoortwachterVenster;
import nl.spoorzoeker.help.ui.Sneltoets;
import nl.spoorzoeker.help.ui.SneltoetsenVenster;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Meldingen.Melding;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Sluitvraag;

/** The window's menu bar (Bestand, Help) and the help windows it opens. */
final class Hoofdmenu {

    /** What the Bestand items do; the window supplies them. */
    record Acties(Runnable nieuwDossier, Runnable vergrendel, Runnable exporteer, Runnable importeer) {
    }

    private final Stage stage;
    private final UiContext ui;
    private final Path dataMap;
    private final PoortwachterVenster poortwachter;
    private final SneltoetsenVenster sneltoetsen = new SneltoetsenVenster();
    private final LicentiesVenster licenties = new LicentiesVenster();
    private final MenuItem vergrendelItem = new MenuItem(I18n.t("slot.nu"));
    private final MenuBar bar;

    Hoofdmenu(Stage stage, UiContext ui, Clock clock, Path dataMap, Demobeheer demo, Acties acties) {
        this.stage = stage;
        this.ui = ui;
        this.dataMap = dataMap;
        this.poortwachter = new PoortwachterVenster(() -> java.time.LocalDate.now(clock));
        this.bar = new MenuBar(bestand(demo, acties), help());
    }

    MenuBar bar() {
        return bar;
    }

    /** The lock item works once the window has a lock (not when a test builds the window alone). */
    void vergrendelbaar() {
        vergrendelItem.setDisable(false);
    }

    /** The Poortwachter explanation over {@code eigenaar} (the window, or the welcome guide). */
    void toonPoortwachter(Window eigenaar) {
        poortwachter.toon(eigenaar);
    }

    void toonSneltoetsen(Window eigenaar) {
        sneltoetsen.toon(eigenaar);
    }

    private Menu bestand(Demobeheer demo, Acties acties) {
        MenuItem nieuw = new MenuItem(I18n.t("dossier.new"));
        nieuw.setAccelerator(Sneltoets.NIEUW_DOSSIER.combinatie());
        nieuw.setOnAction(e -> acties.nieuwDossier().run());
        vergrendelItem.setId("menu-vergrendel");
        vergrendelItem.setAccelerator(Sneltoets.VERGRENDELEN.combinatie());
        vergrendelItem.setDisable(true);
        vergrendelItem.setOnAction(e -> acties.vergrendel().run());
        MenuItem exporteren = new MenuItem(I18n.t("archief.menu.export"));
        exporteren.setId("menu-export");
        exporteren.setOnAction(e -> acties.exporteer().run());
        MenuItem importeren = new MenuItem(I18n.t("archief.menu.import"));
        importeren.setId("menu-import");
        importeren.setOnAction(e -> acties.importeer().run());
        MenuItem afsluiten = new MenuItem(I18n.t("menu.quit"));
        afsluiten.setAccelerator(Sneltoets.AFSLUITEN.combinatie());
        afsluiten.setOnAction(e -> {
            if (Sluitvraag.magSluiten(stage)) {
                stage.close();
            }
        });
        Menu bestand = new Menu(I18n.t("menu.file"), null, nieuw, demo.laadItem(), demo.verwijderItem(),
                new SeparatorMenuItem(), exporteren, importeren, new SeparatorMenuItem(), vergrendelItem,
                new SeparatorMenuItem(), afsluiten);
        bestand.setId("menu-file");
        return bestand;
    }

    private Menu help() {
        MenuItem over = new MenuItem(I18n.t("menu.about"));
        over.setOnAction(e -> over());
        MenuItem uitleg = new MenuItem(I18n.t("menu.poortwachter"));
        uitleg.setId("menu-poortwachter");
        uitleg.setAccelerator(Sneltoets.POORTWACHTER.combinatie());
        uitleg.setOnAction(e -> toonPoortwachter(stage));
        MenuItem toetsen = new MenuItem(I18n.t("menu.sneltoetsen"));
        toetsen.setId("menu-sneltoetsen");
        toetsen.setAccelerator(Sneltoets.SNELTOETSEN.combinatie());
        toetsen.setOnAction(e -> toonSneltoetsen(stage));
        MenuItem licentiesItem = new MenuItem(I18n.t("menu.licenties"));
        licentiesItem.setId("menu-licenties");
        licentiesItem.setOnAction(e -> licenties.toon(stage));
        Menu help = new Menu(I18n.t("menu.help"), null, uitleg, toetsen, new SeparatorMenuItem(), licentiesItem, over);
        help.setId("menu-help");
        return help;
    }

    private void over() {
        // The text and, below it, the way to the licences of every library the app ships (issue 22).
        Label tekst = new Label(I18n.t("about.text", AppVersion.get(), dataMap) + "\n\n"
                + I18n.t("about.instrumenten"));
        tekst.setWrapText(true);
        Hyperlink naarLicenties = new Hyperlink(I18n.t("menu.licenties"));
        naarLicenties.setId("over-licenties");
        naarLicenties.setOnAction(e -> {
            // Closed the way its OK button closes it, then the licences open.
            for (javafx.scene.Node n = naarLicenties; n != null; n = n.getParent()) {
                if (n instanceof DialogPane pane && pane.lookupButton(Knoppen.ok()) instanceof Button ok) {
                    ok.fire();
                    break;
                }
            }
            licenties.toon(stage);
        });
        ui.meldingen().toon(Melding.van(Alert.AlertType.INFORMATION, "", Knoppen.ok())
                .metInhoud(new VBox(10, tekst, naarLicenties)).metId("over-dialog")
                .metTitel(I18n.t("menu.about")).metKop(I18n.t("app.name") + " " + AppVersion.get()));
    }
}
