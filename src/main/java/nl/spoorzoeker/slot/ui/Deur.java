package nl.spoorzoeker.slot.ui;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.slot.Ontgrendeling;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.ui.Theme;
import nl.spoorzoeker.ui.Meldingen;
import nl.spoorzoeker.ui.FxMeldingen;

/**
 * The door of the app, filling the whole window so no client data shows behind it: set the
 * passphrase at the first start (and see the recovery code once), unlock at start and after a
 * lock, or set a new passphrase with the recovery code. The key derivation (about half a second)
 * runs off the FX thread.
 */
public final class Deur {

    private final Ontgrendeling ontgrendeling;
    private final Background background;
    private final Runnable open;
    private final StackPane root = new StackPane();
    private final VBox kaart = new VBox(12);
    private final Label melding = new Label();
    /** The door comes before the window and its {@code UiContext}: its dialogs stand over the door's own window. */
    private final Meldingen meldingen = new FxMeldingen(() -> root.getScene() == null ? null : root.getScene().getWindow());

    /** @param open what happens once the app is unlocked (show the practice) */
    public Deur(Ontgrendeling ontgrendeling, Background background, Runnable open) {
        this.ontgrendeling = ontgrendeling;
        this.background = background;
        this.open = open;
        root.setId("deur");
        root.getStyleClass().add("deur");
        kaart.getStyleClass().add("deur-kaart");
        kaart.setMaxWidth(460);
        kaart.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        kaart.setPadding(new Insets(28));
        melding.setId("deur-melding");
        melding.setWrapText(true);
        melding.getStyleClass().add(Styles.DANGER);
        melding.managedProperty().bind(melding.textProperty().isNotEmpty());
        // Unmanaged, it keeps its last size and place; invisible, it cannot catch the clicks meant
        // for the button that now sits there.
        melding.visibleProperty().bind(melding.managedProperty());
        root.getChildren().add(kaart);
        StackPane.setAlignment(kaart, Pos.CENTER);
    }

    public Node node() {
        return root;
    }

    /** The right first screen: the welcome when there is no passphrase yet, else ask for it. */
    public void toon() {
        if (ontgrendeling.wachtwoordIngesteld()) {
            toonOntgrendelen();
        } else {
            toonWelkom();
        }
    }

    /** The very first screen: what Spoorzoeker is and the four short steps of the first start. */
    void toonWelkom() {
        VBox stappen = new VBox(6);
        for (int i = 1; i <= STAPPEN; i++) {
            Label stap = new Label(I18n.t("welkom.stap", i, I18n.t("welkom.stap." + i)));
            stap.setWrapText(true);
            stappen.getChildren().add(stap);
        }
        stappen.setPadding(new Insets(0, 0, 4, 8));
        Button beginnen = new Button(I18n.t("welkom.beginnen"), FontIcon.of(Material2AL.ARROW_FORWARD, 16));
        beginnen.setId("deur-beginnen");
        beginnen.setDefaultButton(true);
        beginnen.setOnAction(e -> toonInstellen());
        vul(null, "welkom.titel", "welkom.uitleg", stappen, beginnen);
        kaart.getChildren().set(0, welkomsicoon());
        beginnen.requestFocus();
    }

    /** Steps of the first start; the first is the passphrase here, the rest follow in the practice. */
    public static final int STAPPEN = 4;

    private static Node welkomsicoon() {
        return Theme.icoon().<Node>map(beeld -> {
            javafx.scene.image.ImageView icoon = new javafx.scene.image.ImageView(beeld);
            icoon.setFitWidth(56);
            icoon.setPreserveRatio(true);
            icoon.setSmooth(true);
            return icoon;
        }).orElseGet(() -> FontIcon.of(Material2AL.LOCK, 32));
    }

    void toonOntgrendelen() {
        PasswordField wachtwoord = wachtwoordveld("deur-wachtwoord", "slot.wachtwoord");
        Button knop = new Button(I18n.t("slot.ontgrendel"), FontIcon.of(Material2AL.LOCK_OPEN, 16));
        knop.setId("deur-ontgrendel");
        knop.setDefaultButton(true);
        Hyperlink vergeten = new Hyperlink(I18n.t("slot.vergeten"));
        vergeten.setId("deur-vergeten");
        vergeten.setOnAction(e -> toonHerstellen());
        knop.setOnAction(e -> {
            char[] invoer = wachtwoord.getText().toCharArray();
            wachtwoord.clear();
            bezig(knop, true);
            background.run(() -> ontgrendeling.ontgrendel(invoer), uitslag -> {
                bezig(knop, false);
                if (uitslag.gelukt()) {
                    open.run();
                } else {
                    melding.setText(fout(uitslag.wacht()));
                    wachtwoord.requestFocus();
                }
            }, fout -> {
                bezig(knop, false);
                toonFout(fout);
            });
        });
        vul(null, "slot.titel.vergrendeld", "slot.uitleg.vergrendeld", label("slot.wachtwoord", wachtwoord), wachtwoord, knop,
                vergeten);
        wachtwoord.requestFocus();
    }

    void toonInstellen() {
        PasswordField wachtwoord = wachtwoordveld("deur-nieuw", "slot.nieuw");
        PasswordField herhaling = wachtwoordveld("deur-herhaling", "slot.herhaling");
        Button knop = new Button(I18n.t("slot.instellen"), FontIcon.of(Material2AL.LOCK, 16));
        knop.setId("deur-instellen");
        knop.setDefaultButton(true);
        knop.setOnAction(e -> {
            char[] a = wachtwoord.getText().toCharArray();
            char[] b = herhaling.getText().toCharArray();
            bezig(knop, true);
            background.run(() -> ontgrendeling.stelIn(a, b), code -> {
                bezig(knop, false);
                wachtwoord.clear();
                herhaling.clear();
                toonHerstelcode(code);
            }, fout -> {
                bezig(knop, false);
                toonFout(fout);
            });
        });
        Hyperlink terug = new Hyperlink(I18n.t("slot.terug"));
        terug.setId("deur-terug");
        terug.setOnAction(e -> toonWelkom());
        vul(1, "slot.titel.instellen", "slot.uitleg.instellen", label("slot.nieuw", wachtwoord), wachtwoord,
                label("slot.herhaling", herhaling), herhaling, knop, terug);
        wachtwoord.requestFocus();
    }

    private void toonHerstelcode(String code) {
        Label codeLabel = new Label(Herstelcodeweergave.groepeer(code));
        codeLabel.setId("deur-herstelcode");
        codeLabel.getStyleClass().add("herstelcode");
        codeLabel.setWrapText(true);
        Button afdrukken = new Button(I18n.t("slot.herstelcode.afdrukken"), FontIcon.of(Material2AL.LOCAL_PRINTSHOP, 16));
        afdrukken.setId("deur-afdrukken");
        afdrukken.setOnAction(e -> melding.setText(Herstelcodeweergave.drukAf(code, root.getScene().getWindow())
                ? "" : I18n.t("slot.herstelcode.nietAfgedrukt")));
        CheckBox bewaard = new CheckBox(I18n.t("slot.herstelcode.bewaard"));
        bewaard.setId("deur-bewaard");
        bewaard.setWrapText(true);
        Button verder = new Button(I18n.t("slot.verder"));
        verder.setId("deur-verder");
        verder.setDefaultButton(true);
        verder.disableProperty().bind(bewaard.selectedProperty().not());
        verder.setOnAction(e -> {
            codeLabel.setText(""); // off the screen as soon as it is not needed
            open.run();
        });
        vul(1, "slot.titel.herstelcode", "slot.uitleg.herstelcode", codeLabel, afdrukken, bewaard, verder);
    }

    void toonHerstellen() {
        TextField code = new TextField();
        code.setId("deur-code");
        code.setPromptText(I18n.t("slot.herstelcode"));
        PasswordField wachtwoord = wachtwoordveld("deur-nieuw", "slot.nieuw");
        PasswordField herhaling = wachtwoordveld("deur-herhaling", "slot.herhaling");
        Button knop = new Button(I18n.t("slot.herstel"), FontIcon.of(Material2AL.LOCK_OPEN, 16));
        knop.setId("deur-herstel");
        knop.setDefaultButton(true);
        Hyperlink terug = new Hyperlink(I18n.t("slot.terug"));
        terug.setOnAction(e -> toonOntgrendelen());
        knop.setOnAction(e -> {
            String ingevoerd = code.getText();
            char[] a = wachtwoord.getText().toCharArray();
            char[] b = herhaling.getText().toCharArray();
            bezig(knop, true);
            background.run(() -> ontgrendeling.herstel(ingevoerd, a, b), uitslag -> {
                bezig(knop, false);
                if (uitslag.gelukt()) {
                    code.clear();
                    open.run();
                } else {
                    melding.setText(I18n.t("slot.fout.herstelcode") + (uitslag.wacht().isZero() ? ""
                            : " " + I18n.t("slot.fout.wacht", seconden(uitslag.wacht()))));
                }
            }, fout -> {
                bezig(knop, false);
                toonFout(fout);
            });
        });
        vul(null, "slot.titel.herstellen", "slot.uitleg.herstellen", label("slot.herstelcode", code), code,
                label("slot.nieuw", wachtwoord), wachtwoord, label("slot.herhaling", herhaling), herhaling, knop, terug);
        code.requestFocus();
    }

    /** @param stap the step of the first start this card is, or null outside the first start */
    private void vul(Integer stap, String titelKey, String uitlegKey, Node... inhoud) {
        Label titel = new Label(I18n.t(titelKey));
        titel.getStyleClass().add(Styles.TITLE_3);
        titel.setWrapText(true);
        titel.setId("deur-titel");
        Label uitleg = new Label(I18n.t(uitlegKey));
        uitleg.setWrapText(true);
        melding.setText("");
        kaart.getChildren().setAll(FontIcon.of(Material2AL.LOCK, 32), titel, uitleg);
        if (stap != null) {
            Label stapLabel = new Label(I18n.t("welkom.stapVan", stap, STAPPEN));
            stapLabel.setId("deur-stap");
            stapLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            kaart.getChildren().add(1, stapLabel);
        }
        kaart.getChildren().addAll(inhoud);
        kaart.getChildren().add(melding);
    }

    private static Label label(String key, Node veld) {
        Label l = new Label(I18n.t(key));
        l.setLabelFor(veld);
        return l;
    }

    private static PasswordField wachtwoordveld(String id, String promptKey) {
        PasswordField veld = new PasswordField();
        veld.setId(id);
        veld.setPromptText(I18n.t(promptKey));
        return veld;
    }

    private void bezig(Button knop, boolean bezig) {
        knop.setDisable(bezig);
        // No typing ahead while the key is derived: the next attempt starts from an empty field.
        kaart.getChildren().stream().filter(n -> n instanceof javafx.scene.control.TextInputControl)
                .forEach(n -> n.setDisable(bezig));
        if (bezig) {
            melding.getStyleClass().remove(Styles.DANGER);
            melding.setText(I18n.t("slot.bezig"));
        } else if (!melding.getStyleClass().contains(Styles.DANGER)) {
            melding.getStyleClass().add(Styles.DANGER); // what follows a busy spell is a refusal, or the door is gone
        }
    }

    private void toonFout(Throwable fout) {
        melding.setText(""); // an unexpected failure has its own dialog; "Bezig…" would stay otherwise
        meldingen.weigering(fout, melding::setText);
    }

    private static String fout(Duration wacht) {
        return wacht.isZero() ? I18n.t("slot.fout.wachtwoord")
                : I18n.t("slot.fout.wachtwoord") + " " + I18n.t("slot.fout.wacht", seconden(wacht));
    }

    private static long seconden(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
