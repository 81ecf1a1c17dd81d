package nl.spoorzoeker.ui.form;

import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import nl.spoorzoeker.klad.KladService;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.I18n;

/**
 * The line under a form that says its draft was kept or brought back ("Concept bewaard om …"),
 * with the link to throw the draft away. Hidden until there is a draft to speak of. A
 * {@link FormDialog} has one; a dialog built by hand keeps its draft with {@link #opDialog}.
 */
public final class Kladregel {

    private final Label status = new Label();
    private final Hyperlink weg = new Hyperlink(I18n.t("concept.weggooien"));
    private final HBox regel = new HBox(8, status, weg);
    private Autosave autosave;

    public Kladregel() {
        status.setId("concept-status");
        status.getStyleClass().addAll("text-muted", "text-small");
        status.setManaged(false);
        status.setVisible(false);
        weg.setId("concept-weggooien");
        weg.getStyleClass().add("text-small");
        toonWeg(false);
        weg.setOnAction(e -> {
            if (autosave != null) {
                autosave.weggooien();
            }
            toonWeg(false);
        });
        regel.setAlignment(Pos.CENTER_LEFT);
    }

    public Node node() {
        return regel;
    }

    /** Where the draft's state is said: the label an {@link Autosave} for this line writes to. */
    Label status() {
        return status;
    }

    /** Shows this autosave's drafts, offers to throw them away, and brings back the one kept. */
    Autosave volg(Autosave bewaker) {
        this.autosave = bewaker;
        bewaker.bijKlad(() -> toonWeg(true));
        bewaker.herstel();
        return bewaker;
    }

    private void toonWeg(boolean zichtbaar) {
        weg.setManaged(zichtbaar);
        weg.setVisible(zichtbaar);
    }

    /**
     * Keeps a draft of a hand-built dialog's {@code velden} under {@code sleutel}, as a
     * {@link FormDialog} does: brought back when the dialog opens, written at once when it closes in
     * any way (Escape, Annuleren, the close button, and Opslaan too). After Opslaan the caller
     * removes the draft ({@link KladService#verwijder}) once the record is stored, in the same
     * background queue, so a save that fails leaves the text to come back. Without a draft store
     * (null) nothing is kept and null is returned.
     *
     * @param regel where the dialog shows the draft's state; its {@link #node()} is in the dialog
     */
    public static Autosave opDialog(Dialog<?> dialog, Kladregel regel, KladService kladden, String sleutel,
                                    Map<String, StringProperty> velden, Background background) {
        if (kladden == null) {
            return null;
        }
        Autosave bewaker = regel.volg(new Autosave(kladden, sleutel, velden, background, regel.status)
                .anker(dialog.getDialogPane()));
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> bewaker.sluit());
        return bewaker;
    }
}
