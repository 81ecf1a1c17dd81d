package nl.spoorzoeker.rapportage.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/**
 * Which report, over which period: a voortgangsrapportage defaults to the day after the previous
 * one up to today, or the six weeks up to today, but never from before the traject started (a case
 * taken on three weeks ago would otherwise report on weeks the coach was not there).
 */
final class NieuwRapportForm extends FormModel {

    final ObjectProperty<RapportSoort> soort = new SimpleObjectProperty<>(RapportSoort.VOORTGANG);
    final FieldModel<LocalDate> van = field("rapport-van", "rapport.van", DateInput::required);
    final FieldModel<LocalDate> tot = field("rapport-tot", "rapport.tot", DateInput::required);

    NieuwRapportForm(LocalDate vandaag, LocalDate vorigeTot) {
        this(vandaag, vorigeTot, null);
    }

    NieuwRapportForm(LocalDate vandaag, LocalDate vorigeTot, LocalDate trajectStart) {
        // The kind is part of the form's draft, beside the period.
        keuze("rapport-soort", soort, RapportSoort.class);
        tot.setText(DateInput.format(vandaag));
        LocalDate begin = vorigeTot != null && vorigeTot.isBefore(vandaag) ? vorigeTot.plusDays(1)
                : vandaag.minusWeeks(6).plusDays(1);
        if (trajectStart != null && begin.isBefore(trajectStart) && !trajectStart.isAfter(vandaag)) {
            begin = trajectStart;
        }
        van.setText(DateInput.format(begin));
    }

    @Override
    public List<FormError> errors() {
        List<FormError> errors = new ArrayList<>(super.errors());
        if (van.isValid() && tot.isValid() && tot.value().isBefore(van.value())) {
            errors.add(new FormError(tot.id(), tot.labelKey(), "rapport.fout.periode"));
        }
        return errors;
    }
}
