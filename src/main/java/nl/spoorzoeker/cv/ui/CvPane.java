package nl.spoorzoeker.cv.ui;

import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.ui.DossierTabblad;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.form.Autosave;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nl.spoorzoeker.cv.CvService;
import nl.spoorzoeker.cv.CvVariant;
import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.instrument.ui.Tekstgeschiedenis;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.ui.Bevestiging;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormModel;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.ui.form.Choices;

/**
 * The dossier's "CV and letters" tab (issue 19 items 4-5): the STARR stories, a CV per
 * zoekrichting and a letter per sollicitatie. Under each CV and letter the coach sees what the
 * privacy gate leaves out of it, so nothing disappears from a document unnoticed. Loads its own
 * data when shown.
 */
public final class CvPane implements DossierTabblad<Void> {

    private final UiContext ui;
    private final StarrService starr;
    private final CvService cv;
    private final CvModel model;
    private final Runnable changed;
    private final VBox root = new VBox(16);
    /** Asks where to save a file, given a proposed name; null when the coach cancels. */
    private java.util.function.Function<String, Path> kiezer = this::kies;

    public CvPane(UiContext ui, StarrService starr, CvService cv, ArbeidsmarktService arbeidsmarkt, Runnable changed) {
        this.ui = ui;
        this.starr = starr;
        this.cv = cv;
        this.model = new CvModel(starr, cv, arbeidsmarkt);
        this.changed = changed;
        root.setId("cv-pane");
        root.getProperties().put(CvPane.class, this);
        root.setPadding(new Insets(12, 16, 16, 0));
    }

    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    public void show(int id) {
        model.kies(id);
        // The language is read here, on the screen's thread, and handed on (ADR 0008).
        CvService metTaal = cv.in(I18n.teksten());
        ui.background().run(() -> model.laad(id, metTaal), data -> {
            if (model.actueel(id)) {
                toon(data);
            }
        });
    }

    private void toon(CvModel.Data data) {
        root.getChildren().setAll(starrSectie(data.verhalen()), new Separator(), cvSectie(data), new Separator(),
                briefSectie(data), new Separator(), werkboekSectie(data.werkboek()));
    }

    // --- STARR stories ----------------------------------------------------------------------

    private Node starrSectie(List<StarrVerhaal> verhalen) {
        VBox lijst = new VBox(10);
        lijst.setId("starr-lijst");
        for (StarrVerhaal s : verhalen) {
            lijst.getChildren().add(starrKaart(s));
        }
        if (verhalen.isEmpty()) {
            lijst.getChildren().add(muted(I18n.t("starr.geen")));
        }
        Button nieuw = new Button(I18n.t("starr.nieuw"), FontIcon.of(Material2AL.ADD, 14));
        nieuw.setId("starr-nieuw");
        nieuw.setOnAction(e -> starrDialoog(new StarrVerhaal(null, null, null, null, null, null, null, List.of())));
        return new VBox(8, titel("starr.titel"), muted(I18n.t("starr.uitleg")), lijst, nieuw);
    }

    private Node starrKaart(StarrVerhaal s) {
        Label kop = new Label(s.titel());
        kop.getStyleClass().add("text-bold");
        kop.setWrapText(true);
        Label tags = muted(CvModel.competenties(s));
        VBox kaart = new VBox(4, kop, tags);
        if (s.datum() != null) {
            Label gemaakt = muted(I18n.t("starr.gemaaktOp", DateInput.format(s.datum())));
            gemaakt.setId("starr-datum-" + s.id());
            kaart.getChildren().add(gemaakt);
        }
        for (String tekst : CvModel.regels(s)) {
            Label regel = new Label(tekst);
            regel.setWrapText(true);
            kaart.getChildren().add(regel);
        }
        Button bewerk = new Button(I18n.t("action.edit"), FontIcon.of(Material2AL.EDIT, 14));
        bewerk.setId("starr-bewerk-" + s.id());
        bewerk.setOnAction(e -> starrDialoog(s));
        Button geschiedenis = new Button(I18n.t("geschiedenis.knop"), FontIcon.of(Material2AL.HISTORY, 14));
        geschiedenis.setId("starr-geschiedenis-" + s.id());
        geschiedenis.setOnAction(e -> starrGeschiedenis(s));
        Button weg = new Button(I18n.t("action.remove"), FontIcon.of(Material2AL.DELETE, 14));
        weg.setId("starr-verwijder-" + s.id());
        weg.setOnAction(e -> {
            if (Bevestiging.vraag(ui.window().get(), "starr-verwijder-vraag", I18n.t("starr.verwijder.titel"),
                    I18n.t("starr.verwijder.vraag", s.titel()), null, I18n.t("action.delete"))) {
                int id = model.dossierId();
                ui.background().run(() -> {
                    starr.verwijder(id, s.id());
                    return null;
                }, x -> changed.run(), this::fout);
            }
        });
        HBox knoppen = new HBox(8, bewerk, geschiedenis, weg);
        kaart.getChildren().add(knoppen);
        kaart.setId("starr-" + s.id());
        kaart.setPadding(new Insets(8));
        kaart.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4;");
        return kaart;
    }

    /** What the story said before and when; an earlier text can be made current again (as a new version). */
    private void starrGeschiedenis(StarrVerhaal s) {
        int id = model.dossierId();
        ui.background().run(() -> starr.versies(id, s.id()), versies -> Tekstgeschiedenis.toon(ui.window().get(),
                "starr-geschiedenis", I18n.t("starr.geschiedenis.titel", s.titel()), versies,
                CvModel::velden,
                nummer -> ui.background().run(() -> {
                    starr.herstel(id, s.id(), nummer);
                    return null;
                }, x -> {
                    ui.navigator().status(I18n.t("geschiedenis.hersteld", nummer));
                    changed.run();
                }, this::fout)), this::fout);
    }

    private void starrDialoog(StarrVerhaal s) {
        int id = model.dossierId();
        ui.background().run(() -> model.leesCompetentieKeuze(id), keuze -> {
            StarrForm form = new StarrForm(ui.today());
            form.load(s);
            FormView view = new FormView();
            view.note("starr.privacy");
            view.text(form.titel);
            for (var veld : List.of(form.situatie, form.taak, form.actie, form.resultaat, form.reflectie)) {
                view.area(veld);
            }
            view.text(form.competenties);
            view.date(form.datum);
            if (!keuze.isEmpty()) {
                FlowPane knoppen = new FlowPane(6, 6);
                for (int i = 0; i < keuze.size(); i++) {
                    String tag = keuze.get(i);
                    Button b = new Button(tag);
                    b.setId("starr-tag-" + i);
                    b.getStyleClass().add("small");
                    b.setOnAction(e -> form.voegToe(tag));
                    knoppen.getChildren().add(b);
                }
                view.row("starr.kies", knoppen);
            }
            view.note("starr.competenties.uitleg");
            new FormDialog<Integer>(ui.window().get(), I18n.t(s.id() == null ? "starr.nieuw" : "starr.bewerk"),
                    "starr-dialog", form, view, ui.background(), () -> {
                        StarrVerhaal nieuw = form.verhaal();
                        return () -> starr.bewaar(id, nieuw);
                    }).autosave(ui.kladden(), KladSleutel.vanDossier(id, "starr", s.id())).showAndWait().ifPresent(x -> {
                        ui.navigator().status(I18n.t("starr.opgeslagen"));
                        changed.run();
                    });
        }, this::fout);
    }

    // --- CV variants ------------------------------------------------------------------------

    private Node cvSectie(CvModel.Data data) {
        VBox lijst = new VBox(10);
        lijst.setId("cv-lijst");
        for (CvVariant v : data.varianten()) {
            Label naam = new Label(v.zoekrichting());
            naam.getStyleClass().add("text-bold");
            Label regel = muted(I18n.t("cv.regel", v.highlights().size()));
            Button bewerk = new Button(I18n.t("action.edit"), FontIcon.of(Material2AL.EDIT, 14));
            bewerk.setId("cv-bewerk-" + v.id());
            bewerk.setOnAction(e -> cvDialoog(v, data.verhalen()));
            Button pdf = new Button(I18n.t("cv.pdf"), FontIcon.of(Material2MZ.PICTURE_AS_PDF, 14));
            pdf.setId("cv-pdf-" + v.id());
            pdf.setOnAction(e -> kiesEnBewaar(v, CvService.Formaat.PDF));
            Button docx = new Button(I18n.t("cv.docx"), FontIcon.of(Material2AL.DESCRIPTION, 14));
            docx.setId("cv-docx-" + v.id());
            docx.setOnAction(e -> kiesEnBewaar(v, CvService.Formaat.DOCX));
            Button weg = new Button(I18n.t("action.remove"), FontIcon.of(Material2AL.DELETE, 14));
            weg.setId("cv-verwijder-" + v.id());
            weg.setOnAction(e -> {
                if (Bevestiging.vraag(ui.window().get(), "cv-verwijder-vraag", I18n.t("cv.verwijder.titel"),
                        I18n.t("cv.verwijder.vraag", v.zoekrichting()), null, I18n.t("action.delete"))) {
                    int id = model.dossierId();
                    ui.background().run(() -> {
                        cv.verwijder(id, v.id());
                        return null;
                    }, x -> changed.run(), this::fout);
                }
            });
            HBox kop = new HBox(12, naam, regel);
            kop.setAlignment(Pos.BASELINE_LEFT);
            VBox rij = new VBox(4, kop);
            weggelaten(rij, "cv.weggelaten", data.weggelaten().getOrDefault(v.id(), List.of()), "cv-weggelaten-" + v.id());
            rij.getChildren().add(new HBox(8, bewerk, pdf, docx, weg));
            rij.setId("cv-" + v.id());
            lijst.getChildren().add(rij);
        }
        if (data.varianten().isEmpty()) {
            lijst.getChildren().add(muted(I18n.t("cv.geen")));
        }
        Button nieuw = new Button(I18n.t("cv.nieuw"), FontIcon.of(Material2AL.ADD, 14));
        nieuw.setId("cv-nieuw");
        nieuw.setOnAction(e -> cvDialoog(new CvVariant(null, null, null, List.of(), List.of()), data.verhalen()));
        return new VBox(8, titel("cv.sectie"), muted(I18n.t("cv.uitleg")), lijst, nieuw);
    }

    /** The passages the gate leaves out, in the danger colour, under the document they are left out of. */
    private static void weggelaten(VBox rij, String key, List<Privacypoort.Weglating> weg, String nodeId) {
        if (weg.isEmpty()) {
            return;
        }
        VBox box = new VBox(2);
        box.setId(nodeId);
        Label kop = new Label(I18n.t(key, weg.size()));
        kop.setWrapText(true);
        kop.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        box.getChildren().add(kop);
        for (Privacypoort.Weglating w : weg) {
            Label regel = new Label(CvModel.weggelatenRegel(w));
            regel.setWrapText(true);
            regel.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
            box.getChildren().add(regel);
        }
        rij.getChildren().add(box);
    }

    /** View model of a CV variant: the zoekrichting is required; choices are check boxes beside it. */
    private static final class CvForm extends FormModel {
        final FieldModel<String> zoekrichting = field("cv-zoekrichting", "cv.veld.zoekrichting",
                t -> TextInput.required(t, CvVariant.MAX_RICHTING));
        final FieldModel<String> profielzin = field("cv-profielzin", "cv.veld.profielzin",
                t -> TextInput.optional(t, CvVariant.MAX_PROFIELZIN));
    }

    private void cvDialoog(CvVariant v, List<StarrVerhaal> verhalen) {
        int id = model.dossierId();
        ui.background().run(() -> model.leesKeuze(id), keuze -> {
            CvForm form = new CvForm();
            form.zoekrichting.setText(v.zoekrichting());
            form.profielzin.setText(v.profielzin());
            FormView view = new FormView();
            view.text(form.zoekrichting);
            if (!keuze.richtingen().isEmpty()) {
                FlowPane richtingen = new FlowPane(6, 6);
                for (int i = 0; i < keuze.richtingen().size(); i++) {
                    String r = keuze.richtingen().get(i);
                    Button b = new Button(r);
                    b.setId("cv-richting-" + i);
                    b.getStyleClass().add("small");
                    b.setOnAction(e -> form.zoekrichting.setText(r));
                    richtingen.getChildren().add(b);
                }
                view.row("starr.kies", richtingen);
            }
            view.area(form.profielzin);
            List<String> alle = CvModel.competentieKeuze(keuze.competenties(), v);
            VBox comp = new VBox(4);
            List<CheckBox> compVakjes = new ArrayList<>();
            for (int i = 0; i < alle.size(); i++) {
                CheckBox c = new CheckBox(alle.get(i));
                c.setId("cv-comp-" + i);
                c.setSelected(CvModel.gekozen(v, alle.get(i)));
                compVakjes.add(c);
                comp.getChildren().add(c);
            }
            comp.getChildren().add(muted(I18n.t("cv.competenties.leeg")));
            view.row("cv.veld.competenties", comp);
            VBox hl = new VBox(4);
            Map<CheckBox, Integer> hlVakjes = new LinkedHashMap<>();
            for (StarrVerhaal s : verhalen) {
                CheckBox c = new CheckBox(s.titel());
                c.setId("cv-hl-" + s.id());
                c.setSelected(v.highlights().contains(s.id()));
                hlVakjes.put(c, s.id());
                hl.getChildren().add(c);
            }
            if (verhalen.isEmpty()) {
                hl.getChildren().add(muted(I18n.t("starr.geen")));
            }
            view.row("cv.veld.highlights", hl);
            new FormDialog<Integer>(ui.window().get(), I18n.t(v.id() == null ? "cv.nieuw" : "cv.bewerk"), "cv-dialog",
                    form, view, ui.background(), () -> {
                        List<String> gekozen = compVakjes.stream().filter(CheckBox::isSelected).map(CheckBox::getText)
                                .toList();
                        List<Integer> highlights = hlVakjes.entrySet().stream().filter(e -> e.getKey().isSelected())
                                .map(Map.Entry::getValue).toList();
                        CvVariant nieuw = new CvVariant(v.id(), form.zoekrichting.value(), form.profielzin.value(),
                                gekozen, highlights);
                        return () -> cv.bewaar(id, nieuw);
                    }).autosave(ui.kladden(), KladSleutel.vanDossier(id, "cv", v.id()),
                            metVinkjes(compVakjes, hlVakjes.keySet())).showAndWait().ifPresent(x -> {
                        ui.navigator().status(I18n.t("cv.opgeslagen"));
                        changed.run();
                    });
        }, this::fout);
    }

    private void kiesEnBewaar(CvVariant v, CvService.Formaat formaat) {
        Path doel = kiezer.apply(CvModel.cvBestandsnaam(v, formaat));
        if (doel != null) {
            bewaarCv(v.id(), formaat, doel);
        }
    }

    private Path kies(String naam) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("cv.opslaan"));
        chooser.setInitialFileName(naam);
        File file = chooser.showSaveDialog(ui.window().get());
        return file == null ? null : file.toPath();
    }

    /** Replaces the save dialog (the window tests cannot drive the system's file chooser). */
    public void zetKiezer(java.util.function.Function<String, Path> kiezer) {
        this.kiezer = kiezer;
    }

    /** Writes a CV to {@code doel} off the JavaFX thread (the button asks where first). */
    public void bewaarCv(int variantId, CvService.Formaat formaat, Path doel) {
        int id = model.dossierId();
        CvService metTaal = cv.in(I18n.teksten());
        ui.background().run(() -> {
            metTaal.bewaarCvAls(id, variantId, formaat, doel);
            return doel;
        }, p -> ui.navigator().status(I18n.t("cv.bestandOpgeslagen", p.getFileName())), this::fout);
    }

    // --- Werkboek -----------------------------------------------------------------------------

    /**
     * The werknemer's werkboek (issue 19 item 6). Health words in the werknemer's answers stay in
     * it (it is theirs) but are shown here, so the coach can talk them through before it goes home.
     */
    private Node werkboekSectie(List<Privacypoort.Weglating> gevonden) {
        // A werkboek per phase (domain.md §6.2); the roeping one, the first made, is the default.
        javafx.scene.control.ComboBox<FaseSoort> fase = Choices.of(
                CvService.WERKBOEKFASEN.toArray(FaseSoort[]::new), "fase.");
        fase.setId("werkboek-fase");
        fase.setValue(FaseSoort.ROEPING);
        Button maak = new Button(I18n.t("werkboek.maak"), FontIcon.of(Material2AL.ASSIGNMENT, 14));
        maak.setId("werkboek-maak");
        maak.setOnAction(e -> {
            FaseSoort gekozen = fase.getValue();
            Path doel = kiezer.apply(CvModel.werkboekBestandsnaam(gekozen));
            if (doel != null) {
                bewaarWerkboek(gekozen, doel);
            }
        });
        VBox box = new VBox(8, titel("werkboek.sectie"), muted(I18n.t("werkboek.sectie.uitleg")));
        if (!gevonden.isEmpty()) {
            VBox signaal = new VBox(2);
            Label kop = new Label(I18n.t("werkboek.gezondheid", gevonden.size()));
            kop.setWrapText(true);
            kop.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
            signaal.getChildren().add(kop);
            signaal.setId("werkboek-gezondheid");
            for (Privacypoort.Weglating w : gevonden) {
                Label regel = new Label("• " + w.tekst());
                regel.setWrapText(true);
                regel.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
                signaal.getChildren().add(regel);
            }
            box.getChildren().add(signaal);
        }
        Label faseLabel = new Label(I18n.t("werkboek.fase"));
        faseLabel.setLabelFor(fase);
        HBox keuze = new HBox(8, faseLabel, fase, maak);
        keuze.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(keuze);
        return box;
    }

    /** Writes the roeping werkboek to {@code doel} off the JavaFX thread (the button asks where first). */
    public void bewaarWerkboek(Path doel) {
        bewaarWerkboek(FaseSoort.ROEPING, doel);
    }

    /** Writes a phase's werkboek to {@code doel} off the JavaFX thread (the button asks where first). */
    public void bewaarWerkboek(FaseSoort fase, Path doel) {
        int id = model.dossierId();
        CvService metTaal = cv.in(I18n.teksten());
        ui.background().run(() -> {
            metTaal.bewaarWerkboekAls(id, fase, doel);
            return doel;
        }, p -> ui.navigator().status(I18n.t("cv.bestandOpgeslagen", p.getFileName())), this::fout);
    }

    // --- Letters ----------------------------------------------------------------------------

    private Node briefSectie(CvModel.Data data) {
        VBox lijst = new VBox(10);
        lijst.setId("brief-lijst");
        for (CvModel.Brief b : data.brieven()) {
            Sollicitatie s = b.sollicitatie();
            Label regel = new Label(CvModel.briefRegel(s));
            regel.setWrapText(true);
            HBox kop = new HBox(12, regel);
            if (b.klaar()) {
                kop.getChildren().add(muted(I18n.t("brief.heeftBrief")));
            }
            kop.setAlignment(Pos.BASELINE_LEFT);
            Button schrijf = new Button(CvModel.schrijfKnop(b),
                    FontIcon.of(Material2AL.EDIT, 14));
            schrijf.setId("brief-" + s.id());
            schrijf.setOnAction(e -> briefDialoog(s, data.verhalen()));
            Button pdf = new Button(I18n.t("cv.pdf"), FontIcon.of(Material2MZ.PICTURE_AS_PDF, 14));
            pdf.setId("brief-pdf-" + s.id());
            pdf.setDisable(!CvModel.exporteerbaar(b));
            pdf.setOnAction(e -> kiesEnBewaarBrief(s, CvService.Formaat.PDF));
            Button docx = new Button(I18n.t("cv.docx"), FontIcon.of(Material2AL.DESCRIPTION, 14));
            docx.setId("brief-docx-" + s.id());
            docx.setDisable(!CvModel.exporteerbaar(b));
            docx.setOnAction(e -> kiesEnBewaarBrief(s, CvService.Formaat.DOCX));
            VBox rij = new VBox(4, kop);
            weggelaten(rij, "brief.weggelaten", b.weggelaten(), "brief-weggelaten-" + s.id());
            rij.getChildren().add(new HBox(8, schrijf, pdf, docx));
            lijst.getChildren().add(rij);
        }
        if (data.brieven().isEmpty()) {
            lijst.getChildren().add(muted(I18n.t("brief.geenSollicitaties")));
        }
        return new VBox(8, titel("brief.sectie"), muted(I18n.t("brief.uitleg")), lijst);
    }

    private static final class BriefForm extends FormModel {
        final FieldModel<String> tekst = field("brief-tekst", "brief.veld.tekst", t -> TextInput.required(t, 10_000));
    }

    private void briefDialoog(Sollicitatie s, List<StarrVerhaal> verhalen) {
        int id = model.dossierId();
        CvService metTaal = cv.in(I18n.teksten());
        ui.background().run(() -> model.leesBrief(id, s.id(), metTaal),
                tekst -> {
                    BriefForm form = new BriefForm();
                    form.tekst.setText(tekst);
                    FormView view = new FormView();
                    view.note("starr.privacy");
                    VBox keuze = new VBox(4);
                    Map<CheckBox, Integer> vakjes = new LinkedHashMap<>();
                    for (StarrVerhaal v : verhalen) {
                        CheckBox c = new CheckBox(v.titel());
                        c.setId("brief-verhaal-" + v.id());
                        vakjes.put(c, v.id());
                        keuze.getChildren().add(c);
                    }
                    Button sjabloon = new Button(I18n.t("brief.sjabloon"), FontIcon.of(Material2MZ.REFRESH, 14));
                    sjabloon.setId("brief-sjabloon");
                    String[] laatst = {tekst};
                    sjabloon.setOnAction(e -> {
                        String nu = form.tekst.textProperty().get();
                        if (CvModel.sjabloonVraagtEerst(nu, laatst[0]) && !Bevestiging.vraag(
                                ui.window().get(), "brief-sjabloon-vraag", I18n.t("brief.sjabloon"),
                                I18n.t("brief.sjabloon.vraag"), null, I18n.t("brief.sjabloon"))) {
                            return;
                        }
                        List<Integer> gekozen = vakjes.entrySet().stream().filter(x -> x.getKey().isSelected())
                                .map(Map.Entry::getValue).toList();
                        ui.background().run(() -> metTaal.briefUitSjabloon(id, s.id(), gekozen), nieuw -> {
                            laatst[0] = nieuw;
                            form.tekst.setText(nieuw);
                        }, this::fout);
                    });
                    keuze.getChildren().add(sjabloon);
                    view.row("brief.veld.verhalen", keuze);
                    var area = view.area(form.tekst);
                    area.setPrefRowCount(18);
                    area.setPrefColumnCount(60);
                    new FormDialog<Integer>(ui.window().get(), I18n.t("brief.dialoog", s.functie(), s.organisatie()),
                            "brief-dialog", form, view, ui.background(), () -> {
                                String inhoud = form.tekst.value();
                                return () -> {
                                    cv.bewaarBrief(id, s.id(), inhoud);
                                    return s.id();
                                };
                            }).autosave(ui.kladden(), KladSleutel.vanDossier(id, "brief", s.id()),
                                    Autosave.vinkjes(vakjes.keySet())).showAndWait().ifPresent(x -> {
                                ui.navigator().status(I18n.t("brief.opgeslagen"));
                                changed.run();
                            });
                }, this::fout);
    }

    private void kiesEnBewaarBrief(Sollicitatie s, CvService.Formaat formaat) {
        Path doel = kiezer.apply(CvModel.briefBestandsnaam(s, formaat));
        if (doel != null) {
            bewaarBrief(s.id(), formaat, doel);
        }
    }

    /** Writes a letter to {@code doel} and keeps its PDF as the sollicitatie's proof, off the JavaFX thread. */
    public void bewaarBrief(int sollicitatieId, CvService.Formaat formaat, Path doel) {
        int id = model.dossierId();
        CvService metTaal = cv.in(I18n.teksten());
        ui.background().run(() -> {
            metTaal.bewaarBriefAls(id, sollicitatieId, formaat, doel);
            return doel;
        }, p -> {
            ui.navigator().status(I18n.t("brief.bestandOpgeslagen", p.getFileName()));
            changed.run();
        }, this::fout);
    }

    /** The ticks of a form's two lists, for its draft (issue 21 item 3). */
    private static Map<String, javafx.beans.property.StringProperty> metVinkjes(List<CheckBox> een,
                                                                               java.util.Collection<CheckBox> ander) {
        Map<String, javafx.beans.property.StringProperty> vinkjes = new LinkedHashMap<>(Autosave.vinkjes(een));
        vinkjes.putAll(Autosave.vinkjes(ander));
        return vinkjes;
    }

    private void fout(Throwable t) {
        ui.meldingen().weigering(t, tekst -> {
            ui.navigator().status(tekst);
            changed.run();
        });
    }

    private static Label titel(String key) {
        Label titel = new Label(I18n.t(key));
        titel.getStyleClass().add("title-3");
        return titel;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    @Override
    public DossierTab plek() {
        return DossierTab.CV;
    }

    @Override
    public String titelSleutel() {
        return "dossier.tab.cv";
    }

    /** The CV variants and letters are read when the tab is shown. */
    @Override
    public void toon(int dossierId, Void inhoud) {
        show(dossierId);
    }
}
