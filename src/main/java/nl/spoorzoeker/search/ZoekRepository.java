package nl.spoorzoeker.search;

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

    /**
     * The newest hits first (the rowid starts with the date), limited before anything is joined, so
     * a common word costs no more than a rare one. snippet() needs the FTS row, hence the inner query.
     */
    static final String SQL = """
            SELECT z.bron, z.bron_id, z.traject_id, z.datum, z.fragment, w.naam
            FROM (SELECT rowid AS r, bron, bron_id, traject_id, datum,
                         snippet(zoek_fts, 0, char(2), char(3), '…', 14) AS fragment
                  FROM zoek_fts WHERE zoek_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS z
            LEFT JOIN traject t ON t.id = z.traject_id
            LEFT JOIN werknemer w ON w.id = t.werknemer_id
            ORDER BY z.r DESC""";

    private final DSLContext ctx;

    ZoekRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    List<Zoekresultaat> zoek(String match, int limiet) {
        List<Zoekresultaat> resultaten = new ArrayList<>();
        List<Integer> groepen = new ArrayList<>();
        for (var r : ctx.resultQuery(SQL, match, limiet).fetch()) {
            Bron bron = Bron.van(((Number) r.get(0)).intValue());
            int bronId = ((Number) r.get(1)).intValue();
            Integer traject = r.get(2) == null ? null : ((Number) r.get(2)).intValue();
            if (bron == Bron.GROEPSSESSIE) {
                groepen.add(bronId);
            }
            resultaten.add(new Zoekresultaat(bron, bronId, traject, (String) r.get(5),
                    LocalDate.parse((String) r.get(3)), (String) r.get(4)));
        }
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
