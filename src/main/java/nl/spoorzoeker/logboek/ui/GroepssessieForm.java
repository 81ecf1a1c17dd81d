package nl.spoorzoeker.logboek.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.input.TimeInput;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/**
 * View model of a group session: the session itself and, for every active dossier, whether the
 * werknemer took part and for how long (empty: the whole session).
 */
final class GroepssessieForm extends FormModel {

    static final String DEELNEMERS_ID = "groep-deelnemers";

    final FieldModel<LocalDate> datum = field("groep-datum", "contact.datum", DateInput::required);
    final FieldModel<LocalTime> tijd = field("groep-tijd", "contact.tijd", TimeInput::tijd);
    final FieldModel<Integer> duur = field("groep-duur", "contact.duur", TimeInput::duurMinuten);
    final ObjectProperty<Groepssessie.Soort> soort = new SimpleObjectProperty<>(Groepssessie.Soort.WORKSHOP);
    final FieldModel<String> titel = field("groep-titel", "groep.titel", t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<String> locatie = field("groep-locatie", "groep.locatie", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> samenvatting = field("groep-samenvatting", "contact.samenvatting",
            t -> TextInput.optional(t, ContactForm.NOTE));
    final ObjectProperty<Groepssessie.Verdeling> verdeling = new SimpleObjectProperty<>(Groepssessie.Verdeling.GEDEELD);
    final BooleanProperty declarabel = new SimpleBooleanProperty(true);
    final List<Deelnemer> deelnemers = new ArrayList<>();

    /** One dossier that can take part. */
    static final class Deelnemer {
        final int dossierId;
        final String naam;
        final BooleanProperty doetMee = new SimpleBooleanProperty();
        final StringProperty minuten = new SimpleStringProperty("");

        Deelnemer(int dossierId, String naam) {
            this.dossierId = dossierId;
            this.naam = naam;
        }
    }

    GroepssessieForm(LocalDateTime now, List<Deelnemer> kandidaten) {
        datum.setText(DateInput.format(now.toLocalDate()));
        tijd.setText(TimeInput.format(now.toLocalTime()));
        duur.setText("120");
        keuze("groep-soort", soort, Groepssessie.Soort.class);
        keuze("groep-verdeling", verdeling, Groepssessie.Verdeling.class);
        vinkje("groep-declarabel", declarabel);
        kandidaten.forEach(this::bewaarDeelnemer);
        deelnemers.addAll(kandidaten);
    }

    void load(Groepssessie s) {
        datum.setText(DateInput.format(s.moment().toLocalDate()));
        tijd.setText(TimeInput.format(s.moment().toLocalTime()));
        duur.setText(Integer.toString(s.duurMinuten()));
        soort.set(s.soort());
        titel.setText(s.titel());
        locatie.setText(s.locatie());
        samenvatting.setText(s.samenvatting());
        verdeling.set(s.verdeling());
        declarabel.set(s.declarabel());
        for (Groepssessie.Deelname d : s.deelnames()) {
            Deelnemer deelnemer = deelnemers.stream().filter(k -> k.dossierId == d.dossierId()).findFirst()
                    .orElseGet(() -> {
                        // A participant whose dossier is no longer active stays in the session.
                        Deelnemer extra = new Deelnemer(d.dossierId(), d.naam());
                        bewaarDeelnemer(extra);
                        deelnemers.add(extra);
                        return extra;
                    });
            deelnemer.doetMee.set(true);
            deelnemer.minuten.set(d.aanwezigMinuten() == s.duurMinuten() ? "" : Integer.toString(d.aanwezigMinuten()));
        }
    }

    /** Whether a werknemer takes part, and how long, are part of the draft, by dossier. */
    private void bewaarDeelnemer(Deelnemer d) {
        vinkje("groep-deelnemer-" + d.dossierId, d.doetMee);
        tekst("groep-minuten-" + d.dossierId, d.minuten);
    }

    /** The message key of what is wrong with the participants, or null. */
    String deelnemersFout() {
        List<Deelnemer> gekozen = deelnemers.stream().filter(d -> d.doetMee.get()).toList();
        if (gekozen.isEmpty()) {
            return "groep.fout.geenDeelnemers";
        }
        for (Deelnemer d : gekozen) {
            Parsed<Integer> minuten = aanwezig(d);
            if (!minuten.isOk()) {
                return minuten.errorKey();
            }
            if (duur.isValid() && minuten.value() > duur.value()) {
                return "groep.fout.langerDanSessie";
            }
        }
        return null;
    }

    private Parsed<Integer> aanwezig(Deelnemer d) {
        String tekst = d.minuten.get();
        if (tekst == null || tekst.isBlank()) {
            return duur.isValid() ? Parsed.ok(duur.value()) : Parsed.error("input.duration");
        }
        return TimeInput.duurMinuten(tekst);
    }

    @Override
    public List<FormError> errors() {
        List<FormError> errors = new ArrayList<>(super.errors());
        String fout = deelnemersFout();
        if (fout != null) {
            errors.add(new FormError(DEELNEMERS_ID, "groep.deelnemers", fout));
        }
        return errors;
    }

    Groepssessie sessie(Integer id) {
        List<Groepssessie.Deelname> deelnames = deelnemers.stream().filter(d -> d.doetMee.get())
                .map(d -> new Groepssessie.Deelname(d.dossierId, d.naam, aanwezig(d).value())).toList();
        return new Groepssessie(id, LocalDateTime.of(datum.value(), tijd.value()), duur.value(), soort.get(),
                titel.value(), locatie.value(), samenvatting.value(), verdeling.get(), declarabel.get(), deelnames);
    }
}
