package nl.spoorzoeker.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.spoorzoeker.input.Parsed;

/** A view model made of typed fields: no JavaFX nodes, so it can be tested without a stage. */
public abstract class FormModel {

    private final List<FieldModel<?>> fields = new ArrayList<>();

    protected final <T> FieldModel<T> field(String id, String labelKey, Function<String, Parsed<T>> parser) {
        FieldModel<T> field = new FieldModel<>(id, labelKey, parser);
        fields.add(field);
        return field;
    }

    public List<FieldModel<?>> fields() {
        return List.copyOf(fields);
    }

    /** Fields that do not parse, in form order. Subclasses add checks that span fields. */
    public List<FormError> errors() {
        List<FormError> errors = new ArrayList<>();
        for (FieldModel<?> field : fields) {
            field.parse().error().ifPresent(key -> errors.add(new FormError(field.id(), field.labelKey(), key)));
        }
        return errors;
    }

    public boolean isValid() {
        return errors().isEmpty();
    }

    /** A problem with one field: which field, its label, and the message key. */
    public record FormError(String fieldId, String labelKey, String messageKey) {
    }
}
