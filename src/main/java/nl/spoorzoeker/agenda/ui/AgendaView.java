package nl.spoorzoeker.agenda.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The practice's appointments by week (a column per day) or by month (a calendar grid), with
 * previous / today / next, planning from here, and the export of all coming appointments as one
 * .ics file for the coach's own calendar.
 */
public final class AgendaView implements Page {

    /** Lines per day in the month grid before "+n meer". */
    static final int PER_DAG_IN_MAAND = 3;

    private final UiContext ui;
    private final AfspraakService service;
    private final DossierService dossiers;
    private final AfspraakDialogs dialogs;
    private final VBox root = new VBox(12);
    private final ToggleButton week = new ToggleButton(I18n.t("agenda.week"));
    private final ToggleButton maand = new ToggleButton(I18n.t("agenda.maand"));
    private final Label periode = new Label();
    private final CheckBox metToelichting = new CheckBox(I18n.t("afspraak.export.metToelichting"));
    /** The reminder every exported appointment carries (issue 18), a practice setting: chosen here, kept in the file. */
    private final javafx.scene.control.ComboBox<Integer> herinnering = new javafx.scene.control.ComboBox<>();
    private boolean herinneringLaden;
    private final VBox inhoud = new VBox();
    private LocalDate dag;

    public AgendaView(UiContext ui, AfspraakService service, DossierService dossiers) {
        this.ui = ui;
        this.service = service;
        this.dossiers = dossiers;
        this.dialogs = new AfspraakDialogs(ui, service);
        root.setId("agenda");
        root.setPadding(new Insets(0, 0, 8, 0));
        ToggleGroup soort = new ToggleGroup();
        week.setToggleGroup(soort);
        maand.setToggleGroup(soort);
        week.setId("agenda-week");
        maand.setId("agenda-maand");
        week.setSelected(true);
        soort.selectedToggleProperty().addListener((obs, oud, nieuw) -> {
            if (nieuw == null) {
                oud.setSelected(true);
            } else {
                refresh();
            }
        });
        Button vorige = new Button(null, FontIcon.of(Material2AL.CHEVRON_LEFT, 18));
        vorige.setId("agenda-vorige");
        vorige.setOnAction(e -> verschuif(-1));
        Button vandaag = new Button(I18n.t("agenda.vandaag"));
        vandaag.setId("agenda-vandaag");
        vandaag.setOnAction(e -> {
            dag = ui.today();
            refresh();
        });
        Button volgende = new Button(null, FontIcon.of(Material2AL.CHEVRON_RIGHT, 18));
        volgende.setId("agenda-volgende");
        volgende.setOnAction(e -> verschuif(1));
        Button nieuw = new Button(I18n.t("afspraak.nieuw"), FontIcon.of(Material2AL.EVENT, 16));
        nieuw.setId("agenda-nieuw");
        nieuw.getStyleClass().add("accent");
        nieuw.setOnAction(e -> nieuweAfspraak(dag.isBefore(ui.today()) ? ui.today() : dag));
        Button export = new Button(I18n.t("agenda.export"), FontIcon.of(Material2MZ.SAVE_ALT, 16));
        export.setId("agenda-export");
        export.setOnAction(e -> ui.background().run(service::komende,
                komende -> dialogs.exporteer(komende, "spoorzoeker-afspraken.ics", metToelichting.isSelected())));
        periode.setId("agenda-periode");
        periode.getStyleClass().add("title-3");
        Label titel = new Label(I18n.t("nav.agenda").replace("_", ""));
        titel.getStyleClass().add("title-2");
        Region ruimte = new Region();
        HBox.setHgrow(ruimte, Priority.ALWAYS);
        herinnering.setId("agenda-herinnering");
        herinnering.getItems().setAll(AfspraakService.HERINNERINGEN);
        herinnering.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer minuten) {
                return minuten == null ? I18n.t("afspraak.herinnering.geen")
                        : minuten % (24 * 60) == 0 ? I18n.t("afspraak.herinnering.dagen", minuten / (24 * 60))
                        : I18n.t("afspraak.herinnering.voor", I18n.teksten().duur(minuten));
            }

            @Override
            public Integer fromString(String tekst) {
                return null;
            }
        });
        // Cells of their own for the list and the button: "no reminder" is the null choice, named like the others.
        herinnering.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Integer minuten, boolean leeg) {
                super.updateItem(minuten, leeg);
                setText(leeg ? null : herinnering.getConverter().toString(minuten));
            }
        });
        // The button: JavaFX hands the null choice over as empty, so it is named here as well.
        herinnering.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Integer minuten, boolean leeg) {
                super.updateItem(minuten, leeg);
                setText(herinnering.getConverter().toString(leeg ? null : minuten));
            }
        });
        herinnering.setPromptText(I18n.t("afspraak.herinnering.geen"));
        herinnering.setAccessibleText(I18n.t("afspraak.herinnering"));
        herinnering.setTooltip(new javafx.scene.control.Tooltip(I18n.t("afspraak.herinnering.uitleg")));
        herinnering.valueProperty().addListener((o, oud, gekozen) -> {
            if (!herinneringLaden) {
                ui.background().run(() -> {
                    service.zetHerinnering(gekozen);
                    return gekozen;
                }, x -> ui.navigator().status(I18n.t("afspraak.herinnering.bewaard")));
            }
        });
        // The export's two choices on a line of their own under its button: at 1366 px one row cut every label
        // ("Age…", "Nieuwe afs…", "Toelichting meen…").
        for (Region r : List.of(titel, nieuw, export)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox kop = new HBox(8, titel, ruimte, nieuw, export);
        kop.setAlignment(Pos.CENTER_LEFT);
        HBox exportKeuzes = new HBox(8, metToelichting, herinnering);
        exportKeuzes.setAlignment(Pos.CENTER_RIGHT);
        HBox navigatie = new HBox(8, vorige, vandaag, volgende, periode, new Region(), week, maand);
        HBox.setHgrow(navigatie.getChildren().get(4), Priority.ALWAYS);
        navigatie.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(inhoud);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().setAll(kop, exportKeuzes, navigatie, scroll);
    }

    @Override
    public Node node() {
        return root;
    }

    private void verschuif(int stappen) {
        dag = maand.isSelected() ? dag.plusMonths(stappen) : dag.plusWeeks(stappen);
        refresh();
    }

    @Override
    public void refresh() {
        if (dag == null) {
            dag = ui.today();
        }
        ui.background().run(service::herinnering, gekozen -> {
            herinneringLaden = true;
            herinnering.setValue(gekozen.orElse(null));
            herinneringLaden = false;
        });
        LocalDate van;
        LocalDate tot;
        if (maand.isSelected()) {
            van = dag.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            tot = dag.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            periode.setText(DateTimeFormatter.ofPattern("MMMM yyyy", I18n.locale()).format(dag));
        } else {
            van = dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            tot = van.plusDays(6);
            periode.setText(I18n.t("agenda.weekVan", van.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    DateTimeFormatter.ofPattern("d MMMM", I18n.locale()).format(van),
                    DateTimeFormatter.ofPattern("d MMMM yyyy", I18n.locale()).format(tot)));
        }
        LocalDate begin = van;
        LocalDate eind = tot;
        boolean alsMaand = maand.isSelected();
        ui.background().run(() -> service.tussen(begin, eind), afspraken -> {
            Map<LocalDate, List<Afspraak>> perDag = new TreeMap<>();
            afspraken.forEach(a -> perDag.computeIfAbsent(a.begin().toLocalDate(), k -> new java.util.ArrayList<>()).add(a));
            inhoud.getChildren().setAll(alsMaand ? maandRaster(begin, eind, perDag) : weekKolommen(begin, perDag));
        });
    }

    private Node weekKolommen(LocalDate maandag, Map<LocalDate, List<Afspraak>> perDag) {
        GridPane grid = new GridPane();
        grid.setId("agenda-weekraster");
        grid.setHgap(6);
        grid.setVgap(6);
        for (int i = 0; i < 7; i++) {
            ColumnConstraints kolom = new ColumnConstraints();
            kolom.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(kolom);
            LocalDate d = maandag.plusDays(i);
            Label kop = new Label(DateTimeFormatter.ofPattern("EEE d MMM", I18n.locale()).format(d));
            kop.getStyleClass().addAll("agenda-dagkop", d.equals(ui.today()) ? "agenda-vandaag" : "agenda-dag");
            kop.setMaxWidth(Double.MAX_VALUE);
            VBox dagKolom = new VBox(6, kop);
            dagKolom.setId("agenda-dag-" + d);
            for (Afspraak a : perDag.getOrDefault(d, List.of())) {
                dagKolom.getChildren().add(kaart(a));
            }
            dagKolom.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && e.getTarget() == dagKolom) {
                    nieuweAfspraak(d);
                }
            });
            dagKolom.setMinHeight(320);
            dagKolom.getStyleClass().add("agenda-kolom");
            grid.add(dagKolom, i, 0);
        }
        return grid;
    }

    private Node kaart(Afspraak a) {
        Label tijd = new Label(AgendaFormat.tijd(a.begin()) + "–" + AgendaFormat.tijd(a.einde()));
        tijd.getStyleClass().add("text-bold");
        Label naam = new Label(a.naam());
        naam.setWrapText(true);
        Label onderwerp = new Label(a.onderwerp());
        onderwerp.setWrapText(true);
        onderwerp.getStyleClass().add("text-muted");
        VBox kaart = new VBox(2, tijd, naam, onderwerp);
        if (a.locatie() != null && !a.locatie().isBlank()) {
            Label locatie = new Label(a.locatie());
            locatie.setWrapText(true);
            locatie.getStyleClass().addAll("text-muted", "text-small");
            kaart.getChildren().add(locatie);
        }
        kaart.setId((a.groep() ? "agenda-bijeenkomst-" : "agenda-afspraak-") + a.id());
        kaart.getStyleClass().add("agenda-kaart");
        kaart.setPadding(new Insets(6));
        kaart.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open(a);
            }
        });
        return kaart;
    }

    /** A dossier's appointment opens the dossier; a group meeting its programme. */
    private void open(Afspraak a) {
        if (a.groep()) {
            ui.navigator().openGroepsprogramma(a.programmaId());
        } else {
            ui.navigator().openDossier(a.dossierId(), DossierTab.AFSPRAKEN);
        }
    }

    private Node maandRaster(LocalDate van, LocalDate tot, Map<LocalDate, List<Afspraak>> perDag) {
        GridPane grid = new GridPane();
        grid.setId("agenda-maandraster");
        grid.setHgap(4);
        grid.setVgap(4);
        for (int i = 0; i < 7; i++) {
            ColumnConstraints kolom = new ColumnConstraints();
            kolom.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(kolom);
            Label kop = new Label(DateTimeFormatter.ofPattern("EEEE", I18n.locale()).format(van.plusDays(i)));
            kop.getStyleClass().add("text-muted");
            grid.add(kop, i, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        int rij = 1;
        for (LocalDate maandag = van; !maandag.isAfter(tot); maandag = maandag.plusWeeks(1), rij++) {
            grid.getRowConstraints().add(new RowConstraints(92));
            for (int i = 0; i < 7; i++) {
                LocalDate d = maandag.plusDays(i);
                grid.add(maandCel(d, perDag.getOrDefault(d, List.of())), i, rij);
            }
        }
        return grid;
    }

    private Node maandCel(LocalDate d, List<Afspraak> afspraken) {
        Label nummer = new Label(Integer.toString(d.getDayOfMonth()));
        nummer.getStyleClass().add(d.equals(ui.today()) ? "agenda-vandaag" : "text-bold");
        VBox cel = new VBox(2, nummer);
        cel.setId("agenda-cel-" + d);
        cel.getStyleClass().add(d.getMonth() == dag.getMonth() ? "agenda-cel" : "agenda-cel-buiten");
        cel.setPadding(new Insets(4));
        for (Afspraak a : afspraken.subList(0, Math.min(PER_DAG_IN_MAAND, afspraken.size()))) {
            Label regel = new Label(AgendaFormat.tijd(a.begin()) + " " + a.naam());
            regel.getStyleClass().add("text-small");
            regel.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    open(a);
                }
            });
            cel.getChildren().add(regel);
        }
        if (afspraken.size() > PER_DAG_IN_MAAND) {
            Label meer = new Label(I18n.t("agenda.meer", afspraken.size() - PER_DAG_IN_MAAND));
            meer.getStyleClass().addAll("text-small", "text-muted");
            cel.getChildren().add(meer);
        }
        cel.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && e.getTarget() == cel) {
                dag = d;
                week.setSelected(true);
            }
        });
        return cel;
    }

    private void nieuweAfspraak(LocalDate op) {
        ui.background().run(() -> dossiers.list().stream().filter(r -> r.status() == TrajectStatus.ACTIEF).toList(),
                actief -> dialogs.afspraak(null, 0, actief, op, this::refresh));
    }

    /**
     * Exports every coming appointment to {@code bestand} without asking where: what the export
     * button does after its file chooser (window tests call it directly, the chooser being native).
     */
    public void exporteerKomendeNaar(java.nio.file.Path bestand) {
        ui.background().run(service::komende, komende -> dialogs.exporteerNaar(komende, bestand,
                metToelichting.isSelected()));
    }
}
