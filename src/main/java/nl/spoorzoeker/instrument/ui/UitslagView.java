package nl.spoorzoeker.instrument.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.instrument.Afname;
import nl.spoorzoeker.instrument.Holland;
import nl.spoorzoeker.instrument.RiasecScoring;
import nl.spoorzoeker.ui.I18n;

/**
 * The result of a completed interest test, in words the werknemer reads: the code, the profile
 * chart, a sentence per letter of the code, and what the code does and does not say.
 */
final class UitslagView {

    private UitslagView() {
    }

    static Node van(Afname afname) {
        RiasecScoring.Uitslag u = afname.uitslag();
        VBox box = new VBox(10);
        box.setId("riasec-uitslag");
        box.setPadding(new Insets(8, 0, 0, 0));
        Label kop = new Label(I18n.t("riasec.uitslag.titel", DateInput.format(afname.voltooidDatum())));
        kop.getStyleClass().add("title-2");
        kop.setWrapText(true);
        box.getChildren().add(kop);
        Label code = new Label(afname.uitkomst() == null ? I18n.t("riasec.uitslag.geenCode")
                : I18n.t("riasec.uitslag.code", afname.uitkomst()));
        code.setId("riasec-code");
        code.getStyleClass().add("title-1");
        code.setWrapText(true);
        box.getChildren().addAll(code, ProfielGrafiek.van(u));
        if (afname.uitkomst() != null) {
            for (char letter : afname.uitkomst().toCharArray()) {
                Holland h = Holland.valueOf(String.valueOf(letter));
                box.getChildren().add(tekst(I18n.t("riasec.uitleg.regel", I18n.t("riasec.schaal." + h.name()),
                        h.name(), I18n.t("riasec.uitleg." + h.name()))));
            }
        }
        if (u.vlak()) {
            box.getChildren().add(tekst(I18n.t("riasec.uitslag.vlak")));
        } else if (u.gelijkspel()) {
            box.getChildren().add(tekst(I18n.t("riasec.uitslag.gelijk")));
        }
        if (afname.persoonsprofielVersie() != null) {
            Label pp = tekst(I18n.t("riasec.uitslag.inProfiel", afname.persoonsprofielVersie()));
            pp.setId("riasec-in-profiel");
            box.getChildren().add(pp);
        }
        box.getChildren().add(tekst(I18n.t("riasec.uitslag.betekenis")));
        Label bron = tekst(I18n.t("riasec.bron"));
        bron.getStyleClass().add("text-muted");
        box.getChildren().add(bron);
        return box;
    }

    private static Label tekst(String s) {
        Label label = new Label(s);
        label.setWrapText(true);
        return label;
    }
}
