package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import nl.spoorzoeker.input.Weigering;

/**
 * Resolution only; nothing is created on disk. Expected paths are built with {@link Path} the same
 * way on every OS the tests run on, so the Windows and macOS cases also run on Linux.
 */
class DataDirectoryTest {

    private static final String HOME = "/home/coach";
    private static final Map<String, String> NO_ENV = Map.of();

    private static Path resolve(Path override, Map<String, String> env, String os) {
        return DataDirectory.resolve(override, env, os, HOME).root();
    }

    // --- order of precedence ---

    @Test
    void commandLineOverrideWinsOverEverything() {
        Path override = Path.of("/srv/praktijk");
        Map<String, String> env = Map.of(DataDirectory.ENV_HOME, "/elsewhere", "XDG_DATA_HOME", "/xdg", "APPDATA", "/appdata");
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertEquals(override, resolve(override, env, os), os);
        }
    }

    @Test
    void overrideIsMadeAbsoluteAndNormalised() {
        assertEquals(Path.of("").toAbsolutePath().resolve("data"), resolve(Path.of("data"), NO_ENV, "Linux"));
        assertEquals(Path.of("/srv/data"), resolve(Path.of("/srv/praktijk/../data/."), NO_ENV, "Linux"));
        assertTrue(resolve(Path.of("x/../y"), NO_ENV, "Linux").isAbsolute());
    }

    @Test
    void environmentVariableComesNext() {
        Map<String, String> env = Map.of(DataDirectory.ENV_HOME, "/srv/spoorzoeker", "XDG_DATA_HOME", "/xdg", "APPDATA", "/appdata");
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertEquals(Path.of("/srv/spoorzoeker"), resolve(null, env, os), os);
        }
    }

    @Test
    void environmentVariableIsMadeAbsoluteAndNormalised() {
        assertEquals(Path.of("").toAbsolutePath().resolve("praktijk"),
                resolve(null, Map.of(DataDirectory.ENV_HOME, "./praktijk"), "Linux"));
        assertEquals(Path.of("/srv/b"), resolve(null, Map.of(DataDirectory.ENV_HOME, "/srv/a/../b"), "Linux"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankEnvironmentVariableIsIgnored(String blank) {
        assertEquals(Path.of(HOME, ".local", "share", "spoorzoeker"), resolve(null, Map.of(DataDirectory.ENV_HOME, blank), "Linux"));
    }

    // --- Linux and other Unix ---

    @Test
    void linuxUsesXdgDataHome() {
        assertEquals(Path.of("/data/coach/spoorzoeker"), resolve(null, Map.of("XDG_DATA_HOME", "/data/coach"), "Linux"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrBlank(String xdg) {
        Path expected = Path.of(HOME).resolve(".local").resolve("share").resolve("spoorzoeker");
        assertEquals(expected, resolve(null, NO_ENV, "Linux"));
        assertEquals(expected, resolve(null, Map.of("XDG_DATA_HOME", xdg), "Linux"));
    }

    @Test
    void linuxIgnoresWindowsVariables() {
        assertEquals(Path.of(HOME, ".local", "share", "spoorzoeker"), resolve(null, Map.of("APPDATA", "/appdata"), "Linux"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FreeBSD", "SunOS", "AIX", "", "LINUX"})
    void otherSystemsAreTreatedLikeLinux(String os) {
        assertEquals(Path.of(HOME, ".local", "share", "spoorzoeker"), resolve(null, NO_ENV, os));
    }

    /**
     * BUG (minor): the XDG Base Directory spec says a relative XDG_DATA_HOME is invalid and must be
     * ignored; DataDirectory uses it, so the data folder then depends on the working directory (and
     * the root is not even absolute). Input: XDG_DATA_HOME="relative/dir" on Linux.
     */
    @Test
    void bugRelativeXdgDataHomeIsIgnored() {
        assertEquals(Path.of(HOME, ".local", "share", "spoorzoeker"),
                resolve(null, Map.of("XDG_DATA_HOME", "relative/dir"), "Linux"));
    }

    // --- Windows ---

    @ParameterizedTest
    @ValueSource(strings = {"Windows 11", "Windows 10", "Windows Server 2022", "WINDOWS 11", "windows"})
    void windowsUsesAppData(String os) {
        String appData = "C:\\Users\\coach\\AppData\\Roaming";
        assertEquals(Path.of(appData).resolve("Spoorzoeker"), resolve(null, Map.of("APPDATA", appData), os));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void windowsFallsBackToRoamingUnderTheProfile(String appData) {
        Path expected = Path.of(HOME).resolve("AppData").resolve("Roaming").resolve("Spoorzoeker");
        assertEquals(expected, resolve(null, NO_ENV, "Windows 11"));
        assertEquals(expected, resolve(null, Map.of("APPDATA", appData), "Windows 11"));
    }

    @Test
    void windowsIgnoresXdg() {
        assertEquals(Path.of(HOME, "AppData", "Roaming", "Spoorzoeker"), resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Windows 11"));
    }

    // --- macOS ---

    @ParameterizedTest
    @ValueSource(strings = {"Mac OS X", "macOS", "MAC OS X"})
    void macUsesApplicationSupport(String os) {
        Path expected = Path.of(HOME).resolve("Library").resolve("Application Support").resolve("Spoorzoeker");
        assertEquals(expected, resolve(null, NO_ENV, os));
        assertEquals(expected, resolve(null, Map.of("XDG_DATA_HOME", "/xdg", "APPDATA", "/appdata"), os), "ignores other OSes' variables");
    }

    // --- derived paths ---

    @Test
    void databaseAndLogsLiveInTheRoot() {
        DataDirectory dir = DataDirectory.resolve(Path.of("/srv/praktijk"), NO_ENV, "Linux", HOME);
        assertEquals(Path.of("/srv/praktijk/spoorzoeker.db"), dir.database());
        assertEquals(Path.of("/srv/praktijk/logs"), dir.logs());
    }

    /**
     * What a killed backup, export, import or viewer left — a half-written encrypted backup under its
     * temporary name, plain copies in the private folder, nested or not — is gone after the start's
     * cleanup; finished backups and the folders stay.
     */
    @Test
    void theStartRemovesWhatAnInterruptedJobLeftAndNothingElse(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        DataDirectory d = new DataDirectory(dir);
        java.nio.file.Files.createDirectories(d.backups());
        java.nio.file.Files.createDirectories(d.tijdelijk().resolve("archief"));
        Path half = java.nio.file.Files.writeString(d.backups().resolve(".szb-tmp-spoorzoeker-20261206T100000000Z.szb"), "x");
        Path goed = java.nio.file.Files.writeString(d.backups().resolve("spoorzoeker-20261206T090000000Z.szb"), "y");
        Path plat = java.nio.file.Files.writeString(d.tijdelijk().resolve(".szb-tmp-20261206.db"), "SQLite format 3");
        Path diep = java.nio.file.Files.writeString(d.tijdelijk().resolve("archief").resolve("export.zip"), "PK");
        d.ruimOpBijStart();
        assertTrue(!java.nio.file.Files.exists(half) && !java.nio.file.Files.exists(plat) && !java.nio.file.Files.exists(diep));
        assertTrue(java.nio.file.Files.exists(goed), "a finished backup stays");
        assertTrue(java.nio.file.Files.isDirectory(d.tijdelijk()), "the private folder itself stays");
    }

    /** A user without a home folder (no passwd entry: Java says "?") gets a refusal, not a practice in ./?/. */
    @Test
    void withoutAHomeFolderNothingIsCreatedAndTheWayOutIsNamed() {
        for (String thuis : new String[] {"?", "", "relatief/pad"}) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(Weigering.class,
                    () -> DataDirectory.resolve(null, Map.of(), "Linux", thuis));
            assertEquals("data.geenThuismap", e.messageKey());
        }
        assertEquals(Path.of("/data/praktijk"), DataDirectory.resolve(null, Map.of(DataDirectory.ENV_HOME, "/data/praktijk"),
                "Linux", "?").root(), "SPOORZOEKER_HOME still works without a home");
    }

    /**
     * Under LANG=C the JVM cannot name "Cliënten": every command used to die with a raw
     * InvalidPathException. Now the coach reads the cause and the way out, and no stack trace.
     */
    @Test
    void aFolderNameTheLocaleCannotRepresentGetsAClearMessage(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "-Dspoorzoeker.logdir=" + dir.resolve("logs"),
                "-Duser.language=nl", Launcher.class.getName(), "dossiers", "--data-dir", dir.resolve("Cliënten").toString())
                .redirectErrorStream(true);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        String uit = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        assertTrue(p.exitValue() != 0, uit);
        assertTrue(uit.contains("LANG=C.UTF-8"), "the way out is named: " + uit);
        assertTrue(!uit.contains("InvalidPathException") && !uit.contains("\tat "), "no stack trace: " + uit);
    }

    /**
     * Folders an older version's killed processes left in the shared temp folder are removed at the
     * next start: only this user's, only those untouched for an hour (a running older version may
     * use a fresh one), and nothing else in the temp folder.
     */
    @Test
    void oldSchemaFoldersLeftInTheTempFolderAreRemovedAtStart(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        java.time.Instant nu = java.time.Instant.parse("2026-12-06T12:00:00Z");
        Path oud = java.nio.file.Files.createDirectories(tmp.resolve("spoorzoeker-schema123/sub"));
        java.nio.file.Files.writeString(oud.resolve("schema.db"), "x");
        java.nio.file.Files.setLastModifiedTime(tmp.resolve("spoorzoeker-schema123"),
                java.nio.file.attribute.FileTime.from(nu.minus(java.time.Duration.ofHours(2))));
        Path vers = java.nio.file.Files.createDirectories(tmp.resolve("spoorzoeker-schema456"));
        java.nio.file.Files.setLastModifiedTime(vers, java.nio.file.attribute.FileTime.from(nu.minusSeconds(60)));
        Path anders = java.nio.file.Files.createDirectories(tmp.resolve("iets-anders"));
        java.nio.file.Files.setLastModifiedTime(anders, java.nio.file.attribute.FileTime.from(nu.minus(java.time.Duration.ofDays(2))));

        assertEquals(java.util.List.of(tmp.resolve("spoorzoeker-schema123")), DataDirectory.ruimOudeSchemamappenOp(tmp, nu));
        assertTrue(!java.nio.file.Files.exists(tmp.resolve("spoorzoeker-schema123")), "the old one is gone");
        assertTrue(java.nio.file.Files.exists(vers), "a fresh one may be in use");
        assertTrue(java.nio.file.Files.exists(anders), "nothing else is touched");
    }
}
