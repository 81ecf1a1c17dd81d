package nl.spoorzoeker.arbeidsmarkt.ui;

import java.time.LocalDate;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.arbeidsmarkt.Netwerkcontact;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of a netwerkcontact. */
final class NetwerkForm extends FormModel {

    final FieldModel<LocalDate> datum = field("netwerk-datum", "netwerk.datum", DateInput::required);
    final FieldModel<String> persoon = field("netwerk-persoon", "netwerk.persoon", t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<String> organisatie = field("netwerk-organisatie", "netwerk.organisatie",
            t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> doel = field("netwerk-doel", "netwerk.doel", t -> TextInput.optional(t, 2000));
    final FieldModel<String> uitkomst = field("netwerk-uitkomst", "netwerk.uitkomst",
            t -> TextInput.optional(t, SollicitatieForm.NOTE));
    final FieldModel<String> vervolg = field("netwerk-vervolg", "netwerk.vervolg", t -> TextInput.optional(t, 2000));
    final FieldModel<LocalDate> vervolgDatum = field("netwerk-vervolgdatum", "netwerk.vervolgDatum", DateInput::parse);

    NetwerkForm(LocalDate vandaag) {
        datum.setText(DateInput.format(vandaag));
    }

    void load(Netwerkcontact n) {
        datum.setText(DateInput.format(n.datum()));
        persoon.setText(n.persoon());
        organisatie.setText(n.organisatie());
        doel.setText(n.doel());
        uitkomst.setText(n.uitkomst());
        vervolg.setText(n.vervolg());
        vervolgDatum.setText(DateInput.format(n.vervolgDatum()));
    }

    Netwerkcontact contact(Integer id) {
        return new Netwerkcontact(id, datum.value(), persoon.value(), organisatie.value(), doel.value(), uitkomst.value(),
                vervolg.value(), vervolgDatum.value());
    }
}
