package nl.spoorzoeker.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.slf4j.LoggerFactory;
import nl.spoorzoeker.input.MessageKeyed;

/**
 * The one way a screen tells the coach something or asks before acting (JabRef's DialogService):
 * screens hold this interface from {@link UiContext}, so what they show can be checked without a
 * stage, and only {@link FxMeldingen} builds the dialogs. Unexpected failures go to
 * {@link ErrorReporter}, which shows them with a code derived from the failure and a way to copy
 * the details.
 */
public interface Meldingen {

    /**
     * What one dialog says. {@code id} is the dialog pane's id (tests find it by it) and
     * {@code knopIds} the ids of its buttons; {@code inhoud}, when set, replaces the text.
     */
    record Melding(AlertType soort, String id, String titel, String kop, String tekst, Node inhoud,
                   List<ButtonType> knoppen, Map<ButtonType, String> knopIds) {

        public Melding {
            knoppen = List.copyOf(knoppen);
            knopIds = Map.copyOf(knopIds);
        }

        public static Melding van(AlertType soort, String tekst, ButtonType... knoppen) {
            return new Melding(soort, null, null, null, tekst, null, List.of(knoppen), Map.of());
        }

        public Melding metId(String nieuwId) {
            return new Melding(soort, nieuwId, titel, kop, tekst, inhoud, knoppen, knopIds);
        }

        public Melding metTitel(String nieuweTitel) {
            return new Melding(soort, id, nieuweTitel, kop, tekst, inhoud, knoppen, knopIds);
        }

        public Melding metKop(String nieuweKop) {
            return new Melding(soort, id, titel, nieuweKop, tekst, inhoud, knoppen, knopIds);
        }

        public Melding metInhoud(Node node) {
            return new Melding(soort, id, titel, kop, tekst, node, knoppen, knopIds);
        }

        public Melding metKnopId(ButtonType knop, String knopId) {
            Map<ButtonType, String> ids = new LinkedHashMap<>(knopIds);
            ids.put(knop, knopId);
            return new Melding(soort, id, titel, kop, tekst, inhoud, knoppen, ids);
        }
    }

    /** Shows and waits for the coach's answer; empty when the dialog was closed without one. */
    Optional<ButtonType> vraag(Melding melding);

    /** Shows without waiting (a notice beside the work). */
    void toon(Melding melding);

    /** Something unexpected: logged, shown with its code and "Kopieer details". Returns the code. */
    default String fout(Throwable fout) {
        return ErrorReporter.report(fout);
    }

    /**
     * Before an action that cannot be undone: the action's own button, Annuleren (Escape) keeps
     * everything as it was. {@code extra} is a warning above the question, or null.
     */
    default boolean bevestig(String id, String titel, String vraag, String extra, String actie) {
        ButtonType doen = new ButtonType(actie, ButtonData.OK_DONE);
        Melding m = Melding.van(extra == null ? AlertType.CONFIRMATION : AlertType.WARNING,
                        extra == null ? vraag : extra + "\n\n" + vraag, doen, Knoppen.annuleren())
                .metId(id).metTitel(titel).metKop(titel).metKnopId(doen, id + "-ja").metKnopId(Knoppen.annuleren(), id + "-nee");
        return vraag(m).filter(b -> b == doen).isPresent();
    }

    /** Ja or Nee, nothing more. */
    default boolean jaOfNee(String vraag) {
        return vraag(Melding.van(AlertType.CONFIRMATION, vraag, Knoppen.ja(), Knoppen.nee()))
                .filter(b -> b == Knoppen.ja()).isPresent();
    }

    default void informatie(String tekst) {
        toon(Melding.van(AlertType.INFORMATION, tekst, Knoppen.ok()).metTitel(I18n.t("app.name")));
    }

    default void waarschuwing(String tekst) {
        toon(Melding.van(AlertType.WARNING, tekst, Knoppen.ok()).metTitel(I18n.t("app.name")));
    }

    /**
     * A failure of something the coach did, shown as a warning dialog: see {@link #weigering}, which
     * this is with a dialog as the place for the text.
     */
    default void weigeringOfFout(Throwable failure) {
        weigering(failure, this::waarschuwing);
    }

    /**
     * The one reading of a failure of something the coach did, for a screen that shows it beside
     * the work ({@code toon}: a label's {@code setText}, the status line, a dialog):
     * <ul>
     * <li>a refusal ({@link MessageKeyed}, also when a task or future wrapped it) is the coach's to
     * act on: its sentence goes to {@code toon}, nothing is logged;</li>
     * <li>a place the coach chose that would not take the file goes to {@link #fout}, which names
     * that place and another as the way out;</li>
     * <li>a file the system would not read or write is logged at WARN and named in {@code toon};</li>
     * <li>anything else is unexpected: {@link #fout} logs it and shows it with its code, so it is
     * never hidden behind a general sentence in a label.</li>
     * </ul>
     */
    default void weigering(Throwable failure, Consumer<String> toon) {
        MessageKeyed refusal = refusal(failure);
        if (refusal != null) {
            toon.accept(I18n.t(refusal.messageKey(), refusal.args()));
        } else if (ErrorReporter.doelfout(failure) != null) {
            fout(failure); // the place the coach chose, named, with another place as the way out
        } else if (kern(failure) instanceof IOException io) {
            LoggerFactory.getLogger(Meldingen.class).warn("A file could not be read or written", failure);
            toon.accept(I18n.t("bestand.fout", io.getClass().getSimpleName()));
        } else {
            fout(failure);
        }
    }

    /**
     * The refusal in {@code failure}'s chain, or null. A layer that wraps a refusal (a future's
     * {@link java.util.concurrent.CompletionException}, an {@link java.util.concurrent.ExecutionException},
     * a service that rethrows) adds nothing the coach can act on; the same reading as
     * {@code store.Foutmelding}, so the window and the command line say the same.
     */
    private static MessageKeyed refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MessageKeyed refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** The failure without the wrappers that only carry it across a thread or a lambda. */
    private static Throwable kern(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException || t instanceof UncheckedIOException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
