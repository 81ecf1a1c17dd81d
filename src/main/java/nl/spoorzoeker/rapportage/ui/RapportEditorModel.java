package nl.spoorzoeker.rapportage.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.Rapportinvoer;
import nl.spoorzoeker.rapportage.Sectie;

/**
 * What the report editor holds, without its controls: the text per section of this report type, the
 * coach's part (spoor 1, the werknemer's view and agreement, the knelpunten) and what may be saved.
 * JavaFX properties (bound to the fields by {@link RapportEditor}), no Node, so it is tested without a stage.
 *
 * <p>An agreement date that does not read is not saved as "no date": {@link #datumFout()} names it and
 * {@link #bewaarbaar()} says no, so the editor keeps what was typed and tells the coach (issue 20: the
 * autosave stored null and the typed date was gone after the next opening).
 */
public final class RapportEditorModel {

    private final Rapportinvoer geladen;
    /** In the order of the report type (an EnumMap would sort them by the enum). */
    private final Map<Sectie, StringProperty> teksten = new LinkedHashMap<>();
    private final StringProperty spoor1 = new SimpleStringProperty();
    private final StringProperty visie = new SimpleStringProperty();
    private final ObjectProperty<RapportModel.AkkoordSoort> akkoord = new SimpleObjectProperty<>();
    private final StringProperty akkoordDatum = new SimpleStringProperty();
    private final StringProperty reden = new SimpleStringProperty();
    private final ObservableList<RapportModel.Knelpunt> knelpunten = FXCollections.observableArrayList();

    /**
     * @param secties the text sections of this report type, in order ({@code Rapportopbouw.teksten})
     * @param geladen the coach's part as stored
     */
    public RapportEditorModel(List<Sectie> secties, Rapportinvoer geladen) {
        this.geladen = geladen;
        for (Sectie s : secties) {
            teksten.put(s, new SimpleStringProperty(geladen.teksten().getOrDefault(s, "")));
        }
        spoor1.set(geladen.statusSpoor1());
        RapportModel.Akkoord a = geladen.akkoord();
        if (a != null) {
            visie.set(a.visie());
            akkoord.set(a.soort());
            akkoordDatum.set(DateInput.format(a.datum()));
            reden.set(a.reden());
        }
        knelpunten.setAll(geladen.knelpunten());
        InvalidationListener veranderd = o -> invoerVersie++;
        teksten.values().forEach(p -> p.addListener(veranderd));
        for (var p : List.of(spoor1, visie, akkoord, akkoordDatum, reden, knelpunten)) {
            p.addListener(veranderd);
        }
    }

    /** Bumped on every change of what the coach typed; a check answers for one version. */
    private long invoerVersie;
    private long laatsteVraag;
    private long invoerBijLaatsteVraag;

    /**
     * A check of the report is asked for now (on the FX thread), with what is typed now: returns its
     * number, for {@link #actueel(long)} when the answer arrives from the background.
     */
    public long vraagControle() {
        invoerBijLaatsteVraag = invoerVersie;
        return ++laatsteVraag;
    }

    /**
     * Whether the answer to check {@code vraag} may be shown: it is the newest check asked for and the
     * coach has typed nothing since it was asked. The check runs off the FX thread and a later save
     * asks again; a result for older text would otherwise replace or precede the checklist of the
     * newer text for a moment (issue 21 item 10: the check left the FX thread's critical path).
     */
    public boolean actueel(long vraag) {
        return vraag == laatsteVraag && invoerBijLaatsteVraag == invoerVersie;
    }

    /** The sections this report type has, in the order they are shown. */
    public List<Sectie> secties() {
        return List.copyOf(teksten.keySet());
    }

    public StringProperty tekst(Sectie sectie) {
        StringProperty p = teksten.get(sectie);
        if (p == null) {
            throw new IllegalArgumentException(sectie + " is not a section of this report");
        }
        return p;
    }

    public StringProperty spoor1() {
        return spoor1;
    }

    public StringProperty visie() {
        return visie;
    }

    public ObjectProperty<RapportModel.AkkoordSoort> akkoord() {
        return akkoord;
    }

    public StringProperty akkoordDatum() {
        return akkoordDatum;
    }

    public StringProperty reden() {
        return reden;
    }

    public ObservableList<RapportModel.Knelpunt> knelpunten() {
        return knelpunten;
    }

    /** The message key when the agreement date is typed but does not read as a date. */
    public Optional<String> datumFout() {
        return DateInput.parse(akkoordDatum.get()).error();
    }

    /** Whether what is typed can be saved as it is: nothing the coach typed would be dropped. */
    public boolean bewaarbaar() {
        return datumFout().isEmpty();
    }

    /**
     * What is typed now, as the coach's part of the report. Empty fields are null; an unreadable date
     * is null here too, which is why a caller that saves asks {@link #bewaarbaar()} first.
     */
    public Rapportinvoer invoer() {
        Map<Sectie, String> t = new EnumMap<>(Sectie.class);
        teksten.forEach((s, p) -> {
            String tekst = ingevuld(p.get());
            if (tekst != null) {
                t.put(s, tekst);
            }
        });
        var datum = DateInput.parse(akkoordDatum.get());
        String visieTekst = ingevuld(visie.get());
        RapportModel.Akkoord a = visieTekst == null && akkoord.get() == null ? null
                : new RapportModel.Akkoord(visieTekst, akkoord.get(), datum.isOk() ? datum.value() : null,
                ingevuld(reden.get()));
        return new Rapportinvoer(t, ingevuld(spoor1.get()), a, geladen.distributie(), List.copyOf(knelpunten),
                geladen.uitzonderingLateStart(), geladen.uitzonderingDocument());
    }

    /** The text, or null when it is empty (a field set from a null value holds null, not ""). */
    private static String ingevuld(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst;
    }
}
