package nl.spoorzoeker.zoeken;

/**
 * The search query, public so the benchmark can run the very same SQL in the sqlite3 tool.
 * Names first, then the newest hits (the rowid starts with the date, or with a bucket above every
 * date for names: migration V15), limited before anything is joined, so a common word costs no
 * more than a rare one. A werkgever's hit has no dossier: its name comes from the werkgever. snippet() needs the FTS row, hence the inner query.
 * The two parameters: the MATCH expression from {@link ZoekVraag} and the limit.
 */
public final class ZoekSql {

    public static final String TEKST = """
            SELECT z.bron, z.bron_id, z.traject_id, z.datum, z.fragment, coalesce(w.naam, g.naam)
            FROM (SELECT rowid AS r, bron, bron_id, traject_id, datum,
                         snippet(zoek_fts, 0, char(2), char(3), '…', 14) AS fragment
                  FROM zoek_fts WHERE zoek_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS z
            LEFT JOIN traject t ON t.id = z.traject_id
            LEFT JOIN werknemer w ON w.id = t.werknemer_id
            LEFT JOIN werkgever g ON z.bron = 9 AND g.id = z.bron_id
            ORDER BY z.r DESC""";

    private ZoekSql() {
    }
}
