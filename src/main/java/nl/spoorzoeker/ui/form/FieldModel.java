package nl.spoorzoeker.ui.form;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.spoorzoeker.input.Parsed;

/**
 * One typed field of a form view model: the text as the coach typed it, and how to parse it.
 * The text is kept as typed, so an invalid entry is never silently replaced.
 */
public final class FieldModel<T> {

    private final String id;
    private final String labelKey;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final Function<String, Parsed<T>> parser;

    public FieldModel(String id, String labelKey, Function<String, Parsed<T>> parser) {
        this.id = id;
        this.labelKey = labelKey;
        this.parser = parser;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return labelKey;
    }

    public StringProperty textProperty() {
        return text;
    }

    public void setText(String value) {
        text.set(value == null ? "" : value);
    }

    public Parsed<T> parse() {
        return parser.apply(text.get());
    }

    public boolean isValid() {
        return parse().isOk();
    }

    /** The parsed value; only call once the form has been checked. */
    public T value() {
        Parsed<T> parsed = parse();
        if (!parsed.isOk()) {
            throw new IllegalStateException("field " + id + " is invalid: " + parsed.errorKey());
        }
        return parsed.value();
    }
}
