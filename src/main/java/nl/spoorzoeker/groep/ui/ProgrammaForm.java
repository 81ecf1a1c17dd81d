package nl.spoorzoeker.groep.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/**
 * View model of a programme: name, start, end, place, trainers (one per line) and, for every active
 * dossier and every current participant, whether the werknemer is in the group and from/until when.
 */
final class ProgrammaForm extends FormModel {

    static final String DEELNEMERS_ID = "programma-deelnemers";

    final FieldModel<String> naam = field("programma-naam", "programma.naam", t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<LocalDate> start = field("programma-start", "programma.start", DateInput::required);
    /** Empty: the programme ends with its last meeting (the service keeps that day as no end of its own). */
    final FieldModel<LocalDate> einde = field("programma-einde", "programma.einde", DateInput::parse);
    final FieldModel<String> locatie = field("programma-locatie", "groep.locatie", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> trainers = field("programma-trainers", "programma.trainers",
            t -> TextInput.optional(t, 2000));
    final List<Rij> rijen = new ArrayList<>();

    /** One werknemer who can be in the group. Empty dates: from the programme's start, until its end. */
    static final class Rij {
        final int dossierId;
        final String naam;
        final BooleanProperty inGroep = new SimpleBooleanProperty();
        final StringProperty vanaf = new SimpleStringProperty("");
        final StringProperty tot = new SimpleStringProperty("");

        Rij(int dossierId, String naam) {
            this.dossierId = dossierId;
            this.naam = naam;
        }
    }

    ProgrammaForm(LocalDate vandaag, List<Groepsprogramma.Deelnemer> kandidaten) {
        start.setText(DateInput.format(vandaag));
        kandidaten.forEach(k -> rijen.add(new Rij(k.dossierId(), k.naam())));
    }

    /** {@code einde}: where the programme ends now, its own end or its last meeting's day (shown, so it can be changed). */
    void load(Groepsprogramma p, LocalDate eindeNu, List<Groepsprogramma.Deelnemer> groep) {
        naam.setText(p.naam());
        start.setText(DateInput.format(p.startdatum()));
        einde.setText(DateInput.format(eindeNu));
        locatie.setText(p.locatie());
        trainers.setText(String.join("\n", p.trainers()));
        for (Groepsprogramma.Deelnemer d : groep) {
            Rij rij = rijen.stream().filter(r -> r.dossierId == d.dossierId()).findFirst().orElseGet(() -> {
                // Someone whose traject has ended stays in the group's history.
                Rij extra = new Rij(d.dossierId(), d.naam());
                rijen.add(extra);
                return extra;
            });
            rij.inGroep.set(true);
            rij.vanaf.set(d.vanaf().equals(p.startdatum()) ? "" : DateInput.format(d.vanaf()));
            rij.tot.set(d.tot() == null ? "" : DateInput.format(d.tot()));
        }
    }

    /** The message key of what is wrong with the group, or null. */
    String groepFout() {
        for (Rij r : rijen) {
            if (!r.inGroep.get()) {
                continue;
            }
            Parsed<LocalDate> vanaf = DateInput.parse(r.vanaf.get());
            Parsed<LocalDate> tot = DateInput.parse(r.tot.get());
            if (!vanaf.isOk()) {
                return vanaf.errorKey();
            }
            if (!tot.isOk()) {
                return tot.errorKey();
            }
            LocalDate begin = vanaf.value() != null ? vanaf.value() : start.isValid() ? start.value() : null;
            if (begin != null && tot.value() != null && tot.value().isBefore(begin)) {
                return "programma.fout.totVoorVanafKort";
            }
        }
        return null;
    }

    @Override
    public List<FormError> errors() {
        List<FormError> errors = new ArrayList<>(super.errors());
        if (start.isValid() && einde.isValid() && einde.value() != null && einde.value().isBefore(start.value())) {
            errors.add(new FormError(einde.id(), einde.labelKey(), "programma.fout.eindeVoorStart"));
        }
        String fout = groepFout();
        if (fout != null) {
            errors.add(new FormError(DEELNEMERS_ID, "programma.deelnemers", fout));
        }
        return errors;
    }

    Groepsprogramma programma(Integer id) {
        String lijst = trainers.value() == null ? "" : trainers.value();
        return new Groepsprogramma(id, naam.value(), start.value(), locatie.value(), Arrays.asList(lijst.split("\\R")),
                einde.value());
    }

    List<Groepsprogramma.Deelnemer> groep() {
        return rijen.stream().filter(r -> r.inGroep.get()).map(r -> new Groepsprogramma.Deelnemer(r.dossierId, r.naam,
                DateInput.parse(r.vanaf.get()).value(), DateInput.parse(r.tot.get()).value())).toList();
    }
}
