package nl.spoorzoeker.arbeidsmarkt.ui;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.Netwerkcontact;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatienorm;
import nl.spoorzoeker.arbeidsmarkt.Trechter;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.ui.Aanwijzing;

/**
 * The werknemer's job search in one dossier tab: the weekly norm and how the last weeks measured
 * up, the funnel, every sollicitatie with its current step (moved on with a date, proof attached),
 * and the network contacts.
 */
public final class SollicitatiesPane {

    /** Weeks shown in the chart and counted in the summary. */
    static final int WEKEN = 12;

    private final UiContext ui;
    private final ArbeidsmarktService service;
    private final Runnable changed;
    private final SollicitatieDialogs dialogs;
    private final VBox root = new VBox(10);
    private final VBox netwerkRoot = new VBox(8);
    private int dossierId;
    private List<String> zoekrichtingen = List.of();
    private TableView<Sollicitatie> tabel;
    private TableView<Netwerkcontact> netwerkTabel;
    private static boolean grafiekenOpen = true;

    public SollicitatiesPane(UiContext ui, ArbeidsmarktService service, Runnable changed) {
        this.ui = ui;
        this.service = service;
        this.changed = changed;
        this.dialogs = new SollicitatieDialogs(ui, service);
        root.setId("sollicitaties-pane");
        root.setPadding(new Insets(12, 16, 16, 0));
        netwerkRoot.setId("netwerk-pane");
        netwerkRoot.setPadding(new Insets(12, 16, 16, 0));
    }

    /** The sollicitaties: norm, charts, list. */
    public Node node() {
        return root;
    }

    /** The network contacts. */
    public Node netwerkNode() {
        return netwerkRoot;
    }

    /**
     * @param start           the traject's start: the norm counts from its week
     * @param rapportageSinds the date of the latest voortgangsrapportage (the report period runs from
     *                        it), or null when there is none yet
     * @param zoekrichtingen  the active directions of the latest zoekprofiel
     */
    public void show(int id, ArbeidsmarktService.Overzicht data, LocalDate start, LocalDate rapportageSinds,
                     List<String> zoekrichtingen) {
        this.dossierId = id;
        this.zoekrichtingen = zoekrichtingen;
        LocalDate vandaag = ui.today();
        LocalDate van = vandaag.minusWeeks(WEKEN - 1);
        if (start != null && start.isAfter(van) && !start.isAfter(vandaag)) {
            van = start;
        }
        Sollicitatienorm.Overzicht weken = Sollicitatienorm.overzicht(data.sollicitaties(), data.normPerWeek(), van, vandaag);

        Button norm = knop(I18n.t("sollicitatie.norm.wijzig"), Material2AL.EDIT, "norm-wijzig");
        norm.setOnAction(e -> dialogs.norm(dossierId, data.normPerWeek(), changed));
        Label normTekst = new Label(samenvatting(weken));
        normTekst.setId("sollicitatie-norm-stand");
        normTekst.getStyleClass().add("termijn-badge");
        if (weken.onderNorm()) {
            normTekst.getStyleClass().add("status-binnenkort");
        }
        // The report period: from the latest voortgangsrapportage (or the start) up to today.
        LocalDate periodeVan = rapportageSinds != null ? rapportageSinds.plusDays(1) : start;
        Label periode = new Label();
        periode.setId("sollicitatie-periode");
        periode.getStyleClass().add("text-muted");
        if (periodeVan != null && !periodeVan.isAfter(vandaag)) {
            Sollicitatienorm.Overzicht inPeriode = Sollicitatienorm.overzicht(data.sollicitaties(), data.normPerWeek(),
                    periodeVan, vandaag);
            periode.setText(inPeriode.normTotaal() == null
                    ? I18n.t("sollicitatie.periode.zonderNorm", DateInput.format(periodeVan), inPeriode.totaal())
                    : I18n.t("sollicitatie.periode", DateInput.format(periodeVan), inPeriode.totaal(),
                            inPeriode.normTotaal()));
        }
        // The norm stays in sight when the charts are folded away: it sits in their title bar.
        Label titel = new Label(I18n.t("sollicitatie.grafieken"));
        titel.setMinWidth(Region.USE_PREF_SIZE);
        normTekst.setMinWidth(0);
        HBox top = new HBox(12, titel, normTekst, norm);
        top.setMinWidth(0);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox grafieken = new HBox(24, ArbeidsmarktGrafieken.perWeek(weken),
                ArbeidsmarktGrafieken.trechter(Trechter.van(data.sollicitaties())));
        grafieken.setAlignment(Pos.CENTER_LEFT);
        // Folded away by the coach who needs the room for the lists; remembered while the app runs.
        javafx.scene.control.TitledPane overzichtPane = new javafx.scene.control.TitledPane(null,
                new VBox(4, periode, grafieken));
        overzichtPane.setGraphic(top);
        overzichtPane.setId("sollicitatie-grafieken");
        overzichtPane.setExpanded(grafiekenOpen);
        overzichtPane.expandedProperty().addListener((obs, oud, open) -> grafiekenOpen = open);

        tabel = sollicitatieTabel(data.sollicitaties());
        VBox.setVgrow(tabel, Priority.ALWAYS);
        root.getChildren().setAll(overzichtPane, acties(), tabel);

        Button netwerk = knop(I18n.t("netwerk.nieuw"), Material2MZ.PERSON_ADD, "netwerk-nieuw");
        netwerk.getStyleClass().add("accent");
        netwerk.setOnAction(e -> dialogs.netwerk(dossierId, null, changed));
        Label uitleg = new Label(I18n.t("netwerk.uitleg"));
        uitleg.getStyleClass().add("text-muted");
        uitleg.setWrapText(true);
        HBox netwerkKop = new HBox(12, netwerk, uitleg);
        netwerkKop.setAlignment(Pos.CENTER_LEFT);
        netwerkTabel = netwerkTabel(data.netwerk());
        VBox.setVgrow(netwerkTabel, Priority.ALWAYS);
        netwerkRoot.getChildren().setAll(netwerkKop, netwerkTabel);
    }

    /** Selects a sollicitatie (a search hit); false when it is not in this dossier's list. */
    public boolean kiesSollicitatie(int id) {
        return tabel != null && Aanwijzing.kies(tabel, s -> s.id() != null && s.id() == id);
    }

    /** Selects a network contact (a search hit). */
    public boolean kiesNetwerk(int id) {
        return netwerkTabel != null && Aanwijzing.kies(netwerkTabel, n -> n.id() != null && n.id() == id);
    }

    /** An icon button; its text is the tooltip and what a screen reader says. */
    private static Button klein(String tekst, org.kordamp.ikonli.Ikon icoon, String id) {
        Button button = knop("", icoon, id);
        button.setTooltip(new javafx.scene.control.Tooltip(tekst));
        button.setAccessibleText(tekst);
        return button;
    }

    private static Button knop(String tekst, org.kordamp.ikonli.Ikon icoon, String id) {
        Button button = new Button(tekst, FontIcon.of(icoon, 16));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** "Deze week 1 van 2 · laatste 12 weken 20 van 24" — or just the counts without a norm. */
    private static String samenvatting(Sollicitatienorm.Overzicht weken) {
        int dezeWeek = weken.weken().isEmpty() ? 0 : weken.weken().getLast().aantal();
        if (weken.norm() == null) {
            return I18n.t("sollicitatie.stand.zonderNorm", dezeWeek, weken.weken().size(), weken.totaal());
        }
        return I18n.t("sollicitatie.stand", dezeWeek, weken.norm(), weken.weken().size(), weken.totaal(),
                weken.normTotaal(), weken.wekenOnderNorm());
    }

    private Node acties() {
        Button nieuw = knop(I18n.t("sollicitatie.nieuw"), Material2AL.ADD, "sollicitatie-nieuw");
        nieuw.getStyleClass().add("accent");
        nieuw.setOnAction(e -> dialogs.sollicitatie(dossierId, null, zoekrichtingen, changed));
        Button stap = knop(I18n.t("sollicitatie.stap"), Material2AL.ARROW_FORWARD, "sollicitatie-stap");
        stap.setOnAction(e -> geselecteerd(s -> dialogs.volgendeStap(dossierId, s, changed)));
        Button terug = klein(I18n.t("sollicitatie.stapTerug"), Material2MZ.UNDO, "sollicitatie-stap-terug");
        terug.setOnAction(e -> geselecteerd(this::stapTerug));
        Button bewijs = klein(I18n.t("sollicitatie.bewijs.toevoegen"), Material2AL.ATTACH_FILE, "sollicitatie-bewijs");
        bewijs.setOnAction(e -> geselecteerd(this::bewijsToevoegen));
        Button bewaar = klein(I18n.t("sollicitatie.bewijs.opslaan"), Material2MZ.SAVE_ALT, "sollicitatie-bewijs-opslaan");
        bewaar.setOnAction(e -> geselecteerd(this::bewijsOpslaan));
        Button verwijder = klein(I18n.t("action.delete"), Material2AL.DELETE, "sollicitatie-verwijder");
        verwijder.setOnAction(e -> geselecteerd(this::verwijder));
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(8, 6, nieuw, stap, terug, bewijs, bewaar,
                verwijder);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void geselecteerd(java.util.function.Consumer<Sollicitatie> actie) {
        Sollicitatie s = tabel.getSelectionModel().getSelectedItem();
        if (s == null) {
            ui.navigator().status(I18n.t("sollicitatie.kiesEerst"));
            return;
        }
        actie.accept(s);
    }

    private TableView<Sollicitatie> sollicitatieTabel(List<Sollicitatie> sollicitaties) {
        TableView<Sollicitatie> table = new TableView<>();
        table.setId("sollicitaties-table");
        table.getItems().setAll(sollicitaties);
        table.getColumns().setAll(List.of(
                column("sollicitatie.col.datum", s -> DateInput.format(s.datum()), 105),
                column("sollicitatie.col.organisatie", Sollicitatie::organisatie, 170),
                column("sollicitatie.col.functie", Sollicitatie::functie, 170),
                column("sollicitatie.col.zoekrichting", s -> s.zoekrichting() == null ? "" : s.zoekrichting(), 130),
                column("sollicitatie.col.kanaal", s -> I18n.t("kanaal." + s.kanaal().name()), 120),
                column("sollicitatie.col.status", s -> I18n.t("sollicitatie.statusOp",
                        I18n.t("sollicitatiestatus." + s.status().name()),
                        DateInput.format(s.stappen().isEmpty() ? s.datum() : s.stappen().getLast().datum())), 200),
                column("sollicitatie.col.bewijs", s -> s.bewijs() != null ? s.bewijs().bestandsnaam()
                        : s.bewijsReferentie() == null ? "" : s.bewijsReferentie(), 150)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("sollicitatie.geen")));
        table.setRowFactory(t -> {
            TableRow<Sollicitatie> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    dialogs.sollicitatie(dossierId, row.getItem(), zoekrichtingen, changed);
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Sollicitatie s = table.getSelectionModel().getSelectedItem();
            if (s != null && e.getCode() == KeyCode.ENTER) {
                dialogs.sollicitatie(dossierId, s, zoekrichtingen, changed);
            }
        });
        return table;
    }

    private TableView<Netwerkcontact> netwerkTabel(List<Netwerkcontact> netwerk) {
        TableView<Netwerkcontact> table = new TableView<>();
        table.setId("netwerk-table");
        table.getItems().setAll(netwerk);
        table.getColumns().setAll(List.of(
                column("netwerk.col.datum", n -> DateInput.format(n.datum()), 105),
                column("netwerk.col.persoon", n -> join(n.persoon(), n.organisatie()), 220),
                column("netwerk.col.doel", n -> n.doel() == null ? "" : n.doel(), 200),
                column("netwerk.col.uitkomst", n -> n.uitkomst() == null ? "" : n.uitkomst(), 220),
                column("netwerk.col.vervolg", n -> join(n.vervolg(), DateInput.format(n.vervolgDatum())), 160)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("netwerk.geen")));
        table.setRowFactory(t -> {
            TableRow<Netwerkcontact> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    dialogs.netwerk(dossierId, row.getItem(), changed);
                }
            });
            return row;
        });
        return table;
    }

    private static String join(String a, String b) {
        if (b == null || b.isBlank()) {
            return a == null ? "" : a;
        }
        return a == null || a.isBlank() ? b : a + " — " + b;
    }

    private static <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(I18n.t(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 105));
        return column;
    }

    private void stapTerug(Sollicitatie s) {
        if (bevestig(I18n.t("sollicitatie.stapTerug.vraag", I18n.t("sollicitatiestatus." + s.status().name())))) {
            ui.background().run(() -> {
                service.herstelStap(s.id());
                return s.id();
            }, id -> changed.run(), this::geweigerd);
        }
    }

    private void verwijder(Sollicitatie s) {
        if (bevestig(I18n.t("sollicitatie.verwijder.vraag", s.organisatie(), s.functie()))) {
            ui.background().run(() -> {
                service.verwijderSollicitatie(dossierId, s.id());
                return s.id();
            }, id -> {
                ui.navigator().status(I18n.t("sollicitatie.verwijderd"));
                changed.run();
            });
        }
    }

    private void bewijsToevoegen(Sollicitatie s) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("sollicitatie.bewijs.toevoegen"));
        File file = chooser.showOpenDialog(ui.window().get());
        if (file != null) {
            voegBewijsToe(s, file.toPath());
        }
    }

    /** Attaches a file (the chooser's choice; tests call it directly). */
    void voegBewijsToe(Sollicitatie s, java.nio.file.Path bestand) {
        ui.background().run(() -> {
            service.voegBewijsToe(s.id(), bestand);
            return s.id();
        }, id -> {
            ui.navigator().status(I18n.t("sollicitatie.bewijs.toegevoegd", bestand.getFileName()));
            changed.run();
        }, this::geweigerd);
    }

    private void bewijsOpslaan(Sollicitatie s) {
        if (s.bewijs() == null) {
            ui.navigator().status(I18n.t("sollicitatie.bewijs.geen"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("sollicitatie.bewijs.opslaan"));
        chooser.setInitialFileName(s.bewijs().bestandsnaam());
        File file = chooser.showSaveDialog(ui.window().get());
        if (file != null) {
            bewaarBewijs(s, file.toPath());
        }
    }

    /** Writes the proof file to {@code doel} off the JavaFX thread (the button asks where first; tests come in here). */
    public void bewaarBewijs(Sollicitatie s, java.nio.file.Path doel) {
        ui.background().run(() -> {
            service.bewaarBewijsAls(s.id(), doel);
            return doel;
        }, f -> ui.navigator().status(I18n.t("sollicitatie.bewijs.opgeslagen", f.getFileName())), this::geweigerd);
    }

    /** A refusal from the service (a file too large, a step out of order) is a message, not a crash. */
    private void geweigerd(Throwable failure) {
        ui.meldingen().weigeringOfFout(failure);
    }

    private boolean bevestig(String vraag) {
        return ui.meldingen().jaOfNee(vraag);
    }
}
