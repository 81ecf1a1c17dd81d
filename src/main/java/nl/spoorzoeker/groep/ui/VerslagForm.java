package nl.spoorzoeker.groep.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/**
 * View model of a held meeting: who ran it, per participant present or absent (with the reason),
 * the summary that goes into every present participant's log, and how its time is charged.
 */
final class VerslagForm extends FormModel {

    static final String AANWEZIG_ID = "verslag-aanwezigheid";
    /** As long as a contact's summary may be. */
    static final int NOTITIE = 4000;

    final StringProperty trainer = new SimpleStringProperty();
    final FieldModel<String> samenvatting = field("verslag-samenvatting", "contact.samenvatting",
            t -> TextInput.optional(t, NOTITIE));
    final ObjectProperty<Groepssessie.Verdeling> verdeling = new SimpleObjectProperty<>(Groepssessie.Verdeling.VOLLEDIG);
    final BooleanProperty declarabel = new SimpleBooleanProperty(true);
    final List<Rij> rijen = new ArrayList<>();

    static final class Rij {
        final int dossierId;
        final String naam;
        final BooleanProperty aanwezig = new SimpleBooleanProperty(true);
        final StringProperty reden = new SimpleStringProperty("");

        Rij(int dossierId, String naam) {
            this.dossierId = dossierId;
            this.naam = naam;
        }
    }

    VerslagForm(Groepsprogramma.Verslag v) {
        trainer.set(v.trainer());
        samenvatting.setText(v.samenvatting());
        verdeling.set(v.verdeling());
        declarabel.set(v.declarabel());
        for (Groepsprogramma.Aanwezigheid a : v.aanwezigheid()) {
            Rij r = new Rij(a.dossierId(), a.naam());
            r.aanwezig.set(a.aanwezig());
            r.reden.set(a.reden() == null ? "" : a.reden());
            rijen.add(r);
            // Who came and why not are part of the draft, by dossier, beside the typed summary.
            vinkje("verslag-aanwezig-" + r.dossierId, r.aanwezig);
            tekst("verslag-reden-" + r.dossierId, r.reden);
        }
        tekst("verslag-trainer", trainer);
        keuze("verslag-verdeling", verdeling, Groepssessie.Verdeling.class);
        vinkje("verslag-declarabel", declarabel);
    }

    String aanwezigFout() {
        if (rijen.stream().noneMatch(r -> r.aanwezig.get())) {
            return "programma.fout.niemandAanwezig";
        }
        return null;
    }

    String trainerFout() {
        return trainer.get() == null || trainer.get().isBlank() ? "programma.fout.trainer" : null;
    }

    @Override
    public List<FormError> errors() {
        List<FormError> errors = new ArrayList<>(super.errors());
        if (trainerFout() != null) {
            errors.add(new FormError("verslag-trainer", "verslag.trainer", trainerFout()));
        }
        if (aanwezigFout() != null) {
            errors.add(new FormError(AANWEZIG_ID, "verslag.aanwezigheid", aanwezigFout()));
        }
        return errors;
    }

    Groepsprogramma.Verslag verslag(int bijeenkomstId) {
        return new Groepsprogramma.Verslag(bijeenkomstId, trainer.get(), rijen.stream()
                .map(r -> new Groepsprogramma.Aanwezigheid(r.dossierId, r.naam, r.aanwezig.get(),
                        TextInput.blankToNull(r.reden.get()))).toList(),
                samenvatting.value(), verdeling.get(), declarabel.get());
    }
}
