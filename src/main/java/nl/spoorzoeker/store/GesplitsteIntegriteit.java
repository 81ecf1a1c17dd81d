package nl.spoorzoeker.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * What {@code PRAGMA integrity_check} checks, on three connections side by side instead of one
 * (for {@link Kopiecontrole#controleerEigenKopie}, the backup's check of its fresh copy):
 * <ul>
 *   <li>every virtual table's own check: the full-text index against its texts, the largest part
 *       (it re-reads and re-tokenises every text: 2.0 of 3.4 s on a 10-year practice);</li>
 *   <li>every b-tree table (the schema table and the full-text shadow tables too) with its indexes,
 *       NOT NULL and CHECK constraints, {@code integrity_check(table)} one table at a time, largest
 *       first, taken from one queue by two connections;</li>
 *   <li>the part a per-table check leaves out, the file as a whole: from {@code dbstat}, every page
 *       belongs to exactly one b-tree or to the free list, none lost and none shared.</li>
 * </ul>
 * The check connections are closed before this returns, also when one fails.
 */
final class GesplitsteIntegriteit {

    private GesplitsteIntegriteit() {
    }

    /** @param eerste an open connection to {@code bestand}, with the schema trusted; used for one share of the work */
    static boolean heel(Path bestand, Connection eerste) throws SQLException {
        List<CompletableFuture<Boolean>> naast = new ArrayList<>();
        try {
            List<String> virtueel = tabellen(eerste, "type = 'virtual'");
            naast.add(opEigenDraad(() -> metVerbinding(bestand, c -> allesHeel(c, new ConcurrentLinkedQueue<>(virtueel)))));
            Map<String, Long> paginas = new HashMap<>();
            boolean heel = elkePaginaEenKeer(eerste, paginas);
            List<String> gewoon = tabellen(eerste, "type in ('table', 'shadow')");
            gewoon.sort(Comparator.comparing((String t) -> paginas.getOrDefault(t, 0L)).reversed());
            Queue<String> rij = new ConcurrentLinkedQueue<>(heel ? gewoon : List.of());
            naast.add(opEigenDraad(() -> metVerbinding(bestand, c -> allesHeel(c, rij))));
            heel = heel && allesHeel(eerste, rij);
            for (CompletableFuture<Boolean> deel : naast) {
                heel = heel && deel.join();
            }
            return heel;
        } finally {
            for (CompletableFuture<Boolean> deel : naast) {
                try {
                    deel.join(); // no connection may outlive the check: the copy is deleted next
                } catch (CompletionException e) {
                    // reported by the join above
                }
            }
        }
    }

    private interface Werk {
        boolean met(Connection c) throws SQLException;
    }

    private static boolean metVerbinding(Path bestand, Werk werk) {
        try (Connection c = Kopiecontrole.open(bestand, true)) {
            return werk.met(c);
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }

    /** A daemon thread per task: a check runs seconds and only during a backup, not worth a pool. */
    static <T> CompletableFuture<T> opEigenDraad(Supplier<T> werk) {
        return CompletableFuture.supplyAsync(werk, taak -> {
            Thread t = new Thread(taak, "spoorzoeker-kopiecontrole");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Takes tables from the queue until it is empty; false at the first that is not intact (the rest is then left). */
    private static boolean allesHeel(Connection c, Queue<String> rij) throws SQLException {
        for (String tabel = rij.poll(); tabel != null; tabel = rij.poll()) {
            if (!"ok".equalsIgnoreCase(PragmaContract.query(c,
                    "PRAGMA integrity_check(\"" + tabel.replace("\"", "\"\"") + "\")"))) {
                rij.clear();
                return false;
            }
        }
        return true;
    }

    private static List<String> tabellen(Connection c, String soort) throws SQLException {
        List<String> namen = new ArrayList<>();
        try (var st = c.createStatement();
             var rs = st.executeQuery("select name from pragma_table_list where schema = 'main' and " + soort)) {
            while (rs.next()) {
                namen.add(rs.getString(1));
            }
        }
        return namen;
    }

    /**
     * One pass over {@code dbstat}: true when every page is used once and, with the free list, they
     * are all the pages there are. Fills {@code paginasPerTabel} (a table's own pages and its indexes').
     */
    private static boolean elkePaginaEenKeer(Connection c, Map<String, Long> paginasPerTabel) throws SQLException {
        Map<String, String> tabelVan = new HashMap<>();
        try (var st = c.createStatement();
             var rs = st.executeQuery("select name, tbl_name from sqlite_schema where type in ('table', 'index')")) {
            while (rs.next()) {
                tabelVan.put(rs.getString(1), rs.getString(2));
            }
        }
        BitSet gezien = new BitSet();
        long gebruikt = 0;
        boolean dubbel = false;
        try (var st = c.createStatement(); var rs = st.executeQuery("select name, pageno from dbstat")) {
            while (rs.next()) {
                int pagina = rs.getInt(2);
                dubbel |= gezien.get(pagina);
                gezien.set(pagina);
                gebruikt++;
                paginasPerTabel.merge(tabelVan.getOrDefault(rs.getString(1), rs.getString(1)), 1L, Long::sum);
            }
        }
        long vrij = Long.parseLong(PragmaContract.query(c, "PRAGMA freelist_count"));
        long totaal = Long.parseLong(PragmaContract.query(c, "PRAGMA page_count"));
        return !dubbel && gebruikt + vrij == totaal;
    }
}
