package nl.spoorzoeker.groep.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.groep.Roosterpatroon;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.input.TimeInput;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of a schedule pattern: weekly (or every n weeks) on a weekday, a number of meetings. */
final class RoosterForm extends FormModel {

    final FieldModel<LocalDate> vanaf = field("rooster-vanaf", "rooster.vanaf", DateInput::required);
    final ObjectProperty<DayOfWeek> weekdag = new SimpleObjectProperty<>(DayOfWeek.TUESDAY);
    final FieldModel<LocalTime> begin = field("rooster-begin", "rooster.begin", TimeInput::tijd);
    final FieldModel<Integer> duur = field("rooster-duur", "contact.duur", TimeInput::duurMinuten);
    final FieldModel<Integer> aantal = field("rooster-aantal", "rooster.aantal", t -> geheel(t, 1, Roosterpatroon.MAX_AANTAL));
    final FieldModel<Integer> interval = field("rooster-interval", "rooster.interval", t -> geheel(t, 1, 8));
    final ObjectProperty<Groepssessie.Soort> soort = new SimpleObjectProperty<>(Groepssessie.Soort.WORKSHOP);
    final FieldModel<Integer> intervisie = field("rooster-intervisie", "rooster.intervisie", t -> geheel(t, 0, 52));
    final FieldModel<String> locatie = field("rooster-locatie", "groep.locatie", t -> TextInput.optional(t, TextInput.SHORT));

    RoosterForm(LocalDate start, String plaats) {
        vanaf.setText(DateInput.format(start));
        weekdag.set(start.getDayOfWeek().getValue() <= 5 ? start.getDayOfWeek() : DayOfWeek.TUESDAY);
        begin.setText("10:00");
        duur.setText("120");
        aantal.setText("8");
        interval.setText("1");
        intervisie.setText("0");
        locatie.setText(plaats);
    }

    private static Parsed<Integer> geheel(String tekst, int min, int max) {
        String t = TextInput.blankToNull(tekst);
        if (t == null) {
            return Parsed.error("input.required");
        }
        try {
            int n = Integer.parseInt(t.strip());
            return n < min || n > max ? Parsed.error("rooster.fout.bereik") : Parsed.ok(n);
        } catch (NumberFormatException e) {
            return Parsed.error("rooster.fout.getal");
        }
    }

    Roosterpatroon patroon() {
        return new Roosterpatroon(vanaf.value(), weekdag.get(), begin.value(), duur.value(), aantal.value(),
                interval.value(), soort.get(), intervisie.value(), locatie.value());
    }
}
