package nl.spoorzoeker.fase.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import nl.spoorzoeker.input.NumberInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.fase.Belastbaarheid;
import nl.spoorzoeker.fase.Zoekprofiel;
import nl.spoorzoeker.fase.Zoekrichting;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/**
 * View model of a zoekprofiel version: up to four directions; a direction left empty is skipped.
 * Hours per week above the latest belastbaarheid are refused at the field.
 */
final class ZoekprofielForm extends FormModel {

    static final int LONG = 4000;

    /** The fields of one direction. */
    final class Richting {
        final FieldModel<String> functie;
        final FieldModel<String> niveau;
        final FieldModel<String> sector;
        final FieldModel<Integer> uren;
        final FieldModel<String> regio;
        final FieldModel<String> onderbouwing;
        final BooleanProperty actief = new SimpleBooleanProperty(true);
        final FieldModel<String> redenVerlaten;

        Richting(int n) {
            functie = field("zr" + n + "-functie", "zr.functie", t -> functie(t, this));
            niveau = field("zr" + n + "-niveau", "zr.niveau", t -> TextInput.optional(t, TextInput.SHORT));
            sector = field("zr" + n + "-sector", "zr.sector", t -> TextInput.optional(t, TextInput.SHORT));
            uren = field("zr" + n + "-uren", "zr.uren", ZoekprofielForm.this::uren);
            regio = field("zr" + n + "-regio", "zr.regio", t -> TextInput.optional(t, TextInput.SHORT));
            onderbouwing = field("zr" + n + "-onderbouwing", "zr.onderbouwing", t -> TextInput.optional(t, LONG));
            redenVerlaten = field("zr" + n + "-reden", "zr.redenVerlaten", t -> TextInput.optional(t, LONG));
            // In the draft beside the typed text (issue 21 item 3).
            vinkje("zr" + n + "-actief", actief);
        }

        boolean leeg() {
            return List.of(functie, niveau, sector, uren, regio, onderbouwing, redenVerlaten).stream()
                    .allMatch(f -> TextInput.blankToNull(f.textProperty().get()) == null);
        }

        void load(Zoekrichting r) {
            functie.setText(r.functie());
            niveau.setText(r.niveau());
            sector.setText(r.sector());
            uren.setText(NumberInput.formatHours(r.urenPerWeekMinuten()));
            regio.setText(r.regio());
            onderbouwing.setText(r.onderbouwing());
            actief.set(r.actief());
            redenVerlaten.setText(r.redenVerlaten());
        }

        Zoekrichting richting() {
            return new Zoekrichting(functie.value(), niveau.value(), sector.value(), uren.value(), regio.value(),
                    onderbouwing.value(), actief.get(), redenVerlaten.value());
        }
    }

    private final Integer maxMinuten;
    final List<Richting> richtingen = new ArrayList<>();

    ZoekprofielForm(java.util.Optional<Belastbaarheid> laatste) {
        this.maxMinuten = laatste.map(Belastbaarheid::urenPerWeekMinuten).orElse(null);
        for (int i = 1; i <= Zoekprofiel.MAX_RICHTINGEN; i++) {
            richtingen.add(new Richting(i));
        }
    }

    void load(Zoekprofiel profiel) {
        for (int i = 0; i < profiel.richtingen().size() && i < richtingen.size(); i++) {
            richtingen.get(i).load(profiel.richtingen().get(i));
        }
    }

    Zoekprofiel profiel() {
        return new Zoekprofiel(null, null, richtingen.stream().filter(r -> !r.leeg()).map(Richting::richting).toList());
    }

    @Override
    public List<FormError> errors() {
        List<FormError> errors = new ArrayList<>(super.errors());
        if (richtingen.stream().allMatch(Richting::leeg)) {
            errors.add(new FormError("zr1-functie", "zr.functie", "zp.fout.geen"));
        }
        return errors;
    }

    Integer maxMinuten() {
        return maxMinuten;
    }

    private static Parsed<String> functie(String text, Richting richting) {
        // A direction is optional, but once anything of it is filled in it needs a function title.
        return richting.leeg() ? Parsed.ok(null) : TextInput.required(text, TextInput.SHORT);
    }

    private Parsed<Integer> uren(String text) {
        Parsed<Integer> parsed = NumberInput.hoursAsMinutes(text, 60);
        if (parsed.isOk() && parsed.value() != null && maxMinuten != null && parsed.value() > maxMinuten) {
            return Parsed.error("zp.fout.teVeelUren");
        }
        return parsed;
    }
}
