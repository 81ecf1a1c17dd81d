package nl.spoorzoeker.bewaartermijn.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.bewaartermijn.Bewaarregel;
import nl.spoorzoeker.bewaartermijn.Bewaarregels;
import nl.spoorzoeker.bewaartermijn.Bewaarstaat;
import nl.spoorzoeker.bewaartermijn.BewaartermijnService;
import nl.spoorzoeker.bewaartermijn.VerwijderdAantal;
import nl.spoorzoeker.bewaartermijn.Verwijdering;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Meldingen;
import nl.spoorzoeker.ui.form.DateDialog;
import nl.spoorzoeker.ui.Taakvenster;

/**
 * Bewaartermijnen: ended trajecten whose term has passed or passes soon, with what the coach can
 * do about each: set or lift a bewaarplicht, change the term or the end date, delete for good.
 */
public final class BewaartermijnenView implements Page {

    private final UiContext ui;
    private final BewaartermijnService service;
    private final TableView<Bewaarregel> table = new TableView<>();
    private final CheckBox alle = new CheckBox(I18n.t("bewaren.alle"));
    private final Label uitleg = new Label();
    private final Label fout = new Label();
    private final Label geteld = new Label();
    private final Label leeg = new Label();
    private final Button plicht = new Button(I18n.t("bewaren.actie.plicht"), FontIcon.of(Material2AL.LOCK, 16));
    private final Button opheffen = new Button(I18n.t("bewaren.actie.plichtOpheffen"), FontIcon.of(Material2AL.LOCK_OPEN, 16));
    private final Button termijn = new Button(I18n.t("bewaren.actie.termijn"), FontIcon.of(Material2AL.EVENT, 16));
    private final Button einde = new Button(I18n.t("bewaren.actie.einde"), FontIcon.of(Material2AL.DATE_RANGE, 16));
    private final Button verwijderen = new Button(I18n.t("bewaren.actie.verwijderen"), FontIcon.of(Material2AL.DELETE_FOREVER, 16));
    private final BorderPane root = new BorderPane();
    private Bewaarregels.Termijnen termijnen = Bewaarregels.Termijnen.STANDAARD;

    public BewaartermijnenView(UiContext ui, BewaartermijnService service) {
        this.ui = ui;
        this.service = service;
        build();
    }

    private void build() {
        root.setId("bewaartermijnen");
        Label title = new Label(I18n.t("nav.bewaartermijnen").replace("_", ""));
        title.getStyleClass().add("title-2");
        alle.setId("bewaren-alle");
        alle.setOnAction(e -> refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, spacer, alle);
        top.setAlignment(Pos.CENTER_LEFT);
        uitleg.setWrapText(true);
        uitleg.getStyleClass().add("text-muted");
        uitleg.setId("bewaren-uitleg");
        VBox kop = new VBox(8, top, uitleg);
        kop.setPadding(new Insets(0, 0, 12, 0));

        table.setId("bewaren-table");
        table.getColumns().setAll(List.of(
                kolom("bewaren.col.werknemer", 150, Bewaarregel::werknemer),
                kolom("bewaren.col.werkgever", 130, r -> r.eigenrisicodrager()
                        ? I18n.t("bewaren.werkgeverErd", r.werkgever()) : r.werkgever()),
                kolom("bewaren.col.einde", 100, r -> DateInput.format(r.einddatum())),
                kolom("bewaren.col.vervalt", 100, r -> r.eigenDatum() != null
                        ? I18n.t("bewaren.eigen", DateInput.format(r.vervaldatum())) : DateInput.format(r.vervaldatum())),
                staatKolom(),
                kolom("bewaren.col.bewaarplicht", 120, BewaartermijnenView::plichtTekst)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        leeg.setWrapText(true);
        leeg.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        leeg.setPadding(new Insets(16));
        leeg.getStyleClass().add("text-muted");
        leeg.setId("bewaren-leeg");
        table.setPlaceholder(leeg);
        table.getSelectionModel().selectedItemProperty().addListener((obs, oud, nu) -> knoppen(nu));

        plicht.setId("bewaren-plicht");
        plicht.setOnAction(e -> gekozen(this::zetPlicht));
        opheffen.setId("bewaren-plicht-opheffen");
        opheffen.setOnAction(e -> gekozen(this::hefOp));
        termijn.setId("bewaren-termijn");
        termijn.setOnAction(e -> gekozen(this::wijzigTermijn));
        einde.setId("bewaren-einde");
        einde.setOnAction(e -> gekozen(this::wijzigEinde));
        verwijderen.setId("bewaren-verwijderen");
        verwijderen.getStyleClass().add("danger");
        verwijderen.setOnAction(e -> gekozen(this::verwijder));
        // Deleting stands apart from the everyday actions.
        Region tussen = new Region();
        HBox.setHgrow(tussen, Priority.ALWAYS);
        FlowPane gewoon = new FlowPane(8, 8, plicht, opheffen, termijn, einde);
        HBox.setHgrow(gewoon, Priority.ALWAYS);
        HBox acties = new HBox(8, gewoon, tussen, verwijderen);
        acties.setAlignment(Pos.TOP_LEFT);
        knoppen(null);
        fout.setId("bewaren-fout");
        fout.getStyleClass().add("form-errors");
        fout.setWrapText(true);
        geteld.setId("bewaren-geteld");
        geteld.getStyleClass().add("text-muted");
        geteld.setWrapText(true);
        VBox onder = new VBox(8, acties, fout, geteld);
        onder.setPadding(new Insets(12, 0, 0, 0));

        root.setTop(kop);
        root.setCenter(table);
        root.setBottom(onder);
    }

    private static TableColumn<Bewaarregel, String> kolom(String key, double breedte,
                                                          java.util.function.Function<Bewaarregel, String> waarde) {
        TableColumn<Bewaarregel, String> kolom = new TableColumn<>(I18n.t(key));
        kolom.setCellValueFactory(c -> new ReadOnlyStringWrapper(waarde.apply(c.getValue())));
        kolom.setCellFactory(c -> new Cel(false));
        kolom.setPrefWidth(breedte);
        // Dates and states keep their width; names give way first (their full text is the tooltip).
        kolom.setMinWidth(breedte <= 130 ? breedte : 100);
        return kolom;
    }

    /** A cell whose full text shows as a tooltip when the column is too narrow; red for a passed term. */
    private static final class Cel extends TableCell<Bewaarregel, String> {
        private final boolean staat;

        Cel(boolean staat) {
            this.staat = staat;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            getStyleClass().remove("status-te_laat");
            Bewaarregel r = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (staat && r != null && r.staat() == Bewaarstaat.VERLOPEN) {
                getStyleClass().add("status-te_laat");
            }
        }
    }

    /** The state, in red when the term has passed. */
    private static TableColumn<Bewaarregel, String> staatKolom() {
        TableColumn<Bewaarregel, String> kolom = kolom("bewaren.col.staat", 130,
                r -> I18n.t("bewaarstaat." + r.staat().name()));
        kolom.setCellFactory(c -> new Cel(true));
        return kolom;
    }

    private static String plichtTekst(Bewaarregel r) {
        if (r.bewaarplicht() == null) {
            return "";
        }
        String reden = I18n.t("bewaarplicht.reden." + r.bewaarplicht().reden().name());
        if (r.bewaarplicht().toelichting() != null) {
            reden = reden + " (" + r.bewaarplicht().toelichting() + ")";
        }
        return I18n.t(r.herzienNodig() ? "bewaren.plichtHerzien" : "bewaren.plicht", reden,
                DateInput.format(r.bewaarplicht().sinds()));
    }

    private void knoppen(Bewaarregel r) {
        boolean geen = r == null;
        boolean vast = !geen && r.bewaarplicht() != null;
        plicht.setDisable(geen || vast);
        opheffen.setDisable(!vast);
        termijn.setDisable(geen);
        einde.setDisable(geen);
        verwijderen.setDisable(geen || vast);
    }

    private void gekozen(java.util.function.Consumer<Bewaarregel> actie) {
        Bewaarregel r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            fout.setText("");
            actie.accept(r);
        }
    }

    private void zetPlicht(Bewaarregel r) {
        BewaarDialogs.vraagBewaarplicht(ui.window().get(), r).ifPresent(p -> klaar(r, () -> {
            service.zetBewaarplicht(r.trajectId(), p.reden(), p.toelichting());
            return I18n.t("bewaren.plicht.opgeslagen");
        }));
    }

    private void hefOp(Bewaarregel r) {
        ButtonType hef = new ButtonType(I18n.t("bewaren.plicht.opheffen"), ButtonBar.ButtonData.OK_DONE);
        ui.meldingen().vraag(Meldingen.Melding.van(Alert.AlertType.CONFIRMATION,
                        I18n.t("bewaren.plicht.opheffenVraag", r.werknemer()), hef, Knoppen.annuleren())
                .metTitel(I18n.t("bewaren.actie.plichtOpheffen")).metKop(I18n.t("bewaren.actie.plichtOpheffen"))
                .metId("plicht-opheffen-dialoog")).filter(b -> b == hef).ifPresent(b -> klaar(r, () -> {
            service.hefBewaarplichtOp(r.trajectId());
            return I18n.t("bewaren.plicht.opgeheven");
        }));
    }

    private void wijzigTermijn(Bewaarregel r) {
        LocalDate standaard = Bewaarregels.vervaldatum(r.einddatum(), r.eigenrisicodrager(), null, termijnen).orElse(null);
        BewaarDialogs.vraagTermijn(ui.window().get(), r, standaard).ifPresent(keuze -> klaar(r, () -> {
            service.zetEigenDatum(r.trajectId(), keuze.orElse(null));
            return I18n.t("bewaren.termijn.opgeslagen");
        }));
    }

    private void wijzigEinde(Bewaarregel r) {
        DateDialog.ask(ui.window().get(), I18n.t("bewaren.einde.titel"),
                I18n.t("bewaren.einde.vraag", r.werknemer()), r.einddatum()).ifPresent(d -> klaar(r, () -> {
                    service.zetEinddatum(r.trajectId(), d);
                    return I18n.t("bewaren.einde.opgeslagen");
                }));
    }

    private void verwijder(Bewaarregel r) {
        ui.background().run(() -> service.omvang(r.trajectId()), omvang ->
                BewaarDialogs.bevestigVerwijderen(ui.window().get(), omvang).ifPresent(keuze -> {
                    table.setDisable(true);
                    ui.background().run(() -> service.verwijder(r.trajectId(), keuze.getypteNaam(), keuze.ookWerkgever()),
                            v -> {
                                verwijderd(v);
                                naarBackups(v, keuze.ookWerkgever());
                            }, failure -> {
                                table.setDisable(false);
                                ui.meldingen().weigering(failure, fout::setText);
                            });
                }), f -> ui.meldingen().weigering(f, fout::setText));
    }

    /**
     * Then the backups: every generation that still holds the traject is rewritten without it, with
     * a progress window (it decrypts and rewrites each generation that holds it).
     */
    private void naarBackups(Verwijdering v, boolean ookWerkgever) {
        service.backupSchoning(v, ookWerkgever).ifPresent(taak -> Taakvenster.toon(ui, taak,
                I18n.t("bewaren.schoning.uitleg"), u -> ui.navigator().status(I18n.t("bewaren.schoning.klaar",
                        u.herschreven(), u.bekeken()) + (u.tweedeLater() == null ? ""
                        : " " + I18n.t("bewaren.schoning.tweedeLater", u.tweedeLater()))
                        + (u.onleesbaar() == 0 ? "" : " " + I18n.t("bewaren.schoning.anderePraktijk", u.onleesbaar()))
                        + (u.beschadigd() == 0 ? "" : " " + I18n.t("bewaren.schoning.beschadigd", u.beschadigd()))),
                f -> ui.meldingen().weigering(f, fout::setText)));
    }

    private void verwijderd(Verwijdering v) {
        table.setDisable(false);
        ui.navigator().status(I18n.t(v.logGeleegd() ? "bewaren.verwijderd" : "bewaren.verwijderdNietOpgeschoond",
                v.totaal()));
        ui.navigator().dataChanged();
        refresh();
    }

    /** Runs a change in the background; then the status line says so and the list reloads, the row kept selected. */
    private void klaar(Bewaarregel r, java.util.concurrent.Callable<String> wijziging) {
        ui.background().run(wijziging, melding -> {
            ui.navigator().status(melding);
            laad(r.trajectId());
        }, f -> ui.meldingen().weigering(f, fout::setText));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        Bewaarregel gekozen = table.getSelectionModel().getSelectedItem();
        laad(gekozen == null ? -1 : gekozen.trajectId());
    }

    private void laad(int selecteer) {
        boolean metAlle = alle.isSelected();
        record Data(List<Bewaarregel> regels, Bewaarregels.Termijnen termijnen, List<VerwijderdAantal> geteld) {
        }
        ui.background().run(() -> new Data(service.overzicht(metAlle), service.termijnen(), service.verwijderdeAantallen()),
                d -> {
                    termijnen = d.termijnen();
                    uitleg.setText(I18n.t("bewaren.uitleg", d.termijnen().standaardJaren(),
                            d.termijnen().eigenrisicodragerJaren()));
                    leeg.setText(I18n.t(metAlle ? "bewaren.leegAlle" : "bewaren.leeg"));
                    table.getItems().setAll(d.regels());
                    d.regels().stream().filter(r -> r.trajectId() == selecteer).findFirst()
                            .ifPresent(r -> table.getSelectionModel().select(r));
                    knoppen(table.getSelectionModel().getSelectedItem());
                    geteld.setText(geteldTekst(d.geteld()));
                });
    }

    /** Per year of deletion, how many trajecten: the statistics that survive the deletions. */
    static String geteldTekst(List<VerwijderdAantal> aantallen) {
        if (aantallen.isEmpty()) {
            return I18n.t("bewaren.geteldGeen");
        }
        var perJaar = aantallen.stream().collect(Collectors.groupingBy(VerwijderdAantal::verwijderdJaar,
                java.util.TreeMap::new, Collectors.summingInt(VerwijderdAantal::aantal)));
        String tekst = perJaar.descendingMap().entrySet().stream()
                .map(e -> I18n.t("bewaren.geteldJaar", Integer.toString(e.getKey()), e.getValue()))
                .collect(Collectors.joining(", "));
        return I18n.t("bewaren.geteld", tekst);
    }
}
