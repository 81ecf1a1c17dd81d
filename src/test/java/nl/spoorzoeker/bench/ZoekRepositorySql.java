package nl.spoorzoeker.bench;

import nl.spoorzoeker.zoeken.ZoekSql;

/** The app's search SQL with the values written in, for the sqlite3 command-line tool. */
final class ZoekRepositorySql {

    private ZoekRepositorySql() {
    }

    static String voor(String match, int limiet) {
        String sql = ZoekSql.TEKST;
        int eerste = sql.indexOf('?');
        sql = sql.substring(0, eerste) + "'" + match.replace("'", "''") + "'" + sql.substring(eerste + 1);
        int tweede = sql.indexOf('?');
        return sql.substring(0, tweede) + limiet + sql.substring(tweede + 1);
    }
}
