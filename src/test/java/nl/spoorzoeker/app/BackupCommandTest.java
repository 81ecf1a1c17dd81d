package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spoorzoeker.slot.Pogingen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.bewaartermijn.Bewaarregel;
import nl.spoorzoeker.bewaartermijn.BewaartermijnService;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.ui.I18n;

/** spoorzoeker wachtwoord, backup, verify and restore, run as a coach would on a temporary data folder. */
class BackupCommandTest {

    @TempDir
    Path dir;
    private final InputStream origineel = System.in;

    record Result(int code, String out, String err) {
    }

    @AfterEach
    void herstelInvoer() {
        System.setIn(origineel);
    }

    private Result run(String invoer, String... args) {
        return runIn(dir.resolve("data"), invoer, args);
    }

    private Result runIn(Path map, String invoer, String... args) {
        System.setIn(new ByteArrayInputStream(invoer.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = map.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Launcher.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void setUpBackUpVerifyChangeThePassphraseAndRestore() throws Exception {
        assertEquals(0, run("", "demo").code());
        Result zonder = run("correct paard batterij\n", "backup");
        assertEquals(1, zonder.code());
        assertTrue(zonder.err().contains("nog geen praktijkwachtwoord"), zonder.err());

        Result kort = run("kort\nkort\n", "wachtwoord");
        assertEquals(1, kort.code());
        assertTrue(kort.err().contains("minstens tien tekens"), kort.err());
        Result anders = run("correct paard batterij\ncorrect paard\n", "wachtwoord");
        assertTrue(anders.err().contains("niet gelijk"), anders.err());

        Result instellen = run("correct paard batterij\ncorrect paard batterij\n", "wachtwoord");
        assertEquals(0, instellen.code(), instellen.err());
        Matcher code = Pattern.compile("([0-9A-Z]{4}-){12}[0-9A-Z]{4}").matcher(instellen.out());
        assertTrue(code.find(), instellen.out());
        String herstelcode = code.group();

        Result backup = run("correct paard batterij\n", "backup");
        assertEquals(0, backup.code(), backup.err());
        assertTrue(backup.out().contains("gemaakt en gecontroleerd"), backup.out());
        List<Path> bestanden;
        try (var s = Files.list(dir.resolve("data/backups"))) {
            bestanden = s.toList();
        }
        assertEquals(1, bestanden.size());
        Path bestand = bestanden.getFirst();

        Result fout = run("verkeerd wachtwoord\n", "backup");
        assertEquals(1, fout.code());
        assertTrue(fout.err().contains("klopt niet"), fout.err());

        Result verify = run("correct paard batterij\n", "verify");
        assertEquals(0, verify.code(), verify.err() + verify.out());
        assertTrue(verify.out().contains("Database in orde") && verify.out().contains("Back-up in orde"), verify.out());

        Result wijzig = run("correct paard batterij\nnieuw en ook lang genoeg\nnieuw en ook lang genoeg\n", "wachtwoord");
        assertEquals(0, wijzig.code(), wijzig.err());

        Result terug = run("nieuw en ook lang genoeg\n", "restore", bestand.toString());
        assertEquals(0, terug.code(), terug.err());
        assertTrue(terug.out().contains("teruggezet") && terug.out().contains("bewaard als"), terug.out());
        // The same HerstelTaak as the window: its phases, each printed once, in order.
        int ontsleutelen = terug.out().indexOf("Back-up ontsleutelen");
        int vervangen = terug.out().indexOf("Database vervangen");
        int openen = terug.out().indexOf("De praktijk weer openen");
        assertTrue(ontsleutelen >= 0 && ontsleutelen < vervangen && vervangen < openen, terug.out());
        assertEquals(ontsleutelen, terug.out().lastIndexOf("Back-up ontsleutelen"), "a phase is printed once");
        Result metCode = run(herstelcode.toLowerCase() + "\n", "restore", "--herstelcode", bestand.toString());
        assertEquals(0, metCode.code(), metCode.err());
        Result geweigerd = run("helemaal fout hoor\n", "restore", bestand.toString());
        assertEquals(1, geweigerd.code());
        assertTrue(geweigerd.err().contains("klopt niet"), geweigerd.err());
        assertEquals(0, run("", "dossiers").code(), "the restored practice opens");
    }

    /**
     * Issue 23: a backup another practice made (another data key), given to restore with this
     * practice's passphrase, is said to be another practice's — not a wrong passphrase, not damaged
     * (it used to read as damaged: this practice's key tried on it) — no guess is counted, nothing
     * changes; with that practice's passphrase it opens. The window's restore asks the same
     * question through the session's keys.
     */
    @Test
    void aBackupOfAnotherPracticeIsToldApartFromADamagedOne() throws Exception {
        Path ander = dir.resolve("ander");
        assertEquals(0, runIn(ander, "", "demo").code());
        assertEquals(0, runIn(ander, "ander maar ook lang\nander maar ook lang\n", "wachtwoord").code());
        assertEquals(0, runIn(ander, "ander maar ook lang\n", "backup").code());
        Path vreemd;
        try (var s = Files.list(ander.resolve("backups"))) {
            vreemd = s.filter(p -> p.toString().endsWith(".szb")).findFirst().orElseThrow();
        }
        assertEquals(0, run("", "demo").code());
        assertEquals(0, run("correct paard batterij\ncorrect paard batterij\n", "wachtwoord").code());
        byte[] voor = Files.readAllBytes(dir.resolve("data/spoorzoeker.db"));

        Result r = run("correct paard batterij\n", "restore", vreemd.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(I18n.t("crypto.anderePraktijk"), r.err().strip());
        assertTrue(java.util.Arrays.equals(voor, Files.readAllBytes(dir.resolve("data/spoorzoeker.db"))), "nothing changed");
        assertFalse(Files.exists(new DataDirectory(dir.resolve("data")).wachtwoordpogingen()), "no wrong guess counted");

        Sleutelring eigen = new Sleutelkluis(
                new DataDirectory(dir.resolve("data")).sleutelring()).lees();
        Sleutelring vanBestand;
        try (var in = Files.newInputStream(vreemd)) {
            vanBestand = Versleuteling.ring(in);
        }
        var sleutels = new Kluissessie.Sleutels(eigen, new byte[32]);
        var fout = org.junit.jupiter.api.Assertions.assertThrows(VerkeerdeSleutel.class,
                () -> sleutels.voor(vanBestand));
        assertEquals("crypto.anderePraktijk", fout.messageKey());
        assertEquals(32, sleutels.voor(eigen).length, "this practice's own file gets the key");

        Result metHunWachtwoord = run("ander maar ook lang\n", "restore", vreemd.toString());
        assertEquals(0, metHunWachtwoord.code(), metHunWachtwoord.err());
    }

    /** Issue 23 item 7: the command line counts with the window, and waits as the window does. */
    @Test
    void theCommandLineHonoursTheBackOffOfTheDoor() throws Exception {
        assertEquals(0, run("", "demo").code());
        assertEquals(0, run("correct paard batterij\ncorrect paard batterij\n", "wachtwoord").code());
        Path teller = dir.resolve("data/wachtwoordpogingen");

        Result fout = run("verkeerd wachtwoord\n", "backup");
        assertEquals(1, fout.code());
        assertEquals(1, new Pogingen(teller, Clock.systemUTC()).aantalMislukt(), "a wrong passphrase is counted");

        // Ten more at the window's door: the next attempt waits a minute, on the command line too.
        Pogingen deur = new Pogingen(teller, Clock.systemUTC());
        for (int i = 0; i < 10; i++) {
            deur.mislukt();
        }
        for (String[] opdracht : new String[][] {{"backup"}, {"wachtwoord"}, {"import", dir.resolve("geen.szx").toString()},
                {"export", "--out", dir.resolve("uit.szv").toString()}, {"restore", dir.resolve("geen.szb").toString()}}) {
            Result wacht = run("correct paard batterij\nnieuw en ook lang genoeg\nnieuw en ook lang genoeg\n", opdracht);
            assertEquals(1, wacht.code(), opdracht[0] + ": " + wacht.err());
            assertTrue(wacht.err().contains("te vaak een verkeerd wachtwoord") && wacht.err().contains("Probeer het over"),
                    opdracht[0] + ": " + wacht.err());
            assertFalse(wacht.out().contains("wachtwoord:"), opdracht[0] + ": nothing is asked: " + wacht.out());
        }
        assertEquals(0, backups(), "no backup was made");
        assertEquals(11, new Pogingen(teller, Clock.systemUTC()).aantalMislukt(), "refusals untried count nothing");

        // The wait over (the failures were a while ago), the right passphrase works and clears the count.
        new Pogingen(teller, Clock.offset(Clock.systemUTC(), java.time.Duration.ofMinutes(-5))).mislukt();
        Result goed = run("correct paard batterij\n", "backup");
        assertEquals(0, goed.code(), goed.err());
        assertEquals(1, backups());
        assertFalse(Files.exists(teller), "a success clears the count");

        for (int i = 0; i < 4; i++) {
            assertEquals(1, run("verkeerd wachtwoord\n", "verify").code());
        }
        Result vijfde = run("verkeerd wachtwoord\n", "backup");
        assertTrue(vijfde.err().contains("klopt niet") && vijfde.err().contains("Probeer het over"),
                "the fifth failure names the wait: " + vijfde.err());
    }

    /**
     * Issue 23: a retention deletion whose pass over the backups was stopped (the deletion committed,
     * the mark written, then a kill: the state BackupSchoningTest's kill test shows possible) is
     * finished by the {@code backup} command too, not only by the window's unlock.
     */
    @Test
    void theBackupCommandFinishesAPendingPassOverTheBackups() throws Exception {
        assertEquals(0, run("", "demo").code());
        assertEquals(0, run("correct paard batterij\ncorrect paard batterij\n", "wachtwoord").code());
        assertEquals(0, run("correct paard batterij\n", "backup").code());
        Path generatie;
        try (var s = Files.list(dir.resolve("data/backups"))) {
            generatie = s.toList().getFirst();
        }
        Path data = dir.resolve("data");
        byte[] sleutel = new Sleutelkluis(data.resolve("sleutelring.szk"))
                .lees().open("correct paard batterij".toCharArray());
        Bewaarregel beeindigd;
        try (var db = Database.open(data.resolve("spoorzoeker.db"))) {
            var service = new BewaartermijnService(db, Clock.systemUTC());
            beeindigd = service.overzicht(true).stream().filter(r -> r.bewaarplicht() == null).findFirst().orElseThrow();
            service.verwijder(beeindigd.trajectId(), beeindigd.werknemer(), true);
        }
        Files.writeString(data.resolve("backup-schoning"), beeindigd.trajectId() + " true VOORTIJDIG\n");
        assertTrue(treffers(generatie, sleutel, beeindigd.werknemer()) > 0, "the generation holds the deleted werknemer");

        // Into another folder, so the thinning of backups/ (one per hour) leaves the older generation.
        Result backup = run("correct paard batterij\n", "backup", "--to", dir.resolve("elders").toString());
        assertEquals(0, backup.code(), backup.err());
        assertTrue(backup.out().contains("1 onderbroken verwijdering uit de bewaartermijnen nu ook uit de back-ups"),
                backup.out());
        assertFalse(Files.exists(data.resolve("backup-schoning")), "no longer pending");
        assertTrue(Files.exists(generatie), "rewritten under its own name");
        assertEquals(0, treffers(generatie, sleutel, beeindigd.werknemer()), "the older generation no longer holds it");
    }

    private static long treffers(Path generatie, byte[] sleutel, String naam) throws Exception {
        var plat = new java.io.ByteArrayOutputStream();
        try (var in = Files.newInputStream(generatie)) {
            Versleuteling.ontsleutel(in, plat, ring -> sleutel.clone());
        }
        String inhoud = plat.toString(StandardCharsets.ISO_8859_1);
        String zoek = new String(naam.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        long n = 0;
        for (int i = inhoud.indexOf(zoek); i >= 0; i = inhoud.indexOf(zoek, i + 1)) {
            n++;
        }
        return n;
    }

    private long backups() throws Exception {
        Path map = dir.resolve("data/backups");
        if (!Files.isDirectory(map)) {
            return 0;
        }
        try (var s = Files.list(map)) {
            return s.count();
        }
    }
}
