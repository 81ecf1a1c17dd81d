package nl.spoorzoeker.praktijk.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.ui.Handtekeningveld;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.ui.Bevestiging;

/** Instellingen: the coach's own signature, drawn on the laptop or taken from a scan, printed under final reports. */
public final class HandtekeningSectie implements Page {

    private final UiContext ui;
    private final PraktijkService service;
    private final ImageView voorbeeld = new ImageView();
    private final Label status = new Label();
    private final Button verwijder = new Button(I18n.t("praktijk.handtekening.verwijder"),
            FontIcon.of(Material2AL.DELETE, 14));
    private final VBox root = new VBox(8);

    public HandtekeningSectie(UiContext ui, PraktijkService service) {
        this.ui = ui;
        this.service = service;
        Label titel = new Label(I18n.t("praktijk.handtekening"));
        titel.getStyleClass().add("title-4");
        Label uitleg = new Label(I18n.t("praktijk.handtekening.uitleg"));
        uitleg.setWrapText(true);
        voorbeeld.setFitHeight(70);
        voorbeeld.setFitWidth(240);
        voorbeeld.setPreserveRatio(true);
        voorbeeld.setId("praktijk-handtekening-voorbeeld");
        voorbeeld.managedProperty().bind(voorbeeld.imageProperty().isNotNull());
        status.setId("praktijk-handtekening-status");
        status.setWrapText(true);
        Button teken = new Button(I18n.t("praktijk.handtekening.teken"), FontIcon.of(Material2AL.GESTURE, 14));
        teken.setId("praktijk-handtekening-teken");
        teken.setOnAction(e -> Handtekeningveld.vraag(ui.window().get(), I18n.t("praktijk.handtekening"),
                I18n.t("praktijk.handtekening.tekenUitleg")).ifPresent(this::bewaar));
        Button kies = new Button(I18n.t("praktijk.handtekening.kies"), FontIcon.of(Material2AL.IMAGE, 14));
        kies.setId("praktijk-handtekening-kies");
        kies.setOnAction(e -> kiesBestand());
        verwijder.setId("praktijk-handtekening-verwijder");
        // A removed signature cannot be brought back, only drawn again: asked first.
        verwijder.setOnAction(e -> {
            if (Bevestiging.vraag(ui.window().get(), "handtekening-verwijder-vraag",
                    I18n.t("praktijk.handtekening"), I18n.t("praktijk.handtekening.verwijder.vraag"), null,
                    I18n.t("praktijk.handtekening.verwijder"))) {
                bewaar(null);
            }
        });
        HBox knoppen = new HBox(8, teken, kies, verwijder);
        knoppen.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(titel, uitleg, voorbeeld, status, knoppen);
        root.setPadding(new javafx.geometry.Insets(16, 0, 0, 0));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        ui.background().run(service::handtekening, this::toon);
    }

    private void toon(Optional<byte[]> beeld) {
        voorbeeld.setImage(beeld.map(b -> new Image(new ByteArrayInputStream(b))).orElse(null));
        verwijder.setDisable(beeld.isEmpty());
        status.setText(beeld.isPresent() ? "" : I18n.t("praktijk.handtekening.geen"));
    }

    private void kiesBestand() {
        Afbeeldingkiezer.kies(ui, "praktijk.handtekening.kies", this::bewaar, key -> status.setText(I18n.t(key)));
    }

    private void bewaar(byte[] beeld) {
        ui.background().run(() -> {
            service.zetHandtekening(beeld);
            return Optional.ofNullable(beeld);
        }, opgeslagen -> {
            toon(opgeslagen);
            ui.navigator().status(I18n.t(beeld == null ? "praktijk.handtekening.verwijderd" : "praktijk.handtekening.opgeslagen"));
        }, f -> ui.meldingen().weigering(f, status::setText));
    }
}
