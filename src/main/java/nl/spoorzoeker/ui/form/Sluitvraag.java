package nl.spoorzoeker.ui.form;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import nl.spoorzoeker.ui.FxMeldingen;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Meldingen.Melding;
import nl.spoorzoeker.ui.Knoppen;

/**
 * Asks before the main window closes while a form holds text that was not saved: keep it as a
 * draft (it comes back when the form opens again), throw it away, or stay.
 */
public final class Sluitvraag {

    private static final String GEINSTALLEERD = Sluitvraag.class.getName();

    private Sluitvraag() {
    }

    /** Asks on the window's close button (once per stage, also when its screens are rebuilt). */
    public static void installeer(Stage stage) {
        if (stage.getProperties().putIfAbsent(GEINSTALLEERD, Boolean.TRUE) != null) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (!magSluiten(stage)) {
                event.consume();
            }
        });
    }

    /** Whether closing may go on; asks first if a form holds unsaved text, and keeps or drops it as answered. */
    public static boolean magSluiten(Window main) {
        List<Autosave> open = Autosave.openMetTekst();
        if (open.isEmpty()) {
            return true;
        }
        ButtonType bewaren = new ButtonType(I18n.t("sluiten.concept.bewaren"), ButtonData.YES);
        ButtonType weggooien = new ButtonType(I18n.t("sluiten.concept.weggooien"), ButtonData.NO);
        Window boven = bovenste(main);
        ButtonType antwoord = new FxMeldingen(() -> boven).vraag(Melding.van(Alert.AlertType.CONFIRMATION,
                        I18n.t("sluiten.concept.tekst"), bewaren, weggooien, Knoppen.annuleren())
                .metId("sluiten-concept").metTitel(I18n.t("app.name")).metKop(I18n.t("sluiten.concept.vraag"))
                .metKnopId(bewaren, "sluiten-concept-bewaren").metKnopId(weggooien, "sluiten-concept-weggooien")
                .metKnopId(Knoppen.annuleren(), "sluiten-concept-annuleren")).orElse(Knoppen.annuleren());
        if (antwoord == bewaren) {
            open.forEach(Autosave::bewaarNu);
            return true;
        }
        if (antwoord == weggooien) {
            open.forEach(Autosave::weggooien);
            return true;
        }
        return false;
    }

    /** The question lies on top of an open form, which is modal over the main window. */
    private static Window bovenste(Window main) {
        Window boven = main;
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage && w.isShowing()) {
                boven = w;
            }
        }
        return boven;
    }
}
