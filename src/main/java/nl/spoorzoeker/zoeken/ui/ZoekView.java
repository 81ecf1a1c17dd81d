package nl.spoorzoeker.zoeken.ui;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.ui.Aanwijzing;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.zoeken.Bron;
import nl.spoorzoeker.zoeken.ZoekService;
import nl.spoorzoeker.zoeken.Zoekresultaat;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One field that searches names, organisations and every text of the practice as the coach types:
 * each hit with its dossier, date, kind and the words found in bold; Enter or a double click opens
 * the hit itself (the contact selected in the Logboek, the werkgever on its screen, …).
 */
public final class ZoekView implements Page {

    /** Typing pauses this long before a search runs: fast typists do not queue a search per key. */
    static final Duration PAUZE = Duration.millis(150);

    private final UiContext ui;
    private final ZoekService service;
    private final VBox root = new VBox(12);
    private final TextField veld = new TextField();
    private final Label aantal = new Label();
    private final ListView<Zoekresultaat> lijst = new ListView<>();
    private final PauseTransition pauze = new PauseTransition(PAUZE);
    /** Counts searches, so the answer to an older one never replaces a newer one. */
    private long volgnummer;

    public ZoekView(UiContext ui, ZoekService service) {
        this.ui = ui;
        this.service = service;
        root.setId("zoeken");
        Label titel = new Label(I18n.t("nav.zoeken").replace("_", ""));
        titel.getStyleClass().add("title-2");
        veld.setId("zoek-veld");
        veld.setPromptText(I18n.t("zoek.prompt"));
        titel.setLabelFor(veld);
        veld.getStyleClass().add("large");
        HBox.setHgrow(veld, Priority.ALWAYS);
        HBox zoekregel = new HBox(8, FontIcon.of(Material2MZ.SEARCH, 22), veld);
        zoekregel.setAlignment(Pos.CENTER_LEFT);
        aantal.setId("zoek-aantal");
        aantal.getStyleClass().add("text-muted");
        lijst.setId("zoek-resultaten");
        lijst.setCellFactory(v -> new Treffer());
        lijst.setPlaceholder(new Label(I18n.t("zoek.leeg")));
        VBox.setVgrow(lijst, Priority.ALWAYS);
        root.getChildren().setAll(titel, zoekregel, aantal, lijst);

        pauze.setOnFinished(e -> zoek(veld.getText()));
        veld.textProperty().addListener((obs, oud, nieuw) -> {
            openBij = null;
            pauze.playFromStart();
        });
        veld.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !lijst.getItems().isEmpty()) {
                lijst.requestFocus();
                lijst.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                pauze.stop();
                zoek(veld.getText(), true);
                e.consume();
            }
        });
        lijst.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && lijst.getSelectionModel().getSelectedItem() != null) {
                open(lijst.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.UP && lijst.getSelectionModel().getSelectedIndex() == 0) {
                veld.requestFocus();
            }
        });
        lijst.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && lijst.getSelectionModel().getSelectedItem() != null) {
                open(lijst.getSelectionModel().getSelectedItem());
            }
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        zoek(veld.getText());
    }

    /** Ctrl+K: the cursor in the search field, its text selected for a new search. */
    public void focus() {
        veld.requestFocus();
        veld.selectAll();
    }

    private void zoek(String invoer) {
        zoek(invoer, false);
    }

    /**
     * The text for which Enter asked to open the first hit, until a search of it answers. Kept apart from the
     * search that Enter started: a refresh after a change elsewhere (a save, a backup) starts a newer search of
     * the same text, which the older one's answer must give way to — and the Enter must not be lost with it
     * (seen once in the full suite: the dossier never opened). Typing on forgets it.
     */
    private String openBij;

    /** @param openEerste open the first hit once found (Enter in the field) */
    private void zoek(String invoer, boolean openEerste) {
        long nummer = ++volgnummer;
        if (openEerste) {
            openBij = invoer;
        }
        ui.background().run(() -> service.zoek(invoer), treffers -> {
            if (nummer != volgnummer) {
                return;
            }
            toon(invoer, treffers);
            if (invoer != null && invoer.equals(openBij)) {
                openBij = null;
                if (!treffers.isEmpty()) {
                    open(treffers.getFirst());
                }
            }
        });
    }

    private void toon(String invoer, List<Zoekresultaat> treffers) {
        // A newer answer (the last keystroke's, or a refresh after a change elsewhere) keeps the hit the coach
        // has arrowed to, when it is still found: the list is not reset under the coach's hand, and Enter opens it
        // (the full suite once lost an Enter to an answer that arrived between the choice and the key).
        Zoekresultaat gekozen = lijst.getSelectionModel().getSelectedItem();
        lijst.getItems().setAll(treffers);
        if (gekozen != null) {
            // The same hit (its kind and row), not the same record: the fragment differs with the text searched.
            treffers.stream().filter(t -> t.bron() == gekozen.bron() && t.bronId() == gekozen.bronId()).findFirst()
                    .ifPresent(lijst.getSelectionModel()::select);
        }
        aantal.setText(invoer == null || invoer.isBlank() ? ""
                : treffers.size() >= ZoekService.LIMIET ? I18n.t("zoek.aantalMeer", ZoekService.LIMIET)
                : I18n.t("zoek.aantal", treffers.size()));
        lijst.setPlaceholder(new Label(I18n.t(invoer == null || invoer.isBlank() ? "zoek.leeg" : "zoek.niets")));
    }

    /** Opens the hit itself: the werkgever on its screen, anything else selected in its dossier. */
    private void open(Zoekresultaat z) {
        if (z.bron() == Bron.WERKGEVER) {
            ui.navigator().openWerkgever(z.bronId());
        } else if (z.dossierId() == null) {
            ui.navigator().status(I18n.t("zoek.geenDossier"));
        } else {
            ui.navigator().openDossier(z.dossierId(), aanwijzing(z));
        }
    }

    /** What the dossier screen selects for a hit (a group session: in its first participant's log). */
    static Aanwijzing aanwijzing(Zoekresultaat z) {
        return new Aanwijzing(switch (z.bron()) {
            case DOSSIER -> Aanwijzing.Soort.DOSSIER;
            case CONTACTMOMENT -> Aanwijzing.Soort.CONTACTMOMENT;
            case GROEPSSESSIE -> Aanwijzing.Soort.GROEPSSESSIE;
            case SOLLICITATIE -> Aanwijzing.Soort.SOLLICITATIE;
            case NETWERKCONTACT -> Aanwijzing.Soort.NETWERKCONTACT;
            case WERKERVARINGSPLEK -> Aanwijzing.Soort.WERKERVARINGSPLEK;
            case EVALUATIE -> Aanwijzing.Soort.WERKERVARING_EVALUATIE;
            case AFSPRAAK -> Aanwijzing.Soort.AFSPRAAK;
            case STAPANTWOORD -> Aanwijzing.Soort.STAPANTWOORD;
            case DOEL -> Aanwijzing.Soort.DOEL;
            case BELASTBAARHEID -> Aanwijzing.Soort.BELASTBAARHEID;
            case PERSOONSPROFIEL -> Aanwijzing.Soort.PERSOONSPROFIEL;
            case ZOEKPROFIEL -> Aanwijzing.Soort.ZOEKPROFIEL;
            case AD_RAPPORT -> Aanwijzing.Soort.AD_RAPPORT;
            case RAPPORT -> Aanwijzing.Soort.RAPPORT;
            case WERKGEVER -> throw new IllegalArgumentException("a werkgever belongs to no dossier");
        }, z.bronId());
    }

    /** The fragment as text runs, the matched words in bold. */
    static List<Text> fragment(String fragment) {
        List<Text> runs = new java.util.ArrayList<>();
        StringBuilder deel = new StringBuilder();
        boolean vet = false;
        for (char c : fragment.replace("\n", " · ").toCharArray()) {
            if (c == Zoekresultaat.BEGIN || c == Zoekresultaat.EINDE) {
                if (!deel.isEmpty()) {
                    runs.add(run(deel.toString(), vet));
                    deel.setLength(0);
                }
                vet = c == Zoekresultaat.BEGIN;
            } else {
                deel.append(c);
            }
        }
        if (!deel.isEmpty()) {
            runs.add(run(deel.toString(), vet));
        }
        return runs;
    }

    private static Text run(String tekst, boolean vet) {
        Text text = new Text(tekst);
        text.getStyleClass().add(vet ? "zoek-treffer" : "zoek-tekst");
        return text;
    }

    private static final class Treffer extends ListCell<Zoekresultaat> {
        @Override
        protected void updateItem(Zoekresultaat z, boolean empty) {
            super.updateItem(z, empty);
            setText(null);
            if (empty || z == null) {
                setGraphic(null);
                return;
            }
            Label naam = new Label(z.naam() == null ? I18n.t("zoek.geenDossier") : z.naam());
            naam.getStyleClass().add("text-bold");
            Label soort = new Label(I18n.t("bron." + z.bron().name()));
            soort.getStyleClass().add("fase-badge");
            Region ruimte = new Region();
            HBox.setHgrow(ruimte, Priority.ALWAYS);
            Label datum = new Label(z.datum() == null ? "" : DateInput.format(z.datum()));
            datum.getStyleClass().add("text-muted");
            HBox kop = new HBox(10, naam, soort, ruimte, datum);
            kop.setAlignment(Pos.CENTER_LEFT);
            TextFlow tekst = new TextFlow(fragment(z.fragment()).toArray(Node[]::new));
            tekst.setPrefWidth(0);
            tekst.setMaxWidth(Double.MAX_VALUE);
            VBox box = new VBox(4, kop, tekst);
            box.setPadding(new Insets(4, 2, 4, 2));
            setGraphic(box);
        }
    }
}
