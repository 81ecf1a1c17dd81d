package nl.spoorzoeker.help.ui;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.tijdlijn.Gebeurtenissen;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.Poortwachter;
import nl.spoorzoeker.tijdlijn.Verzuimklok;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.form.DateField;

/**
 * Help › De Poortwachter in het kort: the timeline of two years of sickness in plain words, what
 * a spoor 2 coach's reports must show UWV, and the privacy line (domain.md §1–§5). The table of
 * dates is worked out by the same rules the dossiers use, for a first sick day the coach types.
 */
public final class PoortwachterVenster {

    /** Paragraph keys under "uitleg.intro.", "uitleg.rapport." and "uitleg.privacy.", in order. */
    public static final int INTRO = 3;
    public static final int RAPPORT = 9;
    public static final int PRIVACY = 4;

    private final Hulpvenster venster = new Hulpvenster("poortwachter-uitleg", "uitleg.titel", 900, 700);
    private final java.util.function.Supplier<LocalDate> vandaag;

    /** @param vandaag the example starts at today's date a year ago, so most moments lie ahead */
    public PoortwachterVenster(java.util.function.Supplier<LocalDate> vandaag) {
        this.vandaag = vandaag;
    }

    public void toon(Window eigenaar) {
        venster.toon(eigenaar, () -> inhoud(vandaag.get().minusWeeks(40)));
    }

    static Node inhoud(LocalDate voorbeeld) {
        VBox root = new VBox(10);
        root.setPadding(new Insets(20, 24, 20, 24));
        root.setMaxWidth(860);
        Label titel = new Label(I18n.t("uitleg.titel"));
        titel.getStyleClass().add(Styles.TITLE_3);
        root.getChildren().add(titel);
        root.getChildren().addAll(alineas("uitleg.intro.", INTRO));

        root.getChildren().add(kop("uitleg.tijdlijn.kop"));
        root.getChildren().add(alinea(I18n.t("uitleg.tijdlijn.uitleg")));
        DateField eersteDag = new DateField("uitleg-eerste-ziektedag");
        eersteDag.editor().setText(DateInput.format(voorbeeld));
        Label fout = new Label();
        fout.getStyleClass().add(Styles.DANGER);
        Label dagLabel = new Label(I18n.t("uitleg.eersteZiektedag"));
        dagLabel.setLabelFor(eersteDag.editor());
        HBox invoer = new HBox(10, dagLabel, eersteDag, fout);
        invoer.setAlignment(Pos.CENTER_LEFT);
        GridPane tabel = new GridPane(14, 6);
        tabel.setId("uitleg-tijdlijn");
        tabel.getStyleClass().add("uitleg-tabel");
        ColumnConstraints tekst = new ColumnConstraints();
        tekst.setHgrow(Priority.ALWAYS);
        tabel.getColumnConstraints().setAll(new ColumnConstraints(60), new ColumnConstraints(95),
                new ColumnConstraints(190), new ColumnConstraints(120), tekst);
        vulTabel(tabel, voorbeeld);
        eersteDag.textProperty().addListener((obs, oud, nieuw) -> {
            Parsed<LocalDate> dag = DateInput.required(nieuw);
            if (dag.isOk()) {
                fout.setText("");
                vulTabel(tabel, dag.value());
            } else {
                fout.setText(I18n.t(dag.errorKey()));
            }
        });
        root.getChildren().addAll(invoer, tabel, alinea(I18n.t("uitleg.tijdlijn.samentelling")));

        root.getChildren().add(kop("uitleg.rapport.kop"));
        root.getChildren().addAll(punten("uitleg.rapport.", RAPPORT));
        root.getChildren().add(kop("uitleg.privacy.kop"));
        root.getChildren().addAll(punten("uitleg.privacy.", PRIVACY));
        Label bron = alinea(I18n.t("uitleg.bron"));
        bron.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        root.getChildren().add(bron);
        return root;
    }

    /** The moments of a sickness that started on {@code eersteZiektedag}, nothing done yet. */
    static List<Mijlpaal> voorbeeld(LocalDate eersteZiektedag) {
        return Poortwachter.mijlpalen(Verzuimklok.vanaf(eersteZiektedag), null, Gebeurtenissen.GEEN,
                KlokInstellingen.STANDAARD, eersteZiektedag);
    }

    private static void vulTabel(GridPane tabel, LocalDate eersteZiektedag) {
        tabel.getChildren().clear();
        tabel.addRow(0, kolom("uitleg.kol.week"), kolom("uitleg.kol.uiterlijk"), kolom("uitleg.kol.mijlpaal"),
                kolom("uitleg.kol.wie"), kolom("uitleg.kol.betekenis"));
        Verzuimklok klok = Verzuimklok.vanaf(eersteZiektedag);
        int rij = 1;
        for (Mijlpaal m : voorbeeld(eersteZiektedag)) {
            java.util.OptionalInt w = klok.week(m.deadline());
            String week = w.isPresent() ? String.valueOf(w.getAsInt()) : "";
            Label naam = new Label(I18n.t("mijlpaal." + m.soort().name()));
            naam.getStyleClass().add(Styles.TEXT_BOLD);
            naam.setWrapText(true);
            Label betekenis = new Label(I18n.t("uitleg.mijlpaal." + m.soort().name()));
            betekenis.setWrapText(true);
            Label wie = new Label(I18n.t("actor." + m.soort().wie().name()));
            wie.setWrapText(true);
            tabel.addRow(rij++, new Label(week), new Label(DateInput.format(m.deadline())), naam, wie, betekenis);
        }
    }

    private static Label kolom(String key) {
        Label l = new Label(I18n.t(key));
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    private static Label kop(String key) {
        Label kop = new Label(I18n.t(key));
        kop.getStyleClass().add(Styles.TITLE_4);
        kop.setPadding(new Insets(10, 0, 0, 0));
        return kop;
    }

    private static Label alinea(String tekst) {
        Label l = new Label(tekst);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static List<Node> alineas(String prefix, int aantal) {
        return java.util.stream.IntStream.rangeClosed(1, aantal)
                .<Node>mapToObj(i -> alinea(I18n.t(prefix + i))).toList();
    }

    private static List<Node> punten(String prefix, int aantal) {
        return java.util.stream.IntStream.rangeClosed(1, aantal)
                .<Node>mapToObj(i -> alinea("•  " + I18n.t(prefix + i))).toList();
    }
}
