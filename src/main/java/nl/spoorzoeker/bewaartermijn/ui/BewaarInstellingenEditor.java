package nl.spoorzoeker.bewaartermijn.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.bewaartermijn.Bewaarregels;
import nl.spoorzoeker.bewaartermijn.BewaartermijnService;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Instellingen: the practice's default terms (years after the end, for ordinary employers and for
 * eigenrisicodragers), and the way to the Bewaartermijnen and audit log screens.
 */
public final class BewaarInstellingenEditor implements Page {

    private final UiContext ui;
    private final BewaartermijnService service;
    private final Spinner<Integer> jaren = new Spinner<>(Bewaarregels.Termijnen.MINIMUM, Bewaarregels.Termijnen.MAXIMUM,
            Bewaarregels.Termijnen.STANDAARD.standaardJaren());
    private final Spinner<Integer> jarenErd = new Spinner<>(Bewaarregels.Termijnen.MINIMUM, Bewaarregels.Termijnen.MAXIMUM,
            Bewaarregels.Termijnen.STANDAARD.eigenrisicodragerJaren());
    private final VBox root = new VBox(8);

    /** {@code toonTermijnen} and {@code toonAuditlog} open those screens (wired by the window). */
    public BewaarInstellingenEditor(UiContext ui, BewaartermijnService service, Runnable toonTermijnen,
                                    Runnable toonAuditlog) {
        this.ui = ui;
        this.service = service;
        Label title = new Label(I18n.t("instellingen.bewaren"));
        title.getStyleClass().add("title-4");
        Label uitleg = new Label(I18n.t("instellingen.bewaren.uitleg"));
        uitleg.setWrapText(true);
        uitleg.getStyleClass().add("text-muted");
        jaren.setId("instelling-bewaar-jaren");
        jaren.setEditable(true);
        jarenErd.setId("instelling-bewaar-jaren-erd");
        jarenErd.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.add(new Label(I18n.t("instellingen.bewaren.jaren")), 0, 0);
        grid.add(jaren, 1, 0);
        grid.add(new Label(I18n.t("instellingen.bewaren.jarenErd")), 0, 1);
        grid.add(jarenErd, 1, 1);
        Button save = new Button(I18n.t("action.save"), FontIcon.of(Material2MZ.SAVE, 14));
        save.setId("instelling-bewaar-opslaan");
        save.setOnAction(e -> {
            var termijnen = new Bewaarregels.Termijnen(jaren.getValue(), jarenErd.getValue());
            ui.background().run(() -> {
                service.bewaarTermijnen(termijnen);
                return null;
            }, done -> {
                ui.navigator().status(I18n.t("instellingen.opgeslagen"));
                ui.navigator().dataChanged();
            }, ErrorReporter::report);
        });
        Button termijnen = new Button(I18n.t("instellingen.bewaren.bekijken"), FontIcon.of(Material2AL.AUTO_DELETE, 14));
        termijnen.setId("instelling-bewaartermijnen");
        termijnen.setOnAction(e -> toonTermijnen.run());
        Button audit = new Button(I18n.t("instellingen.bewaren.audit"), FontIcon.of(Material2MZ.RECEIPT_LONG, 14));
        audit.setId("instelling-auditlog");
        audit.setOnAction(e -> toonAuditlog.run());
        FlowPane knoppen = new FlowPane(8, 8, save, termijnen, audit);
        root.getChildren().addAll(title, uitleg, grid, knoppen);
        root.setAlignment(Pos.TOP_LEFT);
        root.setId("instellingen-bewaren");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        ui.background().run(service::termijnen, t -> {
            jaren.getValueFactory().setValue(t.standaardJaren());
            jarenErd.getValueFactory().setValue(t.eigenrisicodragerJaren());
        });
    }
}
