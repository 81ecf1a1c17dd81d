package nl.spoorzoeker.logboek.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.logboek.Contactmoment;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.input.TimeInput;
import nl.spoorzoeker.fase.Doel;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/**
 * View model of a contactmoment, prefilled for quick entry: today, now, 60 minutes, the last kind.
 * JavaFX properties, no Node: the form built ahead of Ctrl+L ({@link LogboekPane}) is the same model
 * brought up to the moment and the dossier it is shown for ({@link #voor}).
 */
final class ContactForm extends FormModel {

    static final int NOTE = 20_000;

    final FieldModel<LocalDate> datum = field("contact-datum", "contact.datum", DateInput::required);
    final FieldModel<LocalTime> tijd = field("contact-tijd", "contact.tijd", TimeInput::tijd);
    final FieldModel<Integer> duur = field("contact-duur", "contact.duur", TimeInput::duurMinuten);
    final ObjectProperty<ContactSoort> soort = new SimpleObjectProperty<>(ContactSoort.GESPREK_OP_LOCATIE);
    final FieldModel<String> deelnemers = field("contact-deelnemers", "contact.deelnemers", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> doel = field("contact-doel", "contact.doel", t -> TextInput.optional(t, 2000));
    final FieldModel<String> samenvatting = field("contact-samenvatting", "contact.samenvatting", t -> TextInput.optional(t, NOTE));
    final FieldModel<String> afspraken = field("contact-afspraken", "contact.afspraken", t -> TextInput.optional(t, NOTE));
    final FieldModel<String> vervolgactie = field("contact-vervolgactie", "contact.vervolgactie", t -> TextInput.optional(t, 2000));
    final FieldModel<LocalDate> vervolgDatum = field("contact-vervolgdatum", "contact.vervolgDatum", DateInput::parse);
    final ObjectProperty<Doel> gekoppeldDoel = new SimpleObjectProperty<>();
    final BooleanProperty declarabel = new SimpleBooleanProperty(true);
    /**
     * The goals a contact can be linked to: "geen doel" (null, first, so a link can be taken off
     * again), then the dossier's goals. A draft names its goal by id and finds it here.
     */
    final ObservableList<Doel> doelKeuzes = FXCollections.observableArrayList();

    ContactForm(LocalDateTime now, ContactSoort laatste, java.util.List<Doel> doelen) {
        keuze("contact-soort", soort, ContactSoort.class);
        keuze("contact-gekoppeld-doel", gekoppeldDoel, d -> String.valueOf(d.id()),
                id -> doelKeuzes.stream().filter(d -> d != null && String.valueOf(d.id()).equals(id)).findFirst()
                        .orElse(null));
        vinkje("contact-declarabel", declarabel);
        duur.setText("60");
        soort.set(laatste);
        voor(now, doelen);
    }

    /**
     * Brings a form built ahead up to the moment it is shown, for one dossier: the date and time of
     * now, and that dossier's goals to link to. FX thread, before the draft is restored into it.
     */
    void voor(LocalDateTime now, java.util.List<Doel> doelen) {
        datum.setText(DateInput.format(now.toLocalDate()));
        tijd.setText(TimeInput.format(now.toLocalTime()));
        java.util.List<Doel> keuzes = new java.util.ArrayList<>();
        keuzes.add(null);
        keuzes.addAll(doelen);
        doelKeuzes.setAll(keuzes);
    }

    void load(Contactmoment c, java.util.List<Doel> doelen) {
        datum.setText(DateInput.format(c.moment().toLocalDate()));
        tijd.setText(TimeInput.format(c.moment().toLocalTime()));
        duur.setText(Integer.toString(c.duurMinuten()));
        soort.set(c.soort());
        deelnemers.setText(c.deelnemers());
        doel.setText(c.doel());
        samenvatting.setText(c.samenvatting());
        afspraken.setText(c.afspraken());
        vervolgactie.setText(c.vervolgactie());
        vervolgDatum.setText(DateInput.format(c.vervolgDatum()));
        gekoppeldDoel.set(doelen.stream().filter(d -> d.id().equals(c.doelId())).findFirst().orElse(null));
        declarabel.set(c.declarabel());
    }

    Contactmoment contact(Integer id) {
        return new Contactmoment(id, LocalDateTime.of(datum.value(), tijd.value()), duur.value(), soort.get(),
                deelnemers.value(), doel.value(), samenvatting.value(), afspraken.value(), vervolgactie.value(),
                vervolgDatum.value(), gekoppeldDoel.get() == null ? null : gekoppeldDoel.get().id(), declarabel.get());
    }
}
