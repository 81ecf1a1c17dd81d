package nl.spoorzoeker.uitkomst.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.uitkomst.Cijfertekst;
import nl.spoorzoeker.uitkomst.Praktijkcijfers;
import nl.spoorzoeker.uitkomst.PraktijkcijfersService;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import nl.spoorzoeker.uitkomst.Programmacijfers;
import nl.spoorzoeker.uitkomst.Suppressie;
import nl.spoorzoeker.uitkomst.Suppressie.Kolom;
import org.kordamp.ikonli.javafx.FontIcon;
import nl.spoorzoeker.uitkomst.pdf.PraktijkcijfersPdf;

/**
 * What the practice learns from its closed trajecten (issue 18): per outcome how many, the median
 * duration and hours, the hours together, the share started late, sollicitaties per placement and
 * the mean change on the soft-result scales, for all years or the one chosen; the last row all
 * together; beside it a bar chart of the outcomes; or a group programme's table. Only what passed
 * the k-anonymity rule is shown, with the year and programme tables suppressed as one
 * ({@link Suppressie#pasSamen}), and the PDF prints the view on screen, one page, from the same
 * result.
 */
public final class PraktijkcijfersView implements Page {

    private final UiContext ui;
    private final PraktijkcijfersService service;
    private final Supplier<String> praktijknaam;
    private final VBox root = new VBox(12);
    private final TableView<Suppressie.Rij> table = new TableView<>();
    private final Label samenvatting = new Label();
    private final ComboBox<Integer> jaar = new ComboBox<>();
    /** Null: the practice's trajecten by year; {@link #ALLE_PROGRAMMAS}: every programme together; else a programme's id. */
    private final ComboBox<Integer> programma = new ComboBox<>();
    public static final int ALLE_PROGRAMMAS = 0;
    private final java.util.Map<Integer, Programmacijfers.Programma> programmas = new java.util.LinkedHashMap<>();
    private Programmacijfers cijfers = new Programmacijfers(List.of());
    /** Every table, of the years and of the programmes, suppressed together: any two may be compared. */
    private Programmacijfers.Getoond perProgramma = cijfers.pas(List.of());
    private Button pdf;
    private final BarChart<Number, String> grafiek;
    private final Label nietInGrafiek = new Label();
    private Suppressie.Tabellen tabellen = perProgramma.jaren();
    private Suppressie.Tabel getoond;
    /** The running year's own table (provisional, never published) and its year; null without trajecten. */
    private Suppressie.Tabel lopend;
    private int lopendJaar;
    /** What the running year is, and why it is apart from the published figures. */
    private final Label lopendUitleg = new Label();

    public PraktijkcijfersView(UiContext ui, PraktijkcijfersService service, Supplier<String> praktijknaam) {
        this.ui = ui;
        this.service = service;
        this.praktijknaam = praktijknaam;
        root.setId("praktijkcijfers");
        Label title = new Label(I18n.t("nav.praktijkcijfers").replace("_", ""));
        title.getStyleClass().add("title-2");
        Label uitleg = new Label(I18n.t("praktijkcijfers.uitleg.2"));
        uitleg.setWrapText(true);
        uitleg.getStyleClass().add("text-muted");
        uitleg.setMinHeight(Region.USE_PREF_SIZE);
        Label anoniem = new Label(I18n.t("praktijkcijfers.anoniem"));
        anoniem.setWrapText(true);
        anoniem.getStyleClass().add("text-muted");
        anoniem.setMinHeight(Region.USE_PREF_SIZE);
        samenvatting.setId("praktijkcijfers-samenvatting");
        samenvatting.setWrapText(true);

        jaar.setId("praktijkcijfers-jaar");
        jaar.setCellFactory(l -> new JaarCel());
        jaar.setButtonCell(new JaarCel() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                // The button shows "Alle jaren" for the null choice, which JavaFX hands over as empty.
                setText(item == null ? I18n.t("praktijkcijfers.alleJaren") : Integer.toString(item));
            }
        });
        jaar.setMinWidth(140);
        // A null choice shows the prompt, not the button cell's text.
        jaar.setPromptText(I18n.t("praktijkcijfers.alleJaren"));
        jaar.valueProperty().addListener((o, a, b) -> toon());
        Label jaarLabel = new Label(I18n.t("praktijkcijfers.jaar"));
        jaarLabel.setLabelFor(jaar);
        jaar.setAccessibleText(I18n.t("praktijkcijfers.jaar"));
        programma.setId("praktijkcijfers-programma");
        programma.setCellFactory(l -> new ProgrammaCel());
        programma.setButtonCell(new ProgrammaCel());
        programma.setPromptText(I18n.t("praktijkcijfers.programma.geen"));
        programma.setMinWidth(180);
        programma.setAccessibleText(I18n.t("praktijkcijfers.programma"));
        programma.valueProperty().addListener((o, a, b) -> toon());
        Label programmaLabel = new Label(I18n.t("praktijkcijfers.programma"));
        programmaLabel.setLabelFor(programma);
        pdf = new Button(I18n.t("praktijkcijfers.pdf"), FontIcon.of(org.kordamp.ikonli.material2.Material2MZ.PICTURE_AS_PDF, 16));
        pdf.setId("praktijkcijfers-pdf");
        pdf.setOnAction(e -> bewaarPdf());
        HBox balk = new HBox(10, jaarLabel, jaar, programmaLabel, programma, pdf);
        balk.setAlignment(Pos.CENTER_LEFT);

        table.setId("praktijkcijfers-table");
        List<TableColumn<Suppressie.Rij, String>> kolommen = new ArrayList<>();
        kolommen.add(kolom(I18n.t("praktijkcijfers.col.uitkomst"), 172, r -> Cijfertekst.naam(r, I18n.teksten())));
        for (Kolom k : Kolom.values()) {
            // Wide enough for the heading: a heading that ends in "…" hides what the column counts.
            double breedte = switch (k) {
                case AANTAL -> 64;
                case DUUR -> 100;
                case UREN -> 70;
                case UREN_TOTAAL -> 104;
                case LAAT -> 114;
                case SOLLICITATIES -> 130;
                default -> 92;
            };
            kolommen.add(kolom(Cijfertekst.kop(k, I18n.teksten()), breedte, r -> Cijfertekst.cel(r, k, I18n.teksten())));
        }
        table.getColumns().setAll(kolommen);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The total reads as one: set off from the outcomes above it.
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Suppressie.Rij item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.regel().soort() == null ? "-fx-font-weight: bold;" : "");
            }
        });
        Label leeg = new Label(I18n.t("praktijkcijfers.leeg"));
        leeg.setWrapText(true);
        leeg.getStyleClass().add("text-muted");
        table.setPlaceholder(leeg);

        NumberAxis x = new NumberAxis();
        x.setLabel(I18n.t("praktijkcijfers.grafiek.as"));
        x.setMinorTickVisible(false);
        CategoryAxis y = new CategoryAxis();
        grafiek = new BarChart<>(x, y);
        grafiek.setId("praktijkcijfers-grafiek");
        grafiek.setTitle(I18n.t("praktijkcijfers.grafiek"));
        grafiek.setLegendVisible(false);
        grafiek.setAnimated(false);
        grafiek.setCategoryGap(6);
        grafiek.setPrefWidth(250);
        grafiek.setMinWidth(230);
        nietInGrafiek.setId("praktijkcijfers-niet-in-grafiek");
        nietInGrafiek.setWrapText(true);
        nietInGrafiek.getStyleClass().add("text-muted");
        nietInGrafiek.setMaxWidth(250);
        nietInGrafiek.setMinHeight(Region.USE_PREF_SIZE);
        VBox rechts = new VBox(6, grafiek, nietInGrafiek);
        VBox.setVgrow(grafiek, Priority.ALWAYS);
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox inhoud = new HBox(16, table, rechts);
        VBox.setVgrow(inhoud, Priority.ALWAYS);
        root.setPadding(new Insets(0, 0, 12, 0));
        lopendUitleg.setId("praktijkcijfers-lopend");
        lopendUitleg.setWrapText(true);
        lopendUitleg.getStyleClass().add("text-muted");
        lopendUitleg.setMinHeight(Region.USE_PREF_SIZE);
        lopendUitleg.managedProperty().bind(lopendUitleg.visibleProperty());
        lopendUitleg.setVisible(false);
        root.getChildren().setAll(title, uitleg, anoniem, balk, lopendUitleg, samenvatting, inhoud);
    }

    private static TableColumn<Suppressie.Rij, String> kolom(String kop, double breedte,
                                                             java.util.function.Function<Suppressie.Rij, String> waarde) {
        TableColumn<Suppressie.Rij, String> kolom = new TableColumn<>(kop);
        kolom.setPrefWidth(breedte);
        kolom.setSortable(false);
        kolom.setCellValueFactory(c -> new ReadOnlyStringWrapper(waarde.apply(c.getValue())));
        return kolom;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        int ditJaar = java.time.LocalDate.now(ui.clock().withZone(Tijdzone.PRAKTIJK)).getYear();
        ui.background().run(() -> service.stand(ditJaar), stand -> {
            PraktijkcijfersService.Overzicht overzicht = stand.uitgave();
            List<Praktijkcijfers.Afgesloten> lijst = overzicht.afgesloten();
            lopend = stand.lopendeTabel();
            lopendJaar = stand.lopendJaar();
            cijfers = overzicht.programmas();
            perProgramma = overzicht.getoond();
            tabellen = perProgramma.jaren();
            programmas.clear();
            cijfers.programmas().forEach(p -> programmas.put(p.id(), p));
            Integer programmaGekozen = programma.getValue();
            List<Integer> keuzes = new ArrayList<>();
            keuzes.add(null);
            if (!programmas.isEmpty()) {
                keuzes.add(ALLE_PROGRAMMAS);
                keuzes.addAll(programmas.keySet());
            }
            programma.getItems().setAll(keuzes);
            programma.setValue(keuzes.contains(programmaGekozen) ? programmaGekozen : null);
            Integer gekozen = jaar.getValue();
            List<Integer> jaren = new ArrayList<>();
            jaren.add(null);
            jaren.addAll(Praktijkcijfers.jaren(lijst));
            if (lopend != null) {
                jaren.add(lopendJaar);
            }
            jaar.getItems().setAll(jaren);
            jaar.setValue(jaren.contains(gekozen) ? gekozen : null);
            toon();
        });
    }

    /** The table and chart for the chosen year, in memory: the trajecten were read once. */
    private void toon() {
        Integer p = programma.getValue();
        // A programme's tables are over all years: the year filter is for the practice's own tables.
        jaar.setDisable(p != null);
        boolean voorlopig = p == null && lopend != null && Integer.valueOf(lopendJaar).equals(jaar.getValue());
        getoond = voorlopig ? lopend : p == null ? tabellen.van(jaar.getValue())
                : p == ALLE_PROGRAMMAS ? perProgramma.tabellen().alle() : perProgramma.tabellen().perProgramma().get(p);
        if (getoond == null) {
            getoond = tabellen.van(null);
        }
        // The running year is the coach's own view: not in the PDF, and said so beside it.
        pdf.setDisable(voorlopig);
        lopendUitleg.setVisible(lopend != null);
        lopendUitleg.setText(lopend == null ? "" : I18n.t(voorlopig ? "praktijkcijfers.lopend.gekozen" : "praktijkcijfers.lopend",
                Integer.toString(lopendJaar), Integer.toString(lopendJaar + 1)));
        int aantal = getoond.totaal().regel().aantal();
        List<Suppressie.Rij> rijen = new ArrayList<>(getoond.rijen());
        if (aantal > 0) {
            rijen.add(getoond.totaal());
        }
        table.getItems().setAll(rijen);
        String uitkomsten = Cijfertekst.samenvatting(getoond, I18n.teksten());
        samenvatting.setText(p == null ? uitkomsten
                : Cijfertekst.programmaregel(cijfers, perProgramma, p == ALLE_PROGRAMMAS ? null : p, getoond, I18n.teksten()));
        XYChart.Series<Number, String> reeks = new XYChart.Series<>();
        List<String> weg = new ArrayList<>();
        // Bottom to top in the list's order: the category axis draws its first category lowest.
        List<Suppressie.Rij> omgekeerd = new ArrayList<>(getoond.rijen());
        java.util.Collections.reverse(omgekeerd);
        for (Suppressie.Rij r : omgekeerd) {
            String naam = I18n.t("praktijkcijfers.kort." + r.regel().soort().name());
            if (r.verborgen()) {
                weg.addFirst(naam);
            } else {
                reeks.getData().add(new XYChart.Data<>(r.regel().aantal(), naam));
            }
        }
        grafiek.getData().setAll(List.of(reeks));
        nietInGrafiek.setText(weg.isEmpty() ? "" : I18n.t("praktijkcijfers.nietInGrafiek", String.join(", ", weg)));
    }

    /** "Alle trajecten" for null, "Alle programma's" for the total, else the programme's name. */
    private class ProgrammaCel extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(item == null ? I18n.t("praktijkcijfers.programma.geen")
                    : item == ALLE_PROGRAMMAS ? I18n.t("praktijkcijfers.programma.alle")
                    : programmas.containsKey(item) ? programmas.get(item).naam() : "");
        }
    }

    /**
     * What the screen shows as a one-page PDF, where the coach chooses: the chosen year's (or all
     * closed years') table, or the chosen programme's (or all programmes'). The PDF button makes the
     * page of what is on screen, so a coach who picked a programme to show an employer gets that
     * programme's page, and the year's page stays the practice's own.
     */
    private void bewaarPdf() {
        Integer p = programma.getValue();
        Integer gekozen = jaar.getValue();
        if (p == null && (tabellen.van(gekozen) == null || (lopend != null && Integer.valueOf(lopendJaar).equals(gekozen)))) {
            return;
        }
        String naam = p == null ? (gekozen == null ? "alle-jaren" : Integer.toString(gekozen))
                : p == ALLE_PROGRAMMAS ? "alle-programmas" : bestandsdeel(programmas.get(p).naam());
        FileChooser kiezer = new FileChooser();
        kiezer.setTitle(I18n.t("praktijkcijfers.pdf.titel"));
        kiezer.setInitialFileName("praktijkcijfers-" + naam + ".pdf");
        kiezer.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("praktijkcijfers.pdf.filter"), "*.pdf"));
        File bestand = kiezer.showSaveDialog(ui.window().get());
        if (bestand != null) {
            bewaarGetoond(bestand.toPath());
        }
    }

    /**
     * Writes the page of what the screen shows now to {@code bestand} (the button's way after the file
     * chooser, and the tests'); nothing for the running year, which is not published. On the JavaFX thread.
     */
    public void bewaarGetoond(java.nio.file.Path bestand) {
        Integer p = programma.getValue();
        Integer gekozen = jaar.getValue();
        if (p != null) {
            bewaarProgrammaPdf(bestand, p);
        } else if (tabellen.van(gekozen) != null && !(lopend != null && Integer.valueOf(lopendJaar).equals(gekozen))) {
            bewaarPdf(bestand, gekozen);
        }
    }

    /** A programme's name as part of a file name: letters and digits, the rest a dash. */
    private static String bestandsdeel(String naam) {
        String deel = naam.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return deel.isEmpty() ? "programma" : deel;
    }

    /** Writes the year's page off the JavaFX thread (also the tests' way in, past the file chooser). */
    public void bewaarPdf(java.nio.file.Path bestand, Integer gekozen) {
        Suppressie.Tabel tabel = tabellen.van(gekozen);
        // The screen's language when the coach asks, handed to the PDF (ADR 0008).
        Teksten taal = I18n.teksten();
        schrijf(bestand, () -> PraktijkcijfersPdf.render(praktijknaam.get(), gekozen, tabel, ui.clock().instant(), taal));
    }

    /**
     * Writes a programme's page ({@code keuze} its id, or {@link #ALLE_PROGRAMMAS}) off the JavaFX
     * thread, from the tables the screen shows.
     */
    public void bewaarProgrammaPdf(java.nio.file.Path bestand, int keuze) {
        Programmacijfers programmaCijfers = cijfers;
        Programmacijfers.Getoond getoondNu = perProgramma;
        Teksten taal = I18n.teksten();
        schrijf(bestand, () -> PraktijkcijfersPdf.renderProgramma(praktijknaam.get(), programmaCijfers, getoondNu,
                keuze == ALLE_PROGRAMMAS ? null : keuze, ui.clock().instant(), taal));
    }

    private void schrijf(java.nio.file.Path bestand, Supplier<byte[]> maak) {
        ui.background().run(() -> {
            service.bewaarPdf(bestand, maak.get());
            return bestand.getFileName().toString();
        }, naam -> ui.navigator().status(I18n.t("praktijkcijfers.pdf.bewaard", naam)));
    }

    /** "Alle jaren" for null, the year otherwise. */
    private static class JaarCel extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? I18n.t("praktijkcijfers.alleJaren") : Integer.toString(item));
        }
    }
}
