package nl.spoorzoeker.instrument.ui;

import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.instrument.Kernkwadrant;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;
import nl.spoorzoeker.input.DateInput;

/** View model of one kernkwadrant: the quality is required, the other three may follow later. */
final class KernkwadrantForm extends FormModel {

    final FieldModel<String> kwaliteit = field("kk-kwaliteit", "kk.kwaliteit",
            t -> TextInput.required(t, Kernkwadrant.MAX));
    final FieldModel<String> valkuil = field("kk-valkuil", "kk.valkuil", t -> TextInput.optional(t, Kernkwadrant.MAX));
    final FieldModel<String> uitdaging = field("kk-uitdaging", "kk.uitdaging",
            t -> TextInput.optional(t, Kernkwadrant.MAX));
    final FieldModel<String> allergie = field("kk-allergie", "kk.allergie", t -> TextInput.optional(t, Kernkwadrant.MAX));
    /** The day it was made: today for a new one, changeable, never ahead (issue 19: reports print it by this day). */
    final FieldModel<java.time.LocalDate> datum;
    private Integer id;

    KernkwadrantForm(java.time.LocalDate vandaag) {
        datum = field("kk-datum", "kk.datum", t -> DateInput.requiredNotAfter(t, vandaag));
        datum.setText(DateInput.format(vandaag));
    }

    void load(Kernkwadrant k) {
        id = k.id();
        if (k.datum() != null) {
            datum.setText(DateInput.format(k.datum()));
        }
        kwaliteit.setText(k.kwaliteit());
        valkuil.setText(k.valkuil());
        uitdaging.setText(k.uitdaging());
        allergie.setText(k.allergie());
    }

    Kernkwadrant kernkwadrant() {
        return new Kernkwadrant(id, kwaliteit.value(), valkuil.value(), uitdaging.value(), allergie.value(),
                datum.value(), null);
    }
}
