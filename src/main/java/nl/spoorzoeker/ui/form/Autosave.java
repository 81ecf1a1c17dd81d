package nl.spoorzoeker.ui.form;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import nl.spoorzoeker.concept.Concept;
import nl.spoorzoeker.concept.ConceptService;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.I18n;

/**
 * Keeps a draft of a form while the coach types: one second after the last keystroke the texts of
 * all fields are written to the database, and the dialog says so. Opening the same form again
 * after a crash brings the draft back. The draft is removed when the form is saved or cancelled.
 */
final class Autosave {

    static final javafx.util.Duration PAUZE = javafx.util.Duration.seconds(1);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ConceptService concepten;
    private final String sleutel;
    private final FormModel model;
    private final Background background;
    private final Label status;
    private final PauseTransition pauze = new PauseTransition(PAUZE);
    private boolean actief = true;
    private boolean herstellen;

    Autosave(ConceptService concepten, String sleutel, FormModel model, Background background, Label status) {
        this.concepten = concepten;
        this.sleutel = sleutel;
        this.model = model;
        this.background = background;
        this.status = status;
        pauze.setOnFinished(e -> bewaar());
        for (FieldModel<?> field : model.fields()) {
            field.textProperty().addListener((obs, oud, nieuw) -> {
                if (actief && !herstellen) {
                    pauze.playFromStart();
                }
            });
        }
    }

    /** Brings back a draft left by a crash, if there is one. */
    void herstel() {
        background.run(() -> concepten.lees(sleutel), found -> found.ifPresent(this::pasToe));
    }

    private void pasToe(Concept concept) {
        if (!actief || concept.velden().isEmpty()) {
            return;
        }
        herstellen = true;
        try {
            for (FieldModel<?> field : model.fields()) {
                String tekst = concept.velden().get(field.id());
                if (tekst != null) {
                    field.setText(tekst);
                }
            }
        } finally {
            herstellen = false;
        }
        toon(I18n.t("concept.hersteld", TIJD.withZone(ZoneId.systemDefault()).format(concept.gewijzigdOp())));
    }

    private void bewaar() {
        if (!actief) {
            return;
        }
        Map<String, String> velden = new LinkedHashMap<>();
        for (FieldModel<?> field : model.fields()) {
            velden.put(field.id(), field.textProperty().get());
        }
        background.run(() -> {
            concepten.bewaar(sleutel, velden);
            return java.time.LocalTime.now();
        }, tijd -> {
            if (actief) {
                toon(I18n.t("concept.bewaard", TIJD.format(tijd)));
            }
        }, failure -> {
            toon(I18n.t("concept.mislukt"));
            ErrorReporter.report(failure);
        });
    }

    /** The form was saved or cancelled: no more drafts, and the one kept is removed. */
    void stop() {
        actief = false;
        pauze.stop();
        background.run(() -> {
            concepten.verwijder(sleutel);
            return null;
        }, ignored -> { });
    }

    private void toon(String tekst) {
        status.setText(tekst);
        status.setVisible(true);
        status.setManaged(true);
    }
}
