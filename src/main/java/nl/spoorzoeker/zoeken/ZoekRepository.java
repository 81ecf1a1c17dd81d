package nl.spoorzoeker.zoeken;

import static nl.spoorzoeker.store.schema.Tables.GROEPSDEELNAME;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.WERKNEMER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The full-text query. The index table is virtual (FTS5), so jOOQ has no generated class for it:
 * the SQL is written here, once, with the coach's words only ever as a bind value.
 */
final class ZoekRepository {

    static final String SQL = ZoekSql.TEKST;

    private final DSLContext ctx;

    ZoekRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    List<Zoekresultaat> zoek(String match, int limiet) {
        List<Zoekresultaat> resultaten = new ArrayList<>();
        List<Integer> groepen = new ArrayList<>();
        // Straight JDBC: this query runs on every keystroke, and jOOQ's plain-SQL parsing and
        // record mapping tripled the cost of a rare word (measured: docs/benchmarks.md).
        ctx.connection(c -> {
            try (var ps = c.prepareStatement(SQL)) {
                ps.setString(1, match);
                ps.setInt(2, limiet);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Bron bron = Bron.van(rs.getInt(1));
                        int bronId = rs.getInt(2);
                        int traject = rs.getInt(3);
                        Integer dossier = rs.wasNull() ? null : traject;
                        if (bron == Bron.GROEPSSESSIE) {
                            groepen.add(bronId);
                        }
                        String datum = rs.getString(4);
                        resultaten.add(new Zoekresultaat(bron, bronId, dossier, rs.getString(6),
                                datum == null ? null : LocalDate.parse(datum), rs.getString(5)));
                    }
                }
            }
        });
        if (groepen.isEmpty()) {
            return resultaten;
        }
        // A group session belongs to all its participants: it opens in the first one's log.
        Map<Integer, List<Object[]>> deelnemers = new LinkedHashMap<>();
        ctx.select(GROEPSDEELNAME.GROEPSSESSIE_ID, GROEPSDEELNAME.TRAJECT_ID, WERKNEMER.NAAM).from(GROEPSDEELNAME)
                .join(TRAJECT).on(TRAJECT.ID.eq(GROEPSDEELNAME.TRAJECT_ID))
                .join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .where(GROEPSDEELNAME.GROEPSSESSIE_ID.in(groepen)).orderBy(WERKNEMER.NAAM)
                .forEach(r -> deelnemers.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Object[] {r.value2(), r.value3()}));
        return resultaten.stream().map(z -> {
            if (z.bron() != Bron.GROEPSSESSIE) {
                return z;
            }
            List<Object[]> wie = deelnemers.getOrDefault(z.bronId(), List.of());
            return new Zoekresultaat(z.bron(), z.bronId(), wie.isEmpty() ? null : (Integer) wie.getFirst()[0],
                    String.join(", ", wie.stream().map(w -> (String) w[1]).toList()), z.datum(), z.fragment());
        }).toList();
    }
}
