package nl.spoorzoeker.dossier.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Vervoer;
import nl.spoorzoeker.dossier.WerkgeverRegel;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.DutchInput;
import nl.spoorzoeker.input.NumberInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.ui.form.FieldModel;
import nl.spoorzoeker.ui.form.FormModel;

/** View model of the dossier form: werknemer, werkgever choice and traject, as typed. */
public final class DossierForm extends FormModel {

    static final int MAX_CONTRACT_HOURS = 60;
    static final int MAX_BUDGET_HOURS = 2000;

    private final LocalDate today;

    final FieldModel<String> naam = field("werknemer-naam", "dossier.werknemer.naam", t -> TextInput.required(t, TextInput.SHORT));
    final FieldModel<LocalDate> geboortedatum = field("werknemer-geboortedatum", "dossier.werknemer.geboortedatum", this::birthDate);
    final FieldModel<String> telefoon = field("werknemer-telefoon", "dossier.werknemer.telefoon", DutchInput::phone);
    final FieldModel<String> email = field("werknemer-email", "dossier.werknemer.email", DutchInput::email);
    final FieldModel<String> straat = field("werknemer-straat", "dossier.werknemer.straat", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> postcode = field("werknemer-postcode", "dossier.werknemer.postcode", DutchInput::postcode);
    final FieldModel<String> woonplaats = field("werknemer-woonplaats", "dossier.werknemer.woonplaats", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<String> functie = field("werknemer-functie", "dossier.werknemer.functie", t -> TextInput.optional(t, TextInput.SHORT));
    final FieldModel<Integer> contracturen = field("werknemer-contracturen", "dossier.werknemer.contracturen", t -> NumberInput.hoursAsMinutes(t, MAX_CONTRACT_HOURS));
    final BooleanProperty rijbewijs = new SimpleBooleanProperty(false);
    final ObjectProperty<Vervoer> vervoer = new SimpleObjectProperty<>();

    final ObservableList<WerkgeverRegel> werkgevers = FXCollections.observableArrayList();
    final ObjectProperty<WerkgeverRegel> werkgever = new SimpleObjectProperty<>();

    final FieldModel<LocalDate> eersteZiektedag = field("traject-eerste-ziektedag", "dossier.traject.eersteZiektedag", this::firstSickDay);
    final FieldModel<LocalDate> opdrachtdatum = field("traject-opdrachtdatum", "dossier.traject.opdrachtdatum", DateInput::parse);
    final FieldModel<LocalDate> startdatum = field("traject-startdatum", "dossier.traject.startdatum", DateInput::parse);
    final FieldModel<LocalDate> einddatum = field("traject-einddatum", "dossier.traject.einddatum", this::plannedEnd);
    final FieldModel<Integer> budgetUren = field("traject-budget-uren", "dossier.traject.budgetUren", t -> NumberInput.hoursAsMinutes(t, MAX_BUDGET_HOURS));
    final FieldModel<Integer> budgetEuro = field("traject-budget-euro", "dossier.traject.budgetEuro", NumberInput::euroAsCents);
    final ObjectProperty<TrajectStatus> status = new SimpleObjectProperty<>(TrajectStatus.ACTIEF);
    /** Set when verzuimperiodes were recorded: the first sick day then follows from them. */
    final BooleanProperty eersteZiektedagUitPeriodes = new SimpleBooleanProperty(false);

    public DossierForm(LocalDate today, List<WerkgeverRegel> bekendeWerkgevers) {
        this.today = today;
        werkgevers.setAll(bekendeWerkgevers);
        // The choices are part of the draft: half a dossier is no draft.
        vinkje("werknemer-rijbewijs", rijbewijs);
        keuze("werknemer-vervoer", vervoer, Vervoer.class);
        keuze("dossier-werkgever", werkgever, r -> Integer.toString(r.id()),
                id -> werkgevers.stream().filter(r -> Integer.toString(r.id()).equals(id)).findFirst().orElse(null));
        keuze("traject-status", status, TrajectStatus.class);
    }

    public void load(Dossier dossier) {
        Werknemer w = dossier.werknemer();
        naam.setText(w.naam());
        geboortedatum.setText(DateInput.format(w.geboortedatum()));
        telefoon.setText(w.telefoon());
        email.setText(w.email());
        straat.setText(w.adres().straat());
        postcode.setText(w.adres().postcode());
        woonplaats.setText(w.adres().plaats());
        functie.setText(w.functie());
        contracturen.setText(NumberInput.formatHours(w.contracturenMinuten()));
        rijbewijs.set(w.rijbewijs());
        vervoer.set(w.vervoer());
        int werkgeverId = dossier.werkgever().id();
        werkgever.set(werkgevers.stream().filter(r -> r.id() == werkgeverId).findFirst().orElse(null));
        Traject t = dossier.traject();
        eersteZiektedag.setText(DateInput.format(t.eersteZiektedag()));
        opdrachtdatum.setText(DateInput.format(t.opdrachtdatum()));
        startdatum.setText(DateInput.format(t.startdatum()));
        einddatum.setText(DateInput.format(t.geplandeEinddatum()));
        budgetUren.setText(NumberInput.formatHours(t.budgetMinuten()));
        budgetEuro.setText(t.budgetCenten() == null ? "" : NumberInput.formatEuro(t.budgetCenten()));
        status.set(t.status());
    }

    @Override
    public List<FormError> errors() {
        List<FormError> errors = new java.util.ArrayList<>(super.errors());
        if (werkgever.get() == null) {
            errors.add(new FormError("dossier-werkgever", "dossier.werkgever", "input.required"));
        }
        return errors;
    }

    public String werkgeverError() {
        return werkgever.get() == null ? "input.required" : null;
    }

    public Werknemer werknemer(Integer id) {
        return new Werknemer(id, naam.value(), geboortedatum.value(), telefoon.value(), email.value(),
                new Adres(straat.value(), postcode.value(), woonplaats.value()), functie.value(),
                contracturen.value(), rijbewijs.get(), vervoer.get());
    }

    public Traject traject(Integer id) {
        return new Traject(id, eersteZiektedag.value(), opdrachtdatum.value(), startdatum.value(),
                einddatum.value(), budgetUren.value(), budgetEuro.value(), status.get());
    }

    public int werkgeverId() {
        return werkgever.get().id();
    }

    private Parsed<LocalDate> birthDate(String text) {
        Parsed<LocalDate> parsed = DateInput.parse(text);
        if (parsed.isOk() && parsed.value() != null && !parsed.value().isBefore(today.minusYears(14))) {
            return Parsed.error("input.birthDate");
        }
        return parsed;
    }

    private Parsed<LocalDate> firstSickDay(String text) {
        Parsed<LocalDate> parsed = DateInput.required(text);
        if (parsed.isOk() && parsed.value().isAfter(today)) {
            return Parsed.error("input.dateInFuture");
        }
        return parsed;
    }

    private Parsed<LocalDate> plannedEnd(String text) {
        Parsed<LocalDate> parsed = DateInput.parse(text);
        Parsed<LocalDate> start = DateInput.parse(startdatum.textProperty().get());
        if (parsed.isOk() && parsed.value() != null && start.isOk() && start.value() != null
                && parsed.value().isBefore(start.value())) {
            return Parsed.error("input.endBeforeStart");
        }
        return parsed;
    }
}
