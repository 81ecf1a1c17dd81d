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
import nl.spoorzoeker.dossier.Opdrachtgever;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Trajectregels;
import nl.spoorzoeker.dossier.Vervoer;
import nl.spoorzoeker.dossier.WerkgeverRegel;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.DutchInput;
import nl.spoorzoeker.input.NumberInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.tijdlijn.Regime;
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
    /** Who gives and pays the assignment, and under which law (issue 18): a vangnetter needs no werkgever. */
    final ObjectProperty<Opdrachtgever.Soort> opdrachtgever = new SimpleObjectProperty<>(Opdrachtgever.Soort.WERKGEVER);
    final FieldModel<String> opdrachtgeverNaam = field("traject-opdrachtgever-naam", "dossier.traject.opdrachtgeverNaam",
            t -> TextInput.optional(t, TextInput.SHORT));
    final ObjectProperty<Regime> regime = new SimpleObjectProperty<>(Regime.LOONDOORBETALING);
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
        // Opdrachtgever and regime too: a draft without them would turn a vangnet dossier back.
        keuze("traject-opdrachtgever", opdrachtgever, Opdrachtgever.Soort.class);
        keuze("traject-regime", regime, Regime.class);
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
        Integer werkgeverId = dossier.werkgever() == null ? null : dossier.werkgever().id();
        werkgever.set(werkgevers.stream().filter(r -> werkgeverId != null && r.id() == werkgeverId).findFirst()
                .orElse(null));
        Traject t = dossier.traject();
        opdrachtgever.set(t.opdrachtgever().soort());
        opdrachtgeverNaam.setText(t.opdrachtgever().naam());
        regime.set(t.regime());
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
        String fout = regelFout();
        if (fout != null) {
            boolean naamFout = fout.equals("dossier.fout.opdrachtgeverZonderNaam");
            errors.add(naamFout ? new FormError("traject-opdrachtgever-naam", "dossier.traject.opdrachtgeverNaam", fout)
                    : new FormError("dossier-werkgever", "dossier.werkgever", fout));
        }
        return errors;
    }

    /** A werkgever is needed under loondoorbetaling and when it is the opdrachtgever; otherwise it may stay empty. */
    public String werkgeverError() {
        String fout = regelFout();
        return fout == null || fout.equals("dossier.fout.opdrachtgeverZonderNaam") ? null : fout;
    }

    public String opdrachtgeverNaamError() {
        return "dossier.fout.opdrachtgeverZonderNaam".equals(regelFout()) ? "dossier.fout.opdrachtgeverZonderNaam" : null;
    }

    private String regelFout() {
        if (opdrachtgever.get() == null || regime.get() == null) {
            return null;
        }
        String naam = opdrachtgeverNaam.textProperty().get();
        return Trajectregels.fout(werkgever.get() != null, new Traject(null, null, null, null, null, null, null,
                TrajectStatus.ACTIEF, new Opdrachtgever(opdrachtgever.get(), naam), regime.get()));
    }

    public Werknemer werknemer(Integer id) {
        return new Werknemer(id, naam.value(), geboortedatum.value(), telefoon.value(), email.value(),
                new Adres(straat.value(), postcode.value(), woonplaats.value()), functie.value(),
                contracturen.value(), rijbewijs.get(), vervoer.get());
    }

    public Traject traject(Integer id) {
        return new Traject(id, eersteZiektedag.value(), opdrachtdatum.value(), startdatum.value(),
                einddatum.value(), budgetUren.value(), budgetEuro.value(), status.get(),
                new Opdrachtgever(opdrachtgever.get(), opdrachtgeverNaam.value()), regime.get());
    }

    /** The chosen werkgever, or null: a vangnetter without (former) werkgever. */
    public Integer werkgeverId() {
        return werkgever.get() == null ? null : werkgever.get().id();
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
