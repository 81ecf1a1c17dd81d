package nl.spoorzoeker.fase.ui;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.fase.AdRapport;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of an arbeidsdeskundig rapport. */
final class AdRapportForm extends FormModel {

    final FieldModel<LocalDate> datum = field("ad-datum", "ad.datum", DateInput::required);
    final FieldModel<String> arbeidsdeskundige = field("ad-arbeidsdeskundige", "ad.arbeidsdeskundige",
            t -> TextInput.optional(t, TextInput.SHORT));
    final ObjectProperty<AdRapport.ConclusieSpoor1> conclusie = new SimpleObjectProperty<>(AdRapport.ConclusieSpoor1.NIET_MOGELIJK);
    final FieldModel<String> zoekrichtingen = field("ad-zoekrichtingen", "ad.zoekrichtingen",
            t -> TextInput.optional(t, 4000));

    AdRapportForm() {
        // In the draft beside the typed text (issue 21 item 3).
        keuze("ad-conclusie", conclusie, AdRapport.ConclusieSpoor1.class);
    }

    AdRapport rapport() {
        return new AdRapport(null, datum.value(), arbeidsdeskundige.value(), conclusie.get(), zoekrichtingen.value());
    }
}
