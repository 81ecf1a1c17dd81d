package nl.spoorzoeker.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.spoorzoeker.app.Launcher;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /usr/bin/spoorzoeker} (installer/linux/deb/spoorzoeker) under a bare locale (issue 23
 * item 5): with {@code LANG=C LC_ALL=C} Java cannot name a data folder "Cliënten" (the JVM reads
 * the file-name character set from LC_CTYPE once at start and ignores {@code -Dsun.jnu.encoding});
 * started through the script, every command and the window work there. The script is run as
 * shipped, only its last line's target (the jpackage launcher in /opt) replaced by this build's
 * Launcher. The same command without the script is refused with the locale named, so the test
 * fails if the script stops setting a UTF-8 character type.
 */
class StarterscriptTest {

    private static final Path SCRIPT = Path.of("installer/linux/deb/spoorzoeker");

    @TempDir
    Path dir;

    record Uitvoer(int code, String out, String err) {
    }

    /** This build's Launcher as the jpackage launcher runs it, in language {@code taal}. */
    private static List<String> launcher(String taal, String... jvmOpties) {
        List<String> opdracht = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED"));
        opdracht.addAll(List.of(jvmOpties));
        opdracht.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dspoorzoeker.locale=" + taal,
                Launcher.class.getName()));
        return opdracht;
    }

    /** The shipped script with its target replaced by this build's Launcher. */
    private Path script(String taal, String... jvmOpties) throws IOException {
        Path launcher = dir.resolve("launcher-" + taal);
        StringBuilder regel = new StringBuilder("#!/bin/sh\nexec");
        for (String deel : launcher(taal, jvmOpties)) {
            regel.append(" '").append(deel).append('\'');
        }
        Files.writeString(launcher, regel.append(" \"$@\"\n").toString());
        Path script = dir.resolve("spoorzoeker-" + taal);
        String tekst = Files.readString(SCRIPT);
        assertTrue(tekst.contains("exec /opt/spoorzoeker/bin/Spoorzoeker \"$@\""), "the script starts the launcher");
        Files.writeString(script, tekst.replace("exec /opt/spoorzoeker/bin/Spoorzoeker", "exec " + launcher));
        assertTrue(launcher.toFile().setExecutable(true) && script.toFile().setExecutable(true));
        return script;
    }

    private Uitvoer draai(Map<String, String> env, List<String> opdracht) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(opdracht).directory(dir.toFile());
        pb.environment().remove("SPOORZOEKER_HOME");
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_"));
        pb.environment().putAll(env);
        Path uit = Files.createTempFile(dir, "uit", ".txt");
        Path fout = Files.createTempFile(dir, "fout", ".txt");
        Process p = pb.redirectOutput(uit.toFile()).redirectError(fout.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ends");
        return new Uitvoer(p.exitValue(), Files.readString(uit, StandardCharsets.UTF_8), Files.readString(fout, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void underLangCEveryCommandNamesCliënten(String taal) throws Exception {
        Path map = dir.resolve("Cliënten");
        Path script = script(taal);
        for (Map<String, String> env : List.of(Map.of("LANG", "C", "LC_ALL", "C"), Map.of("LANG", "C"))) {
            // Without the script: the JVM cannot name the folder (the message of MeldingenTest), nothing made.
            Uitvoer zonder = draai(env, concat(launcher(taal), "demo", "--data-dir", map.toString()));
            assertNotEquals(0, zonder.code(), env + ": without the script Java cannot name the folder");
            assertTrue(zonder.err().contains("LANG=C.UTF-8"), zonder.err());
            assertFalse(Files.exists(map));

            Uitvoer demo = draai(env, List.of(script.toString(), "demo", "--data-dir", map.toString()));
            assertEquals(0, demo.code(), env + ": " + demo.out() + demo.err());
            assertTrue(Files.size(map.resolve("spoorzoeker.db")) > 0, "the practice is in the folder named Cliënten");
            for (String[] opdracht : new String[][] {{"version"}, {"bewaartermijnen"},
                    {"timeline", "--eerste-ziektedag", "06-01-2025"}}) {
                List<String> args = new ArrayList<>(List.of(script.toString()));
                args.addAll(List.of(opdracht));
                args.addAll(List.of("--data-dir", map.toString()));
                Uitvoer u = draai(env, args);
                assertFalse(u.err().contains("LANG=C.UTF-8") || u.err().contains("\tat ") || u.err().contains("Exception"),
                        opdracht[0] + ": " + u.err());
                assertEquals(0, u.code(), opdracht[0] + " " + env + ": " + u.out() + u.err());
            }
            Uitvoer dossiers = draai(env, List.of(script.toString(), "dossiers", "--data-dir", map.toString()));
            assertTrue(dossiers.out().contains("El Amrani"), "the demo dossiers are listed: " + dossiers.out());
            deleteTree(map);
        }
    }

    /** The window's start through the script (the menu entry's Exec), up to its first frame. */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void underLangCTheWindowStartsOnCliënten(String taal) throws Exception {
        Path map = dir.resolve("Cliënten");
        Path script = script(taal, "-Dglass.platform=Headless", "-Dprism.order=sw", "-Dspoorzoeker.exitAfterFirstFrame=true");
        Uitvoer u = draai(Map.of("LANG", "C", "LC_ALL", "C"), List.of(script.toString(), "--data-dir", map.toString()));
        assertEquals(0, u.code(), u.out() + u.err());
        assertFalse(u.err().contains("LANG=C.UTF-8"), u.err());
        assertTrue(Files.exists(map.resolve("spoorzoeker.db")), "the window opened its practice in Cliënten");
    }

    private static List<String> concat(List<String> voor, String... na) {
        List<String> alles = new ArrayList<>(voor);
        alles.addAll(List.of(na));
        return alles;
    }

    private static void deleteTree(Path map) throws IOException {
        try (var boom = Files.walk(map)) {
            for (Path p : boom.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
