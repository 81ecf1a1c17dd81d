package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import nl.spoorzoeker.testsupport.Tmpfs;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Breekronde;
import nl.spoorzoeker.testsupport.TestDossiers;

/**
 * The message table of issue 23 item 5 for every command that touches the data folder, not only
 * {@code dossiers} (MeldingenTest) and not only a database cut short (ElkeOpdrachtMeldingTest):
 * a read-only medium, a full disk, a folder this user may not write, LANG=C with "Cliënten", no
 * home folder, and a backup or an export cut in half; each in Dutch and in English. Every failure
 * must be the one sentence from the bundle that names the cause and the next step, a non-zero exit,
 * no stack trace or raw system text, and nothing lost: the database file byte for byte as it was,
 * and once the cause is gone the practice opens with the same dossiers.
 *
 * <p>The causes are real: a tmpfs remounted read-only, a small tmpfs filled to the last byte, a
 * folder of another user with the child run without root's override capabilities ({@code setpriv}),
 * a child JVM under LANG=C. Where the machine cannot mount or drop capabilities the case is skipped
 * and says so. {@code timeline} is not in the table: it computes from its options and never touches
 * the data folder.
 */
class ElkeOpdrachtOorzaakTest {

    static final String WACHTWOORD = "een lang praktijkwachtwoord";
    private static final String INVOER = WACHTWOORD + "\n" + WACHTWOORD + "\n" + WACHTWOORD + "\n";

    @TempDir
    static Path gedeeld;

    @TempDir
    Path dir;

    /** A practice with the demo dossiers, a passphrase, one backup and one export; made once. */
    static Path bron;
    static Path backup;
    static Path archief;
    static String dossiersVoor;

    private final InputStream origineel = System.in;

    record Uitvoer(int code, String out, String err) {
        String alles() {
            return out + err;
        }
    }

    /** The exit a row requires. */
    enum Exit { NUL, NIET_NUL }

    /**
     * How the sentence is compared: {@code PRECIES} the whole rendered sentence; {@code ROND_PLEK} the
     * text around the placeholder, with the place somewhere in it (the system may name the file or its
     * folder); {@code DELEN} every literal part of the pattern, on one line (the arguments are the
     * system's, e.g. the character set's name).
     */
    enum Hoe { PRECIES, ROND_PLEK, DELEN }

    /**
     * The place a sentence names: the data folder, its lock file, the {@code --out} target of the
     * command or that target's folder, the environment variable for the home folder, or nothing.
     */
    enum Plek { MAP, SLOT, UIT, UIT_MAP, THUIS, GEEN }

    /** One row of the table: under {@code oorzaak}, {@code opdracht} ends with {@code exit} and says {@code key}. */
    record Rij(String oorzaak, String opdracht, Exit exit, String key, Hoe hoe, Plek plek) {
    }

    /** The window's start, where a cause stops it before a window is made. */
    static final String VENSTER = "(venster)";

    /**
     * The message table of issue 23 item 5: command × cause → the sentence (in the folder's language,
     * each test runs it in Dutch and in English) and the exit. A new cause, or a command added to one,
     * is a row here; the test methods below make each cause for real and run its rows.
     */
    static List<Rij> tabel() {
        // every command that touches the data folder (opdrachten fails when one is added and not listed)
        List<String> alle = List.copyOf(opdrachten(Path.of("uit")).keySet());
        List<String> naarDoel = List.of("export-dossier", "export-praktijk", "export-praktijk-over-oud",
                "report-definitief", "report-definitief-over-oud", "report-concept", "report-concept-over-oud");
        List<Rij> t = new ArrayList<>();
        for (String o : alle) {
            // version writes nothing, so a folder it cannot write does not stop it (MeldingenTest)
            t.add(o.equals("version") ? new Rij("alleen-lezen", o, Exit.NUL, "cli.version.alleenLezen", Hoe.PRECIES, Plek.MAP)
                    : new Rij("alleen-lezen", o, Exit.NIET_NUL, "fout.alleenLezen.plek", Hoe.PRECIES, Plek.SLOT));
            // Every command names the place, wachtwoord and restore too (the system's refusal of the
            // write names no file: Bestanden.benoem adds the folder written to).
            t.add(new Rij("schijf-vol", o, Exit.NIET_NUL, "fout.schijfVol.plek", Hoe.ROND_PLEK, Plek.MAP));
            t.add(o.equals("version") ? new Rij("geen-recht", o, Exit.NUL, "cli.version.alleenLezen", Hoe.PRECIES, Plek.MAP)
                    : new Rij("geen-recht", o, Exit.NIET_NUL, "fout.geenRecht.plek", Hoe.PRECIES, Plek.SLOT));
        }
        // The window's start refuses at the lock file too, before a window is made (issue 23 audit,
        // duur7: these two causes had no window row). A full disk lets it take the lock and open the
        // window, whose own messages are ErrorReporterTest's and VensterUiTest's.
        t.add(new Rij("alleen-lezen", VENSTER, Exit.NIET_NUL, "fout.alleenLezen.plek", Hoe.PRECIES, Plek.SLOT));
        t.add(new Rij("geen-recht", VENSTER, Exit.NIET_NUL, "fout.geenRecht.plek", Hoe.PRECIES, Plek.SLOT));
        for (String o : concat(alle, List.of(VENSTER))) {
            t.add(new Rij("lang-c", o, Exit.NIET_NUL, "cli.fout.tekenset", Hoe.DELEN, Plek.GEEN));
            t.add(new Rij("geen-thuismap", o, Exit.NIET_NUL, "data.geenThuismap", Hoe.PRECIES, Plek.THUIS));
        }
        t.add(new Rij("half", "restore-half", Exit.NIET_NUL, "crypto.ongeldigBestand", Hoe.PRECIES, Plek.GEEN));
        t.add(new Rij("half", "import-half", Exit.NIET_NUL, "crypto.ongeldigBestand", Hoe.PRECIES, Plek.GEEN));
        // A file to a place the coach chose (export --out, report --out): that place and another --out,
        // never the data folder's sentences (whose way out is --data-dir).
        for (String o : naarDoel) {
            t.add(new Rij("doel-alleen-lezen", o, Exit.NIET_NUL, "cli.uitvoer.alleenLezen", Hoe.PRECIES, Plek.UIT));
            t.add(new Rij("doel-vol", o, Exit.NIET_NUL, "cli.uitvoer.schijfVol", Hoe.PRECIES, Plek.UIT));
            t.add(new Rij("doel-geen-map", o, Exit.NIET_NUL, "cli.uitvoer.geenMap", Hoe.PRECIES, Plek.UIT_MAP));
            t.add(new Rij("doel-geen-recht", o, Exit.NIET_NUL, "cli.uitvoer.geenRecht", Hoe.PRECIES, Plek.UIT));
        }
        return t;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> c = new ArrayList<>(a);
        c.addAll(b);
        return c;
    }

    /** The rows of one cause, in table order. */
    static List<Rij> rijen(String oorzaak) {
        List<Rij> r = tabel().stream().filter(x -> x.oorzaak().equals(oorzaak)).toList();
        assertFalse(r.isEmpty(), "no rows for " + oorzaak);
        return r;
    }

    /** The value after {@code --out} in a command's arguments. */
    private static Path uit(List<String> args) {
        return Path.of(args.get(args.indexOf("--out") + 1));
    }

    /** Null when the command did what its row says, otherwise what it did. */
    static String afwijking(String taal, Rij rij, List<String> args, Path map, Uitvoer u) {
        geenSporenVanBinnenuit(rij.oorzaak() + " " + rij.opdracht(), u);
        Object plek = switch (rij.plek()) {
            case MAP -> map;
            case SLOT -> map.resolve(InstanceLock.LOCK_FILE);
            case UIT -> uit(args);
            case UIT_MAP -> uit(args).getParent();
            case THUIS -> DataDirectory.ENV_HOME;
            case GEEN -> null;
        };
        String zin = u.err().strip();
        boolean goed = switch (rij.hoe()) {
            case PRECIES -> zin.equals(plek == null ? verwacht(taal, rij.key()) : verwacht(taal, rij.key(), plek.toString()));
            case ROND_PLEK -> volgens(taal, rij.key(), zin) && zin.contains(plek.toString());
            case DELEN -> zin.lines().count() == 1 && java.util.Arrays.stream(
                    verwacht(taal, rij.key(), "\u0000", "\u0000", "\u0000").split("\u0000")).allMatch(zin::contains);
        };
        goed &= rij.exit() == Exit.NUL ? u.code() == 0 : u.code() != 0;
        return goed ? null : rij.opdracht() + " (exit " + u.code() + "): " + u.alles();
    }

    /** Runs each row of the cause in this JVM on {@code map}; the rows that said something else. */
    private List<String> draaiRijen(String oorzaak, String taal, Path map, Map<String, List<String>> argumenten,
                                    Runnable naElke) throws IOException {
        byte[] voor = Files.readAllBytes(map.resolve("spoorzoeker.db"));
        List<String> anders = new ArrayList<>();
        for (Rij rij : rijen(oorzaak)) {
            List<String> args = met(argumenten.get(rij.opdracht()), map);
            String a = afwijking(taal, rij, args, map, run(INVOER, args.toArray(String[]::new)));
            if (a != null) {
                anders.add(a);
            }
            assertArrayEquals(voor, Files.readAllBytes(map.resolve("spoorzoeker.db")), rij.opdracht());
            naElke.run();
        }
        return anders;
    }

    @BeforeAll
    static void praktijk() throws Exception {
        if (System.getProperty(Logging.LOG_DIR_PROPERTY) == null) {
            System.setProperty(Logging.LOG_DIR_PROPERTY, Files.createTempDirectory("oorzaak-log").toString());
        }
        bron = gedeeld.resolve("bron");
        assertEquals(0, run("", "demo", "--data-dir", bron.toString()).code());
        assertEquals(0, run(INVOER, "wachtwoord", "--data-dir", bron.toString()).code());
        assertEquals(0, run(INVOER, "backup", "--data-dir", bron.toString()).code());
        archief = gedeeld.resolve("dossier.szx");
        Uitvoer export = run(INVOER, "export", "--dossier", "1", "--out", archief.toString(), "--data-dir", bron.toString());
        assertEquals(0, export.code(), export.alles());
        try (var s = Files.list(bron.resolve("backups"))) {
            backup = s.filter(p -> p.toString().endsWith(".szb")).findFirst().orElseThrow();
        }
        dossiersVoor = run("", "dossiers", "--data-dir", bron.toString()).out();
        Taalkeuze.pasToe(I18n.DUTCH);
    }

    @AfterEach
    void terug() {
        System.setIn(origineel);
        Taalkeuze.pasToe(I18n.DUTCH);
    }

    static Uitvoer run(String invoer, String... args) {
        System.setIn(new ByteArrayInputStream(invoer.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Uitvoer(code, out.toString(), err.toString());
    }

    /** Every command that reads or writes the data folder, with what it needs to get to work. */
    private static Map<String, List<String>> opdrachten(Path uit) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("version", List.of("version"));
        m.put("init", List.of("init"));
        m.put("demo", List.of("demo"));
        m.put("dossiers", List.of("dossiers"));
        m.put("report", List.of("report", "--dossier", "1", "--type", "eind", "--out", uit.resolve("r.pdf").toString()));
        m.put("wachtwoord", List.of("wachtwoord"));
        m.put("backup", List.of("backup"));
        m.put("verify", List.of("verify"));
        m.put("restore", List.of("restore", backup.toString()));
        m.put("bewaartermijnen", List.of("bewaartermijnen"));
        m.put("export", List.of("export", "--dossier", "1", "--out", uit.resolve("x.szx").toString()));
        m.put("import", List.of("import", archief.toString()));
        java.util.Set<String> alle = new java.util.TreeSet<>(m.keySet());
        alle.add("timeline");
        assertEquals(new java.util.TreeSet<>(SpoorzoekerCommand.SUBCOMMANDS.keySet()), alle, "every command is in this table");
        return m;
    }

    private static List<String> met(List<String> args, Path map) {
        List<String> alle = new ArrayList<>(args);
        alle.addAll(List.of("--data-dir", map.toString()));
        return alle;
    }

    private static Locale taal(String code) {
        return code.equals("en") ? I18n.ENGLISH : I18n.DUTCH;
    }

    private static String patroon(String taal, String key) {
        return ResourceBundle.getBundle(I18n.BUNDLE, taal(taal),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    static String verwacht(String taal, String key, Object... args) {
        String p = patroon(taal, key);
        return args.length == 0 ? p : new MessageFormat(p, taal(taal)).format(args);
    }

    /** The text is the key's sentence with some place for {0}: what comes before and after it matches. */
    static boolean volgens(String taal, String key, String tekst) {
        String[] delen = new MessageFormat(patroon(taal, key), taal(taal)).format(new Object[] {"\u0000"}).split("\u0000");
        return tekst.startsWith(delen[0]) && (delen.length < 2 || tekst.endsWith(delen[1]));
    }

    static void geenSporenVanBinnenuit(String opdracht, Uitvoer u) {
        String alles = u.alles();
        // the figures for docs/betrouwbaarheid.md: command, exit code, the first line said
        System.out.println("[oorzaak] " + opdracht + " | exit " + u.code() + " | "
                + u.err().strip().lines().findFirst().orElse(""));
        assertFalse(alles.contains("\tat ") || alles.contains("Exception") || alles.contains("|-ERROR")
                || alles.contains("|-INFO") || alles.contains("Fout: ") || alles.contains("Error: ")
                || alles.contains("SQLITE_") || alles.contains("No space left") || alles.contains("Read-only file system")
                || alles.contains("Permission denied"), opdracht + ": no stack trace or raw system text:\n" + alles);
    }

    /** A copy of the practice (its lock file too: a folder in use has one) with the chosen language. */
    private static void kopie(Path naar, String taal) throws IOException {
        Breekronde.kopie(bron, naar);
        Files.writeString(naar.resolve(Taalkeuze.BESTAND), taal + "\n");
    }

    /** Once the cause is gone, the practice opens with the dossiers it had. */
    private static void nietsVerloren(Path map) {
        Uitvoer na = run("", "dossiers", "--data-dir", map.toString());
        assertEquals(0, na.code(), na.alles());
        Taalkeuze.pasToe(I18n.DUTCH);
        Uitvoer nl = run("", "dossiers", "--data-dir", bron.toString());
        assertEquals(nl.out().lines().count(), na.out().lines().count(), "the same dossiers:\n" + na.out());
    }

    /** Every command on a read-only medium: the lock file cannot be written, nothing is changed. */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void onAReadOnlyMediumEveryCommandNamesThePlaceAndChangesNothing(String taal) throws Exception {
        var schijf = Tmpfs.mount(dir.resolve("stick"), "20m");
        Assumptions.assumeTrue(schijf.isPresent(), "cannot mount a tmpfs here: the read-only case is not run");
        Path uit = Files.createDirectories(dir.resolve("uit"));
        try (Tmpfs t = schijf.get()) {
            Path map = t.map().resolve("praktijk");
            kopie(map, taal);
            Assumptions.assumeTrue(draai("mount", "-o", "remount,ro", t.map().toString()), "cannot remount read-only");
            Map<String, List<String>> argumenten = new LinkedHashMap<>(opdrachten(uit));
            argumenten.put(VENSTER, List.of());
            assertEquals(List.of(), draaiRijen("alleen-lezen", taal, map, argumenten, () -> { }));
            assertTrue(draai("mount", "-o", "remount,rw", t.map().toString()));
            nietsVerloren(map);
        }
    }

    /**
     * Every command on a full disk (the practice's lock file already there, as in a folder in use,
     * so each command gets as far as it can): the disk-full sentence, the file unchanged; after
     * space is freed the practice opens with everything.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void onAFullDiskEveryCommandSaysSoAndLosesNothing(String taal) throws Exception {
        var schijf = Tmpfs.mount(dir.resolve("klein"), "8m");
        Assumptions.assumeTrue(schijf.isPresent(), "cannot mount a tmpfs here: the disk-full case is not run");
        Path uit = Files.createDirectories(dir.resolve("uit"));
        try (Tmpfs t = schijf.get()) {
            Path map = t.map().resolve("praktijk");
            kopie(map, taal);
            vul(t.map());
            // a failed command may have freed a few bytes (a removed temporary file): filled again after each
            assertEquals(List.of(), draaiRijen("schijf-vol", taal, map, opdrachten(uit), () -> {
                try {
                    vul(t.map());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
            Files.delete(t.map().resolve("vulsel"));
            try (var s = Files.list(t.map())) {
                for (Path p : s.filter(p -> p.getFileName().toString().startsWith("vulsel")).toList()) {
                    Files.delete(p);
                }
            }
            nietsVerloren(map);
        }
    }

    /** Fills the file system to the last byte (a new filler file each time, so a call after a freed byte fills that too). */
    private static void vul(Path map) throws IOException {
        Path vulsel = map.resolve(Files.exists(map.resolve("vulsel")) ? "vulsel-" + System.nanoTime() : "vulsel");
        try (var uit = Files.newOutputStream(vulsel)) {
            byte[] blok = new byte[512];
            while (true) {
                uit.write(blok);
                uit.flush();
            }
        } catch (IOException vol) {
            // the disk is full
        }
    }

    /**
     * A file written to a place the coach chose that cannot take it: an export (one dossier, the
     * whole practice) and a saved report ({@code report --out}, the final version and the concept, to
     * a new name and over an older file) on a read-only tmpfs, a full one, and into a folder that does
     * not exist. Each names the place (the rows of "doel-*"); nothing is left at the target, an older
     * file of that name is kept byte for byte, no export is recorded in the practice.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void aFileToAPlaceThatCannotTakeItNamesThatPlaceAndWritesNothing(String taal) throws Exception {
        Path map = dir.resolve("praktijk");
        kopie(map, taal);
        int dossier = rapporten(map);
        // The report commands open the practice (the file's header moves): unchanged means no export recorded.
        long voor = exporten(map);
        List<String> anders = new ArrayList<>();
        for (String soort : List.of("alleen-lezen", "vol", "geen-map")) {
            var schijf = Tmpfs.mount(dir.resolve(soort), "1m");
            Assumptions.assumeTrue(schijf.isPresent(), "cannot mount a tmpfs here");
            try (Tmpfs t = schijf.get()) {
                oud(t.map());
                if (soort.equals("vol")) {
                    vul(t.map());
                } else if (soort.equals("alleen-lezen")) {
                    Assumptions.assumeTrue(draai("mount", "-o", "remount,ro", t.map().toString()));
                }
                Path doel = soort.equals("geen-map") ? t.map().resolve("bestaat-niet") : t.map();
                Map<String, List<String>> argumenten = naarDoel(doel, dossier);
                for (Rij rij : rijen("doel-" + soort)) {
                    List<String> args = met(argumenten.get(rij.opdracht()), map);
                    String a = afwijking(taal, rij, args, map, run(INVOER, args.toArray(String[]::new)));
                    if (a != null) {
                        anders.add(soort + " " + a);
                    }
                    assertEquals(List.of(), tijdelijk(map), soort + " " + rij.opdracht() + ": no plain copy left in tijdelijk/");
                }
                alleenHetOude(t.map(), soort);
            }
        }
        assertEquals(List.of(), anders);
        assertEquals(voor, exporten(map), "nothing recorded as written");
        nietsVerloren(map);
        // And the same report to a writable place is written: the refusals above were the place's.
        Uitvoer goed = run("", "report", "--dossier", Integer.toString(dossier), "--type", "voortgang",
                "--out", dir.resolve("r.pdf").toString(), "--data-dir", map.toString());
        assertEquals(0, goed.code(), goed.alles());
        assertTrue(Files.size(dir.resolve("r.pdf")) > 1000);
        assertEquals(voor + 1, exporten(map), "a written report is recorded");
    }

    /** The commands that write a file at the place {@code doel}: to a new name, and over an older file. */
    private static Map<String, List<String>> naarDoel(Path doel, int dossier) {
        List<String> rapport = List.of("report", "--dossier", Integer.toString(dossier), "--type", "voortgang");
        return Map.of(
                "export-dossier", List.of("export", "--dossier", "1", "--out", doel.resolve("x.szx").toString()),
                "export-praktijk", List.of("export", "--out", doel.resolve("praktijk.szx").toString()),
                "export-praktijk-over-oud", List.of("export", "--out", doel.resolve("oud.szx").toString()),
                "report-definitief", concat(rapport, List.of("--out", doel.resolve("r.pdf").toString())),
                "report-definitief-over-oud", concat(rapport, List.of("--out", doel.resolve("oud.pdf").toString())),
                "report-concept", concat(rapport, List.of("--concept", "--out", doel.resolve("r.pdf").toString())),
                "report-concept-over-oud", concat(rapport, List.of("--concept", "--out", doel.resolve("oud.pdf").toString())));
    }

    /** The older files a write over an existing file must leave as they were. */
    private static void oud(Path map) throws IOException {
        Files.write(map.resolve("oud.pdf"), new byte[] {1, 2, 3});
        Files.write(map.resolve("oud.szx"), new byte[] {4, 5, 6});
    }

    /** Nothing but the older files at the place (no partial or temporary file), each byte for byte. */
    private static void alleenHetOude(Path map, String soort) throws IOException {
        try (var s = Files.list(map)) {
            assertEquals(List.of("oud.pdf", "oud.szx"), s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("vulsel")).sorted().toList(), soort + ": nothing written at the target");
        }
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(map.resolve("oud.pdf")), soort + ": the older file kept");
        assertArrayEquals(new byte[] {4, 5, 6}, Files.readAllBytes(map.resolve("oud.szx")), soort + ": the older file kept");
    }

    /** What is in the data folder's private temporary folder (an export builds its plain archive there). */
    private static List<String> tijdelijk(Path map) throws IOException {
        Path t = new DataDirectory(map).tijdelijk();
        if (!Files.isDirectory(t)) {
            return List.of();
        }
        try (var s = Files.list(t)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static long exporten(Path map) throws Exception {
        try (var db = Database.open(map.resolve("spoorzoeker.db"))) {
            return db.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM audit WHERE handeling = 'EXPORT'")).longValue());
        }
    }

    /** A final voortgangsrapportage and a correction of it in concept, as the editor makes them; the dossier. */
    private static int rapporten(Path map) throws Exception {
        try (AppContext c = AppContext.open(new DataDirectory(map), TestDossiers.CLOCK)) {
            c.praktijk().save(new Praktijk("Anke de Coach", "Praktijk De Brug", null,
                    new Adres(null, null, null), null, null, null, null));
            int dossier = c.dossiers().list().stream().filter(r -> r.naam().equals("Mohammed El Amrani")).findFirst()
                    .orElseThrow().trajectId();
            var opslag = c.rapportOpslag();
            int id = opslag.maakDefinitief(ReportCommandTest.klaarVoorDefinitief(opslag, dossier), I18n.teksten()).id();
            opslag.corrigeer(id);
            return dossier;
        }
    }

    /** A backup cut in half given to restore, an export cut in half given to import: refused, the practice unchanged. */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void aBackupOrArchiveCutInHalfIsRefusedAndThePracticeUnchanged(String taal) throws Exception {
        Path map = dir.resolve("praktijk");
        kopie(map, taal);
        byte[] voor = Files.readAllBytes(map.resolve("spoorzoeker.db"));
        Path halveBackup = dir.resolve("half.szb");
        byte[] b = Files.readAllBytes(backup);
        Files.write(halveBackup, java.util.Arrays.copyOf(b, b.length / 2));
        Path halfArchief = dir.resolve("half.szx");
        byte[] a = Files.readAllBytes(archief);
        Files.write(halfArchief, java.util.Arrays.copyOf(a, a.length / 2));
        // the message that says the file is incomplete, and that nothing was changed
        assertEquals(List.of(), draaiRijen("half", taal, map, Map.of("restore-half", List.of("restore", halveBackup.toString()),
                "import-half", List.of("import", halfArchief.toString())), () -> { }));
        assertArrayEquals(voor, Files.readAllBytes(map.resolve("spoorzoeker.db")));
        nietsVerloren(map);
    }

    /** A user without a passwd entry (user.home "?"): every command, and the window's start, refuses and creates nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void withoutAHomeFolderEveryCommandRefusesAndCreatesNothing(String taal) throws Exception {
        Assumptions.assumeTrue(System.getenv(DataDirectory.ENV_HOME) == null, "SPOORZOEKER_HOME is set here");
        Path uit = Files.createDirectories(dir.resolve("uit"));
        String home = System.getProperty("user.home");
        System.setProperty("user.home", "?");
        List<String> anders = new ArrayList<>();
        try {
            Map<String, List<String>> alle = new LinkedHashMap<>(opdrachten(uit));
            alle.put(VENSTER, List.of());
            for (Rij rij : rijen("geen-thuismap")) {
                Taalkeuze.pasToe(taal(taal)); // no folder, so no taal.txt: the language is set here
                List<String> args = alle.get(rij.opdracht()); // no --data-dir: the home folder is where it would go
                String a = afwijking(taal, rij, args, null, run(INVOER, args.toArray(String[]::new)));
                if (a != null) {
                    anders.add(a);
                }
            }
        } finally {
            System.setProperty("user.home", home);
        }
        assertEquals(List.of(), anders);
        assertFalse(Files.exists(Path.of("?")), "nothing made in the working folder");
        try (var s = Files.list(uit)) {
            assertEquals(0, s.count());
        }
    }

    /** Runs every command in one child JVM (see {@link OpdrachtenMain}); the results in order. */
    private List<Uitvoer> kind(String taal, List<String> ervoor, Map<String, String> env, List<List<String>> opdrachten)
            throws Exception {
        Path resultaten = Files.createDirectories(dir.resolve("resultaten-" + System.nanoTime()));
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(resultaten, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        List<String> opdracht = new ArrayList<>(ervoor);
        opdracht.add(ProcessHandle.current().info().command().orElse("java"));
        opdracht.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "-D" + Logging.LOG_DIR_PROPERTY + "=" + resultaten, "-Dspoorzoeker.locale=" + taal,
                OpdrachtenMain.class.getName(), resultaten.toString(), INVOER.replace("\n", "\\n")));
        for (int i = 0; i < opdrachten.size(); i++) {
            if (i > 0) {
                opdracht.add(";;");
            }
            opdracht.addAll(opdrachten.get(i));
        }
        ProcessBuilder pb = new ProcessBuilder(opdracht).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(resultaten.resolve("kind.txt").toFile());
        pb.environment().remove(DataDirectory.ENV_HOME);
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the commands end");
        String kind = Files.readString(resultaten.resolve("kind.txt"));
        assertEquals(0, p.exitValue(), kind);
        assertFalse(kind.contains("Exception") || kind.contains("\tat "), "nothing on the console besides:\n" + kind);
        List<Uitvoer> lijst = new ArrayList<>();
        for (int i = 0; i < opdrachten.size(); i++) {
            lijst.add(new Uitvoer(Integer.parseInt(Files.readString(resultaten.resolve(i + ".code")).strip()),
                    Files.readString(resultaten.resolve(i + ".out")), Files.readString(resultaten.resolve(i + ".err"))));
        }
        return lijst;
    }

    /** The rows of a cause that needs a JVM of its own, all in one child on {@code map}; those that said something else. */
    private List<String> kindRijen(String oorzaak, String taal, List<String> ervoor, Map<String, String> env, Path map,
                                   Path uit) throws Exception {
        Map<String, List<String>> argumenten = new LinkedHashMap<>(opdrachten(uit));
        argumenten.put(VENSTER, List.of());
        return kindRijen(oorzaak, taal, ervoor, env, map, argumenten);
    }

    /** As above, each row's command with the arguments {@code argumenten} gives it. */
    private List<String> kindRijen(String oorzaak, String taal, List<String> ervoor, Map<String, String> env, Path map,
                                   Map<String, List<String>> argumenten) throws Exception {
        List<Rij> rijen = rijen(oorzaak);
        List<List<String>> args = rijen.stream().map(r -> met(argumenten.get(r.opdracht()), map)).toList();
        List<Uitvoer> uitkomsten = kind(taal, ervoor, env, args);
        List<String> anders = new ArrayList<>();
        for (int i = 0; i < rijen.size(); i++) {
            String a = afwijking(taal, rijen.get(i), args.get(i), map, uitkomsten.get(i));
            if (a != null) {
                anders.add(a);
            }
        }
        return anders;
    }

    /**
     * Under LANG=C the JVM cannot name "Cliënten": every command (and the window's start) says why and
     * names the way out (a UTF-8 setting); the folder, made beforehand with the practice in it, is untouched.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void underLangCEveryCommandExplainsTheNameItCannotRepresent(String taal) throws Exception {
        Path map = dir.resolve("Cliënten");
        kopie(map, taal);
        byte[] voor = Files.readAllBytes(map.resolve("spoorzoeker.db"));
        Path uit = Files.createDirectories(dir.resolve("uit"));
        assertEquals(List.of(), kindRijen("lang-c", taal, List.of(), Map.of("LANG", "C", "LC_ALL", "C"), map, uit));
        assertArrayEquals(voor, Files.readAllBytes(map.resolve("spoorzoeker.db")));
        nietsVerloren(map);
    }

    /**
     * Another user's folder, the child run without root's override capabilities: every command names
     * the file it may not write and the way out; version reads the header and writes nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void inAFolderThisUserMayNotWriteEveryCommandNamesTheFile(String taal) throws Exception {
        List<String> ervoor = zonderRootrechten();
        Path map = dir.resolve("van-een-ander");
        kopie(map, taal);
        Files.delete(map.resolve(InstanceLock.LOCK_FILE));
        byte[] voor = Files.readAllBytes(map.resolve("spoorzoeker.db"));
        vanEenAnder(map);
        // the backup and the archive the commands read, and the place report and export write to, are this user's
        Path uit = Files.createDirectories(dir.resolve("uit"));
        Files.setPosixFilePermissions(uit, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        assertEquals(List.of(), kindRijen("geen-recht", taal, ervoor, Map.of(), map, uit));
        assertArrayEquals(voor, Files.readAllBytes(map.resolve("spoorzoeker.db")));
        try (var s = Files.list(map)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().equals(InstanceLock.LOCK_FILE)), "nothing created");
        }
        Files.setPosixFilePermissions(map, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        nietsVerloren(map);
    }

    /**
     * A place this user may not write (a folder of another user, mode {@code r-x}, the child run
     * without root's override capabilities) while the data folder is this user's: export and
     * {@code report --out} name that place and another {@code --out} ("doel-geen-recht"), write
     * nothing there, keep the older files byte for byte, leave no plain copy in {@code tijdelijk/}
     * and record no export.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void aFileToAFolderThisUserMayNotWriteNamesThatFolderAndWritesNothing(String taal) throws Exception {
        List<String> ervoor = zonderRootrechten();
        Path map = dir.resolve("praktijk");
        kopie(map, taal);
        int dossier = rapporten(map);
        long voor = exporten(map);
        Path vreemd = Files.createDirectories(dir.resolve("van-een-ander"));
        oud(vreemd);
        vanEenAnder(vreemd);
        assertEquals(List.of(), kindRijen("doel-geen-recht", taal, ervoor, Map.of(), map, naarDoel(vreemd, dossier)));
        alleenHetOude(vreemd, "geen-recht");
        assertEquals(List.of(), tijdelijk(map), "no plain copy left in tijdelijk/");
        assertEquals(voor, exporten(map), "nothing recorded as written");
        nietsVerloren(map);
    }

    /** What runs a child as root without its override capabilities; skips the test where that cannot be done. */
    private static List<String> zonderRootrechten() throws IOException, InterruptedException {
        Assumptions.assumeTrue(root(), "the permission case drops root's capabilities; not root here");
        List<String> ervoor = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner,-chown", "--");
        List<String> proef = new ArrayList<>(ervoor);
        proef.add("true");
        Assumptions.assumeTrue(draai(proef.toArray(String[]::new)), "setpriv is not available: the permission case is not run");
        return ervoor;
    }

    /** Gives the folder (and what is in it) to another user (uid 65534), readable but not writable by others. */
    private static void vanEenAnder(Path map) throws IOException, InterruptedException {
        Assumptions.assumeTrue(draai("chown", "-R", "65534", map.toString()), "cannot chown here");
        Files.setPosixFilePermissions(map, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
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
}
