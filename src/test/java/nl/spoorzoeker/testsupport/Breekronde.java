package nl.spoorzoeker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.store.Bestanden;

/**
 * The kill-restart round of the crash tests, in one place: one uninterrupted run of a child JVM on a
 * copy of a pristine data folder lists the points it passes ({@code -Dspoorzoeker.breekpunten=FILE});
 * then, for each point, a fresh copy is given to a child stopped there ({@code -Dspoorzoeker.breekpunt=NAME#n},
 * a point passed n times stopped at each passing), which must end as a kill does ({@link Breekpunt#STATUS}),
 * and the test's check looks at what the copy holds. The child itself is the test's (its main class and
 * arguments): this class only knows the folder it gets and the option that stops it.
 */
public final class Breekronde {

    private Breekronde() {
    }

    /** Starts the test's child on {@code map} with one JVM option and returns its exit status. */
    public interface Kind {
        int draai(Path map, String optie) throws Exception;
    }

    /** Looks at the copy a child was stopped in ({@code punt} is {@code NAME#n}); returns what it found, for the report line. */
    public interface Controle {
        String na(Path map, String punt) throws Exception;
    }

    /**
     * The points the child passes, in order, kept by {@code welke}: one run, not stopped, on a copy
     * in {@code werk/proef}; the child must end with 0.
     */
    public static List<String> punten(Path ongerept, Path werk, Kind kind, Predicate<String> welke) throws Exception {
        Files.createDirectories(werk);
        Path log = werk.resolve("punten.txt");
        Path proef = kopie(ongerept, werk.resolve("proef"));
        assertEquals(0, kind.draai(proef, "-Dspoorzoeker.breekpunten=" + log), "the uninterrupted run");
        return Files.readAllLines(log).stream().filter(welke).toList();
    }

    /**
     * Which passings of {@code punten} (in the order passed, a point that comes n times listed n times) are
     * killed: every point at its first, second and last passing, as {@code NAME#n}. A point passed more than
     * three times is the same statement in a loop (one file after another, one generation after another):
     * a kill at its k-th passing, 2 &lt; k &lt; n, leaves the same shape of state as at the second — some of
     * the loop's steps done, the rest not — so those passings are skipped. The first (none done) and the
     * last (all but one done) are the edges.
     */
    public static List<String> teDoden(List<String> punten) {
        Map<String, Integer> keer = new HashMap<>();
        for (String punt : punten) {
            keer.merge(punt, 1, Integer::sum);
        }
        List<String> doden = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        for (String punt : punten) {
            int n = gezien.merge(punt, 1, Integer::sum);
            if (n <= 2 || n == keer.get(punt)) {
                doden.add(punt + "#" + n);
            }
        }
        return doden;
    }

    /**
     * Stops a child at each passing of {@code punten} that {@link #teDoden} keeps, each on a fresh copy of
     * {@code ongerept} in {@code werk/kill-i}, and runs {@code controle} on it.
     *
     * @return one line per kill: {@code NAME#n -> what the check found}
     */
    public static List<String> elkPunt(Path ongerept, Path werk, List<String> punten, Kind kind, Controle controle)
            throws Exception {
        List<String> uitslagen = new ArrayList<>();
        for (String wat : teDoden(punten)) {
            Path map = kopie(ongerept, werk.resolve("kill-" + uitslagen.size()));
            assertEquals(Breekpunt.STATUS, kind.draai(map, "-Dspoorzoeker.breekpunt=" + wat), wat + ": stopped there");
            uitslagen.add(wat + " -> " + controle.na(map, wat));
        }
        return uitslagen;
    }

    /** A copy of a data folder, every file and folder. */
    public static Path kopie(Path van, Path naar) throws IOException {
        try (var s = Files.walk(van)) {
            for (Path p : s.toList()) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(doel);
                } else {
                    Files.copy(p, doel);
                }
            }
        }
        return naar;
    }

    /**
     * After the next start of a copy {@code map} killed while it wrote {@code doel} outside the data
     * folder: the target's folder holds nothing or only {@code doel} — then whole ({@code heel}), and
     * removed for the next kill — never a temporary file; the private temp folder is empty; no record of
     * a file on its way is left. Returns "nothing" or {@code heelNaam}, for the report line.
     */
    public static String nietsBuitenAchtergelaten(Path map, Path doel, String wat, Predicate<byte[]> heel, String heelNaam)
            throws IOException {
        List<String> over;
        try (var s = Files.list(doel.getParent())) {
            over = s.map(p -> p.getFileName().toString()).toList();
        }
        assertTrue(over.isEmpty() || over.equals(List.of(doel.getFileName().toString())),
                wat + ": beside the target after the next start: " + over);
        if (!over.isEmpty()) {
            assertTrue(heel.test(Files.readAllBytes(doel)), wat + ": the file is whole");
            Files.delete(doel);
        }
        if (Files.isDirectory(map.resolve("tijdelijk"))) {
            try (var s = Files.list(map.resolve("tijdelijk"))) {
                assertEquals(0, s.count(), wat + ": the private temp folder is emptied");
            }
        }
        assertTrue(Files.notExists(map.resolve(Bestanden.ONDERWEG)), wat + ": record left");
        return over.isEmpty() ? "nothing" : heelNaam;
    }

    /** A child that writes its file to {@code doel}, outside its data folder {@code map}. */
    public interface Buitenschrijver {
        int draai(Path map, String optie, Path doel) throws Exception;
    }

    /** What a round outside the data folder found: one line per kill, and which file systems it reached. */
    public record Buitenronde(List<String> uitslagen, boolean tweeSystemen) {
        public String systemen() {
            return tweeSystemen ? "same and other file system" : "same file system only";
        }
    }

    /**
     * The round for a file written outside the data folder ({@code naam} with extension {@code ext}), on the
     * data folder's file system and on another one (/dev/shm, a tmpfs, as a USB stick is; skipped where it is
     * the same): every point {@code welke} keeps (which must include {@code moet}) killed once per passing, then
     * {@code volgendeStart} on the copy, then {@link #nietsBuitenAchtergelaten}.
     */
    public static Buitenronde buiten(Path dir, Path ongerept, String ext, Buitenschrijver kind, Predicate<String> welke,
            List<String> moet, Controle volgendeStart, Predicate<byte[]> heel, String heelNaam) throws Exception {
        Path anderSysteem = Path.of("/dev/shm");
        boolean tweeSystemen = Files.isDirectory(anderSysteem)
                && !Files.getFileStore(anderSysteem).equals(Files.getFileStore(dir));
        List<String> uitslagen = new ArrayList<>();
        for (Path basis : tweeSystemen ? List.of(dir, anderSysteem) : List.of(dir)) {
            Path doelMap = Files.createTempDirectory(basis, "doel-");
            String fs = basis.equals(dir) ? "same" : "other";
            // each copy writes to doelMap/<copy's name>.<ext>
            Kind kindHier = (map, optie) -> kind.draai(map, optie, doelMap.resolve(map.getFileName() + "." + ext));
            try {
                Path werk = dir.resolve(fs);
                List<String> punten = punten(ongerept, werk, kindHier, welke);
                assertTrue(punten.containsAll(moet), punten.toString());
                Files.delete(doelMap.resolve("proef." + ext));
                for (String u : elkPunt(ongerept, werk, punten, kindHier, (map, wat) -> {
                    volgendeStart.na(map, wat);
                    return nietsBuitenAchtergelaten(map, doelMap.resolve(map.getFileName() + "." + ext), wat, heel, heelNaam);
                })) {
                    uitslagen.add(fs + " fs " + u);
                }
            } finally {
                try (var s = Files.walk(doelMap)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
        return new Buitenronde(uitslagen, tweeSystemen);
    }
}
