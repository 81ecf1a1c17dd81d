package nl.spoorzoeker.app;

import nl.spoorzoeker.uitkomst.ui.PraktijkcijfersView;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.spoorzoeker.agenda.ui.AgendaView;
import nl.spoorzoeker.app.werkplek.DossierDetailView;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.backup.ui.Herstelactie;
import nl.spoorzoeker.slot.Ontgrendeling;
import nl.spoorzoeker.ui.Aanwijzing;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Navigator;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.Shell;
import nl.spoorzoeker.ui.SysteemViewer;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Sluitvraag;
import nl.spoorzoeker.ui.form.Toetsenbord;
import nl.spoorzoeker.uitwisseling.UitwisselingService;
import nl.spoorzoeker.uitwisseling.ui.UitwisselingDialogs;
import nl.spoorzoeker.welkom.ui.Welkomstgids;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Wires the screens of an open practice into the shell and moves between them. The parts are their
 * own classes: the screens ({@link Schermen}), the menu bar ({@link Hoofdmenu}), the demo set
 * ({@link Demobeheer}), the keyboard shortcuts ({@link Sneltoetsacties}), the status line
 * ({@link Statusbalk}) and Instellingen's sections ({@link Instellingssecties}); the services come
 * from the {@link AppContext}.
 */
public final class MainWindow implements Navigator {

    private final Stage stage;
    private final AppContext app;
    private final UiContext ui;
    private final Shell shell;
    private final Schermen schermen;
    private final Hoofdmenu menu;
    private final Demobeheer demo;
    private final Statusbalk statusbalk;

    /** The door, the lock and restoring while the window is open; absent when a test builds the window alone. */
    public record Beveiliging(Ontgrendeling ontgrendeling, Runnable vergrendel, IntConsumer minutenGewijzigd,
                              Herstelactie herstel) {
    }

    private Beveiliging beveiliging;
    private Scene scene;
    private final Instellingssecties secties = new Instellingssecties();
    /** Told when a language switch replaced this window by a new one, so the owner talks to that one. */
    private Consumer<MainWindow> herbouwd = nieuw -> { };

    public MainWindow(Stage stage, AppContext app, Background background) {
        this.stage = stage;
        this.app = app;
        this.ui = Schermen.uiContext(app, background, this, stage);
        this.demo = new Demobeheer(ui, app.demo(), this);
        this.schermen = new Schermen(ui, app, demo::laad, () -> secties.maak(ui, app, beveiliging,
                new Instellingssecties.Wegen(this::herbouwInTaal, this::showBewaartermijnen, this::showAuditlog)));
        this.menu = new Hoofdmenu(stage, ui, app.clock(), app.dataDirectory().root(), demo, new Hoofdmenu.Acties(
                this::newDossier,
                () -> {
                    if (beveiliging != null) {
                        beveiliging.vergrendel().run();
                    }
                },
                () -> schermen.archief.exporteer(schermen.dossierOpScherm(shell().current())),
                () -> schermen.archief.importeer()));
        this.shell = new Shell(menu.bar());
        // Only pointed at: the folder was emptied once at start, before any backup could use it.
        SysteemViewer.gebruik(app.dataDirectory().tijdelijk());
        shell.addNavigation("vandaag", "nav.vandaag", Material2MZ.TODAY, this::showVandaag);
        shell.addNavigation("dossiers", "nav.dossiers", Material2AL.FOLDER_SHARED, this::showDossiers);
        shell.addNavigation("agenda", "nav.agenda", Material2AL.EVENT, this::showAgenda);
        shell.addNavigation("zoeken", "nav.zoeken", Material2MZ.SEARCH, this::showZoeken);
        shell.addNavigation("werkgevers", "nav.werkgevers", Material2AL.BUSINESS, this::showWerkgevers);
        shell.addNavigation("groepsprogrammas", "nav.groepsprogrammas", Material2AL.GROUPS, this::showGroepsprogrammas);
        shell.addNavigation("praktijkcijfers", "nav.praktijkcijfers", Material2AL.INSIGHTS, this::showPraktijkcijfers);
        shell.addNavigation("bewaartermijnen", "nav.bewaartermijnen", Material2AL.AUTO_DELETE, this::showBewaartermijnen);
        shell.addNavigation("instellingen", "nav.instellingen", Material2MZ.SETTINGS, this::showInstellingen);
        this.statusbalk = new Statusbalk(app, shell, background.langwerk());
    }

    /**
     * After a language switch: the same practice, every screen built anew in the new language, back
     * on Instellingen. The database, the backups and the lock carry on untouched.
     */
    private void herbouwInTaal() {
        // This window stops listening to the backups: it would keep updating screens nobody sees.
        statusbalk.stop();
        if (secties.backup() != null) {
            secties.backup().stop();
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
    void bijHerbouw(Consumer<MainWindow> wie) {
        this.herbouwd = wie;
    }

    /** Before {@link #attachTo}: the lock and restore of the real window. */
    public void beveiliging(Beveiliging beveiliging) {
        this.beveiliging = beveiliging;
        menu.vergrendelbaar();
    }

    /** Puts the shell into the stage's scene (created by the caller with the theme applied). */
    public void attachTo(Scene scene) {
        attachTo(scene, () -> { });
    }

    /** As {@link #attachTo(Scene)}; {@code onFirstContent} runs once the start screen shows its data. */
    public void attachTo(Scene scene, Runnable onFirstContent) {
        this.scene = scene;
        schermen.vandaag.whenShown(() -> {
            onFirstContent.run();
            // The new-dossier form built ahead (Ctrl+N then only shows it), a moment after the start
            // screen so its first frames are not held up.
            PauseTransition later = new PauseTransition(Duration.seconds(1));
            later.setOnFinished(e -> schermen.dossierDialogs.voorbereiden());
            later.play();
            statusbalk.controleerOpAchtergrond(ui);
        });
        scene.setRoot(shell);
        // Unsaved text in a form is not lost to the close button; Tab leaves a note field as in the dialogs.
        Sluitvraag.installeer(stage);
        Toetsenbord.velden(scene);
        Sneltoetsacties.koppel(scene, this, schermen);
        showVandaag();
        demo.bijwerken();
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
            schermen.archief.importeer(bestand.toFile());
        } else if (naam.endsWith(BackupService.EXTENSIE)) {
            showInstellingen();
            // The question after the screen had its turn to draw: the coach sees where restoring lives.
            javafx.application.Platform.runLater(() -> secties.backup().zetTerug(bestand));
        }
    }

    Welkomstgids welkomstgids() {
        return new Welkomstgids(ui, new Welkomstgids.Praktijk(
                app.praktijk(), app.beveiliging(), app.dataDirectory().backups(), app.dossiers()::isEmpty, demo::laad,
                menu::toonPoortwachter, menu::toonSneltoetsen));
    }

    private void show(String navId, Page page) {
        shell.select(navId);
        shell.show(page.node());
        page.refresh();
    }

    /** The dossier screen on show, under Dossiers in the navigation. */
    private DossierDetailView dossierScherm() {
        shell.select("dossiers");
        Node node = schermen.dossierDetail.get().node();
        shell.show(node);
        return schermen.dossierDetail.get();
    }

    @Override
    public void showVandaag() {
        show("vandaag", schermen.vandaag);
    }

    @Override
    public void showDossiers() {
        show("dossiers", schermen.dossierList.get());
    }

    @Override
    public void openDossier(int dossierId) {
        dossierScherm().open(dossierId);
    }

    @Override
    public void openTijdlijn(int dossierId) {
        dossierScherm().openTijdlijn(dossierId);
    }

    @Override
    public void openDossier(int dossierId, DossierTab tab) {
        dossierScherm().open(dossierId, tab);
    }

    @Override
    public void openDossier(int dossierId, Aanwijzing wat) {
        dossierScherm().open(dossierId, wat);
    }

    /** The screens' shared context, for window tests that build one screen over this window. */
    UiContext ui() {
        return ui;
    }

    /** Export, import and inzage of this window (the tests' way past the file chooser). */
    UitwisselingDialogs archief() {
        return schermen.archief;
    }

    AgendaView agenda() {
        return schermen.agenda.get();
    }

    Shell shell() {
        return shell;
    }

    /** The search screen with the cursor in its field. */
    public void showZoeken() {
        show("zoeken", schermen.zoeken.get());
        schermen.zoeken.get().focus();
    }

    public void showAgenda() {
        show("agenda", schermen.agenda.get());
    }

    @Override
    public void showWerkgevers() {
        show("werkgevers", schermen.werkgeverList.get());
    }

    @Override
    public void openWerkgever(int werkgeverId) {
        showWerkgevers();
        schermen.werkgeverList.get().kies(werkgeverId);
    }

    @Override
    public void showInstellingen() {
        show("instellingen", schermen.instellingen.get());
    }

    /** The practice's group programmes: their group, schedule and held meetings (issue 18). */
    public void showGroepsprogrammas() {
        show("groepsprogrammas", schermen.groepsprogrammas.get());
    }

    @Override
    public void openGroepsprogramma(int programmaId) {
        shell.select("groepsprogrammas");
        shell.show(schermen.groepsprogrammas.get().node());
        schermen.groepsprogrammas.get().toon(programmaId);
    }

    /** What the practice's closed trajecten came to, per outcome (issue 18). */
    /** The figures screen as shown (the tests' way to its PDF, past the file chooser). */
    PraktijkcijfersView praktijkcijfers() {
        return schermen.praktijkcijfers.get();
    }

    public void showPraktijkcijfers() {
        show("praktijkcijfers", schermen.praktijkcijfers.get());
    }

    /** Ended trajecten whose retention term has passed or passes soon. */
    public void showBewaartermijnen() {
        show("bewaartermijnen", schermen.bewaartermijnen.get());
    }

    /** The audit log, reached from Instellingen. */
    public void showAuditlog() {
        show("instellingen", schermen.auditlog.get());
    }

    @Override
    public void dataChanged() {
        demo.bijwerken();
    }

    @Override
    public void status(String message) {
        shell.status(message);
    }

    @Override
    public void newDossier() {
        schermen.dossierDialogs.create(id -> dossierScherm().openNieuw(id));
    }
}
