package nl.spoorzoeker.arbeidsmarkt.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.NumberInput;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of a werkervaringsplek's details. */
final class WerkervaringForm extends FormModel {

    final ObjectProperty<Werkervaringsplek.Soort> soort = new SimpleObjectProperty<>(Werkervaringsplek.Soort.WERKERVARINGSPLEK);
    final FieldModel<String> organisatie = field("wep-organisatie", "werkervaring.organisatie",
            t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<String> contactpersoon = field("wep-contactpersoon", "werkervaring.contactpersoon",
            t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> telefoon = field("wep-telefoon", "werkervaring.telefoon", t -> TextInput.optional(t, 50));
    final FieldModel<String> email = field("wep-email", "werkervaring.email", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> functie = field("wep-functie", "werkervaring.functie", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> taken = field("wep-taken", "werkervaring.taken", t -> TextInput.optional(t, 5000));
    final FieldModel<LocalDate> start = field("wep-start", "werkervaring.start", DateInput::required);
    final FieldModel<LocalDate> eind = field("wep-eind", "werkervaring.eind", DateInput::parse);
    /** Null: not decided yet. */
    final ObjectProperty<Werkervaringsplek.Uitkomst> uitkomst = new SimpleObjectProperty<>();
    final FieldModel<String> toelichting = field("wep-toelichting", "werkervaring.toelichting",
            t -> TextInput.optional(t, 5000));

    WerkervaringForm(LocalDate vandaag) {
        start.setText(DateInput.format(vandaag));
        // In the draft beside the text: a draft that brought back the tasks but not the kind of place would be half a form.
        keuze("wep-soort", soort, Werkervaringsplek.Soort.class);
        keuze("wep-uitkomst", uitkomst, Werkervaringsplek.Uitkomst.class);
    }

    void load(Werkervaringsplek p) {
        soort.set(p.soort());
        organisatie.setText(p.organisatie());
        contactpersoon.setText(p.contactpersoon());
        telefoon.setText(p.contactTelefoon());
        email.setText(p.contactEmail());
        functie.setText(p.functie());
        taken.setText(p.taken());
        start.setText(DateInput.format(p.startdatum()));
        eind.setText(DateInput.format(p.einddatum()));
        uitkomst.set(p.beoogdeUitkomst());
        toelichting.setText(p.uitkomstToelichting());
    }

    @Override
    public List<FormError> errors() {
        List<FormError> errors = new ArrayList<>(super.errors());
        if (start.isValid() && eind.isValid() && eind.value() != null && eind.value().isBefore(start.value())) {
            errors.add(new FormError(eind.id(), eind.labelKey(), "werkervaring.fout.eindVoorStart"));
        }
        if (uitkomst.get() == Werkervaringsplek.Uitkomst.GEEN && toelichting.isValid() && toelichting.value() == null) {
            errors.add(new FormError(toelichting.id(), toelichting.labelKey(), "werkervaring.fout.geenUitkomstZonderReden"));
        }
        return errors;
    }

    Werkervaringsplek plek(Integer id) {
        return new Werkervaringsplek(id, soort.get(), organisatie.value(), contactpersoon.value(), telefoon.value(),
                email.value(), functie.value(), taken.value(), start.value(), eind.value(), uitkomst.get(),
                toelichting.value(), List.of(), List.of());
    }

    /** One evaluation: date and findings. */
    static final class Evaluatie extends FormModel {
        final FieldModel<LocalDate> datum = field("evaluatie-datum", "werkervaring.evaluatie.datum", DateInput::required);
        final FieldModel<String> bevindingen = field("evaluatie-bevindingen", "werkervaring.evaluatie.bevindingen",
                t -> TextInput.required(t, 20_000));

        Evaluatie(LocalDate vandaag, Werkervaringsplek.Evaluatie bestaand) {
            datum.setText(DateInput.format(bestaand == null ? vandaag : bestaand.datum()));
            if (bestaand != null) {
                bevindingen.setText(bestaand.bevindingen());
            }
        }
    }

    /** Planned and realised hours for each week of the place. */
    static final class Uren extends FormModel {
        final List<LocalDate> weken = new ArrayList<>();
        final List<FieldModel<Integer>> gepland = new ArrayList<>();
        final List<FieldModel<Integer>> gerealiseerd = new ArrayList<>();

        Uren(List<Werkervaringsplek.Week> alle) {
            for (int i = 0; i < alle.size(); i++) {
                Werkervaringsplek.Week w = alle.get(i);
                weken.add(w.maandag());
                FieldModel<Integer> g = field("week-" + i + "-gepland", "werkervaring.uren.gepland",
                        t -> NumberInput.hoursAsMinutes(t, 100));
                FieldModel<Integer> r = field("week-" + i + "-gerealiseerd", "werkervaring.uren.gerealiseerd",
                        t -> NumberInput.hoursAsMinutes(t, 100));
                g.setText(NumberInput.formatHours(w.geplandMinuten()));
                r.setText(NumberInput.formatHours(w.gerealiseerdMinuten()));
                gepland.add(g);
                gerealiseerd.add(r);
            }
        }

        List<Werkervaringsplek.Week> weken() {
            List<Werkervaringsplek.Week> result = new ArrayList<>();
            for (int i = 0; i < weken.size(); i++) {
                result.add(new Werkervaringsplek.Week(weken.get(i), gepland.get(i).value(), gerealiseerd.get(i).value()));
            }
            return result;
        }
    }
}
