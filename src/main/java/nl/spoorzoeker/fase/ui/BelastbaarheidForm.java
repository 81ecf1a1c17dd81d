package nl.spoorzoeker.fase.ui;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.NumberInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.fase.Belastbaarheid;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of a belastbaarheid snapshot: functional statements only, as the bedrijfsarts wrote them. */
final class BelastbaarheidForm extends FormModel {

    static final int RUBRIEK = 2000;

    private final LocalDate today;

    final FieldModel<LocalDate> datum = field("bb-datum", "bb.datum", this::notInFuture);
    final ObjectProperty<Belastbaarheid.Bron> bron = new SimpleObjectProperty<>(Belastbaarheid.Bron.BEDRIJFSARTS);
    final ObjectProperty<Belastbaarheid.DocumentType> type = new SimpleObjectProperty<>(Belastbaarheid.DocumentType.FML);
    final FieldModel<Integer> urenPerDag = field("bb-uren-dag", "bb.urenPerDag", t -> NumberInput.hoursAsMinutes(t, 24));
    final FieldModel<Integer> urenPerWeek = field("bb-uren-week", "bb.urenPerWeek", t -> NumberInput.hoursAsMinutes(t, 100));
    final FieldModel<String> opbouwschema = field("bb-opbouw", "bb.opbouwschema", t -> TextInput.optional(t, RUBRIEK));
    final FieldModel<String> persoonlijk = field("bb-persoonlijk", "bb.persoonlijk", t -> TextInput.optional(t, RUBRIEK));
    final FieldModel<String> sociaal = field("bb-sociaal", "bb.sociaal", t -> TextInput.optional(t, RUBRIEK));
    final FieldModel<String> omgeving = field("bb-omgeving", "bb.omgeving", t -> TextInput.optional(t, RUBRIEK));
    final FieldModel<String> dynamisch = field("bb-dynamisch", "bb.dynamisch", t -> TextInput.optional(t, RUBRIEK));
    final FieldModel<String> statisch = field("bb-statisch", "bb.statisch", t -> TextInput.optional(t, RUBRIEK));
    final FieldModel<String> werktijd = field("bb-werktijd", "bb.werktijd", t -> TextInput.optional(t, RUBRIEK));
    final BooleanProperty geenBenutbareMogelijkheden = new SimpleBooleanProperty(false);
    final BooleanProperty urenbeperking = new SimpleBooleanProperty(false);
    final FieldModel<LocalDate> herbeoordeling = field("bb-herbeoordeling", "bb.herbeoordeling", DateInput::parse);

    BelastbaarheidForm(LocalDate today) {
        this.today = today;
        datum.setText(DateInput.format(today));
        // In the draft beside the typed text (issue 21 item 3).
        keuze("bb-bron", bron, Belastbaarheid.Bron.class);
        keuze("bb-type", type, Belastbaarheid.DocumentType.class);
        vinkje("bb-gbm", geenBenutbareMogelijkheden);
        vinkje("bb-urenbeperking", urenbeperking);
    }

    Belastbaarheid belastbaarheid() {
        return new Belastbaarheid(null, datum.value(), bron.get(), type.get(), urenPerDag.value(), urenPerWeek.value(),
                opbouwschema.value(), persoonlijk.value(), sociaal.value(), omgeving.value(), dynamisch.value(),
                statisch.value(), werktijd.value(), geenBenutbareMogelijkheden.get(), urenbeperking.get(),
                herbeoordeling.value());
    }

    private Parsed<LocalDate> notInFuture(String text) {
        Parsed<LocalDate> parsed = DateInput.required(text);
        return parsed.isOk() && parsed.value().isAfter(today) ? Parsed.error("input.dateInFuture") : parsed;
    }
}
