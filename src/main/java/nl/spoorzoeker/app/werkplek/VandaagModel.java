package nl.spoorzoeker.app.werkplek;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.ui.DossierRij;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;

/**
 * What the start screen sorts, without its controls: the coach's own deadlines (late, this week, the
 * coming weeks), the others' statutory deadlines to watch with the party filter, and the active
 * dossiers by where they stand in the 104 weeks. JavaFX properties and lists, no Node, so the rules
 * are tested without a stage ({@link VandaagView} draws them).
 */
public final class VandaagModel {

    /** From this week the eindrapportage and the WIA application are near. */
    static final int EINDFASE_WEEK = 89;
    /** From this week spoor 2 must be running. */
    static final int TWEEDE_JAAR_WEEK = 53;

    private final ObservableList<TijdlijnService.Termijn> teLaat = FXCollections.observableArrayList();
    private final ObservableList<TijdlijnService.Termijn> dezeWeek = FXCollections.observableArrayList();
    private final ObservableList<TijdlijnService.Termijn> komendeWeken = FXCollections.observableArrayList();
    private final ObservableList<TijdlijnService.Termijn> anderen = FXCollections.observableArrayList();
    private final ObjectProperty<MijlpaalSoort.Actor> partij = new SimpleObjectProperty<>();
    private final FilteredList<TijdlijnService.Termijn> signaleren = new FilteredList<>(anderen);
    private final ObservableList<DossierRij> eindfase = FXCollections.observableArrayList();
    private final ObservableList<DossierRij> tweedeJaar = FXCollections.observableArrayList();
    private final ObservableList<DossierRij> eersteJaar = FXCollections.observableArrayList();
    private final BooleanProperty praktijkLeeg = new SimpleBooleanProperty();
    private final BooleanProperty geenActieve = new SimpleBooleanProperty();

    public VandaagModel() {
        partij.addListener((o, oud, nieuw) -> signaleren.setPredicate(t -> nieuw == null || t.wie() == nieuw));
    }

    /** Sorts what was read for {@code today}: the dossier rows and the open deadlines. */
    public void toon(LocalDate today, List<DossierRegel> regels, List<TijdlijnService.Termijn> termijnen) {
        LocalDate eindVanWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<TijdlijnService.Termijn> eigen = termijnen.stream().filter(VandaagModel::vanCoach).toList();
        teLaat.setAll(eigen.stream().filter(t -> t.mijlpaal().deadline().isBefore(today)).toList());
        dezeWeek.setAll(eigen.stream().filter(t -> !t.mijlpaal().deadline().isBefore(today)
                && !t.mijlpaal().deadline().isAfter(eindVanWeek)).toList());
        komendeWeken.setAll(eigen.stream().filter(t -> t.mijlpaal().deadline().isAfter(eindVanWeek)).toList());
        anderen.setAll(termijnen.stream().filter(t -> !vanCoach(t)).toList());
        List<DossierRij> actief = regels.stream().filter(r -> r.status() == TrajectStatus.ACTIEF)
                .map(r -> DossierRij.of(r, today))
                .sorted(Comparator.comparingInt(DossierRij::verzuimweek).reversed())
                .toList();
        eindfase.setAll(actief.stream().filter(r -> r.verzuimweek() >= EINDFASE_WEEK).toList());
        tweedeJaar.setAll(actief.stream()
                .filter(r -> r.verzuimweek() >= TWEEDE_JAAR_WEEK && r.verzuimweek() < EINDFASE_WEEK).toList());
        eersteJaar.setAll(actief.stream().filter(r -> r.verzuimweek() < TWEEDE_JAAR_WEEK).toList());
        praktijkLeeg.set(regels.isEmpty());
        geenActieve.set(actief.isEmpty());
    }

    /** A deadline that is the coach's own work (the others' are watched, not done). */
    static boolean vanCoach(TijdlijnService.Termijn t) {
        return t.wie() == MijlpaalSoort.Actor.COACH;
    }

    /** The parties the "signaleren" list can be narrowed to: every one but the coach, always the same. */
    public static List<MijlpaalSoort.Actor> partijen() {
        return Arrays.stream(MijlpaalSoort.Actor.values()).filter(a -> a != MijlpaalSoort.Actor.COACH).toList();
    }

    /** Any open deadline at all (own or others'). */
    public boolean heeftTermijnen() {
        return !teLaat.isEmpty() || !dezeWeek.isEmpty() || !komendeWeken.isEmpty() || !anderen.isEmpty();
    }

    public boolean heeftEigenTermijnen() {
        return !teLaat.isEmpty() || !dezeWeek.isEmpty() || !komendeWeken.isEmpty();
    }

    public ObservableList<TijdlijnService.Termijn> teLaat() {
        return teLaat;
    }

    public ObservableList<TijdlijnService.Termijn> dezeWeek() {
        return dezeWeek;
    }

    public ObservableList<TijdlijnService.Termijn> komendeWeken() {
        return komendeWeken;
    }

    /** The others' deadlines, all of them (the heading's count). */
    public ObservableList<TijdlijnService.Termijn> anderen() {
        return anderen;
    }

    /** The others' deadlines of the party chosen in {@link #partij()} (all when none is chosen). */
    public ObservableList<TijdlijnService.Termijn> signaleren() {
        return signaleren;
    }

    public ObjectProperty<MijlpaalSoort.Actor> partij() {
        return partij;
    }

    public ObservableList<DossierRij> eindfase() {
        return eindfase;
    }

    public ObservableList<DossierRij> tweedeJaar() {
        return tweedeJaar;
    }

    public ObservableList<DossierRij> eersteJaar() {
        return eersteJaar;
    }

    public BooleanProperty praktijkLeeg() {
        return praktijkLeeg;
    }

    public BooleanProperty geenActieve() {
        return geenActieve;
    }
}
