package nl.spoorzoeker.search;

/**
 * The search query, public so the benchmark can run the very same SQL in the sqlite3 tool.
 * The newest hits first (the rowid starts with the date), limited before anything is joined, so
 * a common word costs no more than a rare one. snippet() needs the FTS row, hence the inner query.
 * The two parameters: the MATCH expression from {@link ZoekVraag} and the limit.
 */
public final class ZoekSql {

    public static final String TEKST = """
            SELECT z.bron, z.bron_id, z.traject_id, z.datum, z.fragment, w.naam
            FROM (SELECT rowid AS r, bron, bron_id, traject_id, datum,
                         snippet(zoek_fts, 0, char(2), char(3), '…', 14) AS fragment
                  FROM zoek_fts WHERE zoek_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS z
            LEFT JOIN traject t ON t.id = z.traject_id
            LEFT JOIN werknemer w ON w.id = t.werknemer_id
            ORDER BY z.r DESC""";

    private ZoekSql() {
    }
}
