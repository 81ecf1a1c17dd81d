package nl.spoorzoeker.groep.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.groep.GroepsprogrammaService;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.agenda.ui.AfspraakExport;

/**
 * The practice's group programmes: the list on the left, the chosen programme on the right with its
 * group and its schedule. A meeting is planned, changed, and recorded as held from here.
 */
public final class GroepsprogrammaView implements Page {

    private final UiContext ui;
    private final GroepsprogrammaService service;
    private final GroepsprogrammaDialogs dialogs;
    private final AfspraakService agenda;
    private final BorderPane root = new BorderPane();
    private final ListView<Groepsprogramma.Regel> lijst = new ListView<>();
    private final VBox detail = new VBox(12);
    private final TableView<Groepsprogramma.Bijeenkomst> rooster = new TableView<>();
    private GroepsprogrammaService.Detail huidig;
    private Integer kiesNa;

    public GroepsprogrammaView(UiContext ui, GroepsprogrammaService service, AfspraakService agenda) {
        this.ui = ui;
        this.service = service;
        this.agenda = agenda;
        this.dialogs = new GroepsprogrammaDialogs(ui, service);
        root.setId("groepsprogrammas");

        Label titel = new Label(I18n.t("programma.lijst.titel"));
        titel.getStyleClass().add("title-3");
        Button nieuw = new Button(I18n.t("programma.nieuw"), FontIcon.of(Material2AL.ADD, 16));
        nieuw.setId("programma-nieuw");
        nieuw.setOnAction(e -> dialogs.programma(null, this::toon));
        lijst.setId("programma-lijst");
        lijst.setPlaceholder(new Label(I18n.t("programma.lijst.leeg")));
        lijst.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Groepsprogramma.Regel r, boolean empty) {
                super.updateItem(r, empty);
                setWrapText(true);
                // The cell's width, not the text's: wrap inside the list instead of scrolling sideways.
                setPrefWidth(0);
                setText(empty || r == null ? null : r.programma().naam() + "\n" + I18n.t("programma.lijst.regel",
                        periode(r.programma().startdatum(), r.einde()), r.deelnemers(), r.gehouden(), r.bijeenkomsten()));
            }
        });
        lijst.getSelectionModel().selectedItemProperty().addListener((o, oud, nieuwe) -> {
            if (nieuwe != null && (huidig == null || !huidig.programma().id().equals(nieuwe.programma().id()))) {
                laad(nieuwe.programma().id());
            }
        });
        VBox.setVgrow(lijst, Priority.ALWAYS);
        VBox links = new VBox(8, titel, nieuw, lijst);
        links.setPadding(new Insets(16, 8, 16, 16));
        links.setPrefWidth(280);
        links.setMinWidth(240);
        root.setLeft(links);

        maakRooster();
        detail.setId("programma-detail");
        detail.setPadding(new Insets(16, 16, 16, 8));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(detail);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        leeg();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        Integer open = kiesNa != null ? kiesNa : huidig == null ? null : huidig.programma().id();
        kiesNa = null;
        ui.background().run(service::lijst, regels -> {
            lijst.getItems().setAll(regels);
            if (open != null) {
                regels.stream().filter(r -> r.programma().id().equals(open)).findFirst().ifPresent(r -> {
                    huidig = null;
                    lijst.getSelectionModel().select(r);
                });
            } else if (!regels.isEmpty()) {
                lijst.getSelectionModel().selectFirst();
            } else {
                leeg();
            }
        });
    }

    /** Opens a programme (from the agenda, or after it was saved). */
    public void toon(int programmaId) {
        kiesNa = programmaId;
        refresh();
    }

    private void leeg() {
        huidig = null;
        Label niets = new Label(I18n.t("programma.kies"));
        niets.getStyleClass().add("text-muted");
        detail.getChildren().setAll(niets);
    }

    private void laad(int id) {
        ui.background().run(() -> service.detail(id).orElse(null), d -> {
            if (d == null) {
                leeg();
                return;
            }
            huidig = d;
            toonDetail(d);
        });
    }

    private void toonDetail(GroepsprogrammaService.Detail d) {
        Groepsprogramma p = d.programma();
        Label naam = new Label(p.naam());
        naam.setId("programma-titel");
        naam.getStyleClass().add("title-2");
        Label info = new Label(I18n.t("programma.info", periode(p.startdatum(), d.einde()),
                p.locatie() == null ? "–" : p.locatie(),
                p.trainers().isEmpty() ? "–" : String.join(", ", p.trainers())));
        info.setId("programma-info");
        info.setWrapText(true);
        info.getStyleClass().add("text-muted");

        Button wijzig = knop("programma-wijzig", "programma.wijzig", Material2AL.EDIT,
                () -> dialogs.programma(d, this::toon));
        Button plan = knop("programma-plan", "programma.plan", Material2AL.DATE_RANGE,
                () -> dialogs.rooster(d, () -> laad(p.id())));
        Button los = knop("programma-bijeenkomst-nieuw", "programma.bijeenkomstNieuw", Material2AL.ADD,
                () -> dialogs.bijeenkomst(p.id(), null, () -> laad(p.id())));
        Button ics = knop("programma-ics", "programma.ics", Material2AL.EVENT, () -> ui.background().run(
                () -> agenda.vanProgramma(p.id(), ui.today()), komend -> new AfspraakExport(ui,
                        agenda).exporteer(komend, bestandsnaam(p))));
        Button weg = knop("programma-verwijder", "programma.verwijder", Material2AL.DELETE, () -> {
            if (ui.meldingen().jaOfNee(I18n.t("programma.verwijder.vraag", p.naam()))) {
                ui.background().run(() -> {
                    service.verwijder(p.id());
                    return null;
                }, x -> {
                    huidig = null;
                    refresh();
                });
            }
        });
        FlowPane knoppen = new FlowPane(8, 8, wijzig, plan, los, ics, weg);

        Label groepKop = new Label(I18n.t("programma.groep", d.deelnemers().size()));
        groepKop.getStyleClass().add("title-4");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd-MM-uuuu");
        Label groep = new Label(d.deelnemers().isEmpty() ? I18n.t("programma.groep.leeg") : d.deelnemers().stream()
                .map(x -> x.naam() + " (" + f.format(x.vanaf()) + (x.tot() == null ? "" : " – " + f.format(x.tot())) + ")")
                .collect(Collectors.joining("   ·   ")));
        groep.setId("programma-groep");
        groep.setWrapText(true);

        Label roosterKop = new Label(I18n.t("programma.rooster", d.bijeenkomsten().size()));
        roosterKop.getStyleClass().add("title-4");
        rooster.getItems().setAll(d.bijeenkomsten());
        Button bewerk = knop("bijeenkomst-wijzig", "bijeenkomst.wijzig", Material2AL.EDIT,
                () -> gekozen(b -> dialogs.bijeenkomst(p.id(), b, () -> laad(p.id()))));
        Button verslag = knop("bijeenkomst-verslag", "bijeenkomst.verslag", Material2AL.ASSIGNMENT_TURNED_IN,
                () -> gekozen(b -> dialogs.verslag(p, b, () -> laad(p.id()))));
        Button schrap = knop("bijeenkomst-verwijder", "bijeenkomst.verwijder", Material2MZ.REMOVE_CIRCLE_OUTLINE,
                () -> gekozen(b -> {
                    if (ui.meldingen().jaOfNee(I18n.t("bijeenkomst.verwijder.vraag", b.onderwerp()))) {
                        ui.background().run(() -> {
                            service.verwijderBijeenkomst(b.id());
                            return null;
                        }, x -> laad(p.id()));
                    }
                }));
        for (Button b : List.of(bewerk, verslag, schrap)) {
            b.disableProperty().bind(rooster.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox roosterKnoppen = new HBox(8, bewerk, verslag, schrap);
        roosterKnoppen.setAlignment(Pos.CENTER_LEFT);
        detail.getChildren().setAll(naam, info, knoppen, groepKop, groep, roosterKop, roosterKnoppen, rooster);
    }

    private void gekozen(java.util.function.Consumer<Groepsprogramma.Bijeenkomst> actie) {
        Groepsprogramma.Bijeenkomst b = rooster.getSelectionModel().getSelectedItem();
        if (b != null) {
            actie.accept(b);
        }
    }

    /** "01-11-2026 t/m 24-01-2027", or "Start 01-11-2026" while it has no end (no end set, no meeting). */
    private static String periode(java.time.LocalDate start, java.time.LocalDate einde) {
        return einde == null ? I18n.t("programma.periode.open", DateInput.format(start))
                : I18n.t("programma.periode", DateInput.format(start), DateInput.format(einde));
    }

    private static String bestandsnaam(Groepsprogramma p) {
        String naam = p.naam().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (naam.isEmpty() ? "groep" : naam) + ".ics";
    }

    private static Button knop(String id, String key, org.kordamp.ikonli.Ikon icoon, Runnable actie) {
        Button b = new Button(I18n.t(key), FontIcon.of(icoon, 16));
        b.setId(id);
        b.setOnAction(e -> actie.run());
        return b;
    }

    private void maakRooster() {
        rooster.setId("programma-rooster");
        rooster.setPlaceholder(new Label(I18n.t("programma.rooster.leeg")));
        rooster.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rooster.setPrefHeight(360);
        DateTimeFormatter dag = DateTimeFormatter.ofPattern("EEE dd-MM-uuuu", I18n.locale());
        DateTimeFormatter tijd = DateTimeFormatter.ofPattern("HH:mm");
        rooster.getColumns().add(kolom("bijeenkomst.kol.datum", 140, b -> dag.format(b.begin())));
        rooster.getColumns().add(kolom("bijeenkomst.kol.tijd", 115, b -> tijd.format(b.begin()) + "–" + tijd.format(b.einde())));
        rooster.getColumns().add(kolom("bijeenkomst.kol.soort", 95, b -> I18n.t("groepsoort." + b.soort().name())));
        rooster.getColumns().add(kolom("bijeenkomst.kol.onderwerp", 200, Groepsprogramma.Bijeenkomst::onderwerp));
        rooster.getColumns().add(kolom("bijeenkomst.kol.trainer", 120, b -> b.trainer() == null ? "" : b.trainer()));
        rooster.getColumns().add(kolom("bijeenkomst.kol.status", 90,
                b -> I18n.t(b.gehouden() ? "bijeenkomst.gehouden" : "bijeenkomst.gepland")));
        rooster.setRowFactory(t -> {
            javafx.scene.control.TableRow<Groepsprogramma.Bijeenkomst> rij = new javafx.scene.control.TableRow<>();
            rij.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !rij.isEmpty() && huidig != null) {
                    dialogs.verslag(huidig.programma(), rij.getItem(), () -> laad(huidig.programma().id()));
                }
            });
            return rij;
        });
    }

    private static TableColumn<Groepsprogramma.Bijeenkomst, String> kolom(String key, double breedte,
            java.util.function.Function<Groepsprogramma.Bijeenkomst, String> waarde) {
        TableColumn<Groepsprogramma.Bijeenkomst, String> k = new TableColumn<>(I18n.t(key));
        k.setPrefWidth(breedte);
        k.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(waarde.apply(c.getValue())));
        k.setSortable(false);
        return k;
    }
}
