package nl.spoorzoeker.groep;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.spoorzoeker.logboek.Groepssessie;

/**
 * A programme a practice runs for a fixed group: a name, a start date, the trainers who run its
 * meetings (names, not users), the participants and the schedule. {@code id} is null before saving.
 * {@code einddatum} is the end the coach set, or null: then the programme ends with its last planned
 * meeting ({@link #einde}), and keeps doing so when meetings are added or moved.
 */
public record Groepsprogramma(Integer id, String naam, LocalDate startdatum, String locatie, List<String> trainers,
                              LocalDate einddatum) {

    public Groepsprogramma {
        trainers = trainers == null ? List.of()
                : trainers.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** Without an end of its own: it ends with its last meeting. */
    public Groepsprogramma(Integer id, String naam, LocalDate startdatum, String locatie, List<String> trainers) {
        this(id, naam, startdatum, locatie, trainers, null);
    }

    /**
     * Where the programme ends: the end the coach set, else the day of its last planned meeting
     * ({@code laatsteBijeenkomst}); null when it has neither (no schedule yet).
     */
    public LocalDate einde(LocalDate laatsteBijeenkomst) {
        return einddatum != null ? einddatum : laatsteBijeenkomst;
    }

    /**
     * A programme as listed: with its size and where its schedule stands; {@code laatste} is the day
     * of its last meeting, or null without one.
     */
    public record Regel(Groepsprogramma programma, int deelnemers, int bijeenkomsten, int gehouden,
                        LocalDateTime volgende, LocalDate laatste) {

        /** Where it ends ({@link Groepsprogramma#einde}). */
        public LocalDate einde() {
            return programma.einde(laatste);
        }
    }

    /**
     * A participant: the dossier, the werknemer's name, and from when until when they are in the
     * group ({@code tot} null: still in it).
     */
    public record Deelnemer(int dossierId, String naam, LocalDate vanaf, LocalDate tot) {

        /** Whether the werknemer belongs to the group on {@code dag}. */
        public boolean op(LocalDate dag) {
            return !dag.isBefore(vanaf) && (tot == null || !dag.isAfter(tot));
        }
    }

    /**
     * One meeting. {@code groepssessieId} is set once it has been held and recorded; {@code trainer}
     * is who ran it.
     */
    public record Bijeenkomst(Integer id, int programmaId, LocalDateTime begin, int duurMinuten, Groepssessie.Soort soort,
                              String onderwerp, String locatie, String trainer, Integer groepssessieId, String uid) {

        public boolean gehouden() {
            return groepssessieId != null;
        }

        public LocalDateTime einde() {
            return begin.plusMinutes(duurMinuten);
        }
    }

    /** A participant at a held meeting: present, or absent with the reason. */
    public record Aanwezigheid(int dossierId, String naam, boolean aanwezig, String reden) {
    }

    /**
     * What the coach records of a held meeting: who ran it, who came (and who not and why), what
     * happened, and how its time is charged to the dossiers.
     */
    public record Verslag(int bijeenkomstId, String trainer, List<Aanwezigheid> aanwezigheid, String samenvatting,
                          Groepssessie.Verdeling verdeling, boolean declarabel) {

        public Verslag {
            aanwezigheid = List.copyOf(aanwezigheid);
        }
    }
}
