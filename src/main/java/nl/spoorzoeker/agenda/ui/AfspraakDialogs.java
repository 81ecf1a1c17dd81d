package nl.spoorzoeker.agenda.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.stage.FileChooser;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Autosave;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;

/** Planning, changing, cancelling and exporting appointments, shared by the dossier and the agenda. */
final class AfspraakDialogs {

    private final UiContext ui;
    private final AfspraakService service;

    AfspraakDialogs(UiContext ui, AfspraakService service) {
        this.ui = ui;
        this.service = service;
    }

    /**
     * A new appointment ({@code existing} null) or a change. With {@code dossiers} the coach picks
     * the dossier (from the agenda); without, it is {@code dossierId}.
     */
    void afspraak(Afspraak existing, int dossierId, List<DossierRegel> dossiers, LocalDate dag, Runnable saved) {
        AfspraakForm form = new AfspraakForm(LocalDateTime.now(ui.clock()), dag);
        if (existing != null) {
            form.load(existing);
        }
        FormView view = new FormView();
        if (dossiers != null && existing == null) {
            form.kiesDossier.set(true);
            ComboBox<DossierRegel> keuze = new ComboBox<>(FXCollections.observableArrayList(dossiers));
            keuze.setButtonCell(new DossierCell());
            keuze.setCellFactory(v -> new DossierCell());
            keuze.valueProperty().bindBidirectional(form.dossier);
            keuze.setId(AfspraakForm.DOSSIER_ID);
            view.combo(AfspraakForm.DOSSIER_ID, "afspraak.dossier", keuze);
        }
        view.date(form.datum);
        view.text(form.tijd);
        view.text(form.duur);
        view.text(form.onderwerp);
        view.text(form.locatie);
        view.area(form.toelichting).setPrefRowCount(4);
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                I18n.t(existing == null ? "afspraak.nieuw.titel" : "afspraak.wijzig.titel"), "afspraak-dialog", form, view,
                ui.background(), () -> {
                    int dossier = existing != null ? existing.dossierId()
                            : form.kiesDossier.get() ? form.dossier.get().trajectId() : dossierId;
                    Afspraak afspraak = form.afspraak(existing == null ? null : existing.id(), dossier,
                            existing == null ? null : existing.uid());
                    return () -> {
                        if (existing == null) {
                            return service.plan(afspraak);
                        }
                        service.wijzig(afspraak);
                        return afspraak.id();
                    };
                });
        // The subject and the explanation are typed text (issue 21 item 3). From the agenda the
        // dossier is one of the choices: kept in the draft by its number, which the retention
        // deletion looks for (KladSleutel.AGENDA_DOSSIER_VELD).
        if (form.kiesDossier.get()) {
            dialog.autosave(ui.kladden(), KladSleutel.AGENDA_AFSPRAAK, java.util.Map.of(
                    KladSleutel.AGENDA_DOSSIER_VELD, Autosave.alsTekst(form.dossier, d -> Integer.toString(d.trajectId()),
                            nummer -> dossiers.stream().filter(d -> Integer.toString(d.trajectId()).equals(nummer))
                                    .findFirst().orElse(null))));
        } else {
            int dossier = existing != null ? existing.dossierId() : dossierId;
            dialog.autosave(ui.kladden(), KladSleutel.vanDossier(dossier, "afspraak",
                    existing == null ? null : existing.id()));
        }
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("afspraak.opgeslagen"));
            saved.run();
        });
    }

    void annuleer(Afspraak a, Runnable done) {
        if (ui.meldingen().jaOfNee(I18n.t("afspraak.annuleer.vraag", a.onderwerp(), AgendaFormat.moment(a.begin())))) {
            ui.background().run(() -> {
                service.annuleer(a.id());
                return a.id();
            }, id -> {
                ui.navigator().status(I18n.t("afspraak.geannuleerd"));
                done.run();
            });
        }
    }

    /** Asks where to save, then exports. */
    void exporteer(List<Afspraak> afspraken, String bestandsnaam, boolean metToelichting) {
        if (afspraken.isEmpty()) {
            ui.navigator().status(I18n.t("afspraak.export.geen"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("afspraak.export.titel"));
        chooser.setInitialFileName(bestandsnaam);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("afspraak.export.filter"), "*.ics"));
        File file = chooser.showSaveDialog(ui.window().get());
        if (file != null) {
            exporteerNaar(afspraken, file.toPath(), metToelichting);
        }
    }

    /** Exports to a chosen file off the JavaFX thread and says how it went. */
    void exporteerNaar(List<Afspraak> afspraken, Path bestand, boolean metToelichting) {
        ui.background().run(() -> {
            service.exporteer(afspraken, bestand, metToelichting);
            return afspraken.size();
        }, aantal -> ui.navigator().status(I18n.t("afspraak.export.klaar", aantal, bestand.getFileName())),
                ui.meldingen()::weigeringOfFout);
    }

    private static final class DossierCell extends ListCell<DossierRegel> {
        @Override
        protected void updateItem(DossierRegel item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? I18n.t("choice.none") : item.naam() + " — " + item.werkgever());
        }
    }
}
