package nl.spoorzoeker.app.werkplek;

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
import java.time.LocalDate;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.dossier.ui.DossierRij;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.Contactgat;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.Beeld;

/**
 * The start screen: the active dossiers grouped by where they stand in the 104 weeks — from week 89
 * the eindrapportage and WIA application are near, from week 52 spoor 2 must be running. With an
 * empty practice it offers a first dossier or the demo dossiers.
 */
public final class VandaagView implements Page {

    /** Vandaag shows what is late and what is due within four weeks. */
    public static final int HORIZON_DAGEN = 28;
    /** More cards than this per group help nobody; the Dossiers list has them all. */
    private static final int MAX_CARDS_PER_GROUP = 25;
    /**
     * Rows per list (deadlines, gaps) before "Alle N tonen". On the ten-year practice the lists held
     * some 200 deadline rows and hundreds of gaps, each a row of labels styled and laid out on the
     * JavaFX thread before the start screen could show (issue 21 item 10); nobody reads past the
     * first screenful, and the heading gives the count.
     */
    static final int MAX_REGELS = 25;
    /**
     * Rows (of all lists and cards together, in screen order) built before the start screen's first
     * frame; the rest follow in the frames after it, one list per frame, each list saying "Laden…"
     * until its rows are in. A 768-pixel-high window shows about 18 rows; on the ten-year practice
     * building, styling and laying out all ~175 rows was the largest part of unlock -> start screen
     * (issue 21 item 10).
     */
    static final int EERSTE_SCHERM = 30;

    private final UiContext ui;
    private final TijdlijnService tijdlijnen;
    private final FaseService fasen;
    private final ContactService contacten;
    private final ArbeidsmarktService arbeidsmarkt;
    private final WerkervaringService werkervaring;
    private final AfspraakService afspraken;
    private final Runnable loadDemo;
    private java.util.Map<Integer, List<FaseSoort>> huidigeFasen = java.util.Map.of();
    private final VBox root = new VBox(16);
    /** What is sorted where (own deadlines, others' to watch, the dossiers by week): tested without a stage. */
    private final VandaagModel model = new VandaagModel();
    private Runnable onShown = () -> { };
    /** Rows the frame being built may still take (see {@link #EERSTE_SCHERM}). */
    private int opScherm = Integer.MAX_VALUE;
    /** The lists left for the frames after the first, in screen order. */
    private final java.util.ArrayDeque<Runnable> straks = new java.util.ArrayDeque<>();

    public VandaagView(UiContext ui, TijdlijnService tijdlijnen,
                       FaseService fasen, ContactService contacten,
                       ArbeidsmarktService arbeidsmarkt,
                       WerkervaringService werkervaring,
                       AfspraakService afspraken, Runnable loadDemo) {
        this.ui = ui;
        this.tijdlijnen = tijdlijnen;
        this.fasen = fasen;
        this.contacten = contacten;
        this.arbeidsmarkt = arbeidsmarkt;
        this.werkervaring = werkervaring;
        this.afspraken = afspraken;
        this.loadDemo = loadDemo;
        root.setId("vandaag");
    }

    @Override
    public Node node() {
        return root;
    }

    private record Data(List<DossierRegel> regels, List<TijdlijnService.Termijn> termijnen,
                        java.util.Map<Integer, List<FaseSoort>> fasen,
                        List<Gat> gaten, List<Afspraak> afspraken, LocalDate dag) {
    }

    /** A gap in the record of one active dossier: what, for how many days, and where to mend it. */
    private record Gat(DossierRegel dossier, String tekst, long dagen, DossierTab tab) {
    }

    private List<Gat> gaten(List<DossierRegel> regels, LocalDate today) {
        var laatste = contacten.laatsteContacten();
        var marktactiviteit = arbeidsmarkt.laatsteMarktactiviteit();
        var drempels = tijdlijnen.gatDrempels();
        var markt = fasen.arbeidsmarktSinds();
        var actief = regels.stream().filter(r -> r.status() == TrajectStatus.ACTIEF)
                .collect(java.util.stream.Collectors.toMap(DossierRegel::trajectId, r -> r));
        List<Gat> gaten = new java.util.ArrayList<>();
        actief.values().forEach(r -> {
            LocalDate[] last = laatste.getOrDefault(r.trajectId(), new LocalDate[2]);
            LocalDate laatsteMarkt = later(last[1], marktactiviteit.get(r.trajectId()));
            Contactgat.signalen(today, r.startdatum(), last[0], laatsteMarkt,
                    markt.get(r.trajectId()), drempels.contactDagen(), drempels.marktDagen()).forEach(s -> gaten.add(
                    new Gat(r, I18n.t("gat." + s.soort().name(), DateInput.format(s.sinds()),
                            s.dagen()), s.dagen(), s.soort() == Contactgat.Soort.GEEN_CONTACT
                            ? DossierTab.LOGBOEK : DossierTab.SOLLICITATIES)));
        });
        werkervaring.evaluatieSignalen(today).stream().filter(e -> actief.containsKey(e.dossierId())).forEach(e ->
                gaten.add(new Gat(actief.get(e.dossierId()), I18n.t("werkervaring.signaal.kort", e.plek().organisatie(),
                        e.signaal().dagen()), e.signaal().dagen(), DossierTab.WERKERVARING)));
        gaten.sort(Comparator.comparingLong(Gat::dagen).reversed());
        return gaten;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** The start screen's data, read on the database queue. */
    private Data lees() {
        LocalDate dag = ui.today();
        // Both lists from one read of the clocks (a large practice has a thousand of them).
        TijdlijnService.Startscherm start = tijdlijnen.startscherm(HORIZON_DAGEN);
        List<DossierRegel> regels = start.dossiers();
        return new Data(regels, start.termijnen(), fasen.huidigeFasenPerDossier(), gaten(regels, dag),
                afspraken.tussen(dag, dag.plusDays(1)), dag);
    }

    /** The first read, started before the screen is asked for; taken by the next {@link #refresh()}. */
    private javafx.concurrent.Task<Data> vooraf;

    /**
     * Starts the first read now, while the rest of the window is being built (issue 21 item 10): after
     * unlocking, the reads and the building of the main window ran one after the other on a machine
     * with two cores. The next {@link #refresh()} shows this read instead of starting another. FX thread.
     */
    public void leesVooraf() {
        if (vooraf == null) {
            vooraf = ui.background().run(this::lees, data -> { }, fout -> { });
        }
    }

    @Override
    public void refresh() {
        javafx.concurrent.Task<Data> v = vooraf;
        vooraf = null;
        if (v != null && v.getState() != javafx.concurrent.Worker.State.FAILED
                && v.getState() != javafx.concurrent.Worker.State.CANCELLED) {
            // Its state changes on this thread, so it cannot finish between the test and the handlers.
            if (v.getState() == javafx.concurrent.Worker.State.SUCCEEDED) {
                toonOfLeesOpnieuw(v.getValue());
            } else {
                v.setOnSucceeded(e -> toonOfLeesOpnieuw(v.getValue()));
                v.setOnFailed(e -> refresh()); // read again, reporting a failure as any read does
            }
            return;
        }
        ui.background().run(this::lees, this::toon);
    }

    /** A read made before midnight is not shown after it: "late" and "this week" depend on the day. */
    private void toonOfLeesOpnieuw(Data data) {
        if (data.dag().equals(ui.today())) {
            toon(data);
        } else {
            refresh();
        }
    }

    private void toon(Data data) {
        huidigeFasen = data.fasen();
        model.toon(data.dag(), data.regels(), data.termijnen());
        show(data.gaten(), data.afspraken());
    }

    private void show(List<Gat> gaten, List<Afspraak> afspraken) {
        Label title = new Label(I18n.t("nav.vandaag").replace("_", ""));
        title.getStyleClass().add("title-2");
        Label date = new Label(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", I18n.locale()).format(ui.today()));
        date.getStyleClass().add("text-muted");
        VBox content = new VBox(12);
        straks.clear(); // a fill still pending belongs to the screen this one replaces
        opScherm = EERSTE_SCHERM;
        if (model.praktijkLeeg().get()) {
            content.getChildren().add(emptyState());
        } else if (model.geenActieve().get()) {
            content.getChildren().add(new Label(I18n.t("vandaag.noActive")));
        } else {
            afspraken(content, afspraken);
            gaten(content, gaten);
            termijnen(content);
            Label actiefTitel = new Label(I18n.t("vandaag.actief",
                    model.eindfase().size() + model.tweedeJaar().size() + model.eersteJaar().size()));
            actiefTitel.getStyleClass().add("title-3");
            actiefTitel.setPadding(new Insets(12, 0, 0, 0));
            content.getChildren().add(actiefTitel);
            group(content, "vandaag.group.eindfase", model.eindfase());
            group(content, "vandaag.group.tweedeJaar", model.tweedeJaar());
            group(content, "vandaag.group.eersteJaar", model.eersteJaar());
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().setAll(new VBox(2, title, date), scroll);
        opScherm = Integer.MAX_VALUE; // rows built from now on (a filter, "Alle N tonen") are built at once
        if (!straks.isEmpty()) {
            naHetVolgendeBeeld();
        }
        Runnable callback = onShown;
        onShown = () -> { };
        callback.run();
    }

    /** Runs once, after the next refresh has put its data on screen. */
    public void whenShown(Runnable callback) {
        this.onShown = callback;
    }

    /**
     * The coach's own deadlines first — late, due this week, due in the coming four weeks — then the
     * statutory deadlines of others (werkgever, bedrijfsarts, werknemer, UWV) under "signaleren": the coach
     * watches them and may remind, but they are not the coach's work. That list can be narrowed to
     * one party.
     */
    private void termijnen(VBox content) {
        Label title = new Label(I18n.t("vandaag.termijnen"));
        title.getStyleClass().add("title-3");
        content.getChildren().add(title);
        if (!model.heeftTermijnen()) {
            Label none = new Label(I18n.t("vandaag.termijnen.geen"));
            none.setId("vandaag-geen-termijnen");
            content.getChildren().add(none);
            return;
        }
        if (!model.heeftEigenTermijnen()) {
            Label none = new Label(I18n.t("vandaag.termijnen.geenEigen"));
            none.setId("vandaag-geen-eigen-termijnen");
            content.getChildren().add(none);
        }
        termijnGroep(content, "vandaag.teLaat", "te-laat", model.teLaat());
        termijnGroep(content, "vandaag.dezeWeek", "deze-week", model.dezeWeek());
        termijnGroep(content, "vandaag.komendeWeken", "komende-weken", model.komendeWeken());
        if (!model.anderen().isEmpty()) {
            signaleren(content, model.anderen());
        }
    }

    /** Others' statutory deadlines, with who is responsible on each line and a filter by party. */
    private void signaleren(VBox content, List<TijdlijnService.Termijn> anderen) {
        Label heading = new Label(I18n.t("vandaag.signaleren", anderen.size()));
        heading.getStyleClass().add("title-4");
        Label uitleg = new Label(I18n.t("vandaag.signaleren.uitleg"));
        uitleg.getStyleClass().add("text-muted");
        uitleg.setWrapText(true);
        // Every party but the coach, always: the filter does not change its choices with the data.
        List<MijlpaalSoort.Actor> partijen = VandaagModel.partijen();
        javafx.scene.control.ComboBox<MijlpaalSoort.Actor> filter = new javafx.scene.control.ComboBox<>();
        filter.setId("vandaag-signaleren-filter");
        filter.getItems().add(null);
        filter.getItems().addAll(partijen);
        filter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MijlpaalSoort.Actor a) {
                return a == null ? I18n.t("vandaag.signaleren.iedereen") : I18n.t("actor." + a.name());
            }

            @Override
            public MijlpaalSoort.Actor fromString(String s) {
                return null;
            }
        });
        // "iedereen" is the null item: the list's cells show it by the converter too, never as a blank row.
        filter.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(MijlpaalSoort.Actor item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : filter.getConverter().toString(item));
            }
        });
        filter.setButtonCell(filter.getCellFactory().call(null));
        filter.setValue(model.partij().get());
        filter.valueProperty().bindBidirectional(model.partij());
        Label filterLabel = new Label(I18n.t("vandaag.signaleren.filter"));
        filterLabel.setLabelFor(filter);
        filter.setAccessibleText(I18n.t("vandaag.signaleren.filter"));
        HBox kop = new HBox(12, heading, new Region(), filterLabel, filter);
        HBox.setHgrow(kop.getChildren().get(1), Priority.ALWAYS);
        kop.setAlignment(Pos.CENTER_LEFT);
        kop.setPadding(new Insets(12, 0, 0, 0));
        VBox lines = new VBox(4);
        lines.setId("vandaag-signaleren");
        Runnable vul = () -> regels(lines, List.copyOf(model.signaleren()), this::termijnRegel);
        filter.valueProperty().addListener((o, a, b) -> vul.run());
        vul.run();
        content.getChildren().addAll(kop, uitleg, lines);
    }

    /** Dossiers with a gap in their record: no contact, or no employer/network contact in the job market phase. */
    /** Today's and tomorrow's appointments, so the coach sees the day at a glance. */
    private void afspraken(VBox content, List<Afspraak> afspraken) {
        if (afspraken.isEmpty()) {
            return;
        }
        Label heading = new Label(I18n.t("vandaag.afspraken", afspraken.size()));
        heading.getStyleClass().add("title-4");
        VBox lines = new VBox(4);
        lines.setId("vandaag-afspraken");
        DateTimeFormatter wanneer = DateTimeFormatter.ofPattern("EEE HH:mm", I18n.locale());
        opScherm -= Math.min(opScherm, afspraken.size()); // a day's few appointments: always at once
        for (var a : afspraken) {
            Label tijd = new Label(wanneer.format(a.begin()));
            tijd.getStyleClass().add("text-bold");
            tijd.setMinWidth(90);
            Label naam = new Label(a.naam());
            naam.setMinWidth(220);
            Label onderwerp = new Label(a.onderwerp());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label plaats = new Label(a.locatie() == null ? "" : a.locatie());
            plaats.getStyleClass().add("text-muted");
            HBox row = new HBox(12, tijd, naam, onderwerp, spacer, plaats);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("card-row");
            row.setPadding(new Insets(6, 12, 6, 12));
            row.setOnMouseClicked(e -> {
                if (a.groep()) {
                    ui.navigator().openGroepsprogramma(a.programmaId());
                } else {
                    ui.navigator().openDossier(a.dossierId(), DossierTab.AFSPRAKEN);
                }
            });
            lines.getChildren().add(row);
        }
        content.getChildren().addAll(heading, lines);
    }

    private void gaten(VBox content, List<Gat> gaten) {
        if (gaten.isEmpty()) {
            return;
        }
        Label heading = new Label(I18n.t("vandaag.gaten", gaten.size()));
        heading.getStyleClass().addAll("title-4", "termijn-groep-deze-week");
        VBox lines = new VBox(4);
        lines.setId("vandaag-gaten");
        regels(lines, gaten, this::gatRegel);
        content.getChildren().addAll(heading, lines);
    }

    private Node gatRegel(Gat gat) {
        Label naam = new Label(gat.dossier().naam());
        naam.getStyleClass().add("text-bold");
        naam.setMinWidth(220);
        Label wat = new Label(gat.tekst());
        wat.getStyleClass().addAll("termijn-badge", "status-binnenkort");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label werkgever = new Label(gat.dossier().werkgever());
        werkgever.getStyleClass().add("text-muted");
        HBox row = new HBox(12, naam, wat, spacer, werkgever);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("card-row");
        row.setPadding(new Insets(6, 12, 6, 12));
        row.setOnMouseClicked(e -> ui.navigator().openDossier(gat.dossier().trajectId(), gat.tab()));
        return row;
    }

    private void termijnGroep(VBox content, String titleKey, String id, List<TijdlijnService.Termijn> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Label heading = new Label(I18n.t(titleKey, rows.size()));
        heading.getStyleClass().addAll("title-4", "termijn-groep-" + id);
        VBox lines = new VBox(4);
        lines.setId("vandaag-" + id);
        regels(lines, rows, this::termijnRegel);
        content.getChildren().addAll(heading, lines);
    }

    /** The first {@link #MAX_REGELS} rows, then a link that puts the rest in place. */
    private <T> void regels(VBox lines, List<T> items, java.util.function.Function<T, Node> regel) {
        deel(lines, items, MAX_REGELS, regel, () -> {
            javafx.scene.control.Hyperlink alle = new javafx.scene.control.Hyperlink(I18n.t("vandaag.toonAlle", items.size()));
            alle.setId(lines.getId() + "-alle");
            alle.setOnAction(e -> lines.getChildren().setAll(items.stream().map(regel).toList()));
            return alle;
        });
    }

    /**
     * Puts the first {@code max} of {@code items} in {@code box}, then {@code meer} when there are more:
     * as many rows as the first frame may still take now, the others after that frame (with "Laden…"
     * in their place meanwhile, so a list never looks complete before it is).
     */
    private <T> void deel(VBox box, List<T> items, int max, java.util.function.Function<T, Node> regel,
                          java.util.function.Supplier<Node> meer) {
        int getoond = Math.min(items.size(), max);
        int nu = Math.min(getoond, opScherm);
        opScherm -= nu;
        box.getChildren().setAll(items.subList(0, nu).stream().map(regel).toList());
        Runnable rest = () -> {
            box.getChildren().addAll(items.subList(nu, getoond).stream().map(regel).toList());
            if (items.size() > max) {
                box.getChildren().add(meer.get());
            }
        };
        if (nu == getoond) {
            rest.run();
            return;
        }
        Label laden = new Label(I18n.t("vandaag.laden"));
        laden.getStyleClass().addAll("text-muted", "vandaag-laden");
        box.getChildren().add(laden);
        straks.add(() -> {
            if (box.getChildren().remove(laden)) { // else the list was filled anew meanwhile (a filter)
                rest.run();
            }
        });
    }

    /** The next list left for later, once the frame being drawn is on screen; then the one after. */
    private void naHetVolgendeBeeld() {
        javafx.scene.Scene scene = root.getScene();
        if (scene == null) { // not on a stage: nothing is drawn, so nothing to wait for
            while (!straks.isEmpty()) {
                straks.poll().run();
            }
            return;
        }
        Beeld.naHetVolgende(scene, () -> {
            Runnable volgende = straks.poll();
            if (volgende != null) {
                volgende.run();
            }
            if (!straks.isEmpty()) {
                naHetVolgendeBeeld();
            }
        });
    }

    private Node termijnRegel(TijdlijnService.Termijn t) {
        Mijlpaal m = t.mijlpaal();
        Label naam = new Label(t.dossier().naam());
        naam.getStyleClass().add("text-bold");
        naam.setMinWidth(220);
        Label wat = new Label(I18n.t("mijlpaal." + m.soort().name()) + (m.volgnummer() > 1 ? " " + m.volgnummer() : "")
                + (VandaagModel.vanCoach(t) ? "" : " · " + I18n.t("actor." + t.wie().name())));
        wat.setMinWidth(260);
        long dagen = java.time.temporal.ChronoUnit.DAYS.between(ui.today(), m.deadline());
        String wanneer = dagen < 0 ? I18n.t("termijn.dagenTeLaat", -dagen)
                : dagen == 0 ? I18n.t("termijn.vandaag") : I18n.t("termijn.nogDagen", dagen);
        Label datum = new Label(I18n.t("termijn.uiterlijk", DateInput.format(m.deadline()), wanneer));
        datum.setMinWidth(Region.USE_PREF_SIZE);
        datum.getStyleClass().addAll("termijn-badge", "status-" + m.status().name().toLowerCase(java.util.Locale.ROOT));
        Label werkgever = new Label(t.dossier().werkgever());
        werkgever.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(12, naam, wat, datum, spacer, werkgever);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("card-row");
        row.setPadding(new Insets(6, 12, 6, 12));
        row.setOnMouseClicked(e -> ui.navigator().openTijdlijn(t.dossier().trajectId()));
        return row;
    }

    private void group(VBox content, String titleKey, List<DossierRij> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Label heading = new Label(I18n.t(titleKey, rows.size()));
        heading.getStyleClass().add("title-4");
        VBox kaarten = new VBox(12);
        content.getChildren().addAll(heading, kaarten);
        deel(kaarten, rows, MAX_CARDS_PER_GROUP, this::card, () -> {
            javafx.scene.control.Hyperlink more = new javafx.scene.control.Hyperlink(
                    I18n.t("vandaag.more", rows.size() - MAX_CARDS_PER_GROUP));
            more.setOnAction(e -> ui.navigator().showDossiers());
            return more;
        });
    }

    private Node card(DossierRij row) {
        Label naam = new Label(row.regel().naam());
        naam.getStyleClass().add("text-bold");
        List<FaseSoort> lopend = huidigeFasen.getOrDefault(row.regel().trajectId(), List.of());
        Label werkgever = new Label(row.regel().werkgever() + (lopend.isEmpty() ? "" : "  ·  " + String.join(" + ",
                lopend.stream().map(f -> I18n.t("fase." + f.name())).toList())));
        werkgever.getStyleClass().add("text-muted");
        werkgever.setId("vandaag-kaart-" + row.regel().trajectId());
        Label week = new Label(row.verzuimweek() == 0 ? I18n.t("dossier.header.notYet")
                : I18n.t("dossier.header.week", row.verzuimweek()));
        week.getStyleClass().add("week-badge");
        if (row.verzuimweek() >= VandaagModel.EINDFASE_WEEK) {
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
