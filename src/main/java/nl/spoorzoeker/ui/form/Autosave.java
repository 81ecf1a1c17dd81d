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
public final class Autosave {

    static final javafx.util.Duration PAUZE = javafx.util.Duration.seconds(1);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ConceptService concepten;
    private final String sleutel;
    private final Map<String, javafx.beans.property.StringProperty> velden;
    private final Background background;
    private final Label status;
    private final PauseTransition pauze = new PauseTransition(PAUZE);
    private boolean actief = true;
    private boolean herstellen;

    /** Every text field of a form model, by its id. */
    Autosave(ConceptService concepten, String sleutel, FormModel model, Background background, Label status) {
        this(concepten, sleutel, velden(model), background, status);
    }

    /**
     * @param velden the texts to keep, by a name that stays the same between app versions
     * @param status where to say that the draft was kept (made visible when it is)
     */
    public Autosave(ConceptService concepten, String sleutel, Map<String, javafx.beans.property.StringProperty> velden,
                    Background background, Label status) {
        this.concepten = concepten;
        this.sleutel = sleutel;
        this.velden = Map.copyOf(velden);
        this.background = background;
        this.status = status;
        pauze.setOnFinished(e -> bewaar());
        for (javafx.beans.property.StringProperty veld : this.velden.values()) {
            veld.addListener((obs, oud, nieuw) -> {
                if (actief && !herstellen) {
                    pauze.playFromStart();
                }
            });
        }
    }

    private static Map<String, javafx.beans.property.StringProperty> velden(FormModel model) {
        Map<String, javafx.beans.property.StringProperty> velden = new LinkedHashMap<>();
        for (FieldModel<?> field : model.fields()) {
            velden.put(field.id(), field.textProperty());
        }
        return velden;
    }

    /** Brings back a draft left by a crash, if there is one. */
    public void herstel() {
        background.run(() -> concepten.lees(sleutel), found -> found.ifPresent(this::pasToe));
    }

    private void pasToe(Concept concept) {
        if (!actief || concept.velden().isEmpty()) {
            return;
        }
        herstellen = true;
        try {
            velden.forEach((naam, veld) -> {
                String tekst = concept.velden().get(naam);
                if (tekst != null) {
                    veld.set(tekst);
                }
            });
        } finally {
            herstellen = false;
        }
        toon(I18n.t("concept.hersteld", TIJD.withZone(ZoneId.systemDefault()).format(concept.gewijzigdOp())));
    }

    private void bewaar() {
        if (!actief) {
            return;
        }
        Map<String, String> teksten = new LinkedHashMap<>();
        velden.forEach((naam, veld) -> teksten.put(naam, veld.get() == null ? "" : veld.get()));
        background.run(() -> {
            concepten.bewaar(sleutel, teksten);
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

    /** The text was saved or cancelled: no more drafts, and the one kept is removed. */
    public void stop() {
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
