package nl.spoorzoeker.fase.ui;

import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.ui.Aanwijzing;
import nl.spoorzoeker.ui.DossierTabblad;
import nl.spoorzoeker.ui.DossierTab;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.fase.AdRapport;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.fase.Profielregels;
import nl.spoorzoeker.fase.Zoekprofiel;
import nl.spoorzoeker.fase.Zoekrichting;
import nl.spoorzoeker.ui.Duur;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * The AD report, the persoonsprofiel and the zoekprofiel of a traject. Each profile change is saved
 * as a new version; the version list says what changed.
 */
public final class ProfielenPane implements DossierTabblad<ProfielService.Profielen> {

    private final UiContext ui;
    private final ProfielService service;
    private final Runnable changed;
    private final VBox root = new VBox(14);
    private int dossierId;

    public ProfielenPane(UiContext ui, ProfielService service, Runnable changed) {
        this.ui = ui;
        this.service = service;
        this.changed = changed;
        root.setId("profielen-pane");
        root.setPadding(new Insets(12, 16, 16, 0));
    }

    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    public void show(int id, ProfielService.Profielen p) {
        this.dossierId = id;
        root.getChildren().setAll(
                title("ad.titel"), ad(p), title("pp.titel"), persoonsprofiel(p), title("zp.titel"), zoekprofiel(p));
    }

    private static Label title(String key) {
        Label label = new Label(I18n.t(key));
        label.getStyleClass().add("title-3");
        return label;
    }

    private Node ad(ProfielService.Profielen p) {
        VBox box = new VBox(8);
        if (p.adRapporten().isEmpty()) {
            box.getChildren().add(new Label(I18n.t("ad.geen")));
        } else {
            AdRapport r = p.adRapporten().getFirst();
            box.getChildren().add(grid(Map.of(
                    "ad.datum", DateInput.format(r.datum()),
                    "ad.arbeidsdeskundige", nvl(r.arbeidsdeskundige()),
                    "ad.conclusie", I18n.t("conclusie." + r.conclusie().name()),
                    "ad.zoekrichtingen", nvl(r.zoekrichtingen())), List.of("ad.datum", "ad.arbeidsdeskundige",
                    "ad.conclusie", "ad.zoekrichtingen")));
            if (p.adRapporten().size() > 1) {
                box.getChildren().add(muted(I18n.t("ad.eerdere", p.adRapporten().size() - 1)));
            }
        }
        Button add = new Button(I18n.t("ad.nieuw"), FontIcon.of(Material2AL.ADD, 14));
        add.setId("ad-nieuw");
        add.setOnAction(e -> adDialog());
        box.getChildren().add(add);
        return box;
    }

    private Node persoonsprofiel(ProfielService.Profielen p) {
        VBox box = new VBox(8);
        Persoonsprofiel current = p.persoonsprofielen().isEmpty() ? Persoonsprofiel.LEEG : p.persoonsprofielen().getFirst();
        if (p.persoonsprofielen().isEmpty()) {
            box.getChildren().add(new Label(I18n.t("pp.geen")));
        } else {
            Map<String, String> fields = current.velden();
            Map<String, String> shown = new java.util.HashMap<>(fields.entrySet().stream().collect(
                    Collectors.toMap(Map.Entry::getKey, e -> nvl(e.getValue()))));
            if (current.instrument() != null) {
                // The field came from an instrument the werknemer did: say which and when (C04 asks for both).
                String veld = current.instrumentVeld();
                shown.put(veld, nvl(fields.get(veld)) + " · " + herkomst(current));
            }
            box.getChildren().add(grid(shown, List.copyOf(fields.keySet())));
        }
        Button edit = new Button(I18n.t(p.persoonsprofielen().isEmpty() ? "pp.nieuw" : "pp.bewerk"),
                FontIcon.of(Material2AL.EDIT, 14));
        edit.setId("pp-bewerk");
        edit.setOnAction(e -> ppDialog(current));
        box.getChildren().addAll(edit, versies(p.persoonsprofielen().stream().map(v -> new Versie(v.versie(),
                v.opgeslagenOp(), v.velden(), v.instrument() == null ? null : herkomst(v))).toList(), "pp-versies"));
        return box;
    }

    private Node zoekprofiel(ProfielService.Profielen p) {
        VBox box = new VBox(8);
        Zoekprofiel current = p.zoekprofielen().isEmpty() ? null : p.zoekprofielen().getFirst();
        p.laatsteBelastbaarheid().map(b -> b.urenPerWeekMinuten()).filter(m -> m != null).ifPresent(max ->
                box.getChildren().add(muted(I18n.t("zp.maxUren", Duur.tekst(max)))));
        if (current == null) {
            box.getChildren().add(new Label(I18n.t("zp.geen")));
        } else {
            TableView<Zoekrichting> table = new TableView<>();
            table.setId("zoekrichtingen-table");
            table.getItems().setAll(current.richtingen());
            table.getColumns().setAll(List.of(
                    column("zr.functie", Zoekrichting::functie),
                    column("zr.niveau", Zoekrichting::niveau),
                    column("zr.sector", Zoekrichting::sector),
                    column("zr.uren", r -> Duur.tekst(r.urenPerWeekMinuten())),
                    column("zr.regio", Zoekrichting::regio),
                    column("zr.status", r -> I18n.t(r.actief() ? "zr.actief" : "zr.verlaten"))));
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.setPrefHeight(48 + 42.0 * Math.max(1, current.richtingen().size()));
            box.getChildren().add(table);
        }
        Button edit = new Button(I18n.t(current == null ? "zp.nieuw" : "zp.bewerk"), FontIcon.of(Material2AL.EDIT, 14));
        edit.setId("zp-bewerk");
        edit.setOnAction(e -> zpDialog(current, p));
        box.getChildren().addAll(edit, versies(p.zoekprofielen().stream().map(v -> new Versie(v.versie(),
                v.opgeslagenOp(), velden(v), null)).toList(), "zp-versies"));
        return box;
    }

    /** The directions of a zoekprofiel as comparable fields: "Zoekrichting 1" → its summary. */
    private static Map<String, String> velden(Zoekprofiel profiel) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < Zoekprofiel.MAX_RICHTINGEN; i++) {
            Zoekrichting r = i < profiel.richtingen().size() ? profiel.richtingen().get(i) : null;
            fields.put(I18n.t("zr.nummer", i + 1), r == null ? null : String.join(" · ", java.util.stream.Stream.of(
                    r.functie(), r.niveau(), r.sector(), Duur.tekst(r.urenPerWeekMinuten()), r.regio(),
                    r.actief() ? "" : I18n.t("zr.verlaten")).filter(s -> s != null && !s.isBlank()).toList()));
        }
        return fields;
    }

    /** @param herkomst the instrument the version came from, in words, or null for the coach's own edit */
    private record Versie(int nummer, java.time.Instant op, Map<String, String> velden, String herkomst) {
    }

    /** "uit Interessetest (O*NET Interest Profiler, korte vorm) van 24-11-2026". */
    private static String herkomst(Persoonsprofiel p) {
        return I18n.t("pp.uitInstrument", I18n.t("instrumentnaam." + p.instrument()), DateInput.format(p.instrumentDatum()));
    }

    /** "Versie 3 · 24-11-2026 · gewijzigd: Competenties, Wensen" for every version, newest first. */
    private static Node versies(List<Versie> versies, String id) {
        VBox list = new VBox(2);
        list.setId(id);
        for (int i = 0; i < versies.size(); i++) {
            Versie v = versies.get(i);
            String date = DateInput.format(v.op().atZone(Tijdzone.PRAKTIJK).toLocalDate());
            String what;
            if (i + 1 < versies.size()) {
                List<String> changed = Profielregels.gewijzigd(versies.get(i + 1).velden(), v.velden());
                what = changed.isEmpty() ? I18n.t("versie.geenWijziging") : I18n.t("versie.gewijzigd",
                        changed.stream().map(k -> k.contains(".") ? I18n.t(k).replace("_", "") : k)
                                .collect(Collectors.joining(", ")));
            } else {
                what = I18n.t("versie.eerste");
            }
            String regel = I18n.t("versie.regel", v.nummer(), date, what);
            list.getChildren().add(muted(v.herkomst() == null ? regel : regel + " · " + v.herkomst()));
        }
        return list;
    }

    private void adDialog() {
        AdRapportForm form = new AdRapportForm();
        FormView view = new FormView();
        view.date(form.datum);
        view.text(form.arbeidsdeskundige);
        ComboBox<AdRapport.ConclusieSpoor1> conclusie = Choices.of(AdRapport.ConclusieSpoor1.values(), "conclusie.");
        conclusie.valueProperty().bindBidirectional(form.conclusie);
        view.combo("ad-conclusie", "ad.conclusie", conclusie);
        view.area(form.zoekrichtingen);
        save(new FormDialog<>(ui.window().get(), I18n.t("ad.nieuw"), "ad-dialog", form, view, ui.background(), () -> {
            AdRapport r = form.rapport();
            return () -> service.voegAdRapportToe(dossierId, r);
        }), "ad.opgeslagen", "ad");
    }

    private void ppDialog(Persoonsprofiel current) {
        PersoonsprofielForm form = new PersoonsprofielForm();
        form.load(current);
        FormView view = new FormView();
        view.area(form.opleiding);
        view.area(form.werkervaring);
        view.area(form.competenties);
        view.area(form.interesses);
        view.text(form.riasec);
        view.newColumn();
        view.area(form.drijfveren);
        view.area(form.waarden);
        view.area(form.belemmeringen);
        view.note("pp.belemmeringen.uitleg");
        view.area(form.wensen);
        save(new FormDialog<>(ui.window().get(), I18n.t("pp.titel"), "pp-dialog", form, view, ui.background(), () -> {
            Persoonsprofiel p = form.profiel();
            return () -> service.bewaarPersoonsprofiel(dossierId, p);
        }), "pp.opgeslagen", "pp");
    }

    private void zpDialog(Zoekprofiel current, ProfielService.Profielen p) {
        ZoekprofielForm form = new ZoekprofielForm(p.laatsteBelastbaarheid());
        if (current != null) {
            form.load(current);
        }
        FormView view = new FormView();
        if (form.maxMinuten() != null) {
            view.note("zp.maxUren.kort");
        }
        int n = 0;
        for (ZoekprofielForm.Richting r : form.richtingen) {
            if (n == 2) {
                view.newColumn();
            }
            n++;
            view.section("zr.nummer", n);
            ui.privacy().tekst(view.text(r.functie));
            ui.privacy().tekst(view.text(r.niveau));
            ui.privacy().tekst(view.text(r.sector));
            view.text(r.uren);
            ui.privacy().tekst(view.text(r.regio));
            ui.privacy().tekst(view.area(r.onderbouwing));
            view.check("zr" + n + "-actief", "zr.isActief", r.actief);
            ui.privacy().tekst(view.text(r.redenVerlaten));
        }
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(), I18n.t("zp.titel"), "zp-dialog", form, view,
                ui.background(), () -> {
                    Zoekprofiel profiel = form.profiel();
                    return () -> service.bewaarZoekprofiel(dossierId, profiel);
                });
        save(dialog, "zp.opgeslagen", "zp");
    }

    /** Shows a profile form that keeps a draft per dossier under {@code formulier} (issue 21 item 3). */
    private void save(FormDialog<Integer> dialog, String savedKey, String formulier) {
        dialog.autosave(ui.kladden(), KladSleutel.vanDossier(dossierId, formulier, null));
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t(savedKey));
            changed.run();
        });
    }

    private static TableColumn<Zoekrichting, String> column(String key, java.util.function.Function<Zoekrichting, String> value) {
        TableColumn<Zoekrichting, String> column = new TableColumn<>(I18n.t(key).replace("_", ""));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setMinWidth(80);
        return column;
    }

    private static Node grid(Map<String, String> values, List<String> order) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (String key : order) {
            Label label = new Label(I18n.t(key).replace("_", ""));
            label.getStyleClass().add("text-muted");
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = new Label(values.get(key));
            value.setWrapText(true);
            grid.add(label, 0, row);
            grid.add(value, 1, row++);
        }
        return grid;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    private static String nvl(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }

    @Override
    public DossierTab plek() {
        return DossierTab.PROFIELEN;
    }

    @Override
    public String titelSleutel() {
        return "dossier.tab.profielen";
    }

    @Override
    public void toon(int dossierId, ProfielService.Profielen inhoud) {
        show(dossierId, inhoud);
    }

    /** The tab shows the newest version of each profile, the one the search index holds. */
    @Override
    public java.util.Set<Aanwijzing.Soort> aanwijzingen() {
        return java.util.Set.of(Aanwijzing.Soort.PERSOONSPROFIEL, Aanwijzing.Soort.ZOEKPROFIEL,
                Aanwijzing.Soort.AD_RAPPORT);
    }
}
