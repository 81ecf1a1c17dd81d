package nl.spoorzoeker.dossier.ui;

import java.util.function.IntConsumer;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;

/** Opens the employer form for a new or an existing employer. */
public final class WerkgeverDialogs {

    private WerkgeverDialogs() {
    }

    /** Creates an employer; {@code onSaved} receives its id. */
    public static void create(UiContext ui, WerkgeverService werkgevers, IntConsumer onSaved) {
        WerkgeverForm form = new WerkgeverForm();
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(), I18n.t("werkgever.new.title"),
                "werkgever-dialog", form, view(form), ui.background(),
                () -> {
                    Werkgever werkgever = form.werkgever(null);
                    return () -> werkgevers.create(werkgever);
                });
        // An employer's names and contacts are typed for minutes too (issue 21 item 3); the
        // practice's record, not a dossier's, so keyed by the employer (the retention deletion
        // removes it with the employer).
        dialog.autosave(ui.kladden(), "werkgever:nieuw");
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("werkgever.saved"));
            ui.navigator().dataChanged();
            onSaved.accept(id);
        });
    }

    public static void edit(UiContext ui, WerkgeverService werkgevers, Werkgever existing, Runnable onSaved) {
        WerkgeverForm form = new WerkgeverForm();
        form.load(existing);
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(), I18n.t("werkgever.edit.title"),
                "werkgever-dialog", form, view(form), ui.background(),
                () -> {
                    Werkgever werkgever = form.werkgever(existing.id());
                    return () -> {
                        werkgevers.update(werkgever);
                        return werkgever.id();
                    };
                });
        dialog.autosave(ui.kladden(), "werkgever:" + existing.id());
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("werkgever.saved"));
            ui.navigator().dataChanged();
            onSaved.run();
        });
    }

    private static FormView view(WerkgeverForm form) {
        FormView view = new FormView();
        view.section("werkgever.section.organisatie");
        view.text(form.naam);
        view.text(form.kvk);
        view.text(form.straat);
        view.text(form.postcode);
        view.text(form.plaats);
        view.check("werkgever-erd", "werkgever.eigenrisicodrager", form.eigenrisicodrager);
        // The arbo party is not a contact of the employer's own staff: its own heading, name only.
        view.section("werkgever.section.arbo");
        view.text(form.bedrijfsarts);
        view.newColumn();
        view.section("werkgever.section.contactpersoon");
        view.text(form.contactNaam);
        view.text(form.contactTelefoon);
        view.text(form.contactEmail);
        view.section("werkgever.section.casemanager");
        view.text(form.casemanagerNaam);
        view.text(form.casemanagerTelefoon);
        view.text(form.casemanagerEmail);
        return view;
    }
}
