package nl.spoorzoeker.app;

import java.util.List;
import java.util.function.Supplier;
import nl.spoorzoeker.agenda.ui.AgendaView;
import nl.spoorzoeker.app.werkplek.DossierDetailView;
import nl.spoorzoeker.app.werkplek.VandaagView;
import nl.spoorzoeker.audit.ui.AuditlogView;
import nl.spoorzoeker.bewaartermijn.ui.BewaartermijnenView;
import nl.spoorzoeker.dossier.ui.DossierDialogs;
import nl.spoorzoeker.dossier.ui.DossierListView;
import nl.spoorzoeker.dossier.ui.WerkgeverListView;
import nl.spoorzoeker.groep.ui.GroepsprogrammaView;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.praktijk.ui.InstellingenView;
import nl.spoorzoeker.rapportage.privacy.ui.Privacyhint;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Navigator;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.uitkomst.ui.PraktijkcijfersView;
import nl.spoorzoeker.uitwisseling.ui.UitwisselingDialogs;
import nl.spoorzoeker.zoeken.ui.ZoekView;

/**
 * The screens of the window, each given its services from the {@link AppContext}. Only the start
 * screen is built at once (it is the first frame); the others on first use.
 */
final class Schermen {

    final VandaagView vandaag;
    final DossierDialogs dossierDialogs;
    final UitwisselingDialogs archief;
    final Lazy<DossierListView> dossierList;
    final Lazy<DossierDetailView> dossierDetail;
    final Lazy<WerkgeverListView> werkgeverList;
    final Lazy<InstellingenView> instellingen;
    final Lazy<AgendaView> agenda;
    final Lazy<ZoekView> zoeken;
    final Lazy<BewaartermijnenView> bewaartermijnen;
    final Lazy<PraktijkcijfersView> praktijkcijfers;
    final Lazy<AuditlogView> auditlog;
    final Lazy<GroepsprogrammaView> groepsprogrammas;

    /** The context every screen shares, with the privacy hint over the practice's names. */
    static UiContext uiContext(AppContext app, Background background, Navigator navigator,
                               javafx.stage.Stage stage) {
        return new UiContext(background, navigator, app.clock(), () -> stage, app.kladden(),
                new Privacyhint(app.privacyWoorden()::toets,
                        () -> app.dossiers().werknemerNamen().stream()
                                .filter(n -> n != null && !n.isBlank()).distinct().toList(),
                        // Who may be named in a group text: the coach, the practice and the employers.
                        () -> {
                            List<String> vrij = new java.util.ArrayList<>();
                            app.praktijk().get().ifPresent(p -> {
                                vrij.add(p.naam());
                                vrij.add(p.praktijknaam());
                            });
                            app.werkgevers().list().forEach(w -> vrij.add(w.naam()));
                            return vrij;
                        }));
    }

    /**
     * @param laadDemo       loading the demo set, offered on an empty start screen
     * @param instellingSecties the sections of Instellingen, asked for when that screen is first built
     */
    Schermen(UiContext ui, AppContext app, Runnable laadDemo, Supplier<List<Page>> instellingSecties) {
        this.vandaag = new VandaagView(ui, app.tijdlijn(), app.fasen(), app.contacten(), app.arbeidsmarkt(),
                app.werkervaring(), app.afspraken(), laadDemo);
        // The start screen's data is read on the database queue while the rest of this window is built
        // on this thread (issue 21 item 10: one after the other they were most of unlock -> start screen).
        vandaag.leesVooraf();
        this.archief = new UitwisselingDialogs(ui, app.uitwisseling(), app.sessie()::sleutels,
                sleutels -> () -> app.backupService().maak(app.dataDirectory().backups(), sleutels.ring(),
                        sleutels.dataSleutel()));
        this.dossierDialogs = new DossierDialogs(ui, app.dossiers(), app.werkgevers());
        this.dossierList = new Lazy<>(() -> new DossierListView(ui, app.dossiers()));
        this.dossierDetail = new Lazy<>(() -> new DossierDetailView(ui, app.dossiers(), app.tijdlijn(), app.fasen(),
                app.profielen(), app.instrumenten(), app.kernkwadranten(), app.starr(), app.cv(), app.contacten(),
                app.arbeidsmarkt(), app.werkervaring(), app.afspraken(), app.rapportOpslag(), dossierDialogs,
                archief::inzage, app.uitkomsten(), app.waarden()));
        this.agenda = new Lazy<>(() -> new AgendaView(ui, app.afspraken(), app.dossiers()));
        this.zoeken = new Lazy<>(() -> new ZoekView(ui, app.zoeken()));
        this.werkgeverList = new Lazy<>(() -> new WerkgeverListView(ui, app.werkgevers(), app.dossiers()));
        this.bewaartermijnen = new Lazy<>(() -> new BewaartermijnenView(ui, app.bewaartermijnen()));
        this.praktijkcijfers = new Lazy<>(() -> new PraktijkcijfersView(ui, app.praktijkcijfers(),
                // The practice's name, never the coach's (a person's name has no place in the figures).
                () -> app.praktijk().get().map(Praktijk::praktijknaam)
                        .filter(n -> !n.isBlank()).orElse("Spoorzoeker")));
        this.auditlog = new Lazy<>(() -> new AuditlogView(ui, app.audit()));
        this.groepsprogrammas = new Lazy<>(() -> new GroepsprogrammaView(ui, app.groepsprogrammas(), app.afspraken()));
        this.instellingen = new Lazy<>(() -> new InstellingenView(ui, app.praktijk(), I18n.t("instellingen.dataInfo",
                app.dataDirectory().root(), app.database().file().getFileName()), instellingSecties.get()));
    }

    /** The dossier on screen, if any: the export offers it beside the whole practice. */
    Integer dossierOpScherm(javafx.scene.Node opScherm) {
        return dossierDetail.gemaakt() && opScherm == dossierDetail.get().node() ? dossierDetail.get().dossierId()
                : null;
    }

    /** Creates a screen once, on the JavaFX thread, when it is first shown. */
    static final class Lazy<T> {
        private final Supplier<T> factory;
        private T value;

        Lazy(Supplier<T> factory) {
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
}
