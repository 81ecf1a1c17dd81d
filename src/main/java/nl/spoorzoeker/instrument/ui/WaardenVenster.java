package nl.spoorzoeker.instrument.ui;

import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.instrument.WaardenService;
import nl.spoorzoeker.instrument.Waardenkaarten;
import nl.spoorzoeker.instrument.Waardensortering;
import nl.spoorzoeker.instrument.Waardensortering.Stapel;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Theme;
import nl.spoorzoeker.ui.Meldingen;
import nl.spoorzoeker.ui.FxMeldingen;

/**
 * The values card sort as the werknemer and the coach do it together (issue 19 item 2): one card
 * at a time, laid on a pile with the mouse or the keys 1, 2, 3; the three piles side by side, a
 * card in a pile moved with the same keys or taken back with Backspace; from the "heel belangrijk"
 * pile the top 5 chosen with T (or Enter) and put in order with Alt+arrow up and down. Every change
 * is saved at once on the background queue, in order, so closing the window is pausing. When the
 * top is complete it can be written into the persoonsprofiel.
 */
public final class WaardenVenster {

    private final Background background;
    private final WaardenService service;
    private final int dossierId;
    private final Stage stage = new Stage();
    /** A window of its own over the main one: a failure's dialog stands over it, not behind it. */
    private final Meldingen meldingen = new FxMeldingen(() -> stage);
    private final BorderPane root = new BorderPane();
    private final Label teller = new Label();
    private final Label naam = new Label();
    private final Label uitleg = new Label();
    private final Label melding = new Label();
    private final Button[] stapelKnoppen = new Button[3];
    private final ListView<String> heel = lijst("HEEL_BELANGRIJK");
    private final ListView<String> belangrijk = lijst("BELANGRIJK");
    private final ListView<String> minder = lijst("MINDER_BELANGRIJK");
    private final ListView<String> top = lijst("top");
    private final Button naarProfiel = new Button(I18n.t("waarden.naarProfiel"));
    /** The id the sitting got when first saved: read and set on the background queue only. */
    private final AtomicReference<Integer> opgeslagen;
    private Waardensortering stand;

    private WaardenVenster(Window owner, Background background, WaardenService service, int dossierId,
                           Waardensortering begin, Runnable gesloten) {
        this.background = background;
        this.service = service;
        this.dossierId = dossierId;
        this.stand = begin;
        this.opgeslagen = new AtomicReference<>(begin.id());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.t("waarden.titel"));
        root.setId("waarden-venster");
        root.setPadding(new Insets(16, 24, 16, 24));
        root.setStyle("-fx-font-size: 15px;");
        // Fits a 1366×768 laptop screen with its task bar.
        Scene scene = new Scene(root, 1180, 660);
        Theme.style(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::toets);
        stage.setScene(scene);
        stage.setOnHidden(e -> gesloten.run());

        Label titel = new Label(I18n.t("waarden.titel"));
        titel.getStyleClass().add("title-2");
        Label datum = new Label(I18n.t("waarden.datum", DateInput.format(begin.datum())));
        datum.getStyleClass().add("text-muted");
        Region ruimte = new Region();
        HBox.setHgrow(ruimte, Priority.ALWAYS);
        Button sluit = new Button(I18n.t("waarden.sluit"));
        sluit.setId("waarden-sluit");
        sluit.setCancelButton(true);
        sluit.setOnAction(e -> stage.hide());
        HBox boven = new HBox(16, titel, datum, ruimte, sluit);
        boven.setAlignment(Pos.CENTER_LEFT);
        root.setTop(boven);

        teller.setId("waarden-teller");
        naam.setId("waarden-kaart");
        naam.setStyle("-fx-font-size: 1.9em; -fx-font-weight: bold;");
        uitleg.setId("waarden-uitleg");
        uitleg.setWrapText(true);
        String[] keys = {"waarden.stapel.HEEL_BELANGRIJK", "waarden.stapel.BELANGRIJK", "waarden.stapel.MINDER_BELANGRIJK"};
        HBox knoppen = new HBox(10);
        for (int i = 0; i < 3; i++) {
            Stapel s = Stapel.values()[i];
            Button b = new Button((i + 1) + " · " + I18n.t(keys[i]));
            b.setId("waarden-stapel-" + (i + 1));
            b.setOnAction(e -> legHuidige(s));
            b.setMinHeight(44);
            stapelKnoppen[i] = b;
            knoppen.getChildren().add(b);
        }
        VBox kaart = new VBox(6, teller, naam, uitleg, knoppen);
        kaart.getStyleClass().add("kk-kwadrant");
        kaart.setPadding(new Insets(12));

        Button wissel = new Button(I18n.t("waarden.topWissel"));
        wissel.setId("waarden-top-wissel");
        wissel.setOnAction(e -> wisselTop());
        Button hoger = new Button(I18n.t("waarden.hoger"));
        hoger.setId("waarden-hoger");
        hoger.setOnAction(e -> schuif(-1));
        Button lager = new Button(I18n.t("waarden.lager"));
        lager.setId("waarden-lager");
        lager.setOnAction(e -> schuif(+1));
        HBox stapels = new HBox(12, kolom(keys[0], heel), kolom(keys[1], belangrijk), kolom(keys[2], minder),
                kolom("waarden.top", top, wissel, hoger, lager));
        VBox.setVgrow(stapels, Priority.ALWAYS);

        Label hint = new Label(I18n.t("waarden.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        melding.setId("waarden-melding");
        melding.setWrapText(true);
        naarProfiel.setId("waarden-profiel");
        naarProfiel.getStyleClass().add("accent");
        naarProfiel.setOnAction(e -> naarProfiel());
        HBox onder = new HBox(16, naarProfiel, melding);
        onder.setAlignment(Pos.CENTER_LEFT);
        VBox midden = new VBox(12, kaart, stapels, hint, onder);
        midden.setPadding(new Insets(12, 0, 0, 0));
        root.setCenter(midden);
        toon();
    }

    /** Opens a sitting: a new one (id null) or one to carry on with. */
    public static void open(Window owner, Background background, WaardenService service, int dossierId,
                            Waardensortering sortering, Runnable gesloten) {
        new WaardenVenster(owner, background, service, dossierId, sortering, gesloten).stage.show();
    }

    private static ListView<String> lijst(String naam) {
        ListView<String> l = new ListView<>();
        l.setId("waarden-lijst-" + naam);
        l.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean leeg) {
                super.updateItem(code, leeg);
                setText(leeg || code == null ? null : Waardenkaarten.naam(code, I18n.locale()));
            }
        });
        return l;
    }

    private static Node kolom(String kopKey, ListView<String> lijst, Button... knoppen) {
        Label kop = new Label(I18n.t(kopKey));
        kop.getStyleClass().add("text-bold");
        kop.setLabelFor(lijst);
        lijst.setAccessibleText(I18n.t(kopKey));
        VBox.setVgrow(lijst, Priority.ALWAYS);
        VBox box = new VBox(6, kop, lijst);
        if (knoppen.length > 0) {
            // The first button on its own line, the rest beside each other: none is cut off.
            box.getChildren().add(knoppen[0]);
            HBox rij = new HBox(6, java.util.Arrays.copyOfRange(knoppen, 1, knoppen.length));
            box.getChildren().add(rij);
        }
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(260);
        return box;
    }

    private void toets(KeyEvent e) {
        Stapel s = switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> Stapel.HEEL_BELANGRIJK;
            case DIGIT2, NUMPAD2 -> Stapel.BELANGRIJK;
            case DIGIT3, NUMPAD3 -> Stapel.MINDER_BELANGRIJK;
            default -> null;
        };
        ListView<String> inLijst = gekozenLijst();
        if (s != null) {
            if (inLijst != null && inLijst != top && inLijst.getSelectionModel().getSelectedItem() != null) {
                wijzig(stand.leg(inLijst.getSelectionModel().getSelectedItem(), s));
            } else {
                legHuidige(s);
            }
            e.consume();
        } else if ((e.getCode() == KeyCode.T || e.getCode() == KeyCode.ENTER) && inLijst != null) {
            wisselTop();
            e.consume();
        } else if (e.getCode() == KeyCode.BACK_SPACE && inLijst != null && inLijst != top
                && inLijst.getSelectionModel().getSelectedItem() != null) {
            wijzig(stand.leg(inLijst.getSelectionModel().getSelectedItem(), null));
            e.consume();
        } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            schuif(e.getCode() == KeyCode.UP ? -1 : +1);
            e.consume();
        }
    }

    /** The pile list that has the focus, or null. */
    private ListView<String> gekozenLijst() {
        for (ListView<String> l : java.util.List.of(heel, belangrijk, minder, top)) {
            if (l.isFocused()) {
                return l;
            }
        }
        return null;
    }

    private void legHuidige(Stapel s) {
        if (!stand.ongesorteerd().isEmpty()) {
            wijzig(stand.leg(stand.ongesorteerd().getFirst(), s));
        }
    }

    /** The card chosen in the very-important pile or the top goes into or out of the top. */
    private void wisselTop() {
        String kaart = top.isFocused() ? top.getSelectionModel().getSelectedItem()
                : heel.getSelectionModel().getSelectedItem();
        if (kaart == null) {
            return;
        }
        Waardensortering nieuw = stand.wisselTop(kaart);
        if (nieuw == stand) {
            melding.setText(I18n.t(stand.stapels().get(kaart) != Stapel.HEEL_BELANGRIJK ? "waarden.fout.topStapel"
                    : "waarden.topVol"));
            return;
        }
        wijzig(nieuw);
    }

    private void schuif(int richting) {
        String kaart = top.getSelectionModel().getSelectedItem();
        if (kaart != null) {
            wijzig(stand.schuif(kaart, richting));
            top.getSelectionModel().select(kaart);
        }
    }

    private void wijzig(Waardensortering nieuw) {
        stand = nieuw;
        melding.setText("");
        toon();
        Waardensortering bewaren = nieuw;
        background.run(() -> {
            Waardensortering metId = new Waardensortering(opgeslagen.get(), bewaren.datum(), bewaren.stapels(),
                    bewaren.top());
            opgeslagen.set(service.bewaar(dossierId, metId));
            return null;
        }, x -> { }, this::fout);
    }

    private void naarProfiel() {
        background.run(() -> service.naarProfiel(dossierId, opgeslagen.get(), I18n.locale()),
                versie -> melding.setText(I18n.t("waarden.inProfiel", versie)), this::fout);
    }

    /** The label says what did not happen; a refusal says why there, anything else has its own dialog and log line. */
    private void fout(Throwable t) {
        melding.setText(I18n.t("waarden.fout.bewaren"));
        meldingen.weigering(t, melding::setText);
    }

    private void toon() {
        var open = stand.ongesorteerd();
        int totaal = Waardenkaarten.alle().size();
        if (open.isEmpty()) {
            teller.setText(I18n.t("waarden.klaar", totaal));
            naam.setText(I18n.t("waarden.kiesTop"));
            uitleg.setText(I18n.t("waarden.kiesTop.uitleg"));
        } else {
            var kaart = Waardenkaarten.kaart(open.getFirst()).orElseThrow();
            teller.setText(I18n.t("waarden.teller", totaal - open.size() + 1, totaal, open.size()));
            naam.setText(kaart.naam(I18n.locale()));
            uitleg.setText(kaart.uitleg(I18n.locale()));
        }
        for (Button b : stapelKnoppen) {
            b.setDisable(open.isEmpty());
        }
        vul(heel, stand.op(Stapel.HEEL_BELANGRIJK));
        vul(belangrijk, stand.op(Stapel.BELANGRIJK));
        vul(minder, stand.op(Stapel.MINDER_BELANGRIJK));
        vul(top, stand.top());
        naarProfiel.setDisable(!stand.topKompleet());
    }

    /** Refills a list and keeps its selection on the same card where it is still there. */
    private static void vul(ListView<String> lijst, java.util.List<String> codes) {
        String gekozen = lijst.getSelectionModel().getSelectedItem();
        int plaats = lijst.getSelectionModel().getSelectedIndex();
        lijst.setItems(FXCollections.observableArrayList(codes));
        if (gekozen != null && codes.contains(gekozen)) {
            lijst.getSelectionModel().select(gekozen);
        } else if (!codes.isEmpty() && plaats >= 0) {
            lijst.getSelectionModel().select(Math.min(plaats, codes.size() - 1));
        }
    }
}
