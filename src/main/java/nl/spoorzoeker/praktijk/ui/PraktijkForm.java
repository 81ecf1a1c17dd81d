package nl.spoorzoeker.praktijk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.input.DutchInput;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of the practice details that every report will carry. */
public final class PraktijkForm extends FormModel {

    final FieldModel<String> naam = field("praktijk-naam", "praktijk.naam", t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<String> praktijknaam = field("praktijk-praktijknaam", "praktijk.praktijknaam", t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<String> kvk = field("praktijk-kvk", "praktijk.kvk", DutchInput::kvk);
    final FieldModel<String> straat = field("praktijk-straat", "praktijk.straat", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> postcode = field("praktijk-postcode", "praktijk.postcode", DutchInput::postcode);
    final FieldModel<String> plaats = field("praktijk-plaats", "praktijk.plaats", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> telefoon = field("praktijk-telefoon", "praktijk.telefoon", DutchInput::phone);
    final FieldModel<String> email = field("praktijk-email", "praktijk.email", DutchInput::email);
    /** Logo bytes with their media type; null for no logo. */
    final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>();
    final ObjectProperty<String> logoMime = new SimpleObjectProperty<>();

    public void load(Praktijk p) {
        naam.setText(p.naam());
        praktijknaam.setText(p.praktijknaam());
        kvk.setText(p.kvkNummer());
        straat.setText(p.adres().straat());
        postcode.setText(p.adres().postcode());
        plaats.setText(p.adres().plaats());
        telefoon.setText(p.telefoon());
        email.setText(p.email());
        logo.set(p.logo());
        logoMime.set(p.logoMime());
    }

    public Praktijk praktijk() {
        return new Praktijk(naam.value(), praktijknaam.value(), kvk.value(),
                new Adres(straat.value(), postcode.value(), plaats.value()), telefoon.value(), email.value(),
                logo.get(), logoMime.get());
    }
}
