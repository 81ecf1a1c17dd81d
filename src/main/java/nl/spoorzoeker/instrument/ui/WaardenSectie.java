package nl.spoorzoeker.instrument.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.instrument.Drijfveren;
import nl.spoorzoeker.instrument.Instrumentsoort;
import nl.spoorzoeker.instrument.WaardenService;
import nl.spoorzoeker.instrument.Waardensortering;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.instrument.Waardenkaarten;

/**
 * On the Instrumenten tab: the values card sort (start, carry on, earlier sittings with their top
 * 5), the drives worksheet (five open questions, optionally into the persoonsprofiel), and which
 * kinds of result go into the reports.
 */
final class WaardenSectie {

    private WaardenSectie() {
    }

    static Node node(UiContext ui, WaardenService service, int dossierId, List<Waardensortering> sorteringen,
                     Drijfveren drijfveren, Runnable opnieuw) {
        Label titel = new Label(I18n.t("waarden.titel"));
        titel.getStyleClass().add("title-3");
        Label uitleg = muted(I18n.t("waarden.uitleg.pane", Waardenkaarten.alle().size()));
        Waardensortering open = sorteringen.stream().filter(w -> !w.topKompleet()).findFirst().orElse(null);
        Button start = new Button(open == null ? I18n.t("waarden.start")
                : I18n.t("waarden.hervat", DateInput.format(open.datum())), FontIcon.of(Material2AL.ASSIGNMENT, 16));
        start.setId("waarden-start");
        start.setOnAction(e -> WaardenVenster.open(ui.window().get(), ui.background(), service, dossierId,
                open != null ? open : Waardensortering.nieuw(ui.today()), opnieuw));
        VBox box = new VBox(8, titel, uitleg, start);
        VBox eerder = new VBox(6);
        eerder.setId("waarden-eerder");
        for (Waardensortering w : sorteringen) {
            if (!w.topKompleet()) {
                continue;
            }
            Label regel = new Label(I18n.t("waarden.regel", DateInput.format(w.datum()),
                    WaardenService.toptekst(w, I18n.locale())));
            regel.setWrapText(true);
            Button bekijk = new Button(I18n.t("waarden.openen"));
            bekijk.setId("waarden-open-" + w.id());
            bekijk.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            bekijk.setOnAction(e -> WaardenVenster.open(ui.window().get(), ui.background(), service, dossierId, w,
                    opnieuw));
            HBox rij = new HBox(12, regel, bekijk);
            rij.setAlignment(Pos.CENTER_LEFT);
            eerder.getChildren().add(rij);
        }
        if (!eerder.getChildren().isEmpty()) {
            box.getChildren().add(eerder);
        }
        // The latest top as a chart, the one the persoonsprofiel and the reports take.
        sorteringen.stream().filter(Waardensortering::topKompleet)
                .max(java.util.Comparator.comparing(Waardensortering::datum).thenComparing(Waardensortering::id))
                .ifPresent(w -> {
                    Label kop = new Label(I18n.t("waarden.grafiek.titel", DateInput.format(w.datum())));
                    kop.getStyleClass().add("text-bold");
                    box.getChildren().addAll(kop, WaardenGrafiek.van(w));
                });
        box.getChildren().add(muted(I18n.t("waarden.bron")));
        box.getChildren().add(drijfveren(ui, service, dossierId, drijfveren, opnieuw));
        return box;
    }

    private static Node drijfveren(UiContext ui, WaardenService service, int dossierId, Drijfveren d, Runnable opnieuw) {
        Label titel = new Label(I18n.t("drijfveren.titel"));
        titel.getStyleClass().add("title-4");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        String[] velden = {"energie", "moe", "trots", "belangrijk", "nietMeer"};
        String[] waarden = d == null ? new String[5] : new String[] {d.energie(), d.moe(), d.trots(), d.belangrijk(),
                d.nietMeer()};
        List<TextField> invoer = new ArrayList<>();
        for (int i = 0; i < velden.length; i++) {
            Label vraag = new Label(I18n.t("drijfveren.vraag." + velden[i]));
            vraag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            TextField veld = new TextField(waarden[i] == null ? "" : waarden[i]);
            veld.setId("drijfveren-" + velden[i]);
            vraag.setLabelFor(veld);
            veld.setPrefColumnCount(40);
            GridPane.setHgrow(veld, Priority.ALWAYS);
            grid.addRow(i, vraag, veld);
            invoer.add(veld);
        }
        CheckBox inProfiel = new CheckBox(I18n.t("drijfveren.inProfiel"));
        inProfiel.setId("drijfveren-inprofiel");
        Label melding = new Label(d == null ? "" : I18n.t("drijfveren.stand", DateInput.format(d.datum())));
        melding.setId("drijfveren-melding");
        Button bewaar = new Button(I18n.t("drijfveren.bewaar"));
        bewaar.setId("drijfveren-bewaar");
        bewaar.setOnAction(e -> {
            Drijfveren nieuw = new Drijfveren(ui.today(), kort(invoer.get(0)), kort(invoer.get(1)), kort(invoer.get(2)),
                    kort(invoer.get(3)), kort(invoer.get(4)));
            boolean profiel = inProfiel.isSelected();
            ui.background().run(() -> {
                service.bewaarDrijfveren(dossierId, nieuw, profiel, WaardenSectie::profieltekst);
                return null;
            }, x -> opnieuw.run(), t -> {
                // The label says what did not happen; a refusal says why there, anything else has its own dialog.
                melding.setText(I18n.t("waarden.fout.bewaren"));
                ui.meldingen().weigering(t, melding::setText);
            });
        });
        HBox knoppen = new HBox(12, bewaar, inProfiel, melding);
        knoppen.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, titel, muted(I18n.t("drijfveren.uitleg")), grid, knoppen);
    }

    /** An answer as typed, cut at the longest allowed (the field is one line). */
    private static String kort(TextField veld) {
        String t = veld.getText();
        return t == null ? null : t.length() > Drijfveren.MAX ? t.substring(0, Drijfveren.MAX) : t;
    }

    /**
     * The drives as the persoonsprofiel holds them — the same sentences the reports print. What drains
     * energy stays on the worksheet: the profile is printed for the employer, and it invites health talk.
     */
    static String profieltekst(Drijfveren d) {
        List<String> delen = new ArrayList<>();
        zin(delen, "rapport.instr.drijfveren.energie", d.energie());
        zin(delen, "rapport.instr.drijfveren.trots", d.trots());
        zin(delen, "rapport.instr.drijfveren.belangrijk", d.belangrijk());
        zin(delen, "rapport.instr.drijfveren.nietMeer", d.nietMeer());
        return String.join(" ", delen);
    }

    private static void zin(List<String> delen, String key, String tekst) {
        if (tekst != null) {
            delen.add(I18n.t(key, tekst.endsWith(".") ? tekst.substring(0, tekst.length() - 1) : tekst));
        }
    }

    /** Which kinds of result go into the reports: all by default, the coach unticks what stays out. */
    static Node rapportkeuze(UiContext ui, WaardenService service, int dossierId, Set<Instrumentsoort> weggelaten) {
        Label titel = new Label(I18n.t("instrumenten.rapport.titel"));
        titel.getStyleClass().add("title-4");
        FlowPane vakjes = new FlowPane(16, 8);
        for (Instrumentsoort s : Instrumentsoort.values()) {
            CheckBox c = new CheckBox(I18n.t("instrumenten.rapport." + s.name()));
            c.setId("instrumenten-rapport-" + s.name());
            c.setSelected(!weggelaten.contains(s));
            c.selectedProperty().addListener((obs, oud, aan) -> ui.background().run(() -> {
                service.inRapporten(dossierId, s, aan);
                return null;
            }, x -> { }));
            vakjes.getChildren().add(c);
        }
        return new VBox(8, titel, muted(I18n.t("instrumenten.rapport.uitleg")), vakjes);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
