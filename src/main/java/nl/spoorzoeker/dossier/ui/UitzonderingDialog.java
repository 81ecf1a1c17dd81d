package nl.spoorzoeker.dossier.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.tijdlijn.LateStartUitzondering;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.form.DateField;
import nl.spoorzoeker.ui.Privacyhulp;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Kladregel;
import nl.spoorzoeker.ui.form.Toetsenbord;

/**
 * Records why spoor 2 started after its deadline, with the document that supports it (C01): the
 * honest way out of that blocker, instead of changing the start date.
 */
final class UitzonderingDialog {

    private UitzonderingDialog() {
    }

    /** The key of the dialog's draft in dossier {@code dossierId} (one exception per traject). */
    static String kladSleutel(int dossierId) {
        return KladSleutel.vanDossier(dossierId, "uitzondering", null);
    }

    /**
     * Asks for the exception of dossier {@code dossierId}. What is typed is kept as a draft under
     * {@link #kladSleutel}; the caller removes it once the exception is stored.
     */
    static Optional<LateStartUitzondering> ask(UiContext ui, int dossierId, LocalDate start,
                                               LocalDate uiterlijk, LateStartUitzondering huidig) {
        Privacyhulp privacy = ui.privacy();
        LocalDate vandaag = ui.today();
        Dialog<LateStartUitzondering> dialog = new Dialog<>();
        dialog.initOwner(ui.window().get());
        dialog.setTitle(I18n.t("uitzondering.titel"));
        dialog.setHeaderText(I18n.t("uitzondering.kop", DateInput.format(start), DateInput.format(uiterlijk)));
        dialog.getDialogPane().setId("uitzondering-dialog");

        TextArea reden = new TextArea(huidig == null ? "" : huidig.reden());
        reden.setId("uitzondering-reden");
        reden.setWrapText(true);
        reden.setPrefRowCount(4);
        reden.setPromptText(I18n.t("uitzondering.reden.prompt"));
        privacy.tekst(reden); // printed in the employer's report: functional words, no diagnosis
        TextField document = new TextField(huidig == null ? "" : huidig.document());
        document.setId("uitzondering-document");
        document.setPromptText(I18n.t("uitzondering.document.prompt"));
        privacy.tekst(document);
        DateField datum = new DateField("uitzondering-datum");
        if (huidig != null && huidig.documentdatum() != null) {
            datum.textProperty().set(DateInput.format(huidig.documentdatum()));
        }
        Label redenLabel = new Label(I18n.t("uitzondering.reden"));
        redenLabel.setLabelFor(reden);
        Label documentLabel = new Label(I18n.t("uitzondering.document"));
        documentLabel.setLabelFor(document);
        Label datumLabel = new Label(I18n.t("uitzondering.datum"));
        datumLabel.setLabelFor(datum.editor());
        datum.editor().setAccessibleText(I18n.t("uitzondering.datum"));
        Label uitleg = new Label(I18n.t("uitzondering.uitleg"));
        uitleg.setWrapText(true);
        uitleg.setMaxWidth(560);
        uitleg.getStyleClass().add("text-muted");
        Label error = new Label();
        error.setId("uitzondering-error");
        error.getStyleClass().add("form-errors");
        error.setMinHeight(18);
        // A message about a field goes once the coach has typed in it.
        reden.textProperty().addListener((o, a, b) -> error.setText(""));
        document.textProperty().addListener((o, a, b) -> error.setText(""));
        // A reason can take a while to word: kept as a draft through Escape, closing and a crash.
        Kladregel concept = new Kladregel();
        dialog.getDialogPane().setContent(new VBox(6, uitleg, redenLabel, reden, documentLabel, document,
                datumLabel, datum, error, concept.node()));
        Kladregel.opDialog(dialog, concept, ui.kladden(), kladSleutel(dossierId), Map.of(
                "uitzondering-reden", reden.textProperty(), "uitzondering-document", document.textProperty(),
                "uitzondering-datum", datum.textProperty()), ui.background());
        dialog.getDialogPane().getButtonTypes().setAll(Knoppen.opslaan(), Knoppen.annuleren());
        var save = dialog.getDialogPane().lookupButton(Knoppen.opslaan());
        save.setId("uitzondering-save");
        save.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            String fout = fout(reden.getText(), document.getText(), datum.textProperty().get(), vandaag);
            error.setText(fout == null ? "" : fout);
            if (fout != null) {
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button != Knoppen.opslaan() ? null
                : new LateStartUitzondering(reden.getText(), document.getText(),
                        DateInput.parse(datum.textProperty().get()).value()));
        Toetsenbord.formulier(dialog, (javafx.scene.control.Button) save);
        Toetsenbord.eersteVeld(dialog, () -> reden);
        return dialog.showAndWait();
    }

    static String fout(String reden, String document, String datum, LocalDate vandaag) {
        if (reden == null || reden.isBlank()) {
            return I18n.t("uitzondering.fout.reden");
        }
        if (document == null || document.isBlank()) {
            return I18n.t("uitzondering.fout.document");
        }
        Parsed<LocalDate> p = DateInput.parse(datum);
        if (!p.isOk()) {
            return I18n.t(p.errorKey());
        }
        if (p.value() != null && p.value().isAfter(vandaag)) {
            return I18n.t("input.dateInFuture");
        }
        return null;
    }
}
