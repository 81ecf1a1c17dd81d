package nl.spoorzoeker.welkom.ui;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.praktijk.ui.PraktijkForm;
import nl.spoorzoeker.praktijk.ui.PraktijkFormView;
import nl.spoorzoeker.slot.Beveiligingsinstellingen;
import nl.spoorzoeker.slot.ui.Deur;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Theme;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.help.ui.Sneltoets;

/**
 * The rest of the first start, once the door is set up and the practice is open: the practice
 * details reports carry, where the backups go (and a second place, such as a USB stick), and
 * whether to start empty or look around in the demo dossiers first. Every step can be left for
 * later; nothing is saved that the coach did not confirm.
 */
public final class Welkomstgids {

    /** What the guide needs from the practice, and the help windows it points to. */
    public record Praktijk(PraktijkService praktijk, Beveiligingsinstellingen backups, Path backupMap,
                           Callable<Boolean> zonderDossiers, Runnable laadDemo,
                           Consumer<Window> poortwachter, Consumer<Window> sneltoetsen) {
    }

    private final UiContext ui;
    private final Praktijk praktijk;
    private final Stage stage = new Stage();
    private final Label stapLabel = new Label();
    private final Label titel = new Label();
    private final BorderPane inhoud = new BorderPane();
    private final Label melding = new Label();
    private final Button later = new Button(I18n.t("welkom.later"));
    private final Button vorige = new Button(I18n.t("welkom.vorige"));
    private final Button volgende = new Button();
    private Function<Window, Optional<Path>> mapKiezer = w -> {
        DirectoryChooser kiezer = new DirectoryChooser();
        kiezer.setTitle(I18n.t("backup.tweede.kies"));
        return Optional.ofNullable(kiezer.showDialog(w)).map(java.io.File::toPath);
    };

    private int stap;
    private PraktijkForm form;
    private FormView formView;
    /** The coach's choice on step 4, kept while going back and forth. */
    private boolean demoKeuze;

    public Welkomstgids(UiContext ui, Praktijk praktijk) {
        this.ui = ui;
        this.praktijk = praktijk;
    }

    /** Shows the guide over the practice, from the practice details on (step 2). */
    public void toon() {
        stage.initOwner(ui.window().get());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.t("welkom.titel"));
        stapLabel.setId("welkom-stap");
        stapLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        titel.getStyleClass().add(Styles.TITLE_3);
        titel.setWrapText(true);
        melding.setId("welkom-melding");
        melding.setWrapText(true);
        melding.getStyleClass().add(Styles.DANGER);
        melding.managedProperty().bind(melding.textProperty().isNotEmpty());
        melding.visibleProperty().bind(melding.managedProperty());
        later.setId("welkom-later");
        later.setOnAction(e -> overslaan());
        vorige.setId("welkom-vorige");
        vorige.setOnAction(e -> gaNaar(stap - 1));
        volgende.setId("welkom-volgende");
        volgende.setDefaultButton(true);
        volgende.getStyleClass().add(Styles.ACCENT);
        volgende.setOnAction(e -> verder());
        Region ruimte = new Region();
        HBox.setHgrow(ruimte, Priority.ALWAYS);
        HBox knoppen = new HBox(10, later, ruimte, vorige, volgende);
        knoppen.setAlignment(Pos.CENTER_RIGHT);
        knoppen.setPadding(new Insets(12, 20, 16, 20));
        VBox kop = new VBox(4, stapLabel, titel);
        kop.setPadding(new Insets(20, 20, 8, 20));
        VBox midden = new VBox(10, melding, inhoud);
        midden.setPadding(new Insets(0, 20, 0, 20));
        ScrollPane scroll = new ScrollPane(midden);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, kop, null, knoppen, null);
        root.setId("welkom");
        Scene scene = new Scene(root, 760, 640);
        Theme.style(scene);
        // Escape leaves the guide (what was saved stays saved); it comes back at the next start while
        // the practice details are missing.
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        gaNaar(2);
        stage.show();
    }

    private void gaNaar(int nieuw) {
        stap = nieuw;
        melding.setText("");
        stapLabel.setText(I18n.t("welkom.stapVan", stap, Deur.STAPPEN));
        vorige.setVisible(stap > 2);
        volgende.setDisable(false);
        switch (stap) {
            case 2 -> praktijkgegevens();
            case 3 -> backups();
            default -> beginnen();
        }
    }

    private void praktijkgegevens() {
        titel.setText(I18n.t("welkom.praktijk.titel"));
        later.setText(I18n.t("welkom.later"));
        volgende.setText(I18n.t("welkom.volgende"));
        if (form == null) {
            form = new PraktijkForm();
            formView = PraktijkFormView.build(ui, form);
        }
        inhoud.setTop(alinea("welkom.praktijk.uitleg"));
        inhoud.setCenter(formView.node());
        BorderPane.setMargin(formView.node(), new Insets(10, 0, 0, 0));
        formView.focusFirst();
    }

    private final Label tweedeLabel = new Label();

    private void backups() {
        titel.setText(I18n.t("welkom.backup.titel"));
        later.setText(I18n.t("welkom.later"));
        volgende.setText(I18n.t("welkom.volgende"));
        Label map = new Label(praktijk.backupMap().toString());
        map.setId("welkom-backupmap");
        map.getStyleClass().add(Styles.TEXT_BOLD);
        map.setWrapText(true);
        tweedeLabel.setId("welkom-tweede");
        tweedeLabel.setWrapText(true);
        Button kies = new Button(I18n.t("backup.tweede.kies"), FontIcon.of(Material2AL.FOLDER_OPEN, 14));
        kies.setId("welkom-tweede-kies");
        kies.setOnAction(e -> mapKiezer.apply(stage).ifPresent(this::bewaarTweede));
        ui.background().run(() -> praktijk.backups().tweedeLocatie(), this::toonTweede, this::fout);
        VBox v = new VBox(10, alinea("welkom.backup.uitleg"), map, alinea("welkom.backup.tweede"), kies, tweedeLabel,
                alinea("welkom.backup.later"));
        inhoud.setTop(null);
        inhoud.setCenter(v);
        volgende.requestFocus(); // Enter goes on; the folder is a choice, not the way forward
    }

    private void bewaarTweede(Path map) {
        ui.background().run(() -> {
            praktijk.backups().zetTweedeLocatie(map);
            return Optional.of(map);
        }, this::toonTweede, this::fout);
    }

    private void toonTweede(Optional<Path> tweede) {
        tweedeLabel.setText(tweede.map(p -> I18n.t("backup.tweede.is", p)).orElse(I18n.t("backup.tweede.niet")));
    }

    private void beginnen() {
        titel.setText(I18n.t("welkom.begin.titel"));
        later.setText(I18n.t("welkom.sluiten"));
        volgende.setText(I18n.t("welkom.aanDeSlag"));
        volgende.setDisable(true);
        VBox v = new VBox(10);
        inhoud.setTop(null);
        inhoud.setCenter(v);
        ui.background().run(praktijk.zonderDossiers(), leeg -> {
            if (leeg) {
                ToggleGroup begin = new ToggleGroup();
                RadioButton leegBeginnen = keuze(begin, "welkom-leeg", "welkom.begin.leeg");
                RadioButton demo = keuze(begin, "welkom-demo", "welkom.begin.demo");
                (demoKeuze ? demo : leegBeginnen).setSelected(true);
                begin.selectedToggleProperty().addListener((o, a, b) -> demoKeuze = b == demo);
                v.getChildren().addAll(alinea("welkom.begin.uitleg"), leegBeginnen, uitleg("welkom.begin.leeg.uitleg",
                                Sneltoets.NIEUW_DOSSIER.toets()),
                        demo, uitleg("welkom.begin.demo.uitleg"));
            } else {
                demoKeuze = false;
                v.getChildren().add(alinea("welkom.begin.alDossiers"));
            }
            Hyperlink poortwachter = new Hyperlink(I18n.t("welkom.begin.poortwachter",
                    Sneltoets.POORTWACHTER.toets()));
            poortwachter.setId("welkom-poortwachter");
            poortwachter.setOnAction(e -> praktijk.poortwachter().accept(stage));
            Hyperlink sneltoetsen = new Hyperlink(I18n.t("welkom.begin.sneltoetsen",
                    Sneltoets.SNELTOETSEN.toets()));
            sneltoetsen.setId("welkom-sneltoetsen");
            sneltoetsen.setOnAction(e -> praktijk.sneltoetsen().accept(stage));
            Label tips = new Label(I18n.t("welkom.begin.verder"));
            tips.getStyleClass().add(Styles.TITLE_4);
            tips.setPadding(new Insets(12, 0, 0, 0));
            v.getChildren().addAll(tips, poortwachter, sneltoetsen, alinea("welkom.begin.tip"));
            volgende.setDisable(false);
            volgende.requestFocus();
        }, this::fout);
    }

    private static RadioButton keuze(ToggleGroup begin, String id, String key) {
        RadioButton r = new RadioButton(I18n.t(key));
        r.setId(id);
        r.setToggleGroup(begin);
        r.getStyleClass().add(Styles.TEXT_BOLD);
        return r;
    }

    /** Muted text under a choice; {@code args} fill its placeholders (the keys of this platform). */
    private static Label uitleg(String key, Object... args) {
        Label l = alinea(key, args);
        l.setPadding(new Insets(0, 0, 4, 28));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private void verder() {
        switch (stap) {
            case 2 -> bewaarPraktijk();
            case 3 -> gaNaar(4);
            default -> {
                stage.close();
                if (demoKeuze) {
                    praktijk.laadDemo().run();
                }
            }
        }
    }

    /** Step 2's Volgende: saves the details when they are right; the guide stays as typed when not. */
    private void bewaarPraktijk() {
        if (!form.isValid()) {
            formView.showAllErrors();
            var fouten = form.errors();
            melding.setText(I18n.t("welkom.praktijk.fout") + "\n" + fouten.stream()
                    .map(f -> "• " + I18n.t(f.labelKey()).replace("_", "") + ": " + I18n.t(f.messageKey()))
                    .collect(java.util.stream.Collectors.joining("\n")));
            javafx.scene.control.Control eerste = formView.control(fouten.getFirst().fieldId());
            if (eerste != null) {
                eerste.requestFocus();
            }
            return;
        }
        var p = form.praktijk();
        volgende.setDisable(true);
        ui.background().run(() -> {
            praktijk.praktijk().save(p);
            return p;
        }, saved -> {
            ui.navigator().status(I18n.t("praktijk.saved"));
            gaNaar(3);
        }, fout -> {
            volgende.setDisable(false);
            fout(fout);
        });
    }

    /** "Later": the rest of this step is skipped; on the last step it closes the guide. */
    private void overslaan() {
        if (stap < 4) {
            gaNaar(stap + 1);
        } else {
            demoKeuze = false;
            stage.close();
        }
    }

    private void fout(Throwable fout) {
        ui.meldingen().weigering(fout, melding::setText);
    }

    private static Label alinea(String key, Object... args) {
        Label l = new Label(I18n.t(key, args));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** How the second backup folder is asked; a test answers it without a system dialog. */
    public void mapKiezer(Function<Window, Optional<Path>> kiezer) {
        this.mapKiezer = kiezer;
    }
}
