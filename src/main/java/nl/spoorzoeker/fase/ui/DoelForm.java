package nl.spoorzoeker.fase.ui;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.fase.Doel;
import nl.spoorzoeker.fase.DoelStatus;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of a goal. */
final class DoelForm extends FormModel {

    static final int LONG = 2000;

    final FieldModel<String> omschrijving = field("doel-omschrijving", "doel.omschrijving", t -> TextInput.required(t, LONG));
    final FieldModel<String> indicator = field("doel-indicator", "doel.indicator", t -> TextInput.optional(t, LONG));
    final FieldModel<LocalDate> streefdatum = field("doel-streefdatum", "doel.streefdatum", DateInput::parse);
    final ObjectProperty<DoelStatus> status = new SimpleObjectProperty<>(DoelStatus.OPEN);

    DoelForm() {
        // In the draft beside the typed text (issue 21 item 3).
        keuze("doel-status", status, DoelStatus.class);
    }

    void load(Doel doel) {
        omschrijving.setText(doel.omschrijving());
        indicator.setText(doel.indicator());
        streefdatum.setText(DateInput.format(doel.streefdatum()));
        status.set(doel.status());
    }

    Doel doel(Integer id, FaseSoort fase) {
        return new Doel(id, fase, omschrijving.value(), indicator.value(), streefdatum.value(), status.get());
    }
}
