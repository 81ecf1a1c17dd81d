package nl.spoorzoeker.ui;

import java.util.Locale;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * The dialog buttons in the chosen language. JavaFX's own {@code ButtonType.OK}, {@code CANCEL},
 * {@code YES} ... take their text once, from the JVM locale, and JavaFX has no Dutch texts at all,
 * so a Dutch screen showed "Cancel" and "Yes". One instance per language, so a dialog can compare
 * the answer by identity ({@code answer == Knoppen.ja()}) as with the JavaFX constants.
 */
public final class Knoppen {

    private record Set(Locale taal, ButtonType ok, ButtonType annuleren, ButtonType opslaan, ButtonType ja,
                       ButtonType nee, ButtonType sluiten) {
    }

    private static volatile Set huidig;

    private Knoppen() {
    }

    private static Set set() {
        Set s = huidig;
        Locale taal = I18n.locale();
        if (s == null || !s.taal().equals(taal)) {
            s = new Set(taal,
                    new ButtonType(I18n.t("action.ok"), ButtonData.OK_DONE),
                    new ButtonType(I18n.t("action.cancel"), ButtonData.CANCEL_CLOSE),
                    new ButtonType(I18n.t("action.save"), ButtonData.OK_DONE),
                    new ButtonType(I18n.t("action.yes"), ButtonData.YES),
                    new ButtonType(I18n.t("action.no"), ButtonData.NO),
                    new ButtonType(I18n.t("action.close"), ButtonData.CANCEL_CLOSE));
            huidig = s;
        }
        return s;
    }

    public static ButtonType ok() {
        return set().ok();
    }

    public static ButtonType annuleren() {
        return set().annuleren();
    }

    public static ButtonType opslaan() {
        return set().opslaan();
    }

    public static ButtonType ja() {
        return set().ja();
    }

    public static ButtonType nee() {
        return set().nee();
    }

    public static ButtonType sluiten() {
        return set().sluiten();
    }
}
