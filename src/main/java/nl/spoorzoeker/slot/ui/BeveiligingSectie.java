package nl.spoorzoeker.slot.ui;

import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.slot.Beveiligingsinstellingen;
import nl.spoorzoeker.slot.Ontgrendeling;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Instellingen: change the passphrase, the idle minutes before the lock, and lock now. */
public final class BeveiligingSectie implements Page {

    private final UiContext ui;
    private final Beveiligingsinstellingen instellingen;
    private final IntConsumer minutenGewijzigd;
    private final Spinner<Integer> minuten = new Spinner<>(Beveiligingsinstellingen.MIN_MINUTEN,
            Beveiligingsinstellingen.MAX_MINUTEN, Beveiligingsinstellingen.STANDAARD_MINUTEN);
    private final Label melding = new Label();
    private final VBox root = new VBox(8);

    public BeveiligingSectie(UiContext ui, Ontgrendeling ontgrendeling, Beveiligingsinstellingen instellingen,
                             IntConsumer minutenGewijzigd, Runnable vergrendel) {
        this.ui = ui;
        this.instellingen = instellingen;
        this.minutenGewijzigd = minutenGewijzigd;
        Label titel = new Label(I18n.t("slot.sectie"));
        titel.getStyleClass().add("title-4");
        Label uitleg = new Label(I18n.t("slot.sectie.uitleg"));
        uitleg.setWrapText(true);
        minuten.setId("slot-minuten");
        minuten.setEditable(true);
        minuten.setPrefWidth(90);
        minuten.valueProperty().addListener((obs, oud, nieuw) -> bewaarMinuten(nieuw));
        Button nu = new Button(I18n.t("slot.nu"), FontIcon.of(Material2AL.LOCK, 14));
        nu.setId("slot-nu");
        nu.setOnAction(e -> vergrendel.run());
        HBox slotRij = new HBox(8, new Label(I18n.t("slot.naMinuten")), minuten, new Label(I18n.t("slot.minuten")), nu);
        slotRij.setAlignment(Pos.CENTER_LEFT);
        PasswordField oud = veld("slot-oud", "slot.huidig");
        PasswordField nieuw = veld("slot-nieuw", "slot.nieuw");
        PasswordField herhaling = veld("slot-herhaling", "slot.herhaling");
        Button wijzig = new Button(I18n.t("slot.wijzig"), FontIcon.of(Material2MZ.VPN_KEY, 14));
        wijzig.setId("slot-wijzig");
        wijzig.setOnAction(e -> {
            char[] a = oud.getText().toCharArray();
            char[] b = nieuw.getText().toCharArray();
            char[] c = herhaling.getText().toCharArray();
            wijzig.setDisable(true);
            melding.setText(I18n.t("slot.bezig"));
            ui.background().run(() -> {
                ontgrendeling.wijzig(a, b, c);
                return null;
            }, x -> {
                wijzig.setDisable(false);
                oud.clear();
                nieuw.clear();
                herhaling.clear();
                melding.setText(I18n.t("slot.gewijzigd"));
            }, fout -> {
                wijzig.setDisable(false);
                melding.setText(""); // an unexpected failure has its own dialog; "Bezig…" would stay otherwise
                ui.meldingen().weigering(fout, melding::setText);
            });
        });
        melding.setId("slot-melding");
        melding.setWrapText(true);
        VBox wachtwoord = new VBox(8, oud, nieuw, herhaling, wijzig);
        wijzig.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().addAll(titel, uitleg, slotRij, new Label(I18n.t("slot.wijzigTitel")), wachtwoord, melding);
        root.setPadding(new Insets(16, 0, 0, 0));
    }

    private static PasswordField veld(String id, String promptKey) {
        PasswordField v = new PasswordField();
        v.setId(id);
        v.setPromptText(I18n.t(promptKey));
        v.setMaxWidth(340);
        return v;
    }

    private boolean laden;

    private void bewaarMinuten(Integer waarde) {
        if (laden || waarde == null) {
            return;
        }
        ui.background().run(() -> {
            instellingen.zetVergrendelNaMinuten(waarde);
            return waarde;
        }, m -> {
            minutenGewijzigd.accept(m);
            melding.setText(I18n.t("slot.minutenBewaard", m));
        }, f -> ui.meldingen().weigering(f, melding::setText));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        ui.background().run(instellingen::vergrendelNaMinuten, m -> {
            laden = true;
            minuten.getValueFactory().setValue(m);
            laden = false;
        });
    }
}
