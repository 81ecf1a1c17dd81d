package nl.spoorzoeker.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** {@link Meldingen} as JavaFX dialogs over the app's window: the only place that builds an {@link Alert}. */
public final class FxMeldingen implements Meldingen {

    private final Supplier<Window> eigenaar;

    public FxMeldingen(Supplier<Window> eigenaar) {
        this.eigenaar = eigenaar;
    }

    @Override
    public Optional<ButtonType> vraag(Melding melding) {
        return maak(melding, eigenaar.get()).showAndWait();
    }

    @Override
    public void toon(Melding melding) {
        maak(melding, eigenaar.get()).show();
    }

    static Alert maak(Melding m, Window owner) {
        Alert alert = new Alert(m.soort(), m.tekst() == null ? "" : m.tekst(), m.knoppen().toArray(ButtonType[]::new));
        if (owner != null) {
            alert.initOwner(owner);
        }
        if (m.titel() != null) {
            alert.setTitle(m.titel());
        }
        alert.setHeaderText(m.kop());
        if (m.inhoud() != null) {
            alert.getDialogPane().setContent(m.inhoud());
        }
        if (m.id() != null) {
            alert.getDialogPane().setId(m.id());
        }
        m.knopIds().forEach((knop, id) -> {
            if (alert.getDialogPane().lookupButton(knop) != null) {
                alert.getDialogPane().lookupButton(knop).setId(id);
            }
        });
        // Long Dutch texts wrap instead of being cut off with an ellipsis.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert;
    }

    /**
     * The dialog of an unexpected failure: what happened and what to do, the code, and "Kopieer
     * details" (the code, the version and the stack without messages, for whoever helps) that
     * copies without closing the dialog.
     */
    /**
     * The dialog of a place the coach chose that would not take the file: the sentence only (which place,
     * why, choose another). Same id and title as {@link #toonFout}, without its code footer and details.
     */
    static void toonDoelfout(String bericht) {
        maak(Melding.van(Alert.AlertType.ERROR, null, Knoppen.ok()).metId("error-dialog")
                .metTitel(I18n.t("error.title")).metKop(bericht), null).show();
    }

    static void toonFout(String bericht, String voet, String details) {
        ButtonType kopieer = new ButtonType(I18n.t("error.kopieer"), ButtonData.LEFT);
        Alert alert = maak(Melding.van(Alert.AlertType.ERROR, voet, kopieer, Knoppen.ok())
                .metId("error-dialog").metTitel(I18n.t("error.title")).metKop(bericht)
                .metKnopId(kopieer, "error-kopieer"), null);
        Button knop = (Button) alert.getDialogPane().lookupButton(kopieer);
        knop.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent inhoud = new ClipboardContent();
            inhoud.putString(details);
            Clipboard.getSystemClipboard().setContent(inhoud);
            knop.setText(I18n.t("error.gekopieerd"));
            e.consume(); // stays open: the coach may still want to read it
        });
        alert.show();
    }
}
