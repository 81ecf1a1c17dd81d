package nl.spoorzoeker.app;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import nl.spoorzoeker.dossier.DemoDossiers;
import nl.spoorzoeker.app.werkplek.DossierDetailView;
import nl.spoorzoeker.dossier.ui.DossierDialogs;
import nl.spoorzoeker.dossier.ui.DossierListView;
import nl.spoorzoeker.app.werkplek.VandaagView;
import nl.spoorzoeker.dossier.ui.WerkgeverListView;
import nl.spoorzoeker.help.ui.Sneltoets;
import nl.spoorzoeker.praktijk.ui.InstellingenView;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Meldingen.Melding;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Navigator;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.Shell;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.agenda.ui.AgendaView;
import nl.spoorzoeker.app.werkplek.DemoTaak;
import nl.spoorzoeker.uitwisseling.UitwisselingService;
import nl.spoorzoeker.uitwisseling.ui.UitwisselingDialogs;
import nl.spoorzoeker.audit.ui.AuditlogView;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.backup.ui.BackupSectie;
import nl.spoorzoeker.backup.ui.BackupStatusregel;
import nl.spoorzoeker.backup.ui.Herstelactie;
import nl.spoorzoeker.bewaartermijn.ui.BewaarInstellingenEditor;
import nl.spoorzoeker.bewaartermijn.ui.BewaartermijnenView;
import nl.spoorzoeker.dossier.ui.KlokInstellingenEditor;
import nl.spoorzoeker.help.ui.LicentiesVenster;
import nl.spoorzoeker.help.ui.PoortwachterVenster;
import nl.spoorzoeker.help.ui.SneltoetsenVenster;
import nl.spoorzoeker.input.MessageKeyed;
import nl.spoorzoeker.fase.ui.StappenEditor;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.praktijk.ui.HandtekeningSectie;
import nl.spoorzoeker.praktijk.ui.TaalSectie;
import nl.spoorzoeker.rapportage.privacy.ui.Privacyhint;
import nl.spoorzoeker.rapportage.ui.PrivacyWoordenEditor;
import nl.spoorzoeker.slot.Ontgrendeling;
import nl.spoorzoeker.slot.ui.BeveiligingSectie;
import nl.spoorzoeker.ui.Aanwijzing;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.SysteemViewer;
import nl.spoorzoeker.ui.Taakvenster;
import nl.spoorzoeker.ui.form.Sluitvraag;
import nl.spoorzoeker.ui.form.Toetsenbord;
import nl.spoorzoeker.uitkomst.PraktijkcijfersService;
import nl.spoorzoeker.uitkomst.ui.PraktijkcijfersView;
import nl.spoorzoeker.welkom.ui.Welkomstgids;
import nl.spoorzoeker.groep.GroepsprogrammaService;
import nl.spoorzoeker.groep.ui.GroepsprogrammaView;
import nl.spoorzoeker.zoeken.ui.ZoekView;

/** Wires the screens of an open practice into the shell and moves between them. */
public final class MainWindow implements Navigator {

    private final Stage stage;
    private final AppContext app;
    private final UiContext ui;
    private final Shell shell;
    private final MenuItem demoItem = new MenuItem(I18n.t("demo.load"));
    private final MenuItem demoWegItem = new MenuItem(I18n.t("demo.verwijder"));
    private final VandaagView vandaag;
    private final DossierDialogs dossierDialogs;
    // Built on first use: only the start screen is needed for the first frame.
    private final Lazy<DossierListView> dossierList;
    private final Lazy<DossierDetailView> dossierDetail;
    private final Lazy<WerkgeverListView> werkgeverList;
    private final Lazy<InstellingenView> instellingen;
    private final Lazy<AgendaView> agenda;
    private final Lazy<ZoekView> zoeken;
    private final Lazy<BewaartermijnenView> bewaartermijnen;
    private final Lazy<PraktijkcijfersView> praktijkcijfers;
    private final Lazy<AuditlogView> auditlog;
    private final Lazy<GroepsprogrammaView> groepsprogrammas;

    /** The door, the lock and restoring while the window is open; absent when a test builds the window alone. */
    public record Beveiliging(Ontgrendeling ontgrendeling, Runnable vergrendel,
                              java.util.function.IntConsumer minutenGewijzigd,
                              Herstelactie herstel) {
    }

    private Beveiliging beveiliging;
    private final PoortwachterVenster poortwachter;
    private final SneltoetsenVenster sneltoetsen = new SneltoetsenVenster();
    private final LicentiesVenster licenties = new LicentiesVenster();
    private Scene scene;
    private BackupSectie backupSectie;
    private final BackupStatusregel statusregel;
    /** Told when a language switch replaced this window by a new one, so the owner talks to that one. */
    private java.util.function.Consumer<MainWindow> herbouwd = nieuw -> { };
    private final MenuItem vergrendelItem = new MenuItem(I18n.t("slot.nu"));
    private final UitwisselingDialogs archief;

    public MainWindow(Stage stage, AppContext app, Background background) {
        this.stage = stage;
        this.app = app;
        this.ui = new UiContext(background, this, app.clock(), () -> stage, app.concepten(),
                new Privacyhint(app.privacyWoorden()::toets,
                        () -> app.dossiers().werknemerNamen().stream()
                                .filter(n -> n != null && !n.isBlank()).distinct().toList(),
                        // Who may be named in a group text: the coach, the practice and the employers.
                        () -> {
                            java.util.List<String> vrij = new java.util.ArrayList<>();
                            app.praktijk().get().ifPresent(p -> {
                                vrij.add(p.naam());
                                vrij.add(p.praktijknaam());
                            });
                            app.werkgevers().list().forEach(w -> vrij.add(w.naam()));
                            return vrij;
                        }));
        this.vandaag = new VandaagView(ui, app.tijdlijn(), app.fasen(), app.contacten(), app.arbeidsmarkt(), app.werkervaring(), app.afspraken(), this::loadDemo);
        // The start screen's data is read on the database queue while the rest of this window is built
        // on this thread (issue 21 item 10: one after the other they were most of unlock -> start screen).
        vandaag.leesVooraf();
        Path prive = app.dataDirectory().tijdelijk();
        this.archief = new UitwisselingDialogs(ui,
                new UitwisselingService(app.database(), prive, app.clock(), AppVersion.get()),
                app.sessie()::sleutels, sleutels -> () -> new BackupService(app.database(), prive,
                        app.clock()).maak(app.dataDirectory().backups(), sleutels.ring(), sleutels.dataSleutel()));
        this.poortwachter = new PoortwachterVenster(() -> java.time.LocalDate.now(app.clock()));
        this.shell = new Shell(menuBar());
        this.dossierDialogs = new DossierDialogs(ui, app.dossiers(), app.werkgevers());
        this.dossierList = new Lazy<>(() -> new DossierListView(ui, app.dossiers()));
        this.dossierDetail = new Lazy<>(() -> new DossierDetailView(ui, app.dossiers(), app.tijdlijn(), app.fasen(), app.profielen(), app.instrumenten(), app.kernkwadranten(), app.starr(), app.cv(), app.contacten(), app.arbeidsmarkt(), app.werkervaring(), app.afspraken(), app.rapportOpslag(), dossierDialogs, archief::inzage, app.uitkomsten(), app.waarden()));
        this.agenda = new Lazy<>(() -> new AgendaView(ui, app.afspraken(), app.dossiers()));
        this.zoeken = new Lazy<>(() -> new ZoekView(ui, app.zoeken()));
        this.werkgeverList = new Lazy<>(() -> new WerkgeverListView(ui, app.werkgevers(), app.dossiers()));
        this.bewaartermijnen = new Lazy<>(() -> new BewaartermijnenView(ui, app.bewaartermijnen()));
        this.praktijkcijfers = new Lazy<>(() -> new PraktijkcijfersView(ui,
                new PraktijkcijfersService(app.database(), app.tijdlijn(), app.contacten()),
                // The practice's name, never the coach's (a person's name has no place in the figures).
                () -> app.praktijk().get().map(Praktijk::praktijknaam)
                        .filter(n -> !n.isBlank()).orElse("Spoorzoeker")));
        this.auditlog = new Lazy<>(() -> new AuditlogView(ui, app.audit()));
        this.groepsprogrammas = new Lazy<>(() -> new GroepsprogrammaView(ui,
                new GroepsprogrammaService(app.database(), app.clock()), app.afspraken()));
        // Only pointed at: the folder was emptied once at start, before any backup could use it.
        SysteemViewer.gebruik(prive);
        this.instellingen = new Lazy<>(() -> new InstellingenView(ui, app.praktijk(), I18n.t("instellingen.dataInfo",
                app.dataDirectory().root(), app.database().file().getFileName()), instellingSecties()));

        shell.addNavigation("vandaag", "nav.vandaag", Material2MZ.TODAY, this::showVandaag);
        shell.addNavigation("dossiers", "nav.dossiers", Material2AL.FOLDER_SHARED, this::showDossiers);
        shell.addNavigation("agenda", "nav.agenda", Material2AL.EVENT, this::showAgenda);
        shell.addNavigation("zoeken", "nav.zoeken", Material2MZ.SEARCH, this::showZoeken);
        shell.addNavigation("werkgevers", "nav.werkgevers", Material2AL.BUSINESS, this::showWerkgevers);
        shell.addNavigation("groepsprogrammas", "nav.groepsprogrammas", Material2AL.GROUPS, this::showGroepsprogrammas);
        shell.addNavigation("praktijkcijfers", "nav.praktijkcijfers", Material2AL.INSIGHTS, this::showPraktijkcijfers);
        shell.addNavigation("bewaartermijnen", "nav.bewaartermijnen", Material2AL.AUTO_DELETE, this::showBewaartermijnen);
        shell.addNavigation("instellingen", "nav.instellingen", Material2MZ.SETTINGS, this::showInstellingen);
        shell.info(I18n.t("status.data", app.dataDirectory().root()));
        statusregel = new BackupStatusregel(app.autoBackup(), app.clock());
        shell.indicator(statusregel.node());
        app.database().meldingen().forEach(m -> shell.status(I18n.t(m.key(), m.args())));
    }

    private java.util.List<Page> instellingSecties() {
        java.util.List<Page> secties = new java.util.ArrayList<>();
        secties.add(new TaalSectie(ui,
                new Taalkeuze(app.dataDirectory().root()), taal -> herbouwInTaal()));
        if (beveiliging != null) {
            secties.add(new BeveiligingSectie(ui, beveiliging.ontgrendeling(), app.beveiliging(),
                    beveiliging.minutenGewijzigd(), beveiliging.vergrendel()));
        }
        backupSectie = new BackupSectie(ui, app.autoBackup(), app.backupService(), app.beveiliging(),
                beveiliging == null ? null : beveiliging.herstel());
        secties.add(backupSectie);
        secties.add(new HandtekeningSectie(ui, app.praktijk()));
        secties.add(new PrivacyWoordenEditor(ui, app.privacyWoorden()));
        secties.add(new KlokInstellingenEditor(ui, app.tijdlijn()));
        secties.add(new BewaarInstellingenEditor(ui, app.bewaartermijnen(), this::showBewaartermijnen,
                this::showAuditlog));
        secties.add(new StappenEditor(ui, app.fasen()));
        return secties;
    }

    /**
     * After a language switch: the same practice, every screen built anew in the new language, back
     * on Instellingen. The database, the backups and the lock carry on untouched.
     */
    private void herbouwInTaal() {
        // This window stops listening to the backups: it would keep updating screens nobody sees.
        statusregel.stop();
        if (backupSectie != null) {
            backupSectie.stop();
        }
        MainWindow nieuw = new MainWindow(stage, app, ui.background());
        nieuw.herbouwd = herbouwd;
        herbouwd.accept(nieuw);
        if (beveiliging != null) {
            nieuw.beveiliging(beveiliging);
        }
        nieuw.attachTo(scene);
        nieuw.showInstellingen();
        nieuw.status(I18n.t("taal.omgezet"));
    }

    /** Who holds on to this window and must learn of its replacement after a language switch. */
    void bijHerbouw(java.util.function.Consumer<MainWindow> wie) {
        this.herbouwd = wie;
    }

    /** Before {@link #attachTo}: the lock and restore of the real window. */
    public void beveiliging(Beveiliging beveiliging) {
        this.beveiliging = beveiliging;
        vergrendelItem.setDisable(false);
    }

    /** Puts the shell into the stage's scene (created by the caller with the theme applied). */
    public void attachTo(Scene scene) {
        attachTo(scene, () -> { });
    }

    /** As {@link #attachTo(Scene)}; {@code onFirstContent} runs once the start screen shows its data. */
    public void attachTo(Scene scene, Runnable onFirstContent) {
        this.scene = scene;
        vandaag.whenShown(() -> {
            onFirstContent.run();
            // The new-dossier form built ahead (Ctrl+N then only shows it), a moment after the start
            // screen so its first frames are not held up.
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
            later.setOnFinished(e -> dossierDialogs.voorbereiden());
            later.play();
            // The full-file check an open after a clean shutdown left for now (issue 21 item 10).
            app.database().controleerOpAchtergrond(m -> javafx.application.Platform.runLater(() -> {
                shell.status(I18n.t(m.key(), m.args()));
                ui.meldingen().toon(Melding.van(Alert.AlertType.WARNING, I18n.t(m.key(), m.args()), Knoppen.ok())
                        .metKop(I18n.t("db.melding.controleMislukt.titel")).metId("controle-mislukt"));
            }));
        });
        scene.setRoot(shell);
        // Unsaved text in a form is not lost to the close button; Tab leaves a note field as in the dialogs.
        Sluitvraag.installeer(stage);
        Toetsenbord.velden(scene);
        java.util.Map<Sneltoets, Runnable> acties = new java.util.EnumMap<>(Sneltoets.class);
        acties.put(Sneltoets.DOSSIER_ZOEKEN, () -> {
            showDossiers();
            dossierList.get().focusFilter();
        });
        // Quick entry of a contactmoment for the dossier on screen.
        acties.put(Sneltoets.NIEUW_CONTACT, () -> {
            if (shell.current() == dossierDetail.get().node()) {
                dossierDetail.get().nieuwContact();
            }
        });
        acties.put(Sneltoets.VANDAAG, this::showVandaag);
        acties.put(Sneltoets.DOSSIERS, this::showDossiers);
        acties.put(Sneltoets.AGENDA, this::showAgenda);
        acties.put(Sneltoets.ZOEKEN, this::showZoeken);
        acties.put(Sneltoets.ZOEKEN_OVERAL, this::showZoeken);
        acties.put(Sneltoets.WERKGEVERS, this::showWerkgevers);
        acties.put(Sneltoets.INSTELLINGEN, this::showInstellingen);
        // The rest sit on menu items, which show them beside their names.
        acties.forEach((toets, actie) -> scene.getAccelerators().put(toets.combinatie(), actie));
        showVandaag();
        updateDemoItem();
    }

    /**
     * At the first start (and at every start until the practice details are filled in): the
     * welcome guide — practice details, where backups go, empty or demo dossiers.
     */
    public void askPracticeDetailsIfMissing() {
        ui.background().run(() -> app.praktijk().get().isEmpty(), missing -> {
            if (missing) {
                welkomstgids().toon();
            }
        });
    }

    /**
     * A file opened from the desktop (double-click, "Open with"): an export archive is offered for
     * import, a backup for restoring — each only after the coach confirmed, as from the menus.
     */
    public void openBestand(Path bestand) {
        String naam = bestand.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (naam.endsWith(UitwisselingService.EXTENSIE)) {
            archief.importeer(bestand.toFile());
        } else if (naam.endsWith(BackupService.EXTENSIE)) {
            showInstellingen();
            // The question after the screen had its turn to draw: the coach sees where restoring lives.
            javafx.application.Platform.runLater(() -> backupSectie.zetTerug(bestand));
        }
    }

    Welkomstgids welkomstgids() {
        return new Welkomstgids(ui, new Welkomstgids.Praktijk(
                app.praktijk(), app.beveiliging(), app.dataDirectory().backups(), app.dossiers()::isEmpty, this::loadDemo,
                poortwachter::toon, sneltoetsen::toon));
    }

    private MenuBar menuBar() {
        MenuItem nieuw = new MenuItem(I18n.t("dossier.new"));
        nieuw.setAccelerator(Sneltoets.NIEUW_DOSSIER.combinatie());
        nieuw.setOnAction(e -> newDossier());
        demoItem.setId("menu-demo");
        demoItem.setOnAction(e -> loadDemo());
        demoWegItem.setId("menu-demo-verwijder");
        demoWegItem.setDisable(true);
        demoWegItem.setOnAction(e -> removeDemo());
        vergrendelItem.setId("menu-vergrendel");
        vergrendelItem.setAccelerator(Sneltoets.VERGRENDELEN.combinatie());
        vergrendelItem.setDisable(true);
        vergrendelItem.setOnAction(e -> {
            if (beveiliging != null) {
                beveiliging.vergrendel().run();
            }
        });
        MenuItem exporteren = new MenuItem(I18n.t("archief.menu.export"));
        exporteren.setId("menu-export");
        exporteren.setOnAction(e -> archief.exporteer(dossierOpScherm()));
        MenuItem importeren = new MenuItem(I18n.t("archief.menu.import"));
        importeren.setId("menu-import");
        importeren.setOnAction(e -> archief.importeer());
        MenuItem afsluiten = new MenuItem(I18n.t("menu.quit"));
        afsluiten.setAccelerator(Sneltoets.AFSLUITEN.combinatie());
        afsluiten.setOnAction(e -> {
            if (Sluitvraag.magSluiten(stage)) {
                stage.close();
            }
        });
        Menu bestand = new Menu(I18n.t("menu.file"), null, nieuw, demoItem, demoWegItem, new SeparatorMenuItem(), exporteren,
                importeren, new SeparatorMenuItem(), vergrendelItem, new SeparatorMenuItem(), afsluiten);
        bestand.setId("menu-file");
        MenuItem over = new MenuItem(I18n.t("menu.about"));
        over.setOnAction(e -> about());
        MenuItem uitleg = new MenuItem(I18n.t("menu.poortwachter"));
        uitleg.setId("menu-poortwachter");
        uitleg.setAccelerator(Sneltoets.POORTWACHTER.combinatie());
        uitleg.setOnAction(e -> poortwachter.toon(stage));
        MenuItem toetsen = new MenuItem(I18n.t("menu.sneltoetsen"));
        toetsen.setId("menu-sneltoetsen");
        toetsen.setAccelerator(Sneltoets.SNELTOETSEN.combinatie());
        toetsen.setOnAction(e -> sneltoetsen.toon(stage));
        MenuItem licentiesItem = new MenuItem(I18n.t("menu.licenties"));
        licentiesItem.setId("menu-licenties");
        licentiesItem.setOnAction(e -> licenties.toon(stage));
        Menu help = new Menu(I18n.t("menu.help"), null, uitleg, toetsen, new SeparatorMenuItem(), licentiesItem, over);
        help.setId("menu-help");
        return new MenuBar(bestand, help);
    }

    /** The dossier on screen, if any: the export offers it beside the whole practice. */
    private Integer dossierOpScherm() {
        return dossierDetail.gemaakt() && shell.current() == dossierDetail.get().node() ? dossierDetail.get().dossierId()
                : null;
    }

    private void about() {
        // The text and, below it, the way to the licences of every library the app ships (issue 22).
        Label tekst = new Label(I18n.t("about.text", AppVersion.get(), app.dataDirectory().root()) + "\n\n"
                + I18n.t("about.instrumenten"));
        tekst.setWrapText(true);
        javafx.scene.control.Hyperlink naarLicenties = new javafx.scene.control.Hyperlink(I18n.t("menu.licenties"));
        naarLicenties.setId("over-licenties");
        naarLicenties.setOnAction(e -> {
            // Closed the way its OK button closes it, then the licences open.
            for (javafx.scene.Node n = naarLicenties; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.DialogPane pane && pane.lookupButton(Knoppen.ok()) instanceof javafx.scene.control.Button ok) {
                    ok.fire();
                    break;
                }
            }
            licenties.toon(stage);
        });
        ui.meldingen().toon(Melding.van(Alert.AlertType.INFORMATION, "", Knoppen.ok())
                .metInhoud(new javafx.scene.layout.VBox(10, tekst, naarLicenties)).metId("over-dialog")
                .metTitel(I18n.t("menu.about")).metKop(I18n.t("app.name") + " " + AppVersion.get()));
    }

    private void updateDemoItem() {
        record Demo(boolean leeg, int demo) {
        }
        ui.background().run(() -> new Demo(app.dossiers().isEmpty(), DemoDossiers.ids(app.database()).size()), d -> {
            demoItem.setDisable(!d.leeg());
            demoWegItem.setDisable(d.demo() == 0);
        });
    }

    /** Bestand → Demodossiers verwijderen: after a confirmation naming how many, the demo set goes, with nothing else. */
    private void removeDemo() {
        ui.background().run(() -> DemoDossiers.ids(app.database()), ids -> {
            if (ids.isEmpty()) {
                return;
            }
            if (ui.meldingen().vraag(Melding.van(Alert.AlertType.CONFIRMATION, I18n.t("demo.verwijder.vraag", ids.size()),
                    Knoppen.ja(), Knoppen.nee()).metKop(I18n.t("demo.verwijder")).metId("demo-verwijder-dialog"))
                    .orElse(null) != Knoppen.ja()) {
                return;
            }
            ui.background().run(() -> {
                int weg = app.bewaartermijnen().verwijderDemo(ids);
                DemoDossiers.vergeet(app.database());
                return weg;
            }, weg -> {
                status(I18n.t("demo.verwijderd", weg));
                dataChanged();
                showDossiers();
            });
        });
    }

    private void loadDemo() {
        Taakvenster.toon(ui, new DemoTaak(app.database(), app.clock()), null,
                count -> {
                    status(I18n.t("demo.loaded", count));
                    dataChanged();
                    showDossiers();
                }, fout -> {
                    if (fout instanceof MessageKeyed weigering) {
                        status(I18n.t(weigering.messageKey(), weigering.args()));
                    } else {
                        ErrorReporter.report(fout);
                    }
                });
    }

    private void show(String navId, Page page) {
        shell.select(navId);
        shell.show(page.node());
        page.refresh();
    }

    @Override
    public void showVandaag() {
        show("vandaag", vandaag);
    }

    @Override
    public void showDossiers() {
        show("dossiers", dossierList.get());
    }

    @Override
    public void openDossier(int dossierId) {
        shell.select("dossiers");
        shell.show(dossierDetail.get().node());
        dossierDetail.get().open(dossierId);
    }

    @Override
    public void openTijdlijn(int dossierId) {
        shell.select("dossiers");
        shell.show(dossierDetail.get().node());
        dossierDetail.get().openTijdlijn(dossierId);
    }

    @Override
    public void openDossier(int dossierId, DossierTab tab) {
        shell.select("dossiers");
        shell.show(dossierDetail.get().node());
        dossierDetail.get().open(dossierId, tab);
    }

    @Override
    public void openDossier(int dossierId, Aanwijzing wat) {
        shell.select("dossiers");
        shell.show(dossierDetail.get().node());
        dossierDetail.get().open(dossierId, wat);
    }

    /** Export, import and inzage of this window (the tests' way past the file chooser). */
    /** The screens' shared context, for window tests that build one screen over this window. */
    UiContext ui() {
        return ui;
    }

    UitwisselingDialogs archief() {
        return archief;
    }

    AgendaView agenda() {
        return agenda.get();
    }

    /** The search screen with the cursor in its field. */
    public void showZoeken() {
        show("zoeken", zoeken.get());
        zoeken.get().focus();
    }

    public void showAgenda() {
        show("agenda", agenda.get());
    }

    @Override
    public void showWerkgevers() {
        show("werkgevers", werkgeverList.get());
    }

    @Override
    public void openWerkgever(int werkgeverId) {
        showWerkgevers();
        werkgeverList.get().kies(werkgeverId);
    }

    @Override
    public void showInstellingen() {
        show("instellingen", instellingen.get());
    }

    /** The practice's group programmes: their group, schedule and held meetings (issue 18). */
    public void showGroepsprogrammas() {
        show("groepsprogrammas", groepsprogrammas.get());
    }

    @Override
    public void openGroepsprogramma(int programmaId) {
        shell.select("groepsprogrammas");
        shell.show(groepsprogrammas.get().node());
        groepsprogrammas.get().toon(programmaId);
    }

    /** What the practice's closed trajecten came to, per outcome (issue 18). */
    public void showPraktijkcijfers() {
        show("praktijkcijfers", praktijkcijfers.get());
    }

    /** Ended trajecten whose retention term has passed or passes soon. */
    public void showBewaartermijnen() {
        show("bewaartermijnen", bewaartermijnen.get());
    }

    /** The audit log, reached from Instellingen. */
    public void showAuditlog() {
        show("instellingen", auditlog.get());
    }

    @Override
    public void dataChanged() {
        updateDemoItem();
    }

    @Override
    public void status(String message) {
        shell.status(message);
    }

    @Override
    public void newDossier() {
        dossierDialogs.create(id -> {
            shell.select("dossiers");
            shell.show(dossierDetail.get().node());
            dossierDetail.get().openNieuw(id);
        });
    }

    /** Creates a screen once, on the JavaFX thread, when it is first shown. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> factory;
        private T value;

        Lazy(java.util.function.Supplier<T> factory) {
            this.factory = factory;
        }

        boolean gemaakt() {
            return value != null;
        }

        T get() {
            if (value == null) {
                value = factory.get();
            }
            return value;
        }
    }

    Shell shell() {
        return shell;
    }
}
