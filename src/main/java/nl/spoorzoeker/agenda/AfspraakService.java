package nl.spoorzoeker.agenda;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Uitvoer;

/** Planned appointments per dossier and for the whole practice, and their export as .ics. */
public final class AfspraakService {

    private final Database db;
    private final Clock clock;

    public AfspraakService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * All of a dossier's appointments, in time order, with the meetings of the group programmes the
     * werknemer is in on the days they belong to the group: the dossier's Afspraken tab and its .ics
     * show them. A meeting names its programme, never the other participants.
     */
    public List<Afspraak> vanDossier(int dossierId) {
        return db.read(ctx -> {
            AfspraakRepository repo = new AfspraakRepository(ctx);
            List<Afspraak> alle = new java.util.ArrayList<>(repo.vanDossier(dossierId));
            alle.addAll(repo.groepVanDossier(dossierId));
            alle.sort(java.util.Comparator.comparing(Afspraak::begin));
            return List.copyOf(alle);
        });
    }

    /** The practice's appointments on the days [van, tot], group programmes' meetings included, in time order. */
    public List<Afspraak> tussen(LocalDate van, LocalDate tot) {
        return db.read(ctx -> metGroep(new AfspraakRepository(ctx), van.atStartOfDay(), tot.plusDays(1).atStartOfDay()));
    }

    /** Appointments from now on, group programmes' meetings included, in time order. */
    public List<Afspraak> komende() {
        LocalDateTime nu = LocalDateTime.now(clock);
        return db.read(ctx -> metGroep(new AfspraakRepository(ctx), nu, LocalDateTime.of(9999, 1, 1, 0, 0)));
    }

    private static List<Afspraak> metGroep(AfspraakRepository repo, LocalDateTime van, LocalDateTime tot) {
        List<Afspraak> alle = new java.util.ArrayList<>(repo.tussen(van, tot));
        alle.addAll(repo.groepTussen(van, tot));
        // Stable: on the same minute a dossier's appointment stays before the group's meeting.
        alle.sort(java.util.Comparator.comparing(Afspraak::begin));
        return List.copyOf(alle);
    }

    /** A group programme's meetings from {@code van} on, in time order: the group's own .ics. */
    public List<Afspraak> vanProgramma(int programmaId, LocalDate van) {
        return db.read(ctx -> new AfspraakRepository(ctx).groepTussen(van.atStartOfDay(), LocalDateTime.of(9999, 1, 1, 0, 0))
                .stream().filter(a -> a.programmaId() == programmaId).toList());
    }

    /** Plans an appointment; it gets a UID that stays with it. Returns its id. */
    public int plan(Afspraak afspraak) {
        String uid = UUID.randomUUID() + "@spoorzoeker";
        Instant now = clock.instant();
        return db.write(cfg -> new AfspraakRepository(cfg.dsl()).insert(afspraak, uid, now));
    }

    public void wijzig(Afspraak afspraak) {
        Instant now = clock.instant();
        if (!db.write(cfg -> new AfspraakRepository(cfg.dsl()).update(afspraak, now))) {
            throw new NoSuchElementException("afspraak " + afspraak.id());
        }
    }

    /** Cancels an appointment: it is removed (a calendar that has it keeps it until the coach deletes it there). */
    public void annuleer(int id) {
        db.write(cfg -> new AfspraakRepository(cfg.dsl()).delete(id));
    }

    /**
     * Writes the appointments to an .ics file, replacing it in one step (by way of the data folder's
     * private folder: the file names clients).
     *
     * @param metToelichting whether the notes go along; off by default, because a calendar file
     *                       leaves this computer and may be synchronised to a cloud calendar
     */
    public void exporteer(List<Afspraak> afspraken, Path bestand, boolean metToelichting) throws IOException {
        Integer herinnering = herinnering().orElse(null);
        Uitvoer.bewaar(db, bestand, IcsExport.tekst(afspraken, metToelichting, clock.instant(), herinnering)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The choices of a reminder the coach is offered: none, or so many minutes before. */
    public static final List<Integer> HERINNERINGEN = java.util.Arrays.asList(null, 15, 60, 24 * 60);

    /**
     * The reminder every exported appointment carries (a VALARM in the .ics), as the coach chose it on the Agenda
     * screen: minutes before the start, or empty for none (the default: a calendar file may go to a shared calendar).
     */
    public java.util.Optional<Integer> herinnering() {
        return db.read(ctx -> new AfspraakRepository(ctx).herinnering());
    }

    public void zetHerinnering(Integer minuten) {
        if (minuten != null && (minuten <= 0 || minuten > 7 * 24 * 60)) {
            throw new IllegalArgumentException("a reminder between 1 minute and a week before: " + minuten);
        }
        db.write(cfg -> {
            new AfspraakRepository(cfg.dsl()).zetHerinnering(minuten);
            return null;
        });
    }
}
