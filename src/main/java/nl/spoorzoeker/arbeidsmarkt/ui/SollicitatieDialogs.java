package nl.spoorzoeker.arbeidsmarkt.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.Kanaal;
import nl.spoorzoeker.arbeidsmarkt.Netwerkcontact;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;
import nl.spoorzoeker.input.DateInput;

/** The forms of the Sollicitaties tab: a sollicitatie, its next step, the weekly norm, a netwerkcontact. */
final class SollicitatieDialogs {

    private final UiContext ui;
    private final ArbeidsmarktService service;

    SollicitatieDialogs(UiContext ui, ArbeidsmarktService service) {
        this.ui = ui;
        this.service = service;
    }

    /** New ({@code existing} null) or changed details; {@code zoekrichtingen} from the latest zoekprofiel. */
    void sollicitatie(int dossierId, Sollicitatie existing, List<String> zoekrichtingen, Runnable saved) {
        SollicitatieForm form = new SollicitatieForm(ui.today());
        if (existing != null) {
            form.load(existing);
        }
        FormView view = new FormView();
        view.date(form.datum);
        ui.privacy().organisatie(view.text(form.organisatie));
        ui.privacy().tekst(view.text(form.functie));
        List<String> richtingen = new ArrayList<>();
        richtingen.add(SollicitatieForm.GEEN);
        richtingen.addAll(zoekrichtingen);
        if (existing != null && existing.zoekrichting() != null && !richtingen.contains(existing.zoekrichting())) {
            richtingen.add(existing.zoekrichting());
        }
        ComboBox<String> richting = new ComboBox<>(FXCollections.observableArrayList(richtingen));
        richting.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? I18n.t("choice.none") : value;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        richting.valueProperty().bindBidirectional(form.zoekrichting);
        view.combo("sollicitatie-zoekrichting", "sollicitatie.zoekrichting", richting);
        ComboBox<Kanaal> kanaal = Choices.of(Kanaal.values(), "kanaal.");
        kanaal.valueProperty().bindBidirectional(form.kanaal);
        view.combo("sollicitatie-kanaal", "sollicitatie.kanaal", kanaal);
        if (existing == null) {
            ComboBox<SollicitatieStatus> begin = Choices.of(
                    new SollicitatieStatus[] {SollicitatieStatus.VERSTUURD, SollicitatieStatus.VOORBEREID},
                    "sollicitatiestatus.");
            begin.valueProperty().bindBidirectional(form.beginStatus);
            view.combo("sollicitatie-beginstatus", "sollicitatie.beginStatus", begin);
        }
        view.newColumn();
        ui.privacy().tekst(view.area(form.feedback)).setPrefRowCount(5);
        view.text(form.bewijsReferentie);
        view.note("sollicitatie.bewijs.uitleg");
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                I18n.t(existing == null ? "sollicitatie.nieuw.titel" : "sollicitatie.wijzig.titel"), "sollicitatie-dialog",
                form, view, ui.background(), () -> {
                    Sollicitatie s = form.sollicitatie(existing == null ? null : existing.id(),
                            existing == null ? List.of() : existing.stappen());
                    SollicitatieStatus begin = form.beginStatus.get();
                    return () -> {
                        if (existing == null) {
                            return service.nieuweSollicitatie(dossierId, s, begin);
                        }
                        service.wijzigSollicitatie(dossierId, s);
                        return s.id();
                    };
                });
        dialog.autosave(ui.kladden(), existing == null ? "sollicitatie:nieuw:" + dossierId : "sollicitatie:" + existing.id());
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("sollicitatie.opgeslagen"));
            saved.run();
        });
    }

    /** Moves a sollicitatie to one of the statuses that may follow, on a date (today by default). */
    void volgendeStap(int dossierId, Sollicitatie s, Runnable saved) {
        List<SollicitatieStatus> mogelijk = s.status().volgende();
        if (mogelijk.isEmpty()) {
            ui.navigator().status(I18n.t("sollicitatie.fout.afgesloten"));
            return;
        }
        StapForm form = new StapForm(mogelijk.getFirst(), ui.today());
        FormView view = new FormView();
        view.section("sollicitatie.stap.huidig", I18n.t("sollicitatiestatus." + s.status().name()),
                DateInput.format(s.stappen().isEmpty() ? s.datum() : s.stappen().getLast().datum()));
        ComboBox<SollicitatieStatus> status = Choices.of(mogelijk.toArray(SollicitatieStatus[]::new), "sollicitatiestatus.");
        status.valueProperty().bindBidirectional(form.status);
        view.combo("stap-status", "sollicitatie.stap.status", status);
        view.date(form.datum);
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                I18n.t("sollicitatie.stap.titel", s.organisatie()), "stap-dialog", form, view, ui.background(), () -> {
                    SollicitatieStatus gekozen = form.status.get();
                    var datum = form.datum.value();
                    return () -> {
                        service.zetStap(s.id(), gekozen, datum);
                        return s.id();
                    };
                });
        dialog.autosave(ui.kladden(), KladSleutel.vanDossier(dossierId, "sollicitatiestap", s.id()));
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("sollicitatie.stap.opgeslagen"));
            saved.run();
        });
    }

    void norm(int dossierId, Integer huidig, Runnable saved) {
        StapForm.Norm form = new StapForm.Norm(huidig);
        FormView view = new FormView();
        view.text(form.perWeek);
        view.note("sollicitatie.norm.uitleg");
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(), I18n.t("sollicitatie.norm.titel"),
                "norm-dialog", form, view, ui.background(), () -> {
                    Integer norm = form.perWeek.value();
                    return () -> {
                        service.zetNorm(dossierId, norm);
                        return dossierId;
                    };
                });
        dialog.autosave(ui.kladden(), KladSleutel.vanDossier(dossierId, "norm", null));
        dialog.showAndWait().ifPresent(id -> saved.run());
    }

    void netwerk(int dossierId, Netwerkcontact existing, Runnable saved) {
        NetwerkForm form = new NetwerkForm(ui.today());
        if (existing != null) {
            form.load(existing);
        }
        FormView view = new FormView();
        view.date(form.datum);
        view.text(form.persoon);
        view.text(form.organisatie);
        view.text(form.doel);
        view.area(form.uitkomst).setPrefRowCount(4);
        view.text(form.vervolg);
        view.date(form.vervolgDatum);
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                I18n.t(existing == null ? "netwerk.nieuw.titel" : "netwerk.wijzig.titel"), "netwerk-dialog", form, view,
                ui.background(), () -> {
                    Netwerkcontact n = form.contact(existing == null ? null : existing.id());
                    return () -> {
                        if (existing == null) {
                            return service.logNetwerk(dossierId, n);
                        }
                        service.wijzigNetwerk(dossierId, n);
                        return n.id();
                    };
                });
        dialog.autosave(ui.kladden(), existing == null ? "netwerk:nieuw:" + dossierId : "netwerk:" + existing.id());
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("netwerk.opgeslagen"));
            saved.run();
        });
    }
}
