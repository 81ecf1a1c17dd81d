package nl.spoorzoeker.instrument.ui;

import nl.spoorzoeker.ui.DossierTabblad;
import nl.spoorzoeker.ui.DossierTab;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.instrument.Afname;
import nl.spoorzoeker.instrument.InstrumentService;
import nl.spoorzoeker.instrument.Interessetest;
import nl.spoorzoeker.instrument.Kernkwadrant;
import nl.spoorzoeker.instrument.KernkwadrantService;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.instrument.Drijfveren;
import nl.spoorzoeker.instrument.Instrumentsoort;
import nl.spoorzoeker.instrument.WaardenService;
import nl.spoorzoeker.instrument.Waardensortering;

/**
 * The instruments of a dossier (roeping phase, domain.md §6.2): start or resume the interest test,
 * the results of earlier sittings, and the kernkwadranten worksheet. Loads its own data when shown.
 */
public final class InstrumentenPane implements DossierTabblad<Void> {

    private final UiContext ui;
    private final InstrumentService service;
    private final KernkwadrantService kernkwadranten;
    private final KernkwadrantenSectie kkSectie;
    private final WaardenService waarden;
    private final Runnable changed;
    private final VBox root = new VBox(24);
    private int dossierId;

    public InstrumentenPane(UiContext ui, InstrumentService service, KernkwadrantService kernkwadranten,
                            WaardenService waarden, Runnable changed) {
        this.ui = ui;
        this.waarden = waarden;
        this.service = service;
        this.kernkwadranten = kernkwadranten;
        this.kkSectie = new KernkwadrantenSectie(ui, kernkwadranten, changed);
        this.changed = changed;
        root.setId("instrumenten-pane");
        root.setPadding(new Insets(12, 16, 16, 0));
    }

    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    public void show(int id) {
        this.dossierId = id;
        record Data(List<Afname> afnames, List<Kernkwadrant> kernkwadranten,
                    List<Waardensortering> sorteringen,
                    Drijfveren drijfveren,
                    java.util.Set<Instrumentsoort> weggelaten) {
        }
        ui.background().run(() -> new Data(service.afnames(id), kernkwadranten.lijst(id), waarden.sorteringen(id),
                waarden.drijfveren(id).orElse(null), waarden.weggelaten(id)), data -> {
            if (id == dossierId) {
                toon(data.afnames());
                kkSectie.toon(id, data.kernkwadranten());
                root.getChildren().addAll(new javafx.scene.control.Separator(),
                        WaardenSectie.node(ui, waarden, id, data.sorteringen(), data.drijfveren(), () -> show(id)),
                        new javafx.scene.control.Separator(), WaardenSectie.rapportkeuze(ui, waarden, id,
                                data.weggelaten()));
            }
        });
    }

    private void toon(List<Afname> afnames) {
        Label titel = new Label(I18n.t("riasec.titel"));
        titel.getStyleClass().add("title-3");
        Label uitleg = muted(I18n.t("riasec.uitleg.pane", Interessetest.AANTAL));
        Afname lopend = afnames.stream().filter(a -> a.status() == Afname.Status.LOPEND).findFirst().orElse(null);
        Button start = new Button(I18n.t(lopend == null ? "riasec.start" : "riasec.hervat"),
                FontIcon.of(Material2AL.ASSIGNMENT, 16));
        start.setId("riasec-start");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> begin());
        VBox box = new VBox(8, titel, uitleg);
        if (lopend != null) {
            Label stand = new Label(I18n.t("riasec.stand", DateInput.format(lopend.beginDatum()),
                    lopend.antwoorden().size(), Interessetest.AANTAL));
            stand.setId("riasec-stand");
            box.getChildren().add(stand);
        }
        box.getChildren().add(start);
        VBox eerder = new VBox(6);
        eerder.setId("riasec-eerder");
        for (Afname a : afnames) {
            if (a.status() != Afname.Status.VOLTOOID) {
                continue;
            }
            Label regel = new Label(I18n.t("riasec.regel", DateInput.format(a.voltooidDatum()),
                    a.uitkomst() == null ? I18n.t("riasec.regel.geenCode") : a.uitkomst()));
            Button bekijk = new Button(I18n.t("riasec.bekijk"));
            bekijk.setId("riasec-uitslag-" + a.id());
            bekijk.setOnAction(e -> InteressetestVenster.open(ui.window().get(), ui.background(), service, a, () -> { }));
            HBox rij = new HBox(12, regel, bekijk);
            rij.setAlignment(Pos.CENTER_LEFT);
            eerder.getChildren().add(rij);
        }
        if (!eerder.getChildren().isEmpty()) {
            Label kop = new Label(I18n.t("riasec.eerder"));
            kop.getStyleClass().add("text-bold");
            box.getChildren().addAll(kop, eerder);
        }
        box.getChildren().add(muted(I18n.t("riasec.bron")));
        root.getChildren().setAll(box, new javafx.scene.control.Separator(), kkSectie.node());
    }

    private void begin() {
        int id = dossierId;
        ui.background().run(() -> service.hervatOfStart(id), afname -> InteressetestVenster.open(ui.window().get(),
                ui.background(), service, afname, changed));
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    @Override
    public DossierTab plek() {
        return DossierTab.INSTRUMENTEN;
    }

    @Override
    public String titelSleutel() {
        return "dossier.tab.instrumenten";
    }

    /** The instruments read their own results when shown. */
    @Override
    public void toon(int dossierId, Void inhoud) {
        show(dossierId);
    }
}
