package nl.spoorzoeker.instrument.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.spoorzoeker.instrument.Afname;
import nl.spoorzoeker.instrument.InstrumentService;
import nl.spoorzoeker.instrument.Interessetest;
import nl.spoorzoeker.instrument.Vraag;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Theme;
import nl.spoorzoeker.ui.Meldingen;
import nl.spoorzoeker.ui.FxMeldingen;

/**
 * The window the werknemer fills in the interest test in, on the coach's laptop: one item at a
 * time in large type, answered with the mouse or the keys 1–5, back and forward with the arrow
 * keys, progress on top. Every answer is stored the moment it is given (on the background
 * queue, in order), so closing the window is pausing: the next start resumes at the first open
 * item. When all items are answered the werknemer completes the test and sees the result.
 */
public final class InteressetestVenster {

    /** The large-type choice holds for the rest of the session: the same werknemer often resumes. */
    private static boolean grootGekozen = true;

    private final Background background;
    private final InstrumentService service;
    private final int afnameId;
    private final List<Vraag> vragen = Interessetest.vragen();
    private final Map<Integer, Integer> antwoorden;
    private final Stage stage = new Stage();
    /** A window of its own over the main one: a failure's dialog stands over it, not behind it. */
    private final Meldingen meldingen = new FxMeldingen(() -> stage);
    private final BorderPane root = new BorderPane();
    private final Label voortgang = new Label();
    private final ProgressBar balk = new ProgressBar(0);
    private final Label vraag = new Label();
    private final Label fout = new Label();
    private final ToggleButton[] knoppen = new ToggleButton[Interessetest.HOOGSTE];
    private final Button vorige = new Button(I18n.t("riasec.vorige"));
    private final Button volgende = new Button(I18n.t("riasec.volgende"));
    private final CheckBox groot = new CheckBox(I18n.t("riasec.groot"));
    private final Button pauze = new Button();
    private int huidig;
    private Modus modus = Modus.VRAAG;

    private enum Modus { VRAAG, KLAAR, UITSLAG }

    private InteressetestVenster(Window owner, Background background, InstrumentService service, Afname afname,
                                 Runnable gesloten) {
        this.background = background;
        this.service = service;
        this.afnameId = afname.id();
        this.antwoorden = new HashMap<>(afname.antwoorden());
        this.huidig = afname.hervatBij() - 1;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.t("riasec.titel"));
        root.setId("riasec-venster");
        root.setPadding(new Insets(20, 28, 20, 28));
        // Fits a 1366×768 laptop screen with its task bar (LabelsUiTest checks every window).
        Scene scene = new Scene(root, 1000, 640);
        Theme.style(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::toets);
        stage.setScene(scene);
        stage.setOnHidden(e -> gesloten.run());
        groot.setId("riasec-groot");
        groot.setSelected(grootGekozen);
        groot.selectedProperty().addListener((obs, oud, aan) -> {
            grootGekozen = aan;
            letters();
        });
        pauze.setText(I18n.t(afname.status() == Afname.Status.LOPEND ? "riasec.pauze" : "riasec.sluit"));
        pauze.setId("riasec-pauze");
        pauze.setCancelButton(true);
        pauze.setOnAction(e -> stage.hide());
        Label titel = new Label(I18n.t("riasec.titel"));
        titel.getStyleClass().add("title-2");
        Region ruimte = new Region();
        HBox.setHgrow(ruimte, Priority.ALWAYS);
        HBox boven = new HBox(16, titel, ruimte, groot, pauze);
        boven.setAlignment(Pos.CENTER_LEFT);
        boven.setPadding(new Insets(0, 0, 16, 0));
        root.setTop(boven);
        letters();
        if (afname.status() == Afname.Status.VOLTOOID) {
            uitslag(afname);
        } else {
            bouwVraag();
            toon();
        }
    }

    /** Opens the test where it was left (a new afname starts at item 1). */
    public static void open(Window owner, Background background, InstrumentService service, Afname afname,
                            Runnable gesloten) {
        new InteressetestVenster(owner, background, service, afname, gesloten).stage.show();
    }

    private void letters() {
        root.setStyle(groot.isSelected() ? "-fx-font-size: 22px;" : "-fx-font-size: 15px;");
    }

    private VBox vraagScherm;

    private void bouwVraag() {
        voortgang.setId("riasec-voortgang");
        balk.setId("riasec-balk");
        balk.setMaxWidth(Double.MAX_VALUE);
        balk.setAccessibleText(I18n.t("riasec.balk"));
        Label prompt = new Label(I18n.t("riasec.prompt"));
        prompt.setWrapText(true);
        vraag.setId("riasec-vraag");
        vraag.setWrapText(true);
        vraag.setStyle("-fx-font-size: 1.8em; -fx-font-weight: bold;");
        vraag.setMinHeight(Region.USE_PREF_SIZE);
        // Five equal columns: an answer must not look bigger than another because its words are longer.
        GridPane keuzes = new GridPane();
        keuzes.setHgap(10);
        for (int n = Interessetest.LAAGSTE; n <= Interessetest.HOOGSTE; n++) {
            int waarde = n;
            ToggleButton knop = new ToggleButton(n + "\n" + I18n.t("riasec.antwoord." + n));
            knop.setId("riasec-antwoord-" + n);
            knop.setWrapText(true);
            knop.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            knop.setMaxWidth(Double.MAX_VALUE);
            // Big targets for a mouse at the kitchen table, all as high as the highest.
            knop.setMinHeight(Math.max(64, knop.getMinHeight()));
            knop.setMaxHeight(Double.MAX_VALUE);
            GridPane.setFillHeight(knop, true);
            knop.setOnAction(e -> kies(waarde));
            knoppen[n - 1] = knop;
            ColumnConstraints kolom = new ColumnConstraints();
            kolom.setPercentWidth(100.0 / Interessetest.HOOGSTE);
            kolom.setFillWidth(true);
            keuzes.getColumnConstraints().add(kolom);
            keuzes.add(knop, n - 1, 0);
        }
        vorige.setId("riasec-vorige");
        vorige.setOnAction(e -> vorige());
        volgende.setId("riasec-volgende");
        volgende.setOnAction(e -> volgende());
        Region ruimte = new Region();
        HBox.setHgrow(ruimte, Priority.ALWAYS);
        HBox nav = new HBox(10, vorige, ruimte, volgende);
        Label hint = new Label(I18n.t("riasec.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        fout.setId("riasec-fout");
        fout.getStyleClass().add("danger");
        fout.setWrapText(true);
        vraagScherm = new VBox(18, voortgang, balk, prompt, vraag, keuzes, nav, hint, fout);
    }

    private void toon() {
        modus = Modus.VRAAG;
        Vraag v = vragen.get(huidig);
        voortgang.setText(I18n.t("riasec.voortgang", v.nummer(), vragen.size(), antwoorden.size()));
        balk.setProgress(antwoorden.size() / (double) vragen.size());
        vraag.setText(v.tekst(I18n.locale()));
        Integer gekozen = antwoorden.get(v.nummer());
        for (int n = 0; n < knoppen.length; n++) {
            knoppen[n].setSelected(gekozen != null && gekozen == n + 1);
        }
        vorige.setDisable(huidig == 0);
        volgende.setDisable(gekozen == null);
        root.setCenter(vraagScherm);
    }

    private void kies(int waarde) {
        int item = vragen.get(huidig).nummer();
        antwoorden.put(item, waarde);
        fout.setText("");
        background.run(() -> {
            service.antwoord(afnameId, item, waarde);
            return null;
        }, ok -> { }, this::mislukt);
        if (huidig < vragen.size() - 1) {
            huidig++;
            toon();
        } else {
            naEinde();
        }
    }

    private void vorige() {
        if (modus == Modus.KLAAR) {
            toon();
        } else if (huidig > 0) {
            huidig--;
            toon();
        }
    }

    private void volgende() {
        if (!antwoorden.containsKey(vragen.get(huidig).nummer())) {
            return;
        }
        if (huidig < vragen.size() - 1) {
            huidig++;
            toon();
        } else {
            naEinde();
        }
    }

    /** Past the last item: done when every item has an answer, else back to the first open one. */
    private void naEinde() {
        for (int i = 0; i < vragen.size(); i++) {
            if (!antwoorden.containsKey(vragen.get(i).nummer())) {
                huidig = i;
                toon();
                fout.setText(I18n.t("riasec.nogOpen", antwoorden.size(), vragen.size()));
                return;
            }
        }
        klaarScherm();
    }

    private void klaarScherm() {
        modus = Modus.KLAAR;
        Label tekst = new Label(I18n.t("riasec.klaar.tekst", vragen.size()));
        tekst.setWrapText(true);
        tekst.setStyle("-fx-font-size: 1.4em;");
        Button klaar = new Button(I18n.t("riasec.klaar"));
        klaar.setId("riasec-klaar");
        klaar.setDefaultButton(true);
        klaar.getStyleClass().add("accent");
        Button terug = new Button(I18n.t("riasec.vorige"));
        terug.setId("riasec-klaar-terug");
        terug.setOnAction(e -> toon());
        fout.setText("");
        klaar.setOnAction(e -> {
            klaar.setDisable(true);
            background.run(() -> service.voltooi(afnameId), this::uitslag, t -> {
                klaar.setDisable(false);
                mislukt(t);
            });
        });
        root.setCenter(new VBox(20, tekst, new HBox(10, terug, klaar), fout));
        klaar.requestFocus();
    }

    private void uitslag(Afname afname) {
        modus = Modus.UITSLAG;
        pauze.setText(I18n.t("riasec.sluit"));
        Button sluit = new Button(I18n.t("riasec.sluit"));
        sluit.setId("riasec-sluit");
        sluit.setOnAction(e -> stage.hide());
        VBox inhoud = new VBox(12, UitslagView.van(afname), sluit);
        inhoud.setPadding(new Insets(0, 12, 12, 0));
        ScrollPane scroll = new ScrollPane(inhoud);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        sluit.requestFocus();
    }

    /**
     * The label says the answer was not kept (in words for the person taking the test); a refusal
     * says why there, anything else is logged and shown with its code, for whoever helps.
     */
    private void mislukt(Throwable t) {
        fout.setText(I18n.t("riasec.fout.bewaren"));
        meldingen.weigering(t, fout::setText);
    }

    private void toets(KeyEvent e) {
        KeyCode k = e.getCode();
        if (modus == Modus.VRAAG) {
            int cijfer = switch (k) {
                case DIGIT1, NUMPAD1 -> 1;
                case DIGIT2, NUMPAD2 -> 2;
                case DIGIT3, NUMPAD3 -> 3;
                case DIGIT4, NUMPAD4 -> 4;
                case DIGIT5, NUMPAD5 -> 5;
                default -> 0;
            };
            if (cijfer > 0) {
                kies(cijfer);
                e.consume();
            } else if (k == KeyCode.LEFT || k == KeyCode.BACK_SPACE || k == KeyCode.PAGE_UP) {
                vorige();
                e.consume();
            } else if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN) {
                volgende();
                e.consume();
            }
        } else if (modus == Modus.KLAAR && (k == KeyCode.LEFT || k == KeyCode.BACK_SPACE)) {
            toon();
            e.consume();
        }
    }
}
