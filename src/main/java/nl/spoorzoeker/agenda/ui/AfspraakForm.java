package nl.spoorzoeker.agenda.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.input.TimeInput;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of an appointment; from the agenda the coach also picks the dossier. */
final class AfspraakForm extends FormModel {

    static final String DOSSIER_ID = "afspraak-dossier";

    final ObjectProperty<DossierRegel> dossier = new SimpleObjectProperty<>();
    final FieldModel<LocalDate> datum = field("afspraak-datum", "afspraak.datum", DateInput::required);
    final FieldModel<LocalTime> tijd = field("afspraak-tijd", "afspraak.tijd", TimeInput::tijd);
    final FieldModel<Integer> duur = field("afspraak-duur", "afspraak.duur", TimeInput::duurMinuten);
    final FieldModel<String> onderwerp = field("afspraak-onderwerp", "afspraak.onderwerp",
            t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<String> locatie = field("afspraak-locatie", "afspraak.locatie", t -> TextInput.optional(t, 500));
    final FieldModel<String> toelichting = field("afspraak-toelichting", "afspraak.toelichting",
            t -> TextInput.optional(t, 20_000));
    final BooleanProperty kiesDossier = new SimpleBooleanProperty();

    /**
     * A new appointment on {@code dag} at 10:00; today at the next whole hour within office hours,
     * or tomorrow at 10:00 once today's are over.
     */
    AfspraakForm(LocalDateTime nu, LocalDate dag) {
        LocalDateTime begin = dag.atTime(10, 0);
        if (dag.equals(nu.toLocalDate())) {
            LocalDateTime volgendUur = nu.withMinute(0).withSecond(0).withNano(0).plusHours(1);
            begin = volgendUur.getHour() >= 8 && volgendUur.getHour() <= 17 && volgendUur.toLocalDate().equals(dag)
                    ? volgendUur : dag.plusDays(1).atTime(10, 0);
        }
        datum.setText(DateInput.format(begin.toLocalDate()));
        tijd.setText(TimeInput.format(begin.toLocalTime()));
        duur.setText("60");
    }

    void load(Afspraak a) {
        datum.setText(DateInput.format(a.begin().toLocalDate()));
        tijd.setText(TimeInput.format(a.begin().toLocalTime()));
        duur.setText(Integer.toString(a.duurMinuten()));
        onderwerp.setText(a.onderwerp());
        locatie.setText(a.locatie());
        toelichting.setText(a.toelichting());
    }

    @Override
    public List<FormError> errors() {
        List<FormError> errors = new ArrayList<>(super.errors());
        if (kiesDossier.get() && dossier.get() == null) {
            errors.add(new FormError(DOSSIER_ID, "afspraak.dossier", "input.required"));
        }
        return errors;
    }

    Afspraak afspraak(Integer id, int dossierId, String uid) {
        return new Afspraak(id, dossierId, null, LocalDateTime.of(datum.value(), tijd.value()), duur.value(),
                onderwerp.value(), locatie.value(), toelichting.value(), uid);
    }
}
