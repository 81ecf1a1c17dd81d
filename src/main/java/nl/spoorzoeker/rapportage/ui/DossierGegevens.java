package nl.spoorzoeker.rapportage.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.rapportage.Bevinding;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.Duur;
import nl.spoorzoeker.ui.I18n;

/**
 * The generated part of a report, read-only beside the narrative: what the dossier says for the
 * period, each line with a link to where it is kept, because it is fixed there and not in the report.
 */
final class DossierGegevens {

    private final TitledPane root = new TitledPane();
    private final GridPane regels = new GridPane();
    private final Consumer<DossierTab> naar;

    DossierGegevens(Consumer<DossierTab> naar) {
        this.naar = naar;
        root.setText(I18n.t("rapport.gegevens"));
        root.setId("rapport-gegevens");
        root.setContent(regels);
        regels.setHgap(10);
        regels.setVgap(4);
        regels.setPadding(new Insets(6));
        ColumnConstraints tekst = new ColumnConstraints();
        tekst.setHgrow(Priority.ALWAYS);
        regels.getColumnConstraints().setAll(new ColumnConstraints(), tekst, new ColumnConstraints());
    }

    Node node() {
        return root;
    }

    void toon(RapportModel m) {
        regels.getChildren().clear();
        inhoud(m).forEach(r -> regel(r.kopKey(), r.tekst(), r.tab()));
    }

    /** One line of the block: the key of its label, its text, and the tab where it is fixed. */
    record Regel(String kopKey, String tekst, DossierTab tab) {
    }

    /** The lines, every figure taken from the model as the PDF prints it (no JavaFX: the tests read them). */
    static java.util.List<Regel> inhoud(RapportModel m) {
        java.util.List<Regel> lijst = new java.util.ArrayList<>();
        // The hours beside the count are the booked ones, as under Uren: summed from the activities, a
        // group session counted whole and an unbooked contact too, the two lines disagreed.
        int minuten = m.uren() != null ? m.uren().periodeMinuten()
                : m.activiteiten().stream().mapToInt(RapportModel.Activiteit::minuten).sum();
        lijst.add(new Regel("rapport.gegevens.contacten", I18n.t("rapport.gegevens.activiteiten", m.activiteiten().size(),
                Duur.tekst(minuten)), DossierTab.LOGBOEK));
        if (m.uren() != null) {
            lijst.add(new Regel("rapport.gegevens.uren", I18n.t("rapport.gegevens.urenTekst",
                    Duur.tekst(m.uren().periodeMinuten()), Duur.tekst(m.uren().totaalMinuten()),
                    m.uren().budgetMinuten() == null ? "—" : Duur.tekst(m.uren().budgetMinuten())),
                    DossierTab.LOGBOEK));
        }
        RapportModel.Sollicitaties s = m.sollicitaties();
        lijst.add(new Regel("rapport.gegevens.sollicitaties", s.normInPeriode() == null
                ? I18n.t("rapport.gegevens.sollicitatiesZonderNorm", s.verstuurd(), m.netwerkcontacten())
                : I18n.t("rapport.gegevens.sollicitatiesNorm", s.verstuurd(), s.normInPeriode(), m.netwerkcontacten()),
                DossierTab.SOLLICITATIES));
        lijst.add(new Regel("rapport.gegevens.werkervaring", m.werkervaring().isEmpty() ? I18n.t("rapport.gegevens.geen")
                : String.join("; ", m.werkervaring().stream().map(w -> I18n.t("rapport.gegevens.werkervaringTekst",
                w.organisatie(), DateInput.format(w.start()), w.laatsteEvaluatie() == null ? "—"
                        : DateInput.format(w.laatsteEvaluatie()))).toList()), DossierTab.WERKERVARING));
        RapportModel.Belastbaarheid b = m.belastbaarheid();
        lijst.add(new Regel("rapport.gegevens.belastbaarheid", b == null ? I18n.t("rapport.gegevens.geen")
                : I18n.t("rapport.gegevens.belastbaarheidTekst", DateInput.format(b.datum()),
                b.urenPerWeekMinuten() == null ? "—" : Duur.tekst(b.urenPerWeekMinuten())),
                DossierTab.BELASTBAARHEID));
        lijst.add(new Regel("rapport.gegevens.zoekprofiel", m.profielen().zoekrichtingen().isEmpty() ? I18n.t("rapport.gegevens.geen")
                : String.join(", ", m.profielen().zoekrichtingen().stream().map(RapportModel.Zoekrichting::functie)
                .toList()), DossierTab.PROFIELEN));
        long open = m.doelen().stream().filter(d -> d.status().equals("OPEN") || d.status().equals("BEZIG")).count();
        lijst.add(new Regel("rapport.gegevens.doelen", I18n.t("rapport.gegevens.doelenTekst", m.doelen().size(), open),
                DossierTab.FASEN));
        RapportModel.Termijn volgende = m.volgendeTermijn();
        lijst.add(new Regel("rapport.gegevens.termijn", volgende == null ? I18n.t("rapport.gegevens.geen")
                : I18n.t("mijlpaal." + volgende.soort()) + " — " + DateInput.format(volgende.deadline()),
                DossierTab.TIJDLIJN));
        return lijst;
    }

    private void regel(String kopKey, String tekst, DossierTab tab) {
        int rij = regels.getRowCount();
        Label kop = new Label(I18n.t(kopKey));
        kop.getStyleClass().add("text-bold");
        kop.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label waarde = new Label(tekst);
        waarde.setWrapText(true);
        regels.addRow(rij, kop, waarde, link(tab));
    }

    Hyperlink link(DossierTab tab) {
        Hyperlink link = new Hyperlink(I18n.t("rapport.herstel", tabNaam(tab)));
        link.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        link.setId("rapport-herstel-" + tab.name());
        link.setOnAction(e -> naar.accept(tab));
        return link;
    }

    /** Where a finding is fixed, when that is outside the report itself. */
    static Optional<DossierTab> tab(Bevinding.Herstel herstel) {
        return Optional.ofNullable(switch (herstel) {
            case DOSSIER -> DossierTab.OVERZICHT;
            case LOGBOEK -> DossierTab.LOGBOEK;
            case ARBEIDSMARKT -> DossierTab.SOLLICITATIES;
            case WERKERVARING -> DossierTab.WERKERVARING;
            case FASEN -> DossierTab.FASEN;
            case PROFIELEN -> DossierTab.PROFIELEN;
            case BELASTBAARHEID -> DossierTab.BELASTBAARHEID;
            case TIJDLIJN -> DossierTab.TIJDLIJN;
            case RAPPORT, AKKOORD, DISTRIBUTIE, INSTELLINGEN -> null;
        });
    }

    private static String tabNaam(DossierTab tab) {
        return I18n.t(switch (tab) {
            case OVERZICHT -> "dossier.tab.overzicht";
            case LOGBOEK -> "dossier.tab.logboek";
            case SOLLICITATIES -> "dossier.tab.sollicitaties";
            case WERKERVARING -> "dossier.tab.werkervaring";
            case FASEN -> "dossier.tab.fasen";
            case TIJDLIJN -> "dossier.tab.tijdlijn";
            case BELASTBAARHEID -> "dossier.tab.belastbaarheid";
            case PROFIELEN -> "dossier.tab.profielen";
            case INSTRUMENTEN -> "dossier.tab.instrumenten";
            case CV -> "dossier.tab.cv";
            case AFSPRAKEN -> "dossier.tab.overzicht";
            case RAPPORTAGES -> "dossier.tab.rapportages";
        });
    }
}
