package nl.spoorzoeker.app.werkplek;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werknemer;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.ui.Aanwijzing;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.dossier.ui.Dossiergegevens;
import nl.spoorzoeker.uitkomst.ui.Uitkomstgegevens;
import nl.spoorzoeker.dossier.ui.TijdlijnPane;
import nl.spoorzoeker.uitkomst.ui.SchaalDialog;
import nl.spoorzoeker.dossier.ui.DossierDialogs;
import nl.spoorzoeker.uitkomst.ui.UitkomstDialog;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.ui.LogboekPane;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.agenda.ui.AfsprakenPane;
import nl.spoorzoeker.cv.CvService;
import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.cv.ui.CvPane;
import nl.spoorzoeker.instrument.InstrumentService;
import nl.spoorzoeker.instrument.KernkwadrantService;
import nl.spoorzoeker.instrument.ui.InstrumentenPane;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.arbeidsmarkt.ui.ArbeidsmarktTabblad;
import nl.spoorzoeker.ui.DossierTabblad;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.fase.ui.BelastbaarheidPane;
import nl.spoorzoeker.fase.ui.FasenPane;
import nl.spoorzoeker.fase.ui.ProfielenPane;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.ui.RapportagesPane;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.uitkomst.UitkomstService;
import nl.spoorzoeker.instrument.WaardenService;
import nl.spoorzoeker.app.werkplek.DossierDetailModel.Data;

/**
 * One dossier: a header strip (name, employer, week of sickness, the next deadline and the days
 * left), the overview (the dossier's details, appointments, outcome), then one tab per feature, each
 * offered by that feature as a {@link DossierTabblad} and put in the order of {@code DossierTab}. The
 * dossier is read in one step off the JavaFX thread; each tab gets its part when first selected.
 */
public final class DossierDetailView {

    private final UiContext ui;
    private final DossierService dossiers;
    private final TijdlijnService tijdlijnen;
    private final FaseService fasen;
    private final ProfielService profielen;
    private final ContactService contacten;
    private final DossierDialogs dialogs;
    /** Inzage-export (AVG art. 15) of this dossier's werknemer. */
    private final java.util.function.IntConsumer inzage;
    private final VBox root = new VBox(12);
    private final TabPane tabs = new TabPane();
    private final Tab overzicht = new Tab(I18n.t("dossier.tab.overzicht"));
    private final TijdlijnPane tijdlijnPane;
    private final FasenPane fasenPane;
    private final LogboekPane logboekPane;
    /**
     * The tabs after Overzicht, each offered by its feature ({@link DossierTabblad}), in the order of
     * {@link DossierTab}, with what each shows taken from the one read of the dossier.
     */
    private final List<Gebonden<?>> tabbladen = new java.util.ArrayList<>();
    private final ArbeidsmarktService arbeidsmarkt;
    private final WerkervaringService werkervaring;
    private final AfspraakService afspraken;
    private final AfsprakenPane afsprakenPane;
    private final RapportOpslag rapportOpslag;
    private final UitkomstService uitkomsten;
    private final DossierDetailModel model;
    /** The header's strip of signals (next deadline, gaps, werkervaring), whose gap badges a saved contact updates. */
    private HBox signalen;

    public DossierDetailView(UiContext ui, DossierService dossiers, TijdlijnService tijdlijnen,
                             FaseService fasen, ProfielService profielen,
                             InstrumentService instrumenten,
                             KernkwadrantService kernkwadranten,
                             StarrService starr, CvService cv,
                             ContactService contacten,
                             ArbeidsmarktService arbeidsmarkt,
                             WerkervaringService werkervaring,
                             AfspraakService afspraken,
                             RapportOpslag rapportOpslag, DossierDialogs dialogs,
                             java.util.function.IntConsumer inzage, UitkomstService uitkomsten,
                             WaardenService waarden) {
        this.ui = ui;
        this.uitkomsten = uitkomsten;
        this.dossiers = dossiers;
        this.tijdlijnen = tijdlijnen;
        this.fasen = fasen;
        this.profielen = profielen;
        this.contacten = contacten;
        this.arbeidsmarkt = arbeidsmarkt;
        this.werkervaring = werkervaring;
        this.afspraken = afspraken;
        this.rapportOpslag = rapportOpslag;
        this.dialogs = dialogs;
        this.inzage = inzage;
        this.model = new DossierDetailModel(new DossierDetailModel.Bronnen(dossiers, tijdlijnen, fasen, profielen,
                contacten, arbeidsmarkt, werkervaring, afspraken, rapportOpslag, uitkomsten));
        this.tijdlijnPane = new TijdlijnPane(ui, tijdlijnen, () -> herlaad(DossierTab.TIJDLIJN));
        this.fasenPane = new FasenPane(ui, fasen, () -> herlaad(DossierTab.FASEN));
        this.logboekPane = new LogboekPane(ui, contacten, () -> herlaad(DossierTab.LOGBOEK), this::herlaadLogboek);
        this.afsprakenPane = new AfsprakenPane(ui, afspraken, () -> open(model.dossierId(), overzicht));
        root.setId("dossier-detail");
        overzicht.setClosable(false);
        overzicht.setId("tab-overzicht");
        bind(logboekPane, data -> new LogboekPane.Inhoud(data.logboek(), data.fasen().doelen(),
                data.dossier().traject().startdatum(), data.dossier().traject().geplandeEinddatum()));
        bind(new ArbeidsmarktTabblad(ui, arbeidsmarkt, werkervaring, () -> herlaad(DossierTab.SOLLICITATIES)),
                data -> new ArbeidsmarktTabblad.Inhoud(data.arbeidsmarkt(), data.dossier().traject().startdatum(),
                        DossierDetailModel.laatsteRapportage(data, ui.today()), DossierDetailModel.actieveRichtingen(data),
                        data.werkervaring()));
        bind(fasenPane, data -> data.fasen());
        bind(tijdlijnPane, data -> new TijdlijnPane.Inhoud(data.tijdlijn(), data.mijlpalen()));
        bind(new BelastbaarheidPane(ui, fasen, () -> herlaad(DossierTab.BELASTBAARHEID)),
                data -> data.fasen().belastbaarheid());
        bind(new ProfielenPane(ui, profielen, () -> herlaad(DossierTab.PROFIELEN)), Data::profielen);
        // A completed test writes a persoonsprofiel version: reloading the dossier shows it on Profielen too.
        bind(new InstrumentenPane(ui, instrumenten, kernkwadranten, waarden, () -> herlaad(DossierTab.INSTRUMENTEN)),
                data -> null);
        bind(new CvPane(ui, starr, cv, arbeidsmarkt, () -> herlaad(DossierTab.CV)), data -> null);
        bind(new RapportagesPane(ui, rapportOpslag, () -> herlaad(DossierTab.RAPPORTAGES)),
                data -> new RapportagesPane.Inhoud(data.dossier().traject().startdatum(), data.rapporten()));
        tabbladen.sort(java.util.Comparator.comparing(g -> g.tabblad().plek()));
        tabs.getTabs().setAll(overzicht);
        tabbladen.forEach(g -> tabs.getTabs().add(g.tab()));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, oud, nieuw) -> vulBijZicht(nieuw));
    }

    /** A feature's tab on screen, and how its content is taken from the dossier's one read. */
    private record Gebonden<D>(DossierTabblad<D> tabblad, Tab tab, java.util.function.Function<Data, D> uit) {

        /** What showing this dossier on the tab will do, with its part of the data taken now. */
        Runnable vul(int id, Data data) {
            D inhoud = uit.apply(data);
            return () -> tabblad.toon(id, inhoud);
        }
    }

    private <D> void bind(DossierTabblad<D> tabblad, java.util.function.Function<Data, D> uit) {
        Tab tab = new Tab(I18n.t(tabblad.titelSleutel()), tabblad.node());
        tab.setClosable(false);
        tab.setId(tabblad.tabId());
        tabbladen.add(new Gebonden<>(tabblad, tab, uit));
    }

    /** The tab that shows {@code plek}, its inner part chosen; Overzicht for what lives there. */
    private Tab tab(DossierTab plek) {
        return tab(plek, true);
    }

    private Tab tab(DossierTab plek, boolean kiezen) {
        return tabbladen.stream().filter(g -> g.tabblad().opent(plek)).findFirst().map(g -> {
            if (kiezen) {
                g.tabblad().kies(plek);
            }
            return g.tab();
        }).orElse(overzicht);
    }

    /**
     * Reads the dossier on screen again and shows it on the tab of {@code plek} (after a change there);
     * an inner tab stays as the coach left it.
     */
    private void herlaad(DossierTab plek) {
        open(model.dossierId(), tab(plek, false));
    }

    /**
     * After a contact is saved or changed: a contact changes nothing of the dossier but its log, and
     * from the log its hours and its gap signals (only {@code activity} reads contactmomenten). So only
     * the log is read again, and only the Logboek and the gap badges are redrawn; the whole reload
     * that was here took 55 of the next Ctrl+L's FX samples (issue 21). Other changes reload fully.
     */
    private void herlaadLogboek() {
        int id = model.dossierId();
        if (!model.logboekVoor(id)) {
            herlaad(DossierTab.LOGBOEK);
            return;
        }
        // The one database thread runs reads in order: a full reload asked for before this read has
        // landed by now, so the log is put into whatever the screen shows, if it is still this dossier.
        ui.background().run(() -> model.leesLogboek(id), logboek -> {
            if (!model.logboekVoor(id)) {
                return;
            }
            Data data = model.metLogboek(logboek);
            tabbladen.stream().filter(g -> g.tabblad() == logboekPane).findFirst().ifPresent(g -> {
                Runnable vul = g.vul(id, data);
                if (tabs.getSelectionModel().getSelectedItem() == g.tab()) {
                    vul.run();
                } else {
                    teVullen.put(g.tab(), vul);
                }
            });
            if (signalen != null && DossierDetailModel.actief(data.dossier())) {
                signalen.getChildren().removeIf(n -> n.getId() != null && n.getId().startsWith(GAT_ID));
                signalen.getChildren().addAll(1, gaten(data, ui.today()));
            }
        });
    }

    /**
     * What each tab will show for the dossier on screen, filled in when the tab is first selected:
     * building a 500-row logbook and the charts of tabs nobody looks at made opening a dossier slow.
     */
    private final java.util.Map<Tab, Runnable> teVullen = new java.util.HashMap<>();

    private void vulBijZicht(Tab tab) {
        Runnable vul = tab == null ? null : teVullen.remove(tab);
        if (vul != null) {
            vul.run();
        }
    }

    public Node node() {
        return root;
    }

    public void open(int id) {
        open(id, overzicht);
    }

    public void openTijdlijn(int id) {
        open(id, tab(DossierTab.TIJDLIJN));
    }

    /**
     * A dossier just made: when it was taken on part-way (deadlines of others before the assignment
     * are open), the timeline opens with the takeover step; otherwise the overview.
     */
    public void openNieuw(int id) {
        open(id, overzicht, data -> {
            if (DossierDetailModel.overnameTeVragen(data)) {
                tabs.getSelectionModel().select(tab(DossierTab.TIJDLIJN));
                javafx.application.Platform.runLater(tijdlijnPane::vraagOvername);
            }
        });
    }

    public void open(int id, DossierTab tab) {
        open(id, tab(tab));
    }

    /**
     * Opens the dossier where a record lives (a search hit) with that record selected: a contact in
     * the Logboek, a sollicitatie under Arbeidsmarkt, a step answer in its own phase, a report in its
     * editor. When the record is no longer there the status line says so.
     */
    public void open(int id, Aanwijzing wat) {
        // Overzicht holds the dossier itself and its appointments; every other record lives on a feature's tab.
        Gebonden<?> waar = tabbladen.stream().filter(g -> g.tabblad().aanwijzingen().contains(wat.soort()))
                .findFirst().orElse(null);
        Tab tab = waar == null ? overzicht : waar.tab();
        open(id, tab, data -> {
            boolean gevonden = waar != null ? waar.tabblad().wijsAan(wat)
                    : wat.soort() != Aanwijzing.Soort.AFSPRAAK || afsprakenPane.kies(wat.id());
            if (!gevonden) {
                ui.navigator().status(I18n.t("zoek.nietGevonden"));
            }
        });
    }

    private void open(int id, Tab tab) {
        open(id, tab, data -> { });
    }

    private void open(int id, Tab tab, java.util.function.Consumer<Data> daarna) {
        boolean sameDossier = id == model.dossierId() && !root.getChildren().isEmpty();
        model.kies(id);
        if (!sameDossier) {
            root.getChildren().setAll(new Label(I18n.t("loading")));
        }
        ui.background().run(() -> model.lees(id), found -> found.ifPresentOrElse(data -> {
            show(data);
            tabs.getSelectionModel().select(tab);
            daarna.accept(data);
            if (!sameDossier) {
                // The contact form built ahead (Ctrl+L then only shows it), a moment after the dossier's
                // first frames; it belongs to no dossier, so once built it serves the next ones too.
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
                later.setOnFinished(e -> logboekPane.voorbereiden());
                later.play();
            }
        }, () -> root.getChildren().setAll(new Label(I18n.t("dossier.notFound")))));
    }

    /** Ctrl+L: log a contact for the dossier on screen, on its Logboek tab. */
    public void nieuwContact() {
        tabs.getSelectionModel().select(tab(DossierTab.LOGBOEK));
        logboekPane.nieuwContact();
    }

    public int dossierId() {
        return model.dossierId();
    }

    private void show(Data data) {
        Dossier d = data.dossier();
        Werknemer w = d.werknemer();
        Traject t = d.traject();
        LocalDate today = ui.today();

        Label naam = new Label(w.naam());
        naam.setId("dossier-detail-naam");
        naam.getStyleClass().add("title-1");
        Label weekLabel = new Label(DossierDetailModel.week(data, today));
        weekLabel.setId("dossier-detail-week");
        weekLabel.getStyleClass().addAll("week-badge");
        Label status = new Label(I18n.t("status." + t.status().name()));
        status.getStyleClass().addAll("status-badge", "status-" + t.status().name().toLowerCase(java.util.Locale.ROOT));
        // Without a werkgever (a vangnetter) the header names the opdrachtgever, e.g. UWV.
        Label werkgever = new Label(DossierDetailModel.werkgever(d),
                FontIcon.of(Material2AL.BUSINESS, 16));
        werkgever.getStyleClass().add("text-muted");
        weekLabel.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        Label fase = new Label(DossierDetailModel.fasen(data));
        fase.setId("dossier-detail-fase");
        fase.getStyleClass().add("fase-badge");
        fase.setMinWidth(Region.USE_PREF_SIZE);
        HBox badges = new HBox(10, weekLabel, fase, status, werkgever);
        badges.setAlignment(Pos.CENTER_LEFT);

        Button terug = new Button(I18n.t("action.back"), FontIcon.of(Material2AL.ARROW_BACK, 16));
        terug.setId("dossier-back");
        terug.setOnAction(e -> ui.navigator().showDossiers());
        Button bewerk = new Button(I18n.t("action.edit"), FontIcon.of(Material2AL.EDIT, 16));
        bewerk.setId("dossier-edit");
        bewerk.setDefaultButton(false);
        bewerk.setOnAction(e -> dialogs.edit(d, id -> {
            open(id, overzicht);
            vraagNaEinde(d);
        }));
        boolean archived = DossierDetailModel.gearchiveerd(d);
        Button archiveer = new Button(I18n.t(archived ? "dossier.unarchive" : "dossier.archive"),
                FontIcon.of(archived ? Material2MZ.UNARCHIVE : Material2AL.ARCHIVE, 16));
        archiveer.setId("dossier-archive");
        archiveer.setOnAction(e -> toggleArchive(d));
        Button inzageKnop = new Button(I18n.t("archief.dossier.inzage"), FontIcon.of(Material2AL.ASSIGNMENT_IND, 16));
        inzageKnop.setId("dossier-inzage");
        inzageKnop.setOnAction(e -> inzage.accept(d.id()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Closing asks how the traject ended; once closed, that outcome can be changed here.
        boolean actief = DossierDetailModel.actief(d);
        Button afsluiten = new Button(DossierDetailModel.afsluitKnop(d),
                FontIcon.of(actief ? Material2AL.DONE_ALL : Material2AL.ASSIGNMENT_TURNED_IN, 16));
        afsluiten.setId(actief ? "dossier-afsluiten" : "dossier-uitkomst");
        afsluiten.setOnAction(e -> vraagUitkomst(d, actief, data.uitkomst().orElse(null), data.metingen()));
        HBox actions = new HBox(8, terug, spacer, bewerk, inzageKnop, afsluiten, archiveer);

        FlowPane sections = new FlowPane(32, 24, Dossiergegevens.werknemerGrid(w), Dossiergegevens.trajectGrid(d));
        if (d.werkgever() != null) {
            sections.getChildren().add(1, Dossiergegevens.werkgeverGrid(d.werkgever()));
        }
        data.uitkomst().ifPresent(u -> sections.getChildren().add(Uitkomstgegevens.uitkomstGrid(u)));
        if (data.metingen().begin() != null || data.metingen().eind() != null) {
            sections.getChildren().add(Uitkomstgegevens.schaalGrid(data.metingen()));
        }
        sections.setPadding(new Insets(12, 0, 0, 0));
        afsprakenPane.show(d.id(), data.afspraken());
        VBox overzichtInhoud = new VBox(16, afsprakenPane.node(), sections);
        overzichtInhoud.setPadding(new Insets(12, 16, 0, 0));
        ScrollPane scroll = new ScrollPane(overzichtInhoud);
        scroll.setFitToWidth(true);
        overzicht.setContent(scroll);
        teVullen.clear();
        // The intake is where the scales are first scored with the werknemer: under the intake phase.
        fasenPane.aanvulling(soort -> soort == FaseSoort.INTAKE
                ? intakeSchalen(d, data.metingen(), DossierDetailModel.intakeDag(d, data.fasen().fasen(), ui.today()))
                : null);
        tabbladen.forEach(g -> teVullen.put(g.tab(), g.vul(d.id(), data)));
        // The tab on screen now (the others when they are chosen).
        vulBijZicht(tabs.getSelectionModel().getSelectedItem());
        Label termijn = volgendeTermijn(data, today);
        HBox signalen = new HBox(10, termijn);
        this.signalen = signalen;
        model.getoond(data);
        signalen.setAlignment(Pos.CENTER_LEFT);
        if (DossierDetailModel.actief(d)) {
            gaten(data, today).forEach(signalen.getChildren()::add);
            DossierDetailModel.werkervaringSignalen(data, today).forEach(tekst -> {
                Label label = new Label(tekst);
                label.getStyleClass().addAll("termijn-badge", "status-te_laat");
                label.setId("dossier-detail-wep-signaal");
                signalen.getChildren().add(label);
            });
        }
        root.getChildren().setAll(actions, naam, badges, signalen, tabs);
    }

    private static final String GAT_ID = "dossier-detail-gat-";

    /** Gaps in this dossier's record (no contact, no employer or network contact), as badges. */
    private static List<Label> gaten(Data data, LocalDate today) {
        return DossierDetailModel.gaten(data, today).stream().map(s -> {
            Label label = new Label(DossierDetailModel.gatTekst(s));
            label.getStyleClass().addAll("termijn-badge", "status-binnenkort");
            label.setId(GAT_ID + s.soort().name().toLowerCase(java.util.Locale.ROOT));
            return label;
        }).toList();
    }

    /** The next deadline, coloured by its status; a traject not running has none. */
    private static Label volgendeTermijn(Data data, LocalDate today) {
        DossierDetailModel.Termijn termijn = DossierDetailModel.volgendeTermijn(data, today);
        Label label = new Label(termijn.tekst());
        if (DossierDetailModel.actief(data.dossier())) {
            label.setId("dossier-detail-volgende");
        }
        if (termijn.stijl() != null) {
            label.getStyleClass().addAll("termijn-badge", termijn.stijl());
        }
        return label;
    }

    /** Asks how the traject ended and records it: closing the traject, or changing the outcome of one closed. */
    private void vraagUitkomst(Dossier d, boolean sluiten, Uitkomst huidig,
                               UitkomstService.Metingen metingen) {
        UitkomstDialog.ask(ui, d.id(), d.werknemer().naam(), sluiten, huidig,
                d.traject().startdatum(), metingen).ifPresent(u -> ui.background().run(() -> {
                    if (sluiten) {
                        uitkomsten.sluitAf(d.id(), u.uitkomst(), u.eind());
                    } else {
                        uitkomsten.wijzig(d.id(), u.uitkomst(), u.eind());
                    }
                    // Stored: its draft goes (a failed save would have kept it, to come back).
                    if (ui.kladden() != null) {
                        ui.kladden().verwijder(UitkomstDialog.kladSleutel(d.id()));
                    }
                    return d.id();
                }, id -> {
                    ui.navigator().status(I18n.t(sluiten ? "afsluiting.gesloten" : "afsluiting.bewaard"));
                    ui.navigator().dataChanged();
                    open(id, overzicht);
                }));
    }

    /**
     * A traject that was running and has just ended another way (its status set in the form, or
     * archived) without an outcome: ask for it now, as closing does. Cancelling leaves it unrecorded;
     * "Uitkomst bewerken" records it later.
     */
    private void vraagNaEinde(Dossier voor) {
        if (!DossierDetailModel.actief(voor)) {
            return;
        }
        ui.background().run(() -> model.leesZonderUitkomst(voor),
                na -> na.ifPresent(z -> vraagUitkomst(z.dossier(), false, null, z.metingen())));
    }

    /** Under the intake phase: the intake's scores, and the button that records or changes them. */
    private Node intakeSchalen(Dossier d, UitkomstService.Metingen m, LocalDate intakeDag) {
        var begin = m.begin();
        Label kop = new Label(I18n.t("schaal.intake.sectie"));
        kop.getStyleClass().add("title-4");
        Label stand = new Label(DossierDetailModel.intakeStand(m));
        stand.setId("intake-schaal-stand");
        stand.setWrapText(true);
        Button knop = new Button(DossierDetailModel.intakeKnop(m),
                FontIcon.of(Material2AL.EDIT, 16));
        knop.setId("intake-schaal");
        knop.setOnAction(e -> SchaalDialog.ask(ui.window().get(), d.werknemer().naam(), begin, m.eind(), intakeDag,
                        ui.today())
                .ifPresent(k -> ui.background().run(() -> {
                    uitkomsten.bewaarMeting(d.id(), Schaalmeting.Moment.BEGIN, k.meting());
                    return d.id();
                }, id -> {
                    ui.navigator().status(I18n.t("schaal.intake.bewaard"));
                    open(id, tab(DossierTab.FASEN));
                })));
        VBox box = new VBox(6, kop, stand, knop);
        box.setPadding(new Insets(8, 0, 8, 0));
        return box;
    }

    private void toggleArchive(Dossier d) {
        TrajectStatus next = DossierDetailModel.naArchiefknop(d);
        ui.background().run(() -> {
            dossiers.setStatus(d.id(), next);
            return d.id();
        }, id -> {
            ui.navigator().status(I18n.t(next == TrajectStatus.GEARCHIVEERD ? "dossier.archived" : "dossier.unarchived"));
            ui.navigator().dataChanged();
            open(id, overzicht);
            vraagNaEinde(d);
        });
    }
}
