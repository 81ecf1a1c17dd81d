package nl.spoorzoeker.arbeidsmarkt.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsbewaking;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.ui.Aanwijzing;
import nl.spoorzoeker.ui.DetailGrid;

/**
 * Werkervaringsplekken and detacheringen of one dossier, each as a card: who and what, the period
 * and the aimed result, the opbouwschema against the hours realised (chart), the evaluations, and
 * a warning when it has run more than three months without one (C13).
 */
public final class WerkervaringPane {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd-MM");

    private final UiContext ui;
    private final Runnable changed;
    private final WerkervaringDialogs dialogs;
    private final VBox root = new VBox(12);
    private int dossierId;
    private List<Werkervaringsplek> plekken = List.of();
    private final java.util.Map<Integer, Node> kaartVan = new java.util.HashMap<>();

    public WerkervaringPane(UiContext ui, WerkervaringService service, Runnable changed) {
        this.ui = ui;
        this.changed = changed;
        this.dialogs = new WerkervaringDialogs(ui, service);
        root.setId("werkervaring-pane");
        root.setPadding(new Insets(12, 16, 16, 0));
    }

    public Node node() {
        return root;
    }

    public void show(int id, List<Werkervaringsplek> plekken) {
        this.dossierId = id;
        this.plekken = plekken;
        kaartVan.clear();
        Button nieuw = new Button(I18n.t("werkervaring.nieuw"), FontIcon.of(Material2AL.ADD, 16));
        nieuw.setId("wep-nieuw");
        nieuw.getStyleClass().add("accent");
        nieuw.setOnAction(e -> dialogs.plek(dossierId, null, changed));
        VBox kaarten = new VBox(16);
        for (Werkervaringsplek plek : plekken) {
            kaarten.getChildren().add(kaart(plek));
        }
        if (plekken.isEmpty()) {
            Label geen = new Label(I18n.t("werkervaring.geen"));
            geen.setWrapText(true);
            geen.getStyleClass().add("text-muted");
            kaarten.getChildren().add(geen);
        }
        ScrollPane scroll = new ScrollPane(kaarten);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().setAll(nieuw, scroll);
    }

    private Node kaart(Werkervaringsplek plek) {
        LocalDate vandaag = ui.today();
        String soort = I18n.t("werkervaringsoort." + plek.soort().name());
        Label titel = new Label(plek.functie() == null ? I18n.t("werkervaring.kaart.titel", soort, plek.organisatie())
                : I18n.t("werkervaring.kaart.titelFunctie", soort, plek.organisatie(), plek.functie()));
        titel.getStyleClass().add("title-3");
        titel.setWrapText(true);
        Label periode = new Label(I18n.t(plek.einddatum() == null ? "werkervaring.periode.open" : "werkervaring.periode",
                DateInput.format(plek.startdatum()), DateInput.format(plek.einddatum())));
        periode.getStyleClass().add("text-muted");
        HBox badges = new HBox(8, periode);
        badges.setAlignment(Pos.CENTER_LEFT);
        Werkervaringsbewaking.evaluatieSignaal(plek, vandaag).ifPresent(signaal -> {
            Label waarschuwing = new Label(I18n.t("werkervaring.signaal", DateInput.format(signaal.sinds()), signaal.dagen()));
            waarschuwing.setId("wep-signaal-" + plek.id());
            waarschuwing.getStyleClass().addAll("termijn-badge", "status-te_laat");
            badges.getChildren().add(waarschuwing);
        });

        Button wijzig = new Button(I18n.t("action.edit"), FontIcon.of(Material2AL.EDIT, 16));
        wijzig.setId("wep-wijzig-" + plek.id());
        wijzig.setOnAction(e -> dialogs.plek(dossierId, plek, changed));
        Button uren = new Button(I18n.t("werkervaring.uren"), FontIcon.of(Material2MZ.SCHEDULE, 16));
        uren.setId("wep-uren-" + plek.id());
        uren.setOnAction(e -> dialogs.uren(dossierId, plek, changed));
        Button evaluatie = new Button(I18n.t("werkervaring.evaluatie.nieuw"), FontIcon.of(Material2MZ.RATE_REVIEW, 16));
        evaluatie.setId("wep-evaluatie-" + plek.id());
        evaluatie.setOnAction(e -> dialogs.evaluatie(plek, null, changed));
        Region ruimte = new Region();
        HBox.setHgrow(ruimte, Priority.ALWAYS);
        for (Button b : List.of(wijzig, uren, evaluatie)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox kop = new HBox(8, titel, ruimte, wijzig, uren, evaluatie);
        kop.setAlignment(Pos.CENTER_LEFT);

        DetailGrid details = new DetailGrid("werkervaring.details")
                .row("werkervaring.contactpersoon", String.join("\n", java.util.stream.Stream.of(plek.contactpersoon(),
                        plek.contactTelefoon(), plek.contactEmail()).filter(s -> s != null && !s.isBlank()).toList()))
                .row("werkervaring.taken", plek.taken())
                .row("werkervaring.uitkomst", plek.beoogdeUitkomst() == null ? I18n.t("werkervaring.uitkomst.open")
                        : I18n.t("uitkomst." + plek.beoogdeUitkomst().name()))
                .row("werkervaring.toelichting", plek.uitkomstToelichting());
        HBox midden = new HBox(24, details, urenGrafiek(plek, vandaag));
        HBox.setHgrow(midden.getChildren().get(1), Priority.ALWAYS);

        VBox kaart = new VBox(10, kop, badges, midden, evaluaties(plek));
        kaart.setId("wep-kaart-" + plek.id());
        kaartVan.put(plek.id(), kaart);
        kaart.getStyleClass().add("kaart");
        kaart.setPadding(new Insets(12));
        return kaart;
    }

    /**
     * Points at a werkervaringsplek, or at the one an evaluation belongs to (a search hit): its card
     * is marked, scrolled to and its Edit button focused. False when it is not in this dossier.
     */
    public boolean kies(int plekId, Integer evaluatieId) {
        Integer id = evaluatieId == null ? Integer.valueOf(plekId) : plekken.stream()
                .filter(p -> p.evaluaties().stream().anyMatch(e -> evaluatieId.equals(e.id())))
                .map(Werkervaringsplek::id).findFirst().orElse(null);
        Node kaart = id == null ? null : kaartVan.get(id);
        if (kaart == null) {
            return false;
        }
        kaartVan.values().forEach(k -> k.getStyleClass().remove(Aanwijzing.STIJL));
        Aanwijzing.markeer(kaart);
        Node wijzig = kaart.lookup("#wep-wijzig-" + id);
        if (wijzig != null) {
            wijzig.requestFocus();
        }
        return true;
    }

    /** Planned against realised hours per week. */
    private static Node urenGrafiek(Werkervaringsplek plek, LocalDate vandaag) {
        List<Werkervaringsplek.Week> weken = Werkervaringsbewaking.weken(plek, vandaag);
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(I18n.t("werkervaring.grafiek.as"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("wep-grafiek-" + plek.id());
        chart.getStyleClass().add("wep-grafiek");
        chart.setTitle(I18n.t("werkervaring.grafiek"));
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(4);
        chart.setPrefHeight(230);
        chart.setMinWidth(360);
        XYChart.Series<String, Number> gepland = new XYChart.Series<>();
        gepland.setName(I18n.t("werkervaring.uren.gepland"));
        XYChart.Series<String, Number> gerealiseerd = new XYChart.Series<>();
        gerealiseerd.setName(I18n.t("werkervaring.uren.gerealiseerd"));
        for (Werkervaringsplek.Week w : weken) {
            String week = WEEK.format(w.maandag());
            gepland.getData().add(new XYChart.Data<>(week, w.geplandMinuten() == null ? 0 : w.geplandMinuten() / 60.0));
            gerealiseerd.getData().add(new XYChart.Data<>(week,
                    w.gerealiseerdMinuten() == null ? 0 : w.gerealiseerdMinuten() / 60.0));
        }
        chart.getData().setAll(List.of(gepland, gerealiseerd));
        return chart;
    }

    private VBox evaluaties(Werkervaringsplek plek) {
        Label titel = new Label(I18n.t("werkervaring.evaluaties"));
        titel.getStyleClass().add("title-4");
        VBox box = new VBox(6, titel);
        if (plek.evaluaties().isEmpty()) {
            box.getChildren().add(new Label(I18n.t("werkervaring.evaluaties.geen")));
        }
        for (Werkervaringsplek.Evaluatie e : plek.evaluaties()) {
            Label datum = new Label(DateInput.format(e.datum()));
            datum.getStyleClass().add("text-bold");
            datum.setMinWidth(Region.USE_PREF_SIZE);
            Label tekst = new Label(e.bevindingen());
            tekst.setWrapText(true);
            HBox regel = new HBox(12, datum, tekst);
            regel.getStyleClass().add("stap-antwoord");
            regel.setOnMouseClicked(ev -> {
                if (ev.getClickCount() == 2) {
                    dialogs.evaluatie(plek, e, changed);
                }
            });
            box.getChildren().add(regel);
        }
        return box;
    }
}
