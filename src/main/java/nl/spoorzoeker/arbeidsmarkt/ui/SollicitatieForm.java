package nl.spoorzoeker.arbeidsmarkt.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.arbeidsmarkt.Kanaal;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of a sollicitatie's details; a new one also says whether it was sent already. */
final class SollicitatieForm extends FormModel {

    static final int NOTE = 20_000;
    /** The zoekrichting choice that means "none". */
    static final String GEEN = "";

    final FieldModel<LocalDate> datum = field("sollicitatie-datum", "sollicitatie.datum", DateInput::required);
    final FieldModel<String> organisatie = field("sollicitatie-organisatie", "sollicitatie.organisatie",
            t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<String> functie = field("sollicitatie-functie", "sollicitatie.functie",
            t -> TextInput.required(t, TextInput.SHORT));
    final ObjectProperty<String> zoekrichting = new SimpleObjectProperty<>(GEEN);
    final ObjectProperty<Kanaal> kanaal = new SimpleObjectProperty<>(Kanaal.VACATURE);
    final ObjectProperty<SollicitatieStatus> beginStatus = new SimpleObjectProperty<>(SollicitatieStatus.VERSTUURD);
    final FieldModel<String> feedback = field("sollicitatie-feedback", "sollicitatie.feedback",
            t -> TextInput.optional(t, NOTE));
    final FieldModel<String> bewijsReferentie = field("sollicitatie-bewijs-referentie", "sollicitatie.bewijsReferentie",
            t -> TextInput.optional(t, 2000));

    SollicitatieForm(LocalDate vandaag) {
        datum.setText(DateInput.format(vandaag));
        // A zoekrichting is kept by its text: the list holds the dossier's directions as written.
        keuze("sollicitatie-zoekrichting", zoekrichting, r -> r, r -> r);
        keuze("sollicitatie-kanaal", kanaal, Kanaal.class);
        keuze("sollicitatie-beginstatus", beginStatus, SollicitatieStatus.class);
    }

    void load(Sollicitatie s) {
        datum.setText(DateInput.format(s.datum()));
        organisatie.setText(s.organisatie());
        functie.setText(s.functie());
        zoekrichting.set(s.zoekrichting() == null ? GEEN : s.zoekrichting());
        kanaal.set(s.kanaal());
        feedback.setText(s.feedback());
        bewijsReferentie.setText(s.bewijsReferentie());
    }

    Sollicitatie sollicitatie(Integer id, List<Sollicitatie.Stap> stappen) {
        String richting = zoekrichting.get() == null || zoekrichting.get().isBlank() ? null : zoekrichting.get();
        return new Sollicitatie(id, datum.value(), organisatie.value(), functie.value(), richting, kanaal.get(),
                feedback.value(), bewijsReferentie.value(), stappen, null);
    }
}
