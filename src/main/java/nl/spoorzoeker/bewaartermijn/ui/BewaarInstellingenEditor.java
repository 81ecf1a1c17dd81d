package nl.spoorzoeker.bewaartermijn.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import nl.spoorzoeker.bewaartermijn.Bewaarregels;
import nl.spoorzoeker.bewaartermijn.BewaartermijnService;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.InstellingenEditor;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Instellingen: the practice's default terms (years after the end, for ordinary employers and for
 * eigenrisicodragers), and the way to the Bewaartermijnen and audit log screens.
 */
public final class BewaarInstellingenEditor extends InstellingenEditor {

    private final BewaartermijnService service;
    private final Spinner<Integer> jaren = getal("instelling-bewaar-jaren", "instellingen.bewaren.jaren",
            Bewaarregels.Termijnen.MINIMUM, Bewaarregels.Termijnen.MAXIMUM,
            Bewaarregels.Termijnen.STANDAARD.standaardJaren());
    private final Spinner<Integer> jarenErd = getal("instelling-bewaar-jaren-erd", "instellingen.bewaren.jarenErd",
            Bewaarregels.Termijnen.MINIMUM, Bewaarregels.Termijnen.MAXIMUM,
            Bewaarregels.Termijnen.STANDAARD.eigenrisicodragerJaren());

    /** {@code toonTermijnen} and {@code toonAuditlog} open those screens (wired by the window). */
    public BewaarInstellingenEditor(UiContext ui, BewaartermijnService service, Runnable toonTermijnen,
                                    Runnable toonAuditlog) {
        super(ui, "instellingen.bewaren", "instellingen.bewaren.uitleg", "instelling-bewaar-opslaan");
        this.service = service;
        Button termijnen = new Button(I18n.t("instellingen.bewaren.bekijken"), FontIcon.of(Material2AL.AUTO_DELETE, 14));
        termijnen.setId("instelling-bewaartermijnen");
        termijnen.setOnAction(e -> toonTermijnen.run());
        Button audit = new Button(I18n.t("instellingen.bewaren.audit"), FontIcon.of(Material2MZ.RECEIPT_LONG, 14));
        audit.setId("instelling-auditlog");
        audit.setOnAction(e -> toonAuditlog.run());
        knop(termijnen);
        knop(audit);
        setId("instellingen-bewaren");
    }

    @Override
    protected Runnable opslag() {
        var termijnen = new Bewaarregels.Termijnen(jaren.getValue(), jarenErd.getValue());
        return () -> service.bewaarTermijnen(termijnen);
    }

    @Override
    public void refresh() {
        laad(service::termijnen, t -> {
            jaren.getValueFactory().setValue(t.standaardJaren());
            jarenErd.getValueFactory().setValue(t.eigenrisicodragerJaren());
        });
    }
}
