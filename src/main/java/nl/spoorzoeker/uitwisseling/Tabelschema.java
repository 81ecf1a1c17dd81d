package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.store.schema.Tables.AUDIT;
import static nl.spoorzoeker.store.schema.Tables.CONCEPT;
import static nl.spoorzoeker.store.schema.Tables.INSTELLING;
import static nl.spoorzoeker.store.schema.Tables.PRAKTIJK;
import static nl.spoorzoeker.store.schema.Tables.PRIVACY_WOORD;
import static nl.spoorzoeker.store.schema.Tables.STAP;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables of the database as the archive sees them, read from SQLite itself (columns, declared
 * types, primary keys, foreign keys), and what part each plays. Most of that follows from the
 * foreign keys, so a table added later is exported without anyone remembering to:
 * <ul>
 *   <li><b>DOSSIER</b>: {@code traject} and every table that is deleted with it (a foreign key
 *       {@code ON DELETE CASCADE} to a dossier table): "everything hanging off the traject".</li>
 *   <li><b>GEDEELD</b>: a table that dossier rows refer to but that is not deleted with them
 *       (werknemer, werkgever, group sessions, guided steps); a dossier archive takes the rows its
 *       dossier refers to.</li>
 *   <li><b>PRAKTIJK</b> and <b>UITGESLOTEN</b>: the rest, each named below with its reason.</li>
 * </ul>
 * A table that fits none of these is refused (and {@code TabelschemaTest} fails): no table is ever
 * silently left out.
 */
final class Tabelschema {

    enum Rol { DOSSIER, GEDEELD, PRAKTIJK, UITGESLOTEN }

    /** A column as SQLite declares it; {@code pk} is its position in the primary key (0 = not in it). */
    record Kolom(String naam, String type, boolean verplicht, int pk) {

        boolean blob() {
            return "BLOB".equalsIgnoreCase(type);
        }

        boolean geheelGetal() {
            return "INTEGER".equalsIgnoreCase(type) || "INT".equalsIgnoreCase(type);
        }

        boolean tekst() {
            return "TEXT".equalsIgnoreCase(type);
        }

        boolean reeel() {
            return "REAL".equalsIgnoreCase(type);
        }
    }

    /** A foreign key of one column; {@code cascade} when the row is deleted with the row it names. */
    record Verwijzing(String kolom, String naar, String naarKolom, boolean cascade) {
    }

    record Tabel(String naam, List<Kolom> kolommen, List<Verwijzing> verwijzingen, Rol rol) {

        List<String> sleutel() {
            return kolommen.stream().filter(k -> k.pk() > 0)
                    .sorted(java.util.Comparator.comparingInt(Kolom::pk)).map(Kolom::naam).toList();
        }

        /**
         * The column that is the row's own number (a single INTEGER primary key, SQLite's rowid) and
         * not at the same time a reference to another row: on a dossier import it gets a new value.
         */
        Optional<String> eigenNummer() {
            List<Kolom> pk = kolommen.stream().filter(k -> k.pk() > 0).toList();
            if (pk.size() != 1 || !pk.getFirst().geheelGetal()) {
                return Optional.empty();
            }
            String naam = pk.getFirst().naam();
            return verwijzingen.stream().anyMatch(v -> v.kolom().equals(naam)) ? Optional.empty() : Optional.of(naam);
        }

        Optional<Kolom> kolom(String naam) {
            return kolommen.stream().filter(k -> k.naam().equals(naam)).findFirst();
        }

        boolean heeftBlobs() {
            return kolommen.stream().anyMatch(Kolom::blob);
        }
    }

    /** A table as read from the database, before it is given its part. */
    record Ruw(String naam, String soort, List<Kolom> kolommen, List<Verwijzing> verwijzingen) {
    }

    /** The root of a dossier. */
    static final String STAM = TRAJECT.getName();

    /** The audit log: in a practice archive whole; in an inzage the entries naming the werknemer's trajecten. */
    static final String LOGBOEK = AUDIT.getName();

    /** Practice tables: in a practice archive, never in a dossier archive; with the reason. */
    static final Map<String, String> PRAKTIJKTABELLEN = Map.of(
            PRAKTIJK.getName(), "the coach's own details, logo and signature: the receiving practice has its own",
            INSTELLING.getName(), "practice settings (clock margins, gap thresholds)",
            PRIVACY_WOORD.getName(), "the coach's additions to the privacy guard",
            CONCEPT.getName(), "autosaved drafts of forms: carried with the whole practice so an unsaved text "
                    + "is not lost on a move; their keys name ids of the source practice, so never with one dossier",
            AUDIT.getName(), "the practice's own accountability record; a dossier import is logged in the "
                    + "receiving practice instead",
            "verwijderd_aantal", "the anonymous count of trajecten deleted after their retention term: the "
                    + "practice's statistics, nothing of a person");

    /** The full-text index over every note (a virtual table). */
    static final String ZOEKINDEX = "zoek_fts";

    /** Tables never in an archive, with the reason. */
    /** Part of every database file of ours, the scratch copy of an import too (store.Walwacht). */
    static final String WALSTEMPEL = "walstempel";

    static final Map<String, String> UITGESLOTEN = Map.of(
            ZOEKINDEX, "derived full-text index: the triggers fill it again as the rows are inserted",
            "flyway_schema_history", "bookkeeping of the migrations of one database file, not data",
            "verwijdering_bezig", "a marker that exists only inside a retention deletion's transaction",
            WALSTEMPEL, "the id of the session writing this database file's WAL (store.Walwacht), not data");

    /** Shared tables a new practice already holds rows of (the shipped guided steps). */
    static final Set<String> SJABLONEN = Set.of(STAP.getName());

    private final Map<String, Tabel> tabellen;
    private final List<Tabel> volgorde;

    private Tabelschema(Map<String, Tabel> tabellen) {
        this.tabellen = tabellen;
        this.volgorde = sorteer(tabellen);
    }

    /**
     * Gives every table its part.
     *
     * @throws IllegalStateException when a table fits no part (a new table nobody classified)
     */
    static Tabelschema van(List<Ruw> ruw) {
        Map<String, Ruw> perNaam = new LinkedHashMap<>();
        for (Ruw r : ruw) {
            if (!r.naam().startsWith("sqlite_") && !"shadow".equals(r.soort())) {
                perNaam.put(r.naam(), r);
            }
        }
        Set<String> dossier = new LinkedHashSet<>();
        if (perNaam.containsKey(STAM)) {
            dossier.add(STAM);
        }
        boolean meer = true;
        while (meer) {
            meer = false;
            for (Ruw r : perNaam.values()) {
                if (!dossier.contains(r.naam()) && r.verwijzingen().stream()
                        .anyMatch(v -> v.cascade() && !v.naar().equals(r.naam()) && dossier.contains(v.naar()))) {
                    dossier.add(r.naam());
                    meer = true;
                }
            }
        }
        Set<String> gedeeld = new LinkedHashSet<>();
        for (String d : dossier) {
            perNaam.get(d).verwijzingen().stream().map(Verwijzing::naar)
                    .filter(n -> !dossier.contains(n) && perNaam.containsKey(n)).forEach(gedeeld::add);
        }
        Map<String, Tabel> tabellen = new LinkedHashMap<>();
        Set<String> onbekend = new TreeSet<>();
        for (Ruw r : perNaam.values()) {
            Rol rol;
            if (UITGESLOTEN.containsKey(r.naam())) {
                rol = Rol.UITGESLOTEN;
            } else if (PRAKTIJKTABELLEN.containsKey(r.naam())) {
                rol = Rol.PRAKTIJK;
            } else if (dossier.contains(r.naam())) {
                rol = Rol.DOSSIER;
            } else if (gedeeld.contains(r.naam())) {
                rol = Rol.GEDEELD;
            } else {
                onbekend.add(r.naam());
                continue;
            }
            if ((rol == Rol.PRAKTIJK || rol == Rol.UITGESLOTEN) && (dossier.contains(r.naam()) || gedeeld.contains(r.naam()))) {
                throw new IllegalStateException("table " + r.naam() + " belongs to dossiers but is listed as " + rol);
            }
            tabellen.put(r.naam(), new Tabel(r.naam(), List.copyOf(r.kolommen()), List.copyOf(r.verwijzingen()), rol));
        }
        if (!onbekend.isEmpty()) {
            throw new IllegalStateException("tables neither exported nor excluded with a reason: " + onbekend
                    + " (give them a part in uitwisseling.Tabelschema)");
        }
        return new Tabelschema(tabellen);
    }

    /** Parents before children (self-references aside), so rows can be inserted in this order. */
    private static List<Tabel> sorteer(Map<String, Tabel> tabellen) {
        List<Tabel> uit = new ArrayList<>();
        Set<String> klaar = new LinkedHashSet<>();
        while (klaar.size() < tabellen.size()) {
            boolean voortgang = false;
            for (Tabel t : tabellen.values()) {
                if (!klaar.contains(t.naam()) && t.verwijzingen().stream().map(Verwijzing::naar)
                        .allMatch(n -> n.equals(t.naam()) || klaar.contains(n) || !tabellen.containsKey(n))) {
                    klaar.add(t.naam());
                    uit.add(t);
                    voortgang = true;
                }
            }
            if (!voortgang) {
                throw new IllegalStateException("foreign keys between tables form a cycle");
            }
        }
        return List.copyOf(uit);
    }

    Optional<Tabel> tabel(String naam) {
        return Optional.ofNullable(tabellen.get(naam));
    }

    /** Every table, parents first. */
    List<Tabel> alle() {
        return volgorde;
    }

    /** The tables an archive of this reach holds, parents first. */
    List<Tabel> voor(Reikwijdte reikwijdte) {
        return volgorde.stream().filter(t -> switch (reikwijdte) {
            case PRAKTIJK -> t.rol() != Rol.UITGESLOTEN;
            case DOSSIER -> t.rol() == Rol.DOSSIER || t.rol() == Rol.GEDEELD;
            case WERKNEMER -> t.rol() == Rol.DOSSIER || t.rol() == Rol.GEDEELD || t.naam().equals(LOGBOEK);
        }).toList();
    }

    /** Whether a new practice holds rows of this table before anything is entered (templates, settings). */
    static boolean vervangbaar(Tabel t) {
        return (t.rol() == Rol.PRAKTIJK && !t.naam().equals(LOGBOEK)) || SJABLONEN.contains(t.naam());
    }
}
