package nl.spoorzoeker.help.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.spoorzoeker.ui.I18n;

/** Help › Sneltoetsen: every shortcut of the window, and the keys that work in lists and forms. */
public final class SneltoetsenVenster {

    /** Keys that work everywhere without being shortcuts of the window (text keys in the bundle). */
    public static final List<String> OVERAL = List.of("ENTER", "CTRL_ENTER", "ESCAPE", "OMLAAG", "SPATIE", "ALT", "TAB");

    private final Hulpvenster venster = new Hulpvenster("sneltoetsen", "sneltoetsen.titel", 620, 640);

    public void toon(Window eigenaar) {
        venster.toon(eigenaar, SneltoetsenVenster::inhoud);
    }

    static Node inhoud() {
        VBox root = new VBox(14);
        root.setPadding(new Insets(20, 24, 20, 24));
        Label titel = new Label(I18n.t("sneltoetsen.titel"));
        titel.getStyleClass().add(Styles.TITLE_3);
        root.getChildren().add(titel);
        for (Sneltoets.Groep groep : Sneltoets.Groep.values()) {
            GridPane tabel = tabel();
            int rij = 0;
            for (Sneltoets s : Sneltoets.values()) {
                if (s.groep() == groep) {
                    rij(tabel, rij++, s.toets(), I18n.t(s.omschrijvingKey()));
                }
            }
            root.getChildren().addAll(kop("sneltoetsen.groep." + groep.name()), tabel);
        }
        GridPane overal = tabel();
        for (int i = 0; i < OVERAL.size(); i++) {
            rij(overal, i, I18n.t("sneltoetsen.toets." + OVERAL.get(i)), I18n.t("sneltoetsen.overal." + OVERAL.get(i)));
        }
        root.getChildren().addAll(kop("sneltoetsen.groep.OVERAL"), overal);
        return root;
    }

    private static Label kop(String key) {
        Label kop = new Label(I18n.t(key));
        kop.getStyleClass().add(Styles.TITLE_4);
        return kop;
    }

    private static GridPane tabel() {
        GridPane tabel = new GridPane(18, 6);
        ColumnConstraints toets = new ColumnConstraints(150);
        ColumnConstraints tekst = new ColumnConstraints();
        tekst.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        tabel.getColumnConstraints().setAll(toets, tekst);
        return tabel;
    }

    private static void rij(GridPane tabel, int rij, String toets, String omschrijving) {
        Label t = new Label(toets);
        t.getStyleClass().add("toets");
        Label o = new Label(omschrijving);
        o.setWrapText(true);
        tabel.addRow(rij, t, o);
    }
}
