package nl.spoorzoeker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.spoorzoeker.store.Breekpunt;

/**
 * Checks that an export to a place the coach chose goes the way {@code store.Uitvoer} makes safe:
 * written in the data folder's private folder, then put in place — never written under a temporary
 * name beside the target, where a kill left a whole plain report that no start removed (issue 23).
 * The kill points of that way are enumerated once, in {@code UitvoerCrashTest}; this checks each
 * export takes it.
 */
public final class Uitvoerweg {

    private Uitvoerweg() {
    }

    /** The export under test. */
    public interface Export {
        void run() throws Exception;
    }

    /** Runs {@code export}, which must write {@code doel} by way of the private folder of {@code datamap}. */
    public static void gaatLangsDeDatamap(Path datamap, Path doel, Export export) throws Exception {
        List<String> punten = new CopyOnWriteArrayList<>();
        Thread ik = Thread.currentThread();
        Breekpunt.waarneem(p -> {
            if (Thread.currentThread() == ik) {
                punten.add(p);
            }
        });
        try {
            export.run();
        } finally {
            Breekpunt.waarneem(null);
        }
        assertTrue(punten.contains("uitvoer.tmp-geschreven") && punten.contains("buiten.naar-doel"),
                "written in the data folder, then put in place: " + punten);
        assertTrue(punten.stream().noneMatch(p -> p.startsWith("atomisch.")),
                "no temporary file beside the target: " + punten);
        assertTrue(Files.isRegularFile(doel) && Files.size(doel) > 0, "the file is there");
        try (var s = Files.list(doel.toAbsolutePath().getParent())) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".spoorzoeker-") || n.startsWith("uitvoer-")).toList(), "left beside the target");
        }
        Path tijdelijk = datamap.resolve("tijdelijk");
        if (Files.isDirectory(tijdelijk)) {
            try (var s = Files.list(tijdelijk)) {
                assertEquals(List.of(), s.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith("uitvoer-")).toList(), "left in the private folder");
            }
        }
    }
}
