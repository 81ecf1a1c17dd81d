package nl.spoorzoeker.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.spoorzoeker.input.Parsed;

/** A view model made of typed fields: no JavaFX nodes, so it can be tested without a stage. */
public abstract class FormModel {

    private final List<FieldModel<?>> fields = new ArrayList<>();
    /** The choices (lists, check boxes) as text, by id, for drafts: see {@link #keuze}. */
    private final java.util.Map<String, javafx.beans.property.StringProperty> keuzes = new java.util.LinkedHashMap<>();

    protected final <T> FieldModel<T> field(String id, String labelKey, Function<String, Parsed<T>> parser) {
        FieldModel<T> field = new FieldModel<>(id, labelKey, parser);
        fields.add(field);
        return field;
    }

    public List<FieldModel<?>> fields() {
        return List.copyOf(fields);
    }

    /**
     * A chosen (not typed) value of this form, kept in its draft beside the typed text: a draft that
     * brought back the text but not the date's kind, the goal or a tick would be half a form.
     * {@code naarTekst} must give a name that stays the same between app versions (an enum name, a
     * record id); {@code vanTekst} finds the choice again, or null when it no longer exists.
     */
    protected final <T> void keuze(String id, javafx.beans.property.Property<T> keuze, Function<T, String> naarTekst,
                                   Function<String, T> vanTekst) {
        keuzes.put(id, Autosave.alsTekst(keuze, naarTekst, vanTekst));
    }

    /** An enum choice, kept by its name (a name no longer known comes back as no choice). */
    protected final <E extends Enum<E>> void keuze(String id, javafx.beans.property.Property<E> keuze, Class<E> soort) {
        keuzes.put(id, Autosave.keuze(keuze, soort));
    }

    /** A tick, kept as true or false. */
    protected final void vinkje(String id, javafx.beans.property.BooleanProperty vinkje) {
        keuzes.put(id, Autosave.vinkje(vinkje));
    }

    /** A text typed outside the fields (a row of a list the form builds), kept in the draft as typed. */
    protected final void tekst(String id, javafx.beans.property.StringProperty tekst) {
        keuzes.put(id, tekst);
    }

    /** The choices registered with {@link #keuze}, as text, in the order registered. */
    public java.util.Map<String, javafx.beans.property.StringProperty> keuzes() {
        return java.util.Collections.unmodifiableMap(keuzes);
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
