package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import nl.spoorzoeker.testsupport.Tmpfs;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import nl.spoorzoeker.store.Migrations;

/**
 * The message table of issue 23 item 5, through the real command-line entry point in a child JVM,
 * each case in Dutch and in English: a full disk, a read-only medium (and {@code version} on it),
 * a folder this user may not write, a database cut short, LANG=C with "Cliënten", no home folder.
 * Each must print the one expected sentence (cause and next step, from the bundle) and no stack
 * trace, no logback status, no "Fout: " with an exception's own text.
 *
 * <p>The disk-full and read-only cases mount a small tmpfs (root in a container, as on CI); the
 * permission case drops the capabilities that let root write anywhere ({@code setpriv}). Where the
 * machine cannot, the case is skipped and says so.
 */
class MeldingenTest {

    @TempDir
    Path dir;

    /** This JVM's own log (the practices made in it) outside the small disks the cases fill. */
    @org.junit.jupiter.api.BeforeAll
    static void logElders() throws IOException {
        if (System.getProperty(Logging.LOG_DIR_PROPERTY) == null) {
            System.setProperty(Logging.LOG_DIR_PROPERTY, Files.createTempDirectory("meldingen-log").toString());
        }
    }

    record Uitvoer(int code, String out, String err) {
        String alles() {
            return out + err;
        }
    }

    private static Locale taal(String code) {
        return code.equals("en") ? I18n.ENGLISH : I18n.DUTCH;
    }

    /** The sentence the coach must read: the bundle's pattern in that language with these values. */
    private static String verwacht(String taal, String key, Object... args) {
        ResourceBundle bundel = ResourceBundle.getBundle(I18n.BUNDLE, taal(taal),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String patroon = bundel.getString(key);
        return args.length == 0 ? patroon : new MessageFormat(patroon, taal(taal)).format(args);
    }

    private Uitvoer cli(String taal, List<String> ervoor, Map<String, String> env, Path werkmap, String... args)
            throws IOException, InterruptedException {
        List<String> opdracht = new ArrayList<>(ervoor);
        opdracht.add(ProcessHandle.current().info().command().orElse("java"));
        opdracht.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "-Dspoorzoeker.locale=" + taal, Launcher.class.getName()));
        opdracht.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(opdracht).directory(werkmap.toFile());
        pb.environment().remove(DataDirectory.ENV_HOME);
        pb.environment().putAll(env);
        Path uit = Files.createTempFile(dir, "uit", ".txt");
        Path fout = Files.createTempFile(dir, "fout", ".txt");
        Process p = pb.redirectOutput(uit.toFile()).redirectError(fout.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command ends");
        Uitvoer u = new Uitvoer(p.exitValue(), Files.readString(uit, StandardCharsets.UTF_8),
                Files.readString(fout, StandardCharsets.UTF_8));
        geenSporenVanBinnenuit(u);
        return u;
    }

    private Uitvoer cli(String taal, String... args) throws IOException, InterruptedException {
        return cli(taal, List.of(), Map.of(), dir, args);
    }

    private static void geenSporenVanBinnenuit(Uitvoer u) {
        String alles = u.alles();
        assertFalse(alles.contains("\tat ") || alles.contains("Exception") || alles.contains("|-ERROR")
                || alles.contains("|-INFO") || alles.contains("Fout: ") || alles.contains("Error: ")
                || alles.contains("SQLITE_"), "no stack trace, logging dump or raw error text:\n" + alles);
    }

    /** A practice with the demo dossiers, made through the same entry point (in this JVM: child JVMs are slow). */
    private static void praktijk(Path map) {
        var err = new java.io.StringWriter();
        int code = Launcher.run(new String[] {"demo", "--data-dir", map.toString()},
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(err, true));
        assertEquals(0, code, err.toString());
    }

    private static boolean root() throws IOException {
        return "0".equals(Files.readString(Path.of("/proc/self/status")).lines()
                .filter(l -> l.startsWith("Uid:")).findFirst().orElse("Uid: -1").split("\\s+")[1]);
    }

    private static boolean draai(String... opdracht) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void aFullDiskSaysSoAndWhereAndThatWhatWasSavedIsSafe(String taal) throws Exception {
        var schijf = Tmpfs.mount(dir.resolve("klein"), "3m");
        Assumptions.assumeTrue(schijf.isPresent(), "cannot mount a tmpfs here: the disk-full case is not run");
        try (Tmpfs t = schijf.get()) {
            Path map = t.map().resolve("praktijk");
            praktijk(map);
            byte[] voor = Files.readAllBytes(map.resolve("spoorzoeker.db"));
            vul(t.map());
            Uitvoer u = cli(taal, "dossiers", "--data-dir", map.toString());
            assertNotEquals(0, u.code());
            assertEquals(verwacht(taal, "fout.schijfVol.plek", map), u.err().strip(), u.alles());
            assertArrayEquals(voor, Files.readAllBytes(map.resolve("spoorzoeker.db")), "nothing saved is touched");
        }
    }

    /** Fills the file system to the last byte. */
    private static void vul(Path map) throws IOException {
        try (var uit = Files.newOutputStream(map.resolve("vulsel"))) {
            byte[] blok = new byte[4096];
            while (true) {
                uit.write(blok);
            }
        } catch (IOException vol) {
            // the disk is full
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void aReadOnlyMediumIsNamedAndVersionStillWorks(String taal) throws Exception {
        var schijf = Tmpfs.mount(dir.resolve("stick"), "20m");
        Assumptions.assumeTrue(schijf.isPresent(), "cannot mount a tmpfs here: the read-only case is not run");
        try (Tmpfs t = schijf.get()) {
            Path map = t.map().resolve("praktijk");
            praktijk(map);
            Assumptions.assumeTrue(draai("mount", "-o", "remount,ro", t.map().toString()), "cannot remount read-only");

            Uitvoer version = cli(taal, "version", "--data-dir", map.toString());
            assertEquals(0, version.code(), "version writes nothing, so a read-only folder does not stop it: "
                    + version.alles());
            assertTrue(version.out().contains(verwacht(taal, "cli.version.schema", Migrations.LATEST)),
                    version.out());
            assertEquals(verwacht(taal, "cli.version.alleenLezen", map), version.err().strip());

            Uitvoer dossiers = cli(taal, "dossiers", "--data-dir", map.toString());
            assertNotEquals(0, dossiers.code());
            assertEquals(verwacht(taal, "fout.alleenLezen.plek", map.resolve(InstanceLock.LOCK_FILE)),
                    dossiers.err().strip(), dossiers.alles());
        }
    }

    /**
     * Another user's folder: the lock file cannot be created. Root writes anywhere, so as root the
     * child runs without the capabilities that allow that ({@code setpriv}); as another user the
     * folder is simply not ours.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void aFolderThisUserMayNotWriteNamesTheFileAndTheWayOut(String taal) throws Exception {
        Path map = dir.resolve("van-een-ander");
        praktijk(map);
        List<String> ervoor = List.of();
        if (root()) {
            Assumptions.assumeTrue(draai("chown", "-R", "65534", map.toString()), "cannot chown here");
            Files.delete(map.resolve(InstanceLock.LOCK_FILE));
            Files.setPosixFilePermissions(map, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            ervoor = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner,-chown", "--");
            Assumptions.assumeTrue(draai(List.of(ervoor, List.of("true")).stream().flatMap(List::stream)
                    .toArray(String[]::new)), "setpriv is not available: the permission case is not run");
        } else {
            // Our own folder would be made ours again (rwx------); a new one below a closed parent cannot be made.
            Path dicht = dir.resolve("dicht");
            Files.createDirectories(dicht);
            Files.setPosixFilePermissions(dicht, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
            map = dicht.resolve("praktijk");
        }
        Uitvoer u = cli(taal, ervoor, Map.of(), dir, "dossiers", "--data-dir", map.toString());
        assertNotEquals(0, u.code());
        Path plek = root() ? map.resolve(InstanceLock.LOCK_FILE) : map;
        assertEquals(verwacht(taal, "fout.geenRecht.plek", plek), u.err().strip(), u.alles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void aDatabaseCutShortIsCalledThatAndLeftAsItWas(String taal) throws Exception {
        Path bron = dir.resolve("bron");
        praktijk(bron);
        byte[] heel = Files.readAllBytes(bron.resolve("spoorzoeker.db"));
        for (int lengte : new int[] {60, heel.length / 2}) {
            Path map = dir.resolve("afgekapt-" + lengte);
            Files.createDirectories(map);
            byte[] kort = java.util.Arrays.copyOf(heel, lengte);
            Files.write(map.resolve("spoorzoeker.db"), kort);
            Uitvoer u = cli(taal, "dossiers", "--data-dir", map.toString());
            assertEquals(Cli.EXIT_DATABASE, u.code(), u.alles());
            assertEquals(verwacht(taal, "db.open.truncated", map.resolve("spoorzoeker.db")), u.err().strip(), u.alles());
            assertArrayEquals(kort, Files.readAllBytes(map.resolve("spoorzoeker.db")), "the file is left as it was");
        }
    }

    /** Under LANG=C the JVM cannot name "Cliënten": the cause and the way out (a UTF-8 setting), for a command and for the window's start. */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void aNameTheLocaleCannotRepresentIsExplained(String taal) throws Exception {
        String map = dir.resolve("Cliënten").toString();
        Map<String, String> c = Map.of("LANG", "C", "LC_ALL", "C");
        for (String[] args : new String[][] {{"dossiers", "--data-dir", map}, {"--data-dir", map}}) {
            Uitvoer u = cli(taal, List.of(), c, dir, args);
            assertNotEquals(0, u.code());
            // The JVM decoded the argument with the C setting already: the name arrives mangled, so
            // the sentence is compared around it.
            for (String deel : verwacht(taal, "cli.fout.tekenset", "\u0000", "\u0000").split("\u0000")) {
                assertTrue(u.err().contains(deel), deel + " in " + u.alles());
            }
            assertTrue(u.err().contains("LANG=C.UTF-8"), u.alles());
        }
        assertFalse(Files.exists(dir.resolve("Cliënten")), "nothing was created");
    }

    /** A user without a passwd entry (Java reports user.home "?") is refused, not given a practice in ./?/. */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void withoutAHomeFolderTheCommandRefusesAndCreatesNothing(String taal) throws Exception {
        Path werkmap = Files.createDirectories(dir.resolve("werk"));
        Map<String, String> env = new java.util.HashMap<>(Map.of("HOME", ""));
        env.put("XDG_DATA_HOME", "");
        Uitvoer u = cliMet(taal, werkmap, env, "-Duser.home=?", "dossiers");
        assertNotEquals(0, u.code());
        assertEquals(verwacht(taal, "data.geenThuismap", DataDirectory.ENV_HOME), u.err().strip(), u.alles());
        try (var inhoud = Files.list(werkmap)) {
            assertEquals(0, inhoud.count(), "nothing created in the working folder");
        }
    }

    private Uitvoer cliMet(String taal, Path werkmap, Map<String, String> env, String jvmOptie, String... args)
            throws IOException, InterruptedException {
        List<String> alle = new ArrayList<>(List.of(args));
        // a JVM option before the main class: passed through the front of the command
        List<String> opdracht = new ArrayList<>();
        opdracht.add(ProcessHandle.current().info().command().orElse("java"));
        opdracht.addAll(List.of(jvmOptie, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "-Dspoorzoeker.locale=" + taal, Launcher.class.getName()));
        opdracht.addAll(alle);
        ProcessBuilder pb = new ProcessBuilder(opdracht).directory(werkmap.toFile());
        pb.environment().remove(DataDirectory.ENV_HOME);
        pb.environment().putAll(env);
        Process p = pb.start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Uitvoer u = new Uitvoer(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        geenSporenVanBinnenuit(u);
        return u;
    }
}
