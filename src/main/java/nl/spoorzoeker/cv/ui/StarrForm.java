package nl.spoorzoeker.cv.ui;

import nl.spoorzoeker.instrument.Competenties;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;
import nl.spoorzoeker.input.DateInput;

/** View model of one STARR story: a title is required, the five parts and the competencies may follow. */
final class StarrForm extends FormModel {

    final FieldModel<String> titel = field("starr-titel", "starr.veld.titel",
            t -> TextInput.required(t, StarrVerhaal.MAX_TITEL));
    final FieldModel<String> situatie = deel("starr-situatie", "starr.veld.situatie");
    final FieldModel<String> taak = deel("starr-taak", "starr.veld.taak");
    final FieldModel<String> actie = deel("starr-actie", "starr.veld.actie");
    final FieldModel<String> resultaat = deel("starr-resultaat", "starr.veld.resultaat");
    final FieldModel<String> reflectie = deel("starr-reflectie", "starr.veld.reflectie");
    final FieldModel<String> competenties = field("starr-competenties", "starr.veld.competenties",
            t -> TextInput.optional(t, 20 * Competenties.MAX));
    /** The day it was told: today for a new one, changeable, never ahead (issue 19: reports print it by this day). */
    final FieldModel<java.time.LocalDate> datum;
    private Integer id;

    StarrForm(java.time.LocalDate vandaag) {
        datum = field("starr-datum", "starr.veld.datum", t -> DateInput.requiredNotAfter(t, vandaag));
        datum.setText(DateInput.format(vandaag));
    }

    private FieldModel<String> deel(String id, String key) {
        return field(id, key, t -> TextInput.optional(t, StarrVerhaal.MAX_DEEL));
    }

    void load(StarrVerhaal s) {
        id = s.id();
        titel.setText(s.titel());
        situatie.setText(s.situatie());
        taak.setText(s.taak());
        actie.setText(s.actie());
        resultaat.setText(s.resultaat());
        reflectie.setText(s.reflectie());
        competenties.setText(String.join(", ", s.competenties()));
        if (s.datum() != null) {
            datum.setText(DateInput.format(s.datum()));
        }
    }

    /** Adds a tag to the competencies field unless it is there already. */
    void voegToe(String tag) {
        var huidig = Competenties.uit(competenties.textProperty().get());
        if (huidig.stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
            String tekst = competenties.textProperty().get();
            competenties.setText(tekst == null || tekst.isBlank() ? tag : tekst.strip() + ", " + tag);
        }
    }

    StarrVerhaal verhaal() {
        return new StarrVerhaal(id, titel.value(), situatie.value(), taak.value(), actie.value(), resultaat.value(),
                reflectie.value(), Competenties.uit(competenties.value()), datum.value(), null);
    }
}
