package nl.spoorzoeker.dossier.ui;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The start screen: the active dossiers grouped by where they stand in the 104 weeks — from week 89
 * the eindrapportage and WIA application are near, from week 52 spoor 2 must be running. With an
 * empty practice it offers a first dossier or the demo dossiers.
 */
public final class VandaagView implements Page {

    private static final int EINDFASE_WEEK = 89;
    private static final int TWEEDE_JAAR_WEEK = 53;
    /** More cards than this per group help nobody; the Dossiers list has them all. */
    private static final int MAX_CARDS_PER_GROUP = 25;

    private final UiContext ui;
    private final DossierService dossiers;
    private final Runnable loadDemo;
    private final VBox root = new VBox(16);
    private Runnable onShown = () -> { };

    public VandaagView(UiContext ui, DossierService dossiers, Runnable loadDemo) {
        this.ui = ui;
        this.dossiers = dossiers;
        this.loadDemo = loadDemo;
        root.setId("vandaag");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        ui.background().run(dossiers::list, regels -> show(regels.stream()
                .filter(r -> r.status() == TrajectStatus.ACTIEF)
                .map(r -> DossierRij.of(r, ui.today()))
                .sorted(Comparator.comparingInt(DossierRij::verzuimweek).reversed())
                .toList(), regels.isEmpty()));
    }

    private void show(List<DossierRij> actief, boolean practiceEmpty) {
        Label title = new Label(I18n.t("nav.vandaag").replace("_", ""));
        title.getStyleClass().add("title-2");
        Label date = new Label(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", I18n.locale()).format(ui.today()));
        date.getStyleClass().add("text-muted");
        VBox content = new VBox(12);
        if (practiceEmpty) {
            content.getChildren().add(emptyState());
        } else if (actief.isEmpty()) {
            content.getChildren().add(new Label(I18n.t("vandaag.noActive")));
        } else {
            group(content, "vandaag.group.eindfase", actief.stream().filter(r -> r.verzuimweek() >= EINDFASE_WEEK).toList());
            group(content, "vandaag.group.tweedeJaar", actief.stream()
                    .filter(r -> r.verzuimweek() >= TWEEDE_JAAR_WEEK && r.verzuimweek() < EINDFASE_WEEK).toList());
            group(content, "vandaag.group.eersteJaar", actief.stream().filter(r -> r.verzuimweek() < TWEEDE_JAAR_WEEK).toList());
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().setAll(new VBox(2, title, date), scroll);
        Runnable callback = onShown;
        onShown = () -> { };
        callback.run();
    }

    /** Runs once, after the next refresh has put its data on screen. */
    public void whenShown(Runnable callback) {
        this.onShown = callback;
    }

    private void group(VBox content, String titleKey, List<DossierRij> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Label heading = new Label(I18n.t(titleKey, rows.size()));
        heading.getStyleClass().add("title-4");
        content.getChildren().add(heading);
        rows.stream().limit(MAX_CARDS_PER_GROUP).forEach(row -> content.getChildren().add(card(row)));
        if (rows.size() > MAX_CARDS_PER_GROUP) {
            javafx.scene.control.Hyperlink more = new javafx.scene.control.Hyperlink(
                    I18n.t("vandaag.more", rows.size() - MAX_CARDS_PER_GROUP));
            more.setOnAction(e -> ui.navigator().showDossiers());
            content.getChildren().add(more);
        }
    }

    private Node card(DossierRij row) {
        Label naam = new Label(row.regel().naam());
        naam.getStyleClass().add("text-bold");
        Label werkgever = new Label(row.regel().werkgever());
        werkgever.getStyleClass().add("text-muted");
        Label week = new Label(row.verzuimweek() == 0 ? I18n.t("dossier.header.notYet")
                : I18n.t("dossier.header.week", row.verzuimweek()));
        week.getStyleClass().add("week-badge");
        if (row.verzuimweek() >= EINDFASE_WEEK) {
            week.getStyleClass().add("week-soon");
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button(I18n.t("action.open"));
        open.setOnAction(e -> ui.navigator().openDossier(row.regel().trajectId()));
        HBox card = new HBox(12, new VBox(2, naam, werkgever), spacer, week, open);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("card-row");
        card.setPadding(new Insets(8, 12, 8, 12));
        card.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                ui.navigator().openDossier(row.regel().trajectId());
            }
        });
        return card;
    }

    private Node emptyState() {
        Label heading = new Label(I18n.t("vandaag.empty.title"));
        heading.getStyleClass().add("title-3");
        Label text = new Label(I18n.t("vandaag.empty.text"));
        text.setWrapText(true);
        Button nieuw = new Button(I18n.t("dossier.new"), FontIcon.of(Material2AL.ADD, 16));
        nieuw.getStyleClass().add("accent");
        nieuw.setOnAction(e -> ui.navigator().newDossier());
        Button demo = new Button(I18n.t("demo.load"), FontIcon.of(Material2MZ.PEOPLE, 16));
        demo.setId("vandaag-demo");
        demo.setOnAction(e -> loadDemo.run());
        VBox box = new VBox(12, heading, text, new HBox(8, nieuw, demo));
        box.setPadding(new Insets(24));
        box.getStyleClass().add("empty-state");
        return box;
    }
}
