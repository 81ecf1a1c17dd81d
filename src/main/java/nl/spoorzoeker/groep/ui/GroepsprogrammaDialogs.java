package nl.spoorzoeker.groep.ui;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.util.StringConverter;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.tijdlijn.Feestdagen;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.groep.GroepsprogrammaService;
import nl.spoorzoeker.groep.Rooster;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.Deelnemerslijst;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;

/** The forms of the programmes screen: programme and group, schedule pattern, one meeting, a held meeting. */
final class GroepsprogrammaDialogs {

    /** A date field's least width: dd-mm-jjjj stays readable. */
    private static final double DATUM = 104;

    private final UiContext ui;
    private final GroepsprogrammaService service;

    GroepsprogrammaDialogs(UiContext ui, GroepsprogrammaService service) {
        this.ui = ui;
        this.service = service;
    }

    /** A new programme ({@code bestaand} null) or a change to one; {@code saved} gets its id. */
    void programma(GroepsprogrammaService.Detail bestaand, java.util.function.IntConsumer saved) {
        ui.background().run(service::mogelijkeDeelnemers, kandidaten -> {
            ProgrammaForm form = new ProgrammaForm(ui.today(), kandidaten);
            if (bestaand != null) {
                form.load(bestaand.programma(), bestaand.einde(), bestaand.deelnemers());
            }
            FormView view = new FormView();
            ui.privacy().groep(view.text(form.naam));
            view.date(form.start);
            view.date(form.einde);
            view.note("programma.einde.uitleg");
            view.text(form.locatie);
            var trainers = view.area(form.trainers);
            trainers.setPrefRowCount(4);
            // A name per line needs no 40 columns: the room goes to the participants' dates on the right.
            trainers.setPrefColumnCount(18);
            view.note("programma.trainers.uitleg");
            view.newColumn();
            ScrollPane lijst = groepLijst(form);
            view.breed("programma.deelnemers", lijst, lijst, form::groepFout);
            view.note("programma.deelnemers.uitleg");
            Integer id = bestaand == null ? null : bestaand.programma().id();
            FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                    I18n.t(bestaand == null ? "programma.nieuw.titel" : "programma.wijzig.titel"), "programma-dialog",
                    form, view, ui.background(), () -> {
                        Groepsprogramma p = form.programma(id);
                        List<Groepsprogramma.Deelnemer> groep = form.groep();
                        return () -> service.bewaar(p, groep);
                    });
            dialog.showAndWait().ifPresent(nieuw -> {
                ui.navigator().status(I18n.t("programma.opgeslagen"));
                saved.accept(nieuw);
            });
        });
    }

    private static ScrollPane groepLijst(ProgrammaForm form) {
        return Deelnemerslijst.bouw(ProgrammaForm.DEELNEMERS_ID, "programma-deelnemer-", List.of(
                new Deelnemerslijst.Kolom("programma.vanaf", "programma-vanaf-", "programma.vanStart",
                        "programma.vanafVan", 6, DATUM, null, true),
                new Deelnemerslijst.Kolom("programma.tot", "programma-tot-", null, "programma.totVan", 6, DATUM, null,
                        true)),
                form.rijen.stream().map(r -> new Deelnemerslijst.Rij(r.dossierId, r.naam, r.inGroep,
                        List.of(r.vanaf, r.tot))).toList(), "groep.geenActieveDossiers", 320);
    }

    /** Plans the meetings of a pattern in one step and says which holidays it passed over. */
    void rooster(GroepsprogrammaService.Detail d, Runnable saved) {
        RoosterForm form = new RoosterForm(d.bijeenkomsten().isEmpty() ? d.programma().startdatum()
                : d.bijeenkomsten().getLast().begin().toLocalDate().plusDays(1), d.programma().locatie());
        FormView view = new FormView();
        view.date(form.vanaf);
        ComboBox<DayOfWeek> dag = new ComboBox<>();
        dag.getItems().setAll(DayOfWeek.values());
        dag.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOfWeek d) {
                return d == null ? "" : d.getDisplayName(TextStyle.FULL, I18n.locale());
            }

            @Override
            public DayOfWeek fromString(String s) {
                return null;
            }
        });
        dag.valueProperty().bindBidirectional(form.weekdag);
        view.combo("rooster-weekdag", "rooster.weekdag", dag);
        view.text(form.begin);
        view.text(form.duur);
        view.text(form.aantal);
        view.text(form.interval);
        view.newColumn();
        ComboBox<Groepssessie.Soort> soort = Choices.of(Groepssessie.Soort.values(), "groepsoort.");
        soort.valueProperty().bindBidirectional(form.soort);
        view.combo("rooster-soort", "groep.soort", soort);
        view.text(form.intervisie);
        view.note("rooster.intervisie.uitleg");
        view.text(form.locatie);
        view.note("rooster.feestdagen.uitleg");
        int programmaId = d.programma().id();
        FormDialog<Rooster.Uitkomst> dialog = new FormDialog<>(ui.window().get(), I18n.t("rooster.titel"),
                "rooster-dialog", form, view, ui.background(), () -> {
                    var patroon = form.patroon();
                    return () -> service.plan(programmaId, patroon, (n, s) -> I18n.t("rooster.onderwerp",
                            I18n.t("groepsoort." + s.name()), n));
                });
        dialog.showAndWait().ifPresent(uitkomst -> {
            String overgeslagen = uitkomst.overgeslagen().stream().map(dag1 -> DateInput.format(dag1)
                    + Feestdagen.nederland().naam(dag1, I18n.locale()).map(n -> " (" + n + ")").orElse(""))
                    .collect(Collectors.joining(", "));
            ui.navigator().status(uitkomst.overgeslagen().isEmpty()
                    ? I18n.t("rooster.gepland", uitkomst.bijeenkomsten().size())
                    : I18n.t("rooster.geplandOvergeslagen", uitkomst.bijeenkomsten().size(), overgeslagen));
            saved.run();
        });
    }

    /** Adds a meeting ({@code bestaand} null) or changes one. */
    void bijeenkomst(int programmaId, Groepsprogramma.Bijeenkomst bestaand, Runnable saved) {
        BijeenkomstForm form = new BijeenkomstForm(LocalDateTime.of(ui.today(), java.time.LocalTime.of(10, 0)));
        if (bestaand != null) {
            form.load(bestaand);
        }
        FormView view = new FormView();
        view.date(form.datum);
        view.text(form.tijd);
        view.text(form.duur);
        ComboBox<Groepssessie.Soort> soort = Choices.of(Groepssessie.Soort.values(), "groepsoort.");
        soort.valueProperty().bindBidirectional(form.soort);
        view.combo("bijeenkomst-soort", "groep.soort", soort);
        // The topic becomes the group session's title in every participant's log.
        ui.privacy().groep(view.text(form.onderwerp));
        view.text(form.locatie);
        Integer id = bestaand == null ? null : bestaand.id();
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                I18n.t(bestaand == null ? "bijeenkomst.nieuw.titel" : "bijeenkomst.wijzig.titel"), "bijeenkomst-dialog",
                form, view, ui.background(), () -> {
                    var b = form.bijeenkomst(id, programmaId);
                    return () -> service.bewaarBijeenkomst(b);
                });
        dialog.showAndWait().ifPresent(x -> {
            ui.navigator().status(I18n.t("bijeenkomst.opgeslagen"));
            saved.run();
        });
    }

    /** Records a held meeting; the present participants find it in their logs. */
    void verslag(Groepsprogramma programma, Groepsprogramma.Bijeenkomst b, Runnable saved) {
        ui.background().run(() -> service.verslag(b.id()).orElseThrow(), v -> {
            VerslagForm form = new VerslagForm(v);
            FormView view = new FormView();
            view.section("verslag.over", b.onderwerp(), DateInput.format(b.begin().toLocalDate()));
            ComboBox<String> trainer = new ComboBox<>();
            trainer.setEditable(true);
            trainer.getItems().setAll(programma.trainers());
            trainer.valueProperty().bindBidirectional(form.trainer);
            trainer.getEditor().textProperty().addListener((o, oud, nieuw) -> form.trainer.set(nieuw));
            view.custom("verslag.trainer", trainer, trainer, form::trainerFout);
            trainer.setId("verslag-trainer");
            // The whole group counts, present or not: every participant's first name, the trainers may be named.
            var samenvatting = ui.privacy().groep(view.area(form.samenvatting),
                    () -> form.rijen.stream().map(r -> r.naam).toList(), () -> {
                        List<String> vrij = new java.util.ArrayList<>(programma.trainers());
                        if (form.trainer.get() != null) {
                            vrij.add(form.trainer.get());
                        }
                        return vrij;
                    });
            samenvatting.setPrefRowCount(6);
            // Narrower than the default 40 columns, so the attendance list beside it gets the room.
            samenvatting.setPrefColumnCount(24);
            view.note("verslag.samenvatting.uitleg");
            view.newColumn();
            ScrollPane lijst = aanwezigLijst(form);
            view.breed("verslag.aanwezigheid", lijst, lijst, form::aanwezigFout);
            ComboBox<Groepssessie.Verdeling> verdeling = Choices.of(Groepssessie.Verdeling.values(), "verdeling.");
            verdeling.valueProperty().bindBidirectional(form.verdeling);
            view.combo("verslag-verdeling", "groep.verdeling", verdeling);
            view.note("groep.verdeling.uitleg");
            view.check("verslag-declarabel", "contact.declarabel", form.declarabel);
            FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(), I18n.t("verslag.titel"), "verslag-dialog",
                    form, view, ui.background(), () -> {
                        var verslag = form.verslag(b.id());
                        return () -> {
                            service.legVast(verslag);
                            return b.id();
                        };
                    });
            // Kept per meeting, like a contact's note: Escape, closing or a crash loses nothing.
            dialog.autosave(ui.kladden(), "verslag:" + b.id());
            dialog.showAndWait().ifPresent(x -> {
                List<String> genoemd = ui.privacy().genoemd(samenvatting);
                ui.navigator().status(genoemd.isEmpty() ? I18n.t("verslag.opgeslagen")
                        : I18n.t("groepsnaam.opgeslagen", String.join(", ", genoemd)));
                ui.navigator().dataChanged();
                saved.run();
            });
        });
    }

    private static ScrollPane aanwezigLijst(VerslagForm form) {
        // The reason is for the absent: its field opens when the tick is taken away.
        return Deelnemerslijst.bouw(VerslagForm.AANWEZIG_ID, "verslag-aanwezig-", List.of(
                new Deelnemerslijst.Kolom(null, "verslag-reden-", "verslag.reden", "verslag.redenVan", 14, 0, null,
                        false)),
                form.rijen.stream().map(r -> new Deelnemerslijst.Rij(r.dossierId, r.naam, r.aanwezig,
                        List.of(r.reden))).toList(), "verslag.geenGroep", 280);
    }
}
