package nl.spoorzoeker.groep.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.input.TimeInput;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of one meeting of the schedule: when, how long, kind, topic, place. */
final class BijeenkomstForm extends FormModel {

    final FieldModel<LocalDate> datum = field("bijeenkomst-datum", "contact.datum", DateInput::required);
    final FieldModel<LocalTime> tijd = field("bijeenkomst-tijd", "contact.tijd", TimeInput::tijd);
    final FieldModel<Integer> duur = field("bijeenkomst-duur", "contact.duur", TimeInput::duurMinuten);
    final ObjectProperty<Groepssessie.Soort> soort = new SimpleObjectProperty<>(Groepssessie.Soort.WORKSHOP);
    final FieldModel<String> onderwerp = field("bijeenkomst-onderwerp", "bijeenkomst.onderwerp",
            t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<String> locatie = field("bijeenkomst-locatie", "groep.locatie", t -> TextInput.optional(t, TextInput.SHORT));

    BijeenkomstForm(LocalDateTime standaard) {
        datum.setText(DateInput.format(standaard.toLocalDate()));
        tijd.setText(TimeInput.format(standaard.toLocalTime()));
        duur.setText("120");
    }

    void load(Groepsprogramma.Bijeenkomst b) {
        datum.setText(DateInput.format(b.begin().toLocalDate()));
        tijd.setText(TimeInput.format(b.begin().toLocalTime()));
        duur.setText(Integer.toString(b.duurMinuten()));
        soort.set(b.soort());
        onderwerp.setText(b.onderwerp());
        locatie.setText(b.locatie());
    }

    Groepsprogramma.Bijeenkomst bijeenkomst(Integer id, int programmaId) {
        return new Groepsprogramma.Bijeenkomst(id, programmaId, LocalDateTime.of(datum.value(), tijd.value()), duur.value(),
                soort.get(), onderwerp.value(), locatie.value(), null, null, null);
    }
}
