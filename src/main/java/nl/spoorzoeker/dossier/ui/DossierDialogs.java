package nl.spoorzoeker.dossier.ui;

import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Vervoer;
import nl.spoorzoeker.dossier.WerkgeverRegel;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.dossier.Opdrachtgever;
import nl.spoorzoeker.tijdlijn.Regime;
import nl.spoorzoeker.ui.form.Choices;

/** Opens the dossier form, for a new dossier or an existing one. */
public final class DossierDialogs {

    private final UiContext ui;
    private final DossierService dossiers;
    private final WerkgeverService werkgevers;

    public DossierDialogs(UiContext ui, DossierService dossiers, WerkgeverService werkgevers) {
        this.ui = ui;
        this.dossiers = dossiers;
        this.werkgevers = werkgevers;
    }

    /** An empty new-dossier form, built and styled before Ctrl+N asks for it (issue 21 item 10). */
    private record Klaar(DossierForm form, FormDialog<Integer> dialog, java.time.LocalDate dag, java.util.Locale taal) {
    }

    private Klaar klaar;
    private boolean voorbereiden;

    /**
     * Builds the next new-dossier form ahead, so Ctrl+N only has to show it: its ~40 controls' skins
     * and CSS were most of the time from the key to the first frame. Called once the main window has
     * its first content and again each time the form closes. FX thread.
     */
    public void voorbereiden() {
        if (klaar != null || voorbereiden) {
            return;
        }
        voorbereiden = true;
        ui.background().run(werkgevers::list, list -> {
            voorbereiden = false;
            if (klaar == null && ui.window().get() != null) {
                klaar = nieuw(list);
                klaar.dialog().voorbereiden();
            }
        }, failure -> voorbereiden = false);
    }

    private Klaar nieuw(java.util.List<WerkgeverRegel> lijst) {
        DossierForm form = new DossierForm(ui.today(), lijst);
        FormDialog<Integer> dialog = dialog(form, I18n.t("dossier.new.title"), () -> {
            Werknemer werknemer = form.werknemer(null);
            Traject traject = form.traject(null);
            Integer werkgeverId = form.werkgeverId();
            return () -> dossiers.create(werknemer, werkgeverId, traject);
        });
        return new Klaar(form, dialog, ui.today(), I18n.locale());
    }

    /**
     * Shows an empty form (the one built ahead when there is one); {@code onSaved} gets the new
     * dossier id. The employers are read again behind the form: one added since it was built appears
     * in the list a moment later, and the choice already made stays.
     */
    public void create(IntConsumer onSaved) {
        Klaar k = klaar;
        klaar = null;
        // Built for today, in the language on screen, over this main window; otherwise built now.
        if (k != null && k.dag().equals(ui.today()) && k.taal().equals(I18n.locale())
                && k.dialog().getOwner() == ui.window().get()) {
            ui.background().run(werkgevers::list, list -> {
                if (!list.equals(k.form().werkgevers)) {
                    WerkgeverRegel gekozen = k.form().werkgever.get();
                    k.form().werkgevers.setAll(list);
                    k.form().werkgever.set(gekozen == null ? null : list.stream()
                            .filter(r -> r.id() == gekozen.id()).findFirst().orElse(null));
                }
            });
            // Shown on the next turn of the event loop: create returns at once, as it did when the
            // form was built behind a read, and the caller (a key handler, a test's interact) is not
            // held in the dialog's nested loop until the form closes.
            javafx.application.Platform.runLater(() -> show(k.dialog(), "dossier:nieuw", onSaved));
        } else {
            ui.background().run(werkgevers::list, list -> show(nieuw(list).dialog(), "dossier:nieuw", onSaved));
        }
    }

    public void edit(Dossier existing, IntConsumer onSaved) {
        record Data(java.util.List<WerkgeverRegel> werkgevers, boolean periodes) {
        }
        ui.background().run(() -> new Data(werkgevers.list(), dossiers.heeftVerzuimperiodes(existing.id())), data -> {
            DossierForm form = new DossierForm(ui.today(), data.werkgevers());
            form.load(existing);
            form.eersteZiektedagUitPeriodes.set(data.periodes());
            show(dialog(form, I18n.t("dossier.edit.title"), () -> {
                Werknemer werknemer = form.werknemer(existing.werknemer().id());
                Traject traject = form.traject(existing.traject().id());
                Integer werkgeverId = form.werkgeverId();
                return () -> {
                    dossiers.update(existing.id(), werknemer, werkgeverId, traject);
                    return existing.id();
                };
            }), "dossier:" + existing.id(), onSaved);
        });
    }

    private FormDialog<Integer> dialog(DossierForm form, String title,
                                       java.util.function.Supplier<java.util.concurrent.Callable<Integer>> save) {
        return new FormDialog<>(ui.window().get(), title, "dossier-dialog", form, view(form), ui.background(), save);
    }

    /** {@code kladSleutel}: what was typed survives Escape, closing and a crash as a draft under this key. */
    private void show(FormDialog<Integer> dialog, String kladSleutel, IntConsumer onSaved) {
        // The employer and the other choices are kept too: DossierForm names them.
        dialog.autosave(ui.kladden(), kladSleutel);
        var resultaat = dialog.showAndWait();
        // The next new-dossier form is built now, after this one's result is handled (a saved
        // dossier's screen is asked for first, so it is not held up).
        resultaat.ifPresent(id -> {
            ui.navigator().status(I18n.t("dossier.saved"));
            ui.navigator().dataChanged();
            onSaved.accept(id);
        });
        voorbereiden();
    }

    private FormView view(DossierForm form) {
        FormView view = new FormView();
        view.section("dossier.section.werknemer");
        view.text(form.naam);
        view.date(form.geboortedatum);
        view.text(form.telefoon);
        view.text(form.email);
        view.text(form.straat);
        view.text(form.postcode);
        view.text(form.woonplaats);
        view.text(form.functie);
        view.text(form.contracturen);
        view.check("werknemer-rijbewijs", "dossier.werknemer.rijbewijs", form.rijbewijs);
        ComboBox<Vervoer> vervoer = Choices.of(Vervoer.values(), "vervoer.");
        vervoer.valueProperty().bindBidirectional(form.vervoer);
        view.combo("werknemer-vervoer", "dossier.werknemer.vervoer", vervoer);

        view.newColumn();
        view.section("dossier.section.werkgever");
        ComboBox<WerkgeverRegel> werkgever = new ComboBox<>(form.werkgevers);
        werkgever.setId("dossier-werkgever");
        werkgever.setPromptText(I18n.t("dossier.werkgever.prompt"));
        werkgever.setConverter(new StringConverter<>() {
            @Override
            public String toString(WerkgeverRegel r) {
                return r == null ? "" : r.plaats() == null ? r.naam() : r.naam() + " (" + r.plaats() + ")";
            }

            @Override
            public WerkgeverRegel fromString(String s) {
                return null;
            }
        });
        werkgever.valueProperty().bindBidirectional(form.werkgever);
        werkgever.setMaxWidth(Double.MAX_VALUE);
        werkgever.setMinWidth(180);
        Button nieuweWerkgever = new Button(I18n.t("werkgever.new.short"), FontIcon.of(Material2AL.ADD, 14));
        nieuweWerkgever.setTooltip(new javafx.scene.control.Tooltip(I18n.t("werkgever.new")));
        nieuweWerkgever.setId("dossier-new-werkgever");
        nieuweWerkgever.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        nieuweWerkgever.setOnAction(event -> WerkgeverDialogs.create(ui, werkgevers, id ->
                ui.background().run(werkgevers::list, list -> {
                    form.werkgevers.setAll(list);
                    form.werkgever.set(list.stream().filter(r -> r.id() == id).findFirst().orElse(null));
                })));
        HBox.setHgrow(werkgever, Priority.ALWAYS);
        view.custom("dossier.werkgever", new HBox(8, werkgever, nieuweWerkgever), werkgever, form::werkgeverError);

        view.section("dossier.section.traject");
        // Opdrachtgever and regime (issue 18): for a vangnetter UWV or another payer, and the werkgever may stay empty.
        ComboBox<Opdrachtgever.Soort> opdrachtgever = Choices.of(
                Opdrachtgever.Soort.values(), "opdrachtgever.");
        opdrachtgever.valueProperty().bindBidirectional(form.opdrachtgever);
        view.combo("traject-opdrachtgever", "dossier.traject.opdrachtgever", opdrachtgever);
        var opdrachtgeverNaam = view.text(form.opdrachtgeverNaam);
        opdrachtgeverNaam.disableProperty().bind(form.opdrachtgever.isEqualTo(
                Opdrachtgever.Soort.WERKGEVER));
        ComboBox<Regime> regime = Choices.of(
                Regime.values(), "regime.kort.");
        regime.valueProperty().bindBidirectional(form.regime);
        view.combo("traject-regime", "dossier.traject.regime", regime);
        var eersteZiektedag = view.date(form.eersteZiektedag);
        if (form.eersteZiektedagUitPeriodes.get()) {
            // The recorded verzuimperiodes decide sick day 1 (samentelling); edit them on the timeline tab.
            eersteZiektedag.setDisable(true);
            view.note("dossier.traject.eersteZiektedag.uitPeriodes");
        }
        view.date(form.opdrachtdatum);
        view.date(form.startdatum);
        view.date(form.einddatum);
        view.text(form.budgetUren);
        view.text(form.budgetEuro);
        ComboBox<TrajectStatus> status = Choices.of(TrajectStatus.values(), "status.");
        status.valueProperty().bindBidirectional(form.status);
        view.combo("traject-status", "dossier.traject.status", status);
        return view;
    }
}
