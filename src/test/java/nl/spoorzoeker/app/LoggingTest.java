package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log's folder when there is no data folder yet, and a console without logback's noise. */
class LoggingTest {

    @TempDir
    Path tmp;

    @Test
    void withoutADataFolderTheLogGoesToThisUsersOwnCacheFolder() {
        assertEquals(Path.of("/home/an/.cache/spoorzoeker/logs"), Logging.standaardMap("Linux", Map.of(), "/home/an"));
        assertEquals(Path.of("/xdg/spoorzoeker/logs"), Logging.standaardMap("Linux", Map.of("XDG_CACHE_HOME", "/xdg"), "/home/an"));
        assertEquals(Path.of("/home/an/.cache/spoorzoeker/logs"),
                Logging.standaardMap("Linux", Map.of("XDG_CACHE_HOME", "relatief"), "/home/an"), "a relative XDG path is ignored");
        assertEquals(Path.of("/Users/an/Library/Logs/Spoorzoeker"), Logging.standaardMap("Mac OS X", Map.of(), "/Users/an"));
        assertEquals(Path.of("C:/Users/an/AppData/Local", "Spoorzoeker", "Logs"),
                Logging.standaardMap("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/an/AppData/Local"), "C:/Users/an"));
    }

    /**
     * A data folder this user cannot make (here: below a plain file, which fails even for root) gives
     * one line, the command's own; the log falls back to the user's cache folder, and where that cannot
     * be written either, there is no log, but still no logback status or stack trace on the console.
     */
    @Test
    void aFolderThatCannotBeMadeGivesOneLineAndTheLogFallsBackQuietly() throws Exception {
        Path bestand = Files.writeString(tmp.resolve("gewoon-bestand"), "x");
        Path thuis = Files.createDirectories(tmp.resolve("thuis"));

        Uitkomst u = cli(thuis, bestand.resolve("praktijk"));
        assertEquals(1, u.code());
        assertEquals(List.of("De map " + bestand.resolve("praktijk") + " kan niet worden gebruikt (Not a directory)."
                + " Kies een andere map met --data-dir; er is niets veranderd."), u.regels(), u.regels().toString());
        Path log = thuis.resolve(".cache/spoorzoeker/logs/spoorzoeker.log");
        assertTrue(Files.isRegularFile(log), "log in the user's own cache folder");

        Uitkomst zonderLog = cli(bestand, bestand.resolve("praktijk"));
        assertEquals(1, zonderLog.regels().size(), zonderLog.regels().toString());
    }

    private record Uitkomst(int code, List<String> regels) {
    }

    /** Runs {@code version} in a fresh JVM (logback starts once per process) with the given home folder. */
    private Uitkomst cli(Path thuis, Path dataMap) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Duser.home=" + thuis, "-Duser.language=nl", "-Duser.country=NL", "--enable-native-access=ALL-UNNAMED",
                Launcher.class.getName(), "--data-dir", dataMap.toString(), "version")).redirectErrorStream(true);
        pb.environment().remove("XDG_CACHE_HOME");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        List<String> regels = new ArrayList<>(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(r -> !r.isBlank()).toList());
        return new Uitkomst(p.waitFor(), regels);
    }
}
