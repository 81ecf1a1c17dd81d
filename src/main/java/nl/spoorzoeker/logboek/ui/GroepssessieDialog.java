package nl.spoorzoeker.logboek.ui;

import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.Deelnemerslijst;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;

/**
 * Records or edits a group session once for all its participants: the session on the left, the
 * active dossiers with a tick and the minutes attended on the right.
 */
final class GroepssessieDialog {

    private final UiContext ui;
    private final ContactService service;

    GroepssessieDialog(UiContext ui, ContactService service) {
        this.ui = ui;
        this.service = service;
    }

    /** A new session, with {@code dossierId} already ticked. */
    void nieuw(int dossierId, Runnable saved) {
        ui.background().run(service::mogelijkeDeelnemers, kandidaten -> {
            GroepssessieForm form = new GroepssessieForm(LocalDateTime.now(ui.clock()), deelnemers(kandidaten));
            form.deelnemers.stream().filter(d -> d.dossierId == dossierId).forEach(d -> d.doetMee.set(true));
            show(null, form, "groep:nieuw:" + dossierId, saved);
        });
    }

    /** Loads the session fresh (another dossier may have changed it), then opens it. */
    void wijzig(int sessieId, Runnable saved) {
        record Geladen(java.util.Optional<Groepssessie> sessie, List<Groepssessie.Deelname> kandidaten) {
        }
        ui.background().run(() -> new Geladen(service.groepssessie(sessieId), service.mogelijkeDeelnemers()),
                geladen -> geladen.sessie().ifPresent(s -> {
                    GroepssessieForm form = new GroepssessieForm(LocalDateTime.now(ui.clock()),
                            deelnemers(geladen.kandidaten()));
                    form.load(s);
                    show(s, form, "groep:" + s.id(), saved);
                }));
    }

    private static List<GroepssessieForm.Deelnemer> deelnemers(List<Groepssessie.Deelname> kandidaten) {
        return kandidaten.stream().map(k -> new GroepssessieForm.Deelnemer(k.dossierId(), k.naam())).toList();
    }

    private void show(Groepssessie existing, GroepssessieForm form, String kladSleutel, Runnable saved) {
        FormView view = new FormView();
        view.date(form.datum);
        view.text(form.tijd);
        view.text(form.duur);
        ComboBox<Groepssessie.Soort> soort = Choices.of(Groepssessie.Soort.values(), "groepsoort.");
        soort.valueProperty().bindBidirectional(form.soort);
        view.combo("groep-soort", "groep.soort", soort);
        // The ticked participants count by first name too (issue 18): read at each check, as ticks change.
        java.util.function.Supplier<List<String>> gekozen = () -> form.deelnemers.stream().filter(d -> d.doetMee.get())
                .map(d -> d.naam).toList();
        ui.privacy().groep(view.text(form.titel), gekozen, List::of);
        view.text(form.locatie);
        var samenvatting = ui.privacy().groep(view.area(form.samenvatting), gekozen, List::of);
        samenvatting.setPrefRowCount(5);
        view.newColumn();
        ComboBox<Groepssessie.Verdeling> verdeling = Choices.of(Groepssessie.Verdeling.values(), "verdeling.");
        verdeling.valueProperty().bindBidirectional(form.verdeling);
        view.combo("groep-verdeling", "groep.verdeling", verdeling);
        view.note("groep.verdeling.uitleg");
        view.check("groep-declarabel", "contact.declarabel", form.declarabel);
        ScrollPane lijst = deelnemersLijst(form);
        view.breed("groep.deelnemers", lijst, lijst, form::deelnemersFout);
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                I18n.t(existing == null ? "groep.nieuw.titel" : "groep.wijzig.titel"), "groep-dialog", form, view,
                ui.background(), () -> {
                    Groepssessie sessie = form.sessie(existing == null ? null : existing.id());
                    return () -> {
                        if (existing == null) {
                            return service.logGroepssessie(sessie);
                        }
                        service.wijzigGroepssessie(sessie);
                        return sessie.id();
                    };
                });
        dialog.autosave(ui.kladden(), kladSleutel);
        dialog.showAndWait().ifPresent(id -> {
            List<String> genoemd = ui.privacy().genoemd(samenvatting);
            ui.navigator().status(genoemd.isEmpty() ? I18n.t("groep.opgeslagen")
                    : I18n.t("groepsnaam.opgeslagen", String.join(", ", genoemd)));
            saved.run();
        });
    }

    private static ScrollPane deelnemersLijst(GroepssessieForm form) {
        return Deelnemerslijst.bouw(GroepssessieForm.DEELNEMERS_ID, "groep-deelnemer-", List.of(
                new Deelnemerslijst.Kolom(null, "groep-minuten-", "groep.heleSessie", "groep.minutenVan", 6, 0,
                        "groep.minuten", true)),
                form.deelnemers.stream().map(d -> new Deelnemerslijst.Rij(d.dossierId, d.naam, d.doetMee,
                        List.of(d.minuten))).toList(), "groep.geenActieveDossiers", 300);
    }
}
