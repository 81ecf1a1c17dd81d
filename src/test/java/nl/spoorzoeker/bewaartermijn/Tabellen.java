package nl.spoorzoeker.bewaartermijn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.spoorzoeker.store.Database;

/** Reading any table of the file generically, for before/after comparisons in the tests. */
final class Tabellen {

    /** Tables that hold nothing of a particular traject: the practice, its settings, the log, the counts. */
    static final Set<String> VAN_DE_PRAKTIJK = Set.of("praktijk", "stap", "instelling", "privacy_woord", "audit",
            "verwijderd_aantal", "verwijdering_bezig", "walstempel");

    /** Text columns that hold dates, times, codes or enum values: no free text can be put there. */
    /**
     * As {@link #geenVrijeTekst(String)}, for a column of a table: an interest test's result is its
     * three-letter code (its {@code uitkomst}), where a contact's {@code uitkomst} is free text.
     */
    static boolean geenVrijeTekst(String tabel, String kolom) {
        return geenVrijeTekst(kolom) || tabel.equals("instrument_afname") && kolom.equals("uitkomst");
    }

    static boolean geenVrijeTekst(String kolom) {
        return kolom.endsWith("_op") || kolom.contains("datum") || kolom.contains("moment")
                || kolom.equals("eerste_ziektedag") || kolom.equals("riasec") || kolom.equals("kvk_nummer")
                || kolom.equals("sleutel") || kolom.equals("week_datum")
                || Set.of("soort", "status", "kanaal", "bron", "documenttype", "conclusie_spoor1", "fase", "verdeling",
                "vervoer", "akkoord_soort", "beoogde_uitkomst", "bewaarplicht_reden", "contractvorm", "route",
                "gestopt_door", "resultaat", "instrument", "opdrachtgever_soort", "regime", "kaart", "stapel", "onderdeel")
                .contains(kolom);
    }

    private Tabellen() {
    }

    /** Every table of the schema (the full-text index included, its shadow tables not). */
    static List<String> alle(Database db) {
        return db.read(ctx -> ctx.fetch("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                + "AND name NOT LIKE 'zoek_fts_%' AND name <> 'flyway_schema_history' ORDER BY name")
                .map(r -> r.get(0, String.class)));
    }

    static Map<String, Integer> aantallen(Database db) {
        Map<String, Integer> uit = new TreeMap<>();
        for (String t : alle(db)) {
            uit.put(t, db.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM " + t)).intValue()));
        }
        return uit;
    }

    /** TEXT and BLOB columns per ordinary table. */
    static Map<String, List<String>> tekstkolommen(Database db) {
        Map<String, List<String>> uit = new LinkedHashMap<>();
        for (String t : alle(db)) {
            if (t.equals("zoek_fts")) {
                continue;
            }
            uit.put(t, db.read(ctx -> ctx.fetch("SELECT name FROM pragma_table_info(?) WHERE type IN ('TEXT', 'BLOB')", t)
                    .map(r -> r.get(0, String.class))));
        }
        return uit;
    }

    /** Per table, the rows in which some text or BLOB column contains {@code merk}. */
    static Map<String, Integer> rijenMet(Database db, String merk) {
        Map<String, Integer> uit = new TreeMap<>();
        tekstkolommen(db).forEach((t, kolommen) -> {
            if (kolommen.isEmpty()) {
                return;
            }
            String waar = String.join(" OR ", kolommen.stream().map(k -> "instr(CAST(" + k + " AS TEXT), ?) > 0").toList());
            Object[] binds = kolommen.stream().map(k -> merk).toArray();
            int n = db.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM " + t + " WHERE " + waar, binds)).intValue());
            if (n > 0) {
                uit.put(t, n);
            }
        });
        int index = db.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM zoek_fts WHERE instr(tekst, ?) > 0", merk))
                .intValue());
        if (index > 0) {
            uit.put("zoek_fts", index);
        }
        return uit;
    }
}
