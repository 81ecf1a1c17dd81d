package nl.spoorzoeker.uitkomst.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.StringProperty;
import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Autosave;
import nl.spoorzoeker.ui.form.Kladregel;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.NumberInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.DateField;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.uitkomst.Uitkomst.Soort;
import nl.spoorzoeker.uitkomst.Uitkomst.ZachtResultaat;
import nl.spoorzoeker.ui.Privacyhulp;
import nl.spoorzoeker.ui.form.Toetsenbord;
import nl.spoorzoeker.uitkomst.UitkomstService;

/**
 * How the traject ended (issue 18): asked when the coach closes a traject, and again from the
 * dossier to change it later. The fields follow the outcome chosen: the new work for a placement,
 * who stopped it for a stop, "namelijk" for anders; the softer results are always there. The
 * rules are the outcome's own ({@link Uitkomst#fouten}); this dialog shows the first one broken
 * and stays open with what was typed.
 */
public final class UitkomstDialog {

    private UitkomstDialog() {
    }

    /** What the dialog gives back: the outcome, and the closing measurement of the scales (null: not scored). */
    public record Afsluiting(Uitkomst uitkomst, Schaalmeting eind) {
    }

    /**
     * @param sluiten      true when closing the traject (the title says so), false when changing the outcome
     * @param huidig       the recorded outcome, or null
     * @param trajectStart the traject's start date, or null
     * @param metingen     the scales as measured so far (the intake's is shown beside each scale)
     */
    public static Optional<Afsluiting> ask(UiContext ui, int dossierId, String werknemer, boolean sluiten,
                                    Uitkomst huidig, LocalDate trajectStart, UitkomstService.Metingen metingen) {
        Privacyhulp privacy = ui.privacy();
        LocalDate vandaag = ui.today();
        Dialog<Afsluiting> dialog = new Dialog<>();
        dialog.initOwner(ui.window().get());
        dialog.setTitle(I18n.t(sluiten ? "afsluiting.titel.sluit" : "afsluiting.titel.bewerk"));
        dialog.setHeaderText(I18n.t("afsluiting.kop", werknemer));
        dialog.getDialogPane().setId("afsluiting-dialog");
        Velden v = new Velden(privacy);
        v.vul(huidig, vandaag);
        Schaalvelden schalen = new Schaalvelden("afsluiting-schaal", metingen.begin());
        schalen.vul(metingen.eind(), huidig == null ? vandaag : huidig.einddatum());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints invoer = new ColumnConstraints();
        invoer.setHgrow(Priority.ALWAYS);
        invoer.setMinWidth(280);
        grid.getColumnConstraints().addAll(labels, invoer);
        int rij = 0;
        BooleanBinding plaatsing = Bindings.createBooleanBinding(() -> v.soort.getValue() != null
                && v.soort.getValue().plaatsing(), v.soort.valueProperty());
        BooleanBinding extern = Bindings.createBooleanBinding(() -> v.soort.getValue() == Soort.GEPLAATST_EXTERN,
                v.soort.valueProperty());
        BooleanBinding gestopt = Bindings.createBooleanBinding(() -> v.soort.getValue() == Soort.GESTOPT,
                v.soort.valueProperty());
        rij = rij(grid, rij, "afsluiting.veld.soort", v.soort, null);
        rij = rij(grid, rij, "afsluiting.veld.einddatum", v.einddatum, v.einddatum.editor(), null);
        rij = rij(grid, rij, "afsluiting.veld.werkgever", v.werkgever, extern);
        rij = rij(grid, rij, "afsluiting.veld.functie", v.functie, plaatsing);
        rij = rij(grid, rij, "afsluiting.veld.vorm", v.vorm, plaatsing);
        rij = rij(grid, rij, "afsluiting.veld.route", v.route, plaatsing);
        rij = rij(grid, rij, "afsluiting.veld.startdatum", v.startdatum, v.startdatum.editor(), plaatsing);
        v.gedeeltelijk.visibleProperty().bind(plaatsing);
        v.gedeeltelijk.managedProperty().bind(plaatsing);
        grid.add(v.gedeeltelijk, 1, rij++);
        rij = rij(grid, rij, "afsluiting.veld.uren", v.uren, plaatsing);
        rij = rij(grid, rij, "afsluiting.veld.gestoptDoor", v.gestoptDoor, gestopt);
        // The texts and the softer results in a second column, so the dialog fits a laptop screen
        // without scrolling (a scrolled-away field is one a coach does not see).
        Label toelichtingLabel = new Label();
        toelichtingLabel.textProperty().bind(Bindings.createStringBinding(() -> I18n.t(
                v.soort.getValue() == Soort.GESTOPT ? "afsluiting.veld.reden"
                        : v.soort.getValue() == Soort.ANDERS ? "afsluiting.veld.namelijk" : "afsluiting.veld.toelichting"),
                v.soort.valueProperty()));
        toelichtingLabel.setLabelFor(v.toelichting);
        v.toelichting.accessibleTextProperty().bind(toelichtingLabel.textProperty());
        GridPane zacht = new GridPane();
        zacht.setHgap(16);
        zacht.setVgap(6);
        int i = 0;
        for (CheckBox box : v.zacht.values()) {
            zacht.add(box, i % 2, i / 2);
            i++;
        }
        Label zachtLabel = new Label(I18n.t("afsluiting.veld.zacht"));
        zachtLabel.getStyleClass().add("form-section");
        Label opmerkingLabel = new Label(I18n.t("afsluiting.veld.zachtOpmerking"));
        opmerkingLabel.setLabelFor(v.zachtOpmerking);
        v.zachtOpmerking.setAccessibleText(I18n.t("afsluiting.veld.zachtOpmerking"));
        Label schalenLabel = new Label(I18n.t(metingen.begin() == null ? "schaal.afsluiting.kop"
                : "schaal.afsluiting.kopMetIntake"));
        schalenLabel.getStyleClass().add("form-section");
        schalenLabel.setWrapText(true);
        schalenLabel.setMaxWidth(460);
        VBox rechts = new VBox(6, toelichtingLabel, v.toelichting, zachtLabel, zacht, opmerkingLabel, v.zachtOpmerking,
                schalenLabel, schalen.node());
        rechts.setMinWidth(460);
        grid.setMinWidth(480);
        javafx.scene.layout.HBox kolommen = new javafx.scene.layout.HBox(24, grid, rechts);

        Label uitleg = new Label(I18n.t("afsluiting.uitleg"));
        uitleg.setWrapText(true);
        uitleg.setMaxWidth(860);
        uitleg.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        uitleg.getStyleClass().add("text-muted");
        Label error = new Label();
        error.setId("afsluiting-error");
        error.getStyleClass().add("form-errors");
        error.setMinHeight(18);
        error.setWrapText(true);
        error.setMaxWidth(860);
        // A message about a field goes once the coach changes something.
        v.soort.valueProperty().addListener((o, a, b) -> error.setText(""));
        for (javafx.scene.control.TextInputControl veld : List.of(v.einddatum.editor(), v.werkgever, v.functie,
                v.startdatum.editor(), v.uren, v.toelichting)) {
            veld.textProperty().addListener((o, a, b) -> error.setText(""));
        }
        v.gedeeltelijk.selectedProperty().addListener((o, a, b) -> error.setText(""));
        v.gestoptDoor.valueProperty().addListener((o, a, b) -> error.setText(""));
        schalen.scores.values().forEach(c -> c.valueProperty().addListener((o, a, b) -> error.setText("")));
        // Closing a traject is written with care: what was typed is kept as a draft through Escape,
        // closing and a crash, every choice and tick with it.
        Kladregel concept = new Kladregel();
        Kladregel.opDialog(dialog, concept, ui.kladden(), kladSleutel(dossierId), kladVelden(v, schalen),
                ui.background());
        VBox inhoud = new VBox(10, uitleg, kolommen, error, concept.node());
        inhoud.setPadding(new Insets(4, 14, 0, 14)); // in line with the header, as the other forms
        dialog.getDialogPane().setContent(inhoud);
        dialog.setResizable(true);
        // The fields of the chosen outcome appear and go: the window follows, so Opslaan stays in view.
        v.soort.valueProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            var venster = dialog.getDialogPane().getScene().getWindow();
            if (venster != null) {
                venster.sizeToScene();
            }
        }));
        dialog.getDialogPane().getButtonTypes().setAll(Knoppen.opslaan(), Knoppen.annuleren());
        Button save = (Button) dialog.getDialogPane().lookupButton(Knoppen.opslaan());
        save.setId("afsluiting-save");
        Afsluiting[] gelezen = new Afsluiting[1];
        save.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            Parsed<Uitkomst> p = v.lees();
            Parsed<Schaalmeting> eind = schalen.lees();
            String fout = !p.isOk() ? p.errorKey() : p.value().fouten(trajectStart, vandaag).stream().findFirst()
                    .orElse(!eind.isOk() ? eind.errorKey() : eind.value() == null ? null
                            : Schaalmeting.fouten(metingen.begin(), eind.value(), vandaag).stream().findFirst().orElse(null));
            error.setText(fout == null ? "" : I18n.t(fout));
            if (fout != null) {
                event.consume();
            } else {
                gelezen[0] = new Afsluiting(p.value(), eind.value());
            }
        });
        dialog.setResultConverter(button -> button == Knoppen.opslaan() ? gelezen[0] : null);
        Toetsenbord.formulier(dialog, save);
        Toetsenbord.eersteVeld(dialog, () -> v.soort);
        return dialog.showAndWait();
    }

    /** The key of the dialog's draft in dossier {@code dossierId} (closing and changing share it: one outcome). */
    public static String kladSleutel(int dossierId) {
        return KladSleutel.vanDossier(dossierId, "uitkomst", null);
    }

    /** Every field as text, by its id, in form order: the typed ones as typed, the choices by name. */
    private static Map<String, StringProperty> kladVelden(Velden v, Schaalvelden schalen) {
        Map<String, StringProperty> velden = new LinkedHashMap<>();
        velden.put("afsluiting-soort", Autosave.keuze(v.soort.valueProperty(), Soort.class));
        velden.put("afsluiting-einddatum", v.einddatum.textProperty());
        velden.put("afsluiting-werkgever", v.werkgever.textProperty());
        velden.put("afsluiting-functie", v.functie.textProperty());
        velden.put("afsluiting-vorm", Autosave.keuze(v.vorm.valueProperty(), Uitkomst.Contractvorm.class));
        velden.put("afsluiting-route", Autosave.keuze(v.route.valueProperty(), Uitkomst.Route.class));
        velden.put("afsluiting-startdatum", v.startdatum.textProperty());
        velden.put("afsluiting-gedeeltelijk", Autosave.vinkje(v.gedeeltelijk.selectedProperty()));
        velden.put("afsluiting-uren", v.uren.textProperty());
        velden.put("afsluiting-gestopt-door", Autosave.keuze(v.gestoptDoor.valueProperty(), Uitkomst.GestoptDoor.class));
        velden.put("afsluiting-toelichting", v.toelichting.textProperty());
        velden.putAll(Autosave.vinkjes(v.zacht.values()));
        velden.put("afsluiting-zacht-opmerking", v.zachtOpmerking.textProperty());
        velden.put("afsluiting-schaal-datum", schalen.datum.textProperty());
        schalen.scores.values().forEach(score -> velden.put(score.getId(), Autosave.alsTekst(score.valueProperty(),
                String::valueOf, UitkomstDialog::score)));
        return velden;
    }

    /** A scale's score read back from a draft; null (not scored) for anything that is not a number. */
    private static Integer score(String tekst) {
        try {
            return Integer.valueOf(tekst);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A labelled row whose label points at the field itself; hidden with {@code zichtbaar} false. */
    private static int rij(GridPane grid, int rij, String labelKey, javafx.scene.control.Control veld,
                           BooleanBinding zichtbaar) {
        return rij(grid, rij, labelKey, veld, veld, zichtbaar);
    }

    private static int rij(GridPane grid, int rij, String labelKey, Node veld, javafx.scene.control.Control doel,
                           BooleanBinding zichtbaar) {
        Label label = new Label(I18n.t(labelKey));
        if (doel != null) {
            label.setLabelFor(doel);
            doel.setAccessibleText(I18n.t(labelKey));
        }
        if (zichtbaar != null) {
            for (Node n : List.of(label, veld)) {
                n.visibleProperty().bind(zichtbaar);
                n.managedProperty().bind(zichtbaar);
            }
        }
        grid.add(label, 0, rij);
        grid.add(veld, 1, rij);
        return rij + 1;
    }

    /** The dialog's fields, filled from an outcome and read back into one. */
    static final class Velden {
        final ComboBox<Soort> soort = Choices.of(Soort.values(), "afsluiting.soort.");
        final DateField einddatum = new DateField("afsluiting-einddatum");
        final TextField werkgever = new TextField();
        final TextField functie = new TextField();
        final ComboBox<Uitkomst.Contractvorm> vorm = keuze(Uitkomst.Contractvorm.values(), "afsluiting.vorm.");
        final ComboBox<Uitkomst.Route> route = keuze(Uitkomst.Route.values(), "afsluiting.route.");
        final DateField startdatum = new DateField("afsluiting-startdatum");
        final CheckBox gedeeltelijk = new CheckBox(I18n.t("afsluiting.veld.gedeeltelijk"));
        final TextField uren = new TextField();
        final ComboBox<Uitkomst.GestoptDoor> gestoptDoor = Choices.of(Uitkomst.GestoptDoor.values(),
                "afsluiting.gestoptDoor.");
        final TextArea toelichting = new TextArea();
        final Map<ZachtResultaat, CheckBox> zacht = new EnumMap<>(ZachtResultaat.class);
        final TextArea zachtOpmerking = new TextArea();

        Velden(Privacyhulp privacy) {
            soort.setId("afsluiting-soort");
            soort.setMaxWidth(Double.MAX_VALUE);
            werkgever.setId("afsluiting-werkgever");
            functie.setId("afsluiting-functie");
            vorm.setId("afsluiting-vorm");
            route.setId("afsluiting-route");
            gedeeltelijk.setId("afsluiting-gedeeltelijk");
            gedeeltelijk.setWrapText(true);
            uren.setId("afsluiting-uren");
            uren.setPrefColumnCount(6);
            gestoptDoor.setId("afsluiting-gestopt-door");
            toelichting.setId("afsluiting-toelichting");
            toelichting.setWrapText(true);
            toelichting.setPrefRowCount(3);
            zachtOpmerking.setId("afsluiting-zacht-opmerking");
            zachtOpmerking.setWrapText(true);
            zachtOpmerking.setPrefRowCount(2);
            for (ZachtResultaat z : ZachtResultaat.values()) {
                CheckBox box = new CheckBox(I18n.t("afsluiting.zacht." + z.name()));
                box.setId("afsluiting-zacht-" + z.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                zacht.put(z, box);
            }
            // Printed in the employer's eindrapportage: the live help marks what the gate would stop.
            privacy.organisatie(werkgever);
            privacy.tekst(functie);
            privacy.tekst(toelichting);
            privacy.tekst(zachtOpmerking);
        }

        /** A list that also offers "not chosen" (these are optional). */
        private static <E extends Enum<E>> ComboBox<E> keuze(E[] waarden, String prefix) {
            ComboBox<E> combo = Choices.of(waarden, prefix);
            combo.getItems().addFirst(null);
            combo.setMaxWidth(Double.MAX_VALUE);
            return combo;
        }

        void vul(Uitkomst u, LocalDate vandaag) {
            einddatum.textProperty().set(DateInput.format(u == null ? vandaag : u.einddatum()));
            if (u == null) {
                return;
            }
            soort.setValue(u.soort());
            var p = u.plaatsing();
            if (p != null) {
                werkgever.setText(p.werkgever() == null ? "" : p.werkgever());
                functie.setText(p.functie() == null ? "" : p.functie());
                vorm.setValue(p.vorm());
                route.setValue(p.route());
                startdatum.textProperty().set(DateInput.format(p.startdatum()));
                gedeeltelijk.setSelected(p.gedeeltelijk());
                uren.setText(NumberInput.formatHours(p.urenPerWeekMinuten()));
            }
            gestoptDoor.setValue(u.gestoptDoor());
            toelichting.setText(u.toelichting() == null ? "" : u.toelichting());
            u.zachteResultaten().forEach(z -> zacht.get(z).setSelected(true));
            zachtOpmerking.setText(u.zachtOpmerking() == null ? "" : u.zachtOpmerking());
        }

        /**
         * The outcome as typed, or the message of a field that cannot be read (a date or a number).
         * Fields hidden for the chosen outcome are left out, so switching back and forth loses nothing
         * on screen and stores nothing that does not belong.
         */
        Parsed<Uitkomst> lees() {
            Soort s = soort.getValue();
            Parsed<LocalDate> eind = DateInput.parse(einddatum.textProperty().get());
            if (!eind.isOk()) {
                return Parsed.error(eind.errorKey());
            }
            Uitkomst.Plaatsing plaatsing = null;
            if (s != null && s.plaatsing()) {
                Parsed<LocalDate> start = DateInput.parse(startdatum.textProperty().get());
                if (!start.isOk()) {
                    return Parsed.error(start.errorKey());
                }
                Parsed<Integer> minuten = NumberInput.hoursAsMinutes(uren.getText(), Uitkomst.MAX_UREN_PER_WEEK);
                if (!minuten.isOk()) {
                    return Parsed.error(minuten.errorKey());
                }
                plaatsing = new Uitkomst.Plaatsing(s == Soort.GEPLAATST_EXTERN ? werkgever.getText() : null,
                        functie.getText(), vorm.getValue(), route.getValue(), start.value(), gedeeltelijk.isSelected(),
                        minuten.value());
            }
            Set<ZachtResultaat> gekozen = EnumSet.noneOf(ZachtResultaat.class);
            zacht.forEach((z, box) -> {
                if (box.isSelected()) {
                    gekozen.add(z);
                }
            });
            return Parsed.ok(new Uitkomst(s, eind.value(), plaatsing, s == Soort.GESTOPT ? gestoptDoor.getValue() : null,
                    toelichting.getText(), gekozen, zachtOpmerking.getText()));
        }
    }
}
