package nl.spoorzoeker.dossier.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.input.DutchInput;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of the employer form. */
public final class WerkgeverForm extends FormModel {

    final FieldModel<String> naam = field("werkgever-naam", "werkgever.naam", t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<String> kvk = field("werkgever-kvk", "werkgever.kvk", DutchInput::kvk);
    final FieldModel<String> straat = field("werkgever-straat", "werkgever.straat", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> postcode = field("werkgever-postcode", "werkgever.postcode", DutchInput::postcode);
    final FieldModel<String> plaats = field("werkgever-plaats", "werkgever.plaats", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> contactNaam = field("werkgever-contact-naam", "werkgever.contactpersoon", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> contactTelefoon = field("werkgever-contact-telefoon", "werkgever.telefoon", DutchInput::phone);
    final FieldModel<String> contactEmail = field("werkgever-contact-email", "werkgever.email", DutchInput::email);
    final FieldModel<String> casemanagerNaam = field("werkgever-casemanager-naam", "werkgever.casemanager", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> casemanagerTelefoon = field("werkgever-casemanager-telefoon", "werkgever.telefoon", DutchInput::phone);
    final FieldModel<String> casemanagerEmail = field("werkgever-casemanager-email", "werkgever.email", DutchInput::email);
    final FieldModel<String> bedrijfsarts = field("werkgever-bedrijfsarts", "werkgever.bedrijfsarts", t -> TextInput.optional(t, TextInput.SHORT));
    final BooleanProperty eigenrisicodrager = new SimpleBooleanProperty(false);

    WerkgeverForm() {
        // In the draft beside the typed text (issue 21 item 3).
        vinkje("werkgever-erd", eigenrisicodrager);
    }

    public void load(Werkgever w) {
        naam.setText(w.naam());
        kvk.setText(w.kvkNummer());
        straat.setText(w.adres().straat());
        postcode.setText(w.adres().postcode());
        plaats.setText(w.adres().plaats());
        contactNaam.setText(w.contactpersoon().naam());
        contactTelefoon.setText(w.contactpersoon().telefoon());
        contactEmail.setText(w.contactpersoon().email());
        casemanagerNaam.setText(w.casemanager().naam());
        casemanagerTelefoon.setText(w.casemanager().telefoon());
        casemanagerEmail.setText(w.casemanager().email());
        eigenrisicodrager.set(w.eigenrisicodrager());
        bedrijfsarts.setText(w.bedrijfsarts());
    }

    public Werkgever werkgever(Integer id) {
        return new Werkgever(id, naam.value(), kvk.value(), new Adres(straat.value(), postcode.value(), plaats.value()),
                new Contact(contactNaam.value(), contactTelefoon.value(), contactEmail.value()),
                new Contact(casemanagerNaam.value(), casemanagerTelefoon.value(), casemanagerEmail.value()),
                eigenrisicodrager.get(), bedrijfsarts.value());
    }
}
