package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Breekronde;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.Versleuteling;

/**
 * A backup and an import killed at each of their points in turn (issue 23, item 2): every rename,
 * deletion and forced write of the operation, and of the open and close around it, is named
 * ({@link Breekpunt}); one uninterrupted run of the real command ({@code spoorzoeker backup},
 * {@code spoorzoeker import}, in a child JVM, the passphrase on standard input) lists them; then a
 * fresh copy of the practice is handed to a child that stops dead at each point. After every kill
 * the next start (the real {@code dossiers} command) must open the practice with every
 * acknowledged write, {@code verify} must pass the database and every backup generation, a backup
 * generation seen before the kill must still be there byte for byte (or thinned only because a
 * newer verified one replaced it), an import must be all or nothing, and no plaintext copy (a
 * SQLite file, its -wal, a ZIP, or the canary's text) may be left in the data folder or the
 * child's temporary folder.
 */
@Tag("crash")
// A child JVM, a restart and key derivations per kill, 8 to 24 kills per test: 4 to 8 minutes on a quiet
// machine, several times that on a loaded one; the suite's 8-minute default stops them halfway.
@Timeout(value = 45, unit = TimeUnit.MINUTES)
class BackupImportCrashTest {

    private static final String WACHTWOORD = "een lang praktijkwachtwoord";
    private static final String KANARIE = "Kanarie Vogelzang";
    private static final int EIGEN_DOSSIERS = 3;

    @TempDir
    Path dir;

    private final InputStream origineel = System.in;
    private Path ongerept;
    private Path archief;
    private int uitwisselingContactmomenten;

    @AfterEach
    void herstelInvoer() {
        System.setIn(origineel);
    }

    record Uitkomst(int code, String out, String err) {
    }

    private Uitkomst hier(String invoer, String... args) {
        System.setIn(new ByteArrayInputStream(invoer.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Uitkomst(code, out.toString(), err.toString());
    }

    /**
     * The practice every kill starts from: dossiers of its own (the canary's name among them), a
     * passphrase, one verified backup; and an archive of a dossier from another practice.
     */
    private void praktijken() throws Exception {
        Path bron = dir.resolve("bron");
        assertEquals(0, hier("", "demo", "--data-dir", bron.toString()).code());
        sleutelring(bron);
        archief = dir.resolve("dossier-3.szx");
        Uitkomst export = hier(WACHTWOORD + "\n", "export", "--data-dir", bron.toString(), "--dossier", "3",
                "--out", archief.toString());
        assertEquals(0, export.code(), export.err());
        try (Database d = Database.open(bron.resolve("spoorzoeker.db"))) {
            uitwisselingContactmomenten = contactmomenten(d, "WHERE traject_id = 3");
        }
        assertTrue(uitwisselingContactmomenten > 0, "the archive carries contactmomenten");

        ongerept = dir.resolve("ongerept");
        try (Database d = Database.open(ongerept.resolve("spoorzoeker.db"))) {
            TestDossiers.create(d, KANARIE);
            for (int i = 1; i < EIGEN_DOSSIERS; i++) {
                TestDossiers.create(d, "Eigen werknemer " + i);
            }
        }
        sleutelring(ongerept);
        Uitkomst backup = hier(WACHTWOORD + "\n", "backup", "--data-dir", ongerept.toString());
        assertEquals(0, backup.code(), backup.err());
        Thread.sleep(1100); // backups are named by the second: the child's must get a name of its own
    }

    /**
     * The practice's key ring, as {@code spoorzoeker wachtwoord} makes it ({@code Sleutelkluis.maak}), at Argon2's
     * lowest cost: the cost is read from the ring, so every child, unlock and verify of this test derives its key in
     * milliseconds instead of half a second — the backup and import code around the key is the same.
     */
    private static void sleutelring(Path map) throws Exception {
        DataDirectory data = new DataDirectory(map);
        data.create();
        new Sleutelkluis(data.sleutelring()).maak(WACHTWOORD.toCharArray(),
                new KdfParameters(1024, 1, 1));
    }

    /** The real command line in a child JVM, its own temporary folder, the passphrase on standard input. */
    private int kind(Path map, Path tmp, String optie, String... args) throws Exception {
        Files.createDirectories(tmp);
        Path invoer = dir.resolve("invoer.txt");
        Files.writeString(invoer, WACHTWOORD + "\n" + WACHTWOORD + "\n");
        List<String> opdracht = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", optie, "-Djava.io.tmpdir=" + tmp, "-Dspoorzoeker.locale=nl",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        opdracht.addAll(List.of(args));
        opdracht.addAll(List.of("--data-dir", map.toString()));
        Process p = new ProcessBuilder(opdracht).redirectInput(invoer.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("kind-uit.txt").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child did not end");
        }
        return p.exitValue();
    }

    @Test
    void aKillAtEveryPointOfABackupLosesNothingAndLeavesNoPlainCopy() throws Exception {
        praktijken();
        List<String> uitslagen = elkPunt(List.of("backup"), "backup.", (punt, map, voor) -> {
            Path oud = voor.getFirst();
            boolean nieuw = generaties(map).stream().anyMatch(p -> !p.getFileName().equals(oud.getFileName()));
            Path oudHier = map.resolve("backups").resolve(oud.getFileName());
            assertTrue(Files.exists(oudHier) || nieuw, punt + ": the older generation goes only for a newer verified one");
            if (Files.exists(oudHier)) {
                assertEquals(-1, Files.mismatch(oud, oudHier), punt + ": the older generation is byte for byte as it was");
            }
            return nieuw ? "new generation" : "old generation only";
        });
        System.out.printf("Backup kill points: %d killed, 0 acknowledged writes lost, 0 plain copies left"
                + " after the next start, every generation verified: %s%n", uitslagen.size(), uitslagen);
    }

    @Test
    void aKillAtEveryPointOfAnImportLosesNothingAndLeavesNoPlainCopy() throws Exception {
        praktijken();
        int[] contactVoor = new int[1];
        try (Database d = Database.open(ongerept.resolve("spoorzoeker.db"))) {
            contactVoor[0] = contactmomenten(d, "");
        }
        // The import makes a backup first: its points are the backup's own, killed in the test above with the same
        // checks (a kill there leaves a half backup and no import begun); here the import's and the rest are killed.
        List<String> uitslagen = elkPunt(List.of("import", archief.toString()), "import.",
                punten -> punten.stream().filter(p -> !p.startsWith("backup.")).toList(), (punt, map, voor) -> {
            int dossiers;
            int contact;
            int importregels;
            try (Database d = Database.open(map.resolve("spoorzoeker.db"))) {
                dossiers = d.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM traject")).intValue());
                contact = contactmomenten(d, "");
                importregels = d.read(ctx -> ((Number) ctx.fetchValue(
                        "SELECT count(*) FROM audit WHERE handeling = 'IMPORT'")).intValue());
            }
            boolean ingelezen = dossiers == EIGEN_DOSSIERS + 1;
            assertTrue(ingelezen || dossiers == EIGEN_DOSSIERS, punt + ": " + dossiers + " dossiers");
            assertEquals(contactVoor[0] + (ingelezen ? uitwisselingContactmomenten : 0), contact,
                    punt + ": the import is all or nothing");
            // Issue 20: the audit entry is in the rows' transaction, so it is there exactly when they are.
            assertEquals(ingelezen ? 1 : 0, importregels, punt + ": the import's audit entry goes with its rows");
            return ingelezen ? "imported whole" : "not imported";
        });
        System.out.printf("Import kill points: %d killed, 0 acknowledged writes lost, 0 half imports,"
                + " 0 plain copies left after the next start: %s%n", uitslagen.size(), uitslagen);
    }

    /**
     * The unlock's encryption of a plaintext safety copy (a restore's replaced database beside the
     * live one), killed at each of its points and the open's before it ({@code backup} runs it before
     * its backup, as the window's unlock does; the backup's own points are the test above). After each
     * kill: the next start opens the practice; the next unlock ({@code backup}) leaves exactly one
     * encrypted copy in {@code bewaard/} that decrypts to the copy with the canary in it (nothing the
     * copy held is lost), and no plain copy anywhere.
     */
    @Test
    void aKillAtEveryPointOfEncryptingASafetyCopyLosesItNotAndLeavesNoPlainCopy() throws Exception {
        praktijken();
        String kopie = "spoorzoeker-voor-herstel-20261201T100000.db";
        Files.copy(ongerept.resolve("spoorzoeker.db"), ongerept.resolve(kopie)); // closed: the canary is in the file
        List<String> uitslagen = elkPunt(List.of("backup"), "bewaar.",
                punten -> punten.stream().takeWhile(p -> !p.startsWith("backup.")).toList(), (punt, map, voor) -> {
            Uitkomst ontgrendel = hier(WACHTWOORD + "\n", "backup", "--data-dir", map.toString());
            assertEquals(0, ontgrendel.code(), punt + ": the next unlock: " + ontgrendel.err());
            assertTrue(Files.notExists(map.resolve(kopie)), punt + ": the plain copy is gone after the next unlock");
            List<Path> bewaard;
            try (var s = Files.list(map.resolve(Database.BEWAARD))) {
                bewaard = s.toList();
            }
            assertEquals(1, bewaard.size(), punt + ": one encrypted copy: " + bewaard);
            byte[] sleutel = new Sleutelkluis(new DataDirectory(map).sleutelring()).lees()
                    .open(WACHTWOORD.toCharArray());
            var plat = new java.io.ByteArrayOutputStream();
            try (InputStream in = Files.newInputStream(bewaard.getFirst())) {
                Versleuteling.ontsleutel(in, plat, ring -> sleutel.clone());
            }
            byte[] b = plat.toByteArray();
            assertTrue(begintMet(b, SQLITE) && bevat(b, KANARIE.getBytes(StandardCharsets.UTF_8)),
                    punt + ": the encrypted copy holds the copy's data");
            return "encrypted once, whole";
        });
        System.out.printf("Safety-copy encryption kill points: %d killed, 0 copies lost, 0 plain copies"
                + " left after the next unlock: %s%n", uitslagen.size(), uitslagen);
    }

    interface Oordeel {
        String over(String punt, Path map, List<Path> generatiesVoor) throws Exception;
    }

    /**
     * Enumerates the points of {@code opdracht} in one run, then kills a fresh copy at each, through
     * the round the other crash tests share ({@link Breekronde}): every point the command passes, the
     * open and close around it included, at each of its passings. The points must include the
     * operation's own ({@code eigen} prefix), not only the open's.
     */
    private List<String> elkPunt(List<String> opdracht, String eigen, Oordeel oordeel) throws Exception {
        return elkPunt(opdracht, eigen, punten -> punten, oordeel);
    }

    /** As above, killing only at the points {@code keuze} keeps of those the command passes. */
    private List<String> elkPunt(List<String> opdracht, String eigen,
                                 java.util.function.UnaryOperator<List<String>> keuze, Oordeel oordeel) throws Exception {
        String[] args = opdracht.toArray(String[]::new);
        // The child's own temporary folder beside its data folder, so the plaintext scan reaches it too.
        Breekronde.Kind kind = (map, optie) -> {
            int code = kind(map, tmp(map), optie, args);
            if (code != 0 && code != Breekpunt.STATUS) {
                System.out.println(lees(dir.resolve("kind-uit.txt")));
            }
            return code;
        };
        List<String> punten = keuze.apply(Breekronde.punten(ongerept, dir.resolve("ronde"), kind, p -> true));
        assertTrue(punten.stream().filter(p -> p.startsWith(eigen)).count() >= 3, punten.toString());
        List<Path> voor = generaties(ongerept);
        System.out.printf("%d passings enumerated, %d to kill (Breekronde.teDoden): %s%n", punten.size(),
                Breekronde.teDoden(punten).size(), punten);
        return Breekronde.elkPunt(ongerept, dir.resolve("ronde"), punten, kind, (map, naam) -> {
            // The next start: the real command opens the practice (and empties the private folder).
            Uitkomst start = hier("", "dossiers", "--data-dir", map.toString());
            assertEquals(0, start.code(), naam + ": the practice opens: " + start.err());
            try (Database d = Database.open(map.resolve("spoorzoeker.db"))) {
                int kanarie = d.read(ctx -> ((Number) ctx.fetchValue(
                        "SELECT count(*) FROM werknemer WHERE naam = ?", KANARIE)).intValue());
                assertEquals(1, kanarie, naam);
                assertTrue(d.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM traject")).intValue())
                        >= EIGEN_DOSSIERS, naam + ": every acknowledged dossier");
            }
            String uitslag = oordeel.over(naam, map, voor);
            Uitkomst verify = hier(WACHTWOORD + "\n", "verify", "--data-dir", map.toString());
            assertEquals(0, verify.code(), naam + ": database and every generation verified: " + verify.out() + verify.err());
            List<String> plat = plattetekst(map, Set.of("spoorzoeker.db", "spoorzoeker.db-wal", "spoorzoeker.db-shm"));
            plat.addAll(plattetekst(tmp(map), Set.of()));
            assertEquals(List.of(), plat, naam + ": no plaintext copy after the next start");
            wis(map); // 39 copies of the practice would otherwise stay until the end of the test
            wis(tmp(map));
            return uitslag;
        });
    }

    private static Path tmp(Path map) {
        return map.resolveSibling(map.getFileName() + "-tmp");
    }

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] WAL = {0x37, 0x7f, 0x06};

    /** Files (outside the live database and its -wal) that hold client data in the clear. */
    private static List<String> plattetekst(Path map, java.util.Set<String> live) throws Exception {
        List<String> gevonden = new ArrayList<>();
        byte[] kanarie = KANARIE.getBytes(StandardCharsets.UTF_8);
        try (var s = Files.walk(map)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (p.getParent().equals(map) && live.contains(p.getFileName().toString())) {
                    continue;
                }
                byte[] b = Files.readAllBytes(p);
                if (begintMet(b, SQLITE) || begintMet(b, ZIP) || begintMet(b, WAL) || bevat(b, kanarie)) {
                    gevonden.add(map.relativize(p).toString());
                }
            }
        }
        return gevonden;
    }

    private static boolean begintMet(byte[] b, byte[] kop) {
        return b.length >= kop.length && Arrays.equals(b, 0, kop.length, kop, 0, kop.length);
    }

    private static boolean bevat(byte[] b, byte[] zoek) {
        outer:
        for (int i = 0; i + zoek.length <= b.length; i++) {
            for (int j = 0; j < zoek.length; j++) {
                if (b[i + j] != zoek[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static List<Path> generaties(Path map) throws Exception {
        return BackupService.generatiesIn(map.resolve("backups")).stream()
                .map(BackupService.Backup::bestand).toList();
    }

    private static int contactmomenten(Database d, String waar) {
        return d.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM contactmoment " + waar)).intValue());
    }

    private static String lees(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return "";
        }
    }

    private static void wis(Path map) throws Exception {
        if (!Files.exists(map)) {
            return;
        }
        try (var s = Files.walk(map)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
