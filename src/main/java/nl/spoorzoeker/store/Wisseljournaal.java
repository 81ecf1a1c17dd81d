package nl.spoorzoeker.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replacing the database by another file (a restore, putting a copy back) is several renames: the
 * database, its -wal, -shm and session mark go aside, then the new file comes in. A crash between
 * two renames would leave no database, or a database without its -wal, and the next start would
 * begin an empty practice or lose the -wal. So the renames are written down first, in a journal
 * beside the database (forced to disk with its folder), and the next start finishes whatever the
 * journal lists before anything opens the database. Each rename is atomic and moves onto a name
 * that was free when the journal was written (or was freed by an earlier rename of the list), so a
 * rename whose target exists has happened; the list can be carried out again from the start.
 */
public final class Wisseljournaal {

    private static final Logger LOG = LoggerFactory.getLogger(Wisseljournaal.class);

    /** One rename inside the database's folder. */
    public record Verplaatsing(Path van, Path naar) {
    }

    private Wisseljournaal() {
    }

    static Path pad(Path db) {
        return Path.of(db + "-wissel");
    }

    /**
     * Carries out the renames in order, under the journal. {@code naam} names the operation in the
     * crash test's points. Every path must lie in the database's folder.
     */
    public static void voerUit(Path db, List<Verplaatsing> gevraagd, String naam) throws IOException {
        Path map = db.toAbsolutePath().getParent();
        // A file that is not there (no -wal, no session mark) has nothing to move.
        List<Verplaatsing> stappen = gevraagd.stream().filter(v -> Files.exists(v.van())).toList();
        StringBuilder tekst = new StringBuilder();
        java.util.Set<Path> vrijgemaakt = new java.util.HashSet<>();
        for (Verplaatsing v : stappen) {
            if (Files.exists(v.naar()) && !vrijgemaakt.contains(v.naar().toAbsolutePath())) {
                throw new IOException("a swap may only move onto a free name: " + v.naar().getFileName() + " exists");
            }
            vrijgemaakt.add(v.van().toAbsolutePath());
            if (!map.equals(v.van().toAbsolutePath().getParent()) || !map.equals(v.naar().toAbsolutePath().getParent())) {
                throw new IllegalArgumentException("a swap stays inside the database's folder: " + v);
            }
            tekst.append(v.van().getFileName()).append('\t').append(v.naar().getFileName()).append('\n');
        }
        Bestanden.schrijfAtomisch(pad(db), tekst.toString().getBytes(StandardCharsets.UTF_8));
        Breekpunt.na(naam + ".journaal-geschreven");
        voltooi(db, stappen, naam);
    }

    /**
     * Before the database is opened: finishes a swap a crash interrupted. Returns whether there
     * was one. A journal that cannot be read is left in place and refused: guessing could lose data.
     */
    public static boolean hervat(Path db) throws IOException {
        Path journaal = pad(db);
        if (!Files.exists(journaal)) {
            return false;
        }
        Path map = db.toAbsolutePath().getParent();
        List<Verplaatsing> stappen = new ArrayList<>();
        for (String regel : Files.readAllLines(journaal, StandardCharsets.UTF_8)) {
            if (regel.isBlank()) {
                continue;
            }
            String[] delen = regel.split("\t", -1);
            if (delen.length != 2 || !eenNaam(delen[0]) || !eenNaam(delen[1])) {
                throw new IOException("unreadable swap journal " + journaal + ": " + regel);
            }
            stappen.add(new Verplaatsing(map.resolve(delen[0]), map.resolve(delen[1])));
        }
        LOG.warn("A swap of the database was interrupted; finishing it ({} renames listed)", stappen.size());
        voltooi(db, stappen, "hervat");
        return true;
    }

    private static boolean eenNaam(String naam) {
        return !naam.isEmpty() && !naam.contains("/") && !naam.contains("\\") && !naam.equals("..") && !naam.equals(".");
    }

    private static void voltooi(Path db, List<Verplaatsing> stappen, String naam) throws IOException {
        Path map = db.toAbsolutePath().getParent();
        int i = 0;
        for (Verplaatsing v : stappen) {
            i++;
            // Every target was free when the journal was written, or freed by an earlier step of it
            // (checked in voerUit). Carried out in order, a step whose target exists has therefore
            // happened, even when its source name is in use again (the database's own name is set
            // aside first and filled by the restored file last).
            if (Files.exists(v.naar()) || !Files.exists(v.van())) {
                continue; // done before the crash, or never there (no -wal)
            }
            Files.move(v.van(), v.naar(), StandardCopyOption.ATOMIC_MOVE);
            Breekpunt.na(naam + ".verplaatst-" + i);
        }
        Bestanden.forceerMap(map);
        Breekpunt.na(naam + ".map-geforceerd");
        Files.delete(pad(db));
        Bestanden.forceerMap(map);
        Breekpunt.na(naam + ".journaal-weg");
    }
}
