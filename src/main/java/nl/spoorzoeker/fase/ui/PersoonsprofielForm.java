package nl.spoorzoeker.fase.ui;

import java.util.Locale;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.Profielregels;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of the persoonsprofiel; saving makes a new version. */
final class PersoonsprofielForm extends FormModel {

    static final int LONG = 4000;

    final FieldModel<String> opleiding = area("pp-opleiding", "pp.opleiding");
    final FieldModel<String> werkervaring = area("pp-werkervaring", "pp.werkervaring");
    final FieldModel<String> competenties = area("pp-competenties", "pp.competenties");
    final FieldModel<String> interesses = area("pp-interesses", "pp.interesses");
    final FieldModel<String> riasec = field("pp-riasec", "pp.riasec", PersoonsprofielForm::riasec);
    final FieldModel<String> drijfveren = area("pp-drijfveren", "pp.drijfveren");
    final FieldModel<String> waarden = area("pp-waarden", "pp.waarden");
    final FieldModel<String> belemmeringen = area("pp-belemmeringen", "pp.belemmeringen");
    final FieldModel<String> wensen = area("pp-wensen", "pp.wensen");

    private FieldModel<String> area(String id, String key) {
        return field(id, key, t -> TextInput.optional(t, LONG));
    }

    void load(Persoonsprofiel p) {
        opleiding.setText(p.opleiding());
        werkervaring.setText(p.werkervaring());
        competenties.setText(p.competenties());
        interesses.setText(p.interesses());
        riasec.setText(p.riasec());
        drijfveren.setText(p.drijfveren());
        waarden.setText(p.waarden());
        belemmeringen.setText(p.belemmeringen());
        wensen.setText(p.wensen());
    }

    Persoonsprofiel profiel() {
        return new Persoonsprofiel(null, null, opleiding.value(), werkervaring.value(), competenties.value(),
                interesses.value(), riasec.value(), drijfveren.value(), waarden.value(), belemmeringen.value(),
                wensen.value());
    }

    private static Parsed<String> riasec(String text) {
        String value = TextInput.blankToNull(text);
        if (value == null) {
            return Parsed.ok(null);
        }
        String code = value.toUpperCase(Locale.ROOT).replace(" ", "");
        return Profielregels.geldigeRiasec(code) ? Parsed.ok(code) : Parsed.error("pp.riasec.fout");
    }
}
