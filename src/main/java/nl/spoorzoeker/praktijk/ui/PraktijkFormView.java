package nl.spoorzoeker.praktijk.ui;

import java.io.ByteArrayInputStream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import nl.spoorzoeker.praktijk.Logo;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The practice form's layout, shared by the first-start dialog and Instellingen. */
public final class PraktijkFormView {

    private PraktijkFormView() {
    }

    public static FormView build(UiContext ui, PraktijkForm form) {
        FormView view = new FormView();
        view.section("praktijk.section");
        view.text(form.naam);
        view.text(form.praktijknaam);
        view.text(form.kvk);
        view.text(form.straat);
        view.text(form.postcode);
        view.text(form.plaats);
        view.text(form.telefoon);
        view.text(form.email);

        ImageView preview = new ImageView();
        preview.setFitHeight(48);
        preview.setFitWidth(120);
        preview.setPreserveRatio(true);
        preview.managedProperty().bind(preview.imageProperty().isNotNull());
        Label problem = new Label();
        problem.getStyleClass().add("form-errors");
        form.logo.addListener((obs, old, bytes) -> preview.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes))));
        if (form.logo.get() != null) {
            preview.setImage(new Image(new ByteArrayInputStream(form.logo.get())));
        }
        Button choose = new Button(I18n.t("praktijk.logo.choose"), FontIcon.of(Material2AL.IMAGE, 16));
        choose.setId("praktijk-logo-choose");
        choose.setOnAction(e -> Afbeeldingkiezer.kies(ui, "praktijk.logo.choose", bytes -> {
            problem.setText("");
            form.logoMime.set(Logo.mediaType(bytes).orElseThrow());
            form.logo.set(bytes);
        }, key -> problem.setText(I18n.t(key))));
        Button remove = new Button(I18n.t("praktijk.logo.remove"), FontIcon.of(Material2AL.DELETE, 16));
        remove.setId("praktijk-logo-remove");
        remove.disableProperty().bind(form.logo.isNull());
        remove.setOnAction(e -> {
            form.logo.set(null);
            form.logoMime.set(null);
        });
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setWrapText(true);
        HBox logoRow = new HBox(8, preview, choose, remove, problem);
        logoRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        view.custom("praktijk.logo", logoRow, choose, () -> null);
        return view;
    }
}
