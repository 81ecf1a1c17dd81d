package nl.spoorzoeker.rapportage.ui;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** Who receives a report, when and how (C16: the werknemer always gets a copy). */
final class VerzendForm extends FormModel {

    final ObjectProperty<RapportModel.OntvangerSoort> soort = new SimpleObjectProperty<>(RapportModel.OntvangerSoort.WERKNEMER);
    final ObjectProperty<Rapport.Kanaal> kanaal = new SimpleObjectProperty<>(Rapport.Kanaal.EMAIL);
    final FieldModel<String> naam = field("verzend-naam", "rapport.verzend.naam", t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<LocalDate> datum = field("verzend-datum", "rapport.verzend.datum", DateInput::required);

    VerzendForm(LocalDate vandaag, String werknemer) {
        // Who and how are part of the form's draft, beside the name and the date.
        keuze("verzend-soort", soort, RapportModel.OntvangerSoort.class);
        keuze("verzend-kanaal", kanaal, Rapport.Kanaal.class);
        datum.setText(DateInput.format(vandaag));
        naam.setText(werknemer);
    }

    Rapport.Verzending verzending() {
        return new Rapport.Verzending(soort.get(), naam.value(), datum.value(), kanaal.get());
    }
}
