package nl.spoorzoeker.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
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
     * A failure of something the coach did: a refusal is shown as such (a warning in the coach's
     * words), a file the system would not read or write names its reason; anything else is
     * unexpected and goes to {@link #fout}.
     */
    default void weigeringOfFout(Throwable failure) {
        if (failure instanceof MessageKeyed refusal) {
            waarschuwing(I18n.t(refusal.messageKey(), refusal.args()));
        } else if (ErrorReporter.doelfout(failure) != null) {
            fout(failure); // the place the coach chose, named, with another place as the way out
        } else if (failure instanceof java.io.IOException) {
            org.slf4j.LoggerFactory.getLogger(Meldingen.class).warn("A file could not be read or written", failure);
            waarschuwing(I18n.t("bestand.fout", failure.getClass().getSimpleName()));
        } else {
            fout(failure);
        }
    }
}
