package nl.spoorzoeker.arbeidsmarkt.ui;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** The next step of a sollicitatie: which status and on what date. Also the weekly norm. */
final class StapForm extends FormModel {

    final ObjectProperty<SollicitatieStatus> status = new SimpleObjectProperty<>();
    final FieldModel<LocalDate> datum = field("stap-datum", "sollicitatie.stap.datum", DateInput::required);

    StapForm(SollicitatieStatus eerste, LocalDate vandaag) {
        status.set(eerste);
        datum.setText(DateInput.format(vandaag));
        // In the draft beside the date (issue 21 item 3).
        keuze("stap-status", status, SollicitatieStatus.class);
    }

    /** The norm on its own: a whole number of sollicitaties per week, or empty for none. */
    static final class Norm extends FormModel {
        final FieldModel<Integer> perWeek = field("norm-per-week", "sollicitatie.norm.perWeek", Norm::parse);

        Norm(Integer huidig) {
            perWeek.setText(huidig == null ? "" : Integer.toString(huidig));
        }

        static Parsed<Integer> parse(String raw) {
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                return Parsed.ok(null);
            }
            if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > 50) {
                return Parsed.error("sollicitatie.fout.norm");
            }
            return Parsed.ok(Integer.parseInt(value));
        }
    }
}
