package nl.spoorzoeker.slot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.OudeRingen;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.testsupport.Stelklok;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passphrase at the door, and S2: wrong passphrases are refused cleanly and slow down. */
class OntgrendelingTest {

    /** Cheap Argon2 so a thousand attempts take seconds; the cost itself is measured in VersleutelingTest (S3). */
    static final KdfParameters SNEL = new KdfParameters(1024, 1, 1);

    @TempDir
    Path dir;

    final Stelklok klok = new Stelklok(Instant.parse("2026-11-25T09:00:00Z"));
    final Kluissessie sessie = new Kluissessie();

    /** A new door over the same data folder, as after a restart: only the files carry over. */
    Ontgrendeling ontgrendeling() {
        return new Ontgrendeling(new Sleutelkluis(dir.resolve("sleutelring.szk")), sessie, SNEL,
                new Pogingen(dir.resolve("wachtwoordpogingen"), klok));
    }

    @Test
    void settingThePassphraseUnlocksAndGivesARecoveryCode() throws Exception {
        Ontgrendeling o = ontgrendeling();
        assertFalse(o.wachtwoordIngesteld());
        String code = o.stelIn("een lange zin".toCharArray(), "een lange zin".toCharArray());
        assertTrue(o.wachtwoordIngesteld());
        assertTrue(sessie.ontgrendeld());
        assertEquals(52 + 12, code.length(), "52 characters in groups of four");
        o.vergrendel();
        assertFalse(sessie.ontgrendeld());
        assertTrue(o.ontgrendel("een lange zin".toCharArray()).gelukt());
        assertTrue(sessie.ontgrendeld());
    }

    @Test
    void aMismatchOrAShortPassphraseIsRefusedInDutchAndNothingIsWritten() {
        Ontgrendeling o = ontgrendeling();
        Weigering anders = assertThrows(Weigering.class, () -> o.stelIn("een lange zin".toCharArray(),
                "een andere zin".toCharArray()));
        assertEquals("slot.fout.herhaling", anders.messageKey());
        Weigering kort = assertThrows(Weigering.class, () -> o.stelIn("kort".toCharArray(), "kort".toCharArray()));
        assertEquals("kluis.wachtwoordTeKort", kort.messageKey());
        assertFalse(Files.exists(dir.resolve("sleutelring.szk")));
        assertFalse(sessie.ontgrendeld());
    }

    /**
     * S2: 1,000 wrong passphrases: each refused, at least 1 s back-off after five, and the key ring
     * on disk untouched. (S2 says "database hash unchanged"; the door has no database — the ring
     * lives beside it, so the door works when the database will not open — and what it can write
     * is the ring. The ring is a version-1 one, which the door does rewrite, at the right
     * passphrase: the test sees it change then, so its "unchanged" can fail.)
     */
    @Test
    void aThousandWrongPassphrasesAreRefusedAndSlowedDownAndTheRingStaysAsItWas() throws Exception {
        Path ringbestand = dir.resolve("sleutelring.szk");
        Files.write(ringbestand, OudeRingen.versie1("het goede wachtwoord".toCharArray(), SNEL).ring().bytes());
        Ontgrendeling o = ontgrendeling();
        byte[] voor = sha256(ringbestand);
        int geweigerd = 0;
        int afgeremd = 0;
        Duration kortsteNaVijf = Duration.ofDays(1);
        for (int i = 1; i <= 1000; i++) {
            Ontgrendeling.Uitslag u = o.ontgrendel(("fout wachtwoord " + i).toCharArray());
            assertFalse(u.gelukt());
            assertFalse(sessie.ontgrendeld());
            geweigerd++;
            if (i >= 5) {
                kortsteNaVijf = u.wacht().compareTo(kortsteNaVijf) < 0 ? u.wacht() : kortsteNaVijf;
                // Trying again during the wait is refused without even looking at the passphrase.
                Ontgrendeling.Uitslag tussendoor = o.ontgrendel("het goede wachtwoord".toCharArray());
                assertFalse(tussendoor.gelukt(), "the right passphrase during the wait is not tried");
                afgeremd++;
                klok.verzet(u.wacht());
            }
        }
        assertTrue(kortsteNaVijf.compareTo(Duration.ofSeconds(1)) >= 0, "back-off after five: " + kortsteNaVijf);
        assertArrayEquals(voor, sha256(ringbestand), "a thousand wrong passphrases leave the key ring as it was");
        try (var s = Files.list(dir)) {
            assertEquals(List.of("sleutelring.szk", "wachtwoordpogingen"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "and write nothing else");
        }
        assertTrue(o.ontgrendel("het goede wachtwoord".toCharArray()).gelukt());
        assertFalse(Arrays.equals(voor, sha256(ringbestand)), "the right one rewrites the version-1 ring");
        System.out.printf("S2 wrong passphrases: %d refused, %d attempts during a back-off refused untried, "
                + "shortest back-off after five failures %d ms, key ring hash unchanged%n", geweigerd, afgeremd,
                kortsteNaVijf.toMillis());
    }

    @Test
    void theRecoveryCodeSetsANewPassphraseAndStaysValid() throws Exception {
        Ontgrendeling o = ontgrendeling();
        String code = o.stelIn("het oude wachtwoord".toCharArray(), "het oude wachtwoord".toCharArray());
        byte[] sleutel = sessie.sleutels().orElseThrow().dataSleutel();
        o.vergrendel();
        assertFalse(o.herstel("0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000",
                "het nieuwe wachtwoord".toCharArray(), "het nieuwe wachtwoord".toCharArray()).gelukt());
        assertTrue(o.herstel(code.toLowerCase(), "het nieuwe wachtwoord".toCharArray(),
                "het nieuwe wachtwoord".toCharArray()).gelukt());
        assertArrayEquals(sleutel, sessie.sleutels().orElseThrow().dataSleutel(), "the same data key");
        o.vergrendel();
        assertFalse(o.ontgrendel("het oude wachtwoord".toCharArray()).gelukt());
        assertTrue(o.ontgrendel("het nieuwe wachtwoord".toCharArray()).gelukt());
    }

    @Test
    void changingThePassphraseKeepsTheDataKey() throws Exception {
        Ontgrendeling o = ontgrendeling();
        o.stelIn("het oude wachtwoord".toCharArray(), "het oude wachtwoord".toCharArray());
        byte[] sleutel = sessie.sleutels().orElseThrow().dataSleutel();
        assertThrows(VerkeerdeSleutel.class, () -> o.wijzig("niet het oude".toCharArray(),
                "het nieuwe wachtwoord".toCharArray(), "het nieuwe wachtwoord".toCharArray()));
        o.wijzig("het oude wachtwoord".toCharArray(), "het nieuwe wachtwoord".toCharArray(),
                "het nieuwe wachtwoord".toCharArray());
        o.vergrendel();
        assertTrue(o.ontgrendel("het nieuwe wachtwoord".toCharArray()).gelukt());
        assertArrayEquals(sleutel, sessie.sleutels().orElseThrow().dataSleutel());
    }

    @Test
    void lockingWipesTheKeyThatWasHandedOut() throws Exception {
        Ontgrendeling o = ontgrendeling();
        o.stelIn("een lange zin".toCharArray(), "een lange zin".toCharArray());
        Kluissessie.Sleutels kopie = sessie.sleutels().orElseThrow();
        kopie.wis();
        assertArrayEquals(new byte[32], kopie.dataSleutel(), "a wiped copy is zeros");
        assertTrue(sessie.sleutels().isPresent(), "wiping a copy leaves the session");
        o.vergrendel();
        assertTrue(sessie.sleutels().isEmpty());
    }

    /** Issue 23 item 7: closing the app during a back-off does not buy fresh guesses. */
    @Test
    void theBackOffSurvivesARestart() throws Exception {
        Ontgrendeling o = ontgrendeling();
        o.stelIn("het goede wachtwoord".toCharArray(), "het goede wachtwoord".toCharArray());
        o.vergrendel();
        Ontgrendeling.Uitslag u = null;
        for (int i = 0; i < 7; i++) {
            klok.verzet(u == null ? Duration.ZERO : u.wacht());
            u = o.ontgrendel(("fout " + i).toCharArray());
        }
        assertEquals(Duration.ofSeconds(4), u.wacht());
        klok.verzet(Duration.ofSeconds(1));

        Ontgrendeling na = ontgrendeling();
        assertEquals(7, na.aantalMislukt(), "the count is read back");
        Ontgrendeling.Uitslag tussendoor = na.ontgrendel("het goede wachtwoord".toCharArray());
        assertFalse(tussendoor.gelukt(), "the right passphrase during the wait is not tried");
        assertEquals(Duration.ofSeconds(3), tussendoor.wacht(), "the wait runs on from before the restart");
        klok.verzet(Duration.ofSeconds(3));
        assertFalse(ontgrendeling().ontgrendel("nog een keer fout".toCharArray()).gelukt());
        assertEquals(Duration.ofSeconds(8), ontgrendeling().ontgrendel("het goede wachtwoord".toCharArray()).wacht(),
                "the eighth failure doubles the wait of the seventh");
        klok.verzet(Duration.ofSeconds(8));
        assertTrue(ontgrendeling().ontgrendel("het goede wachtwoord".toCharArray()).gelukt());
        assertFalse(Files.exists(dir.resolve("wachtwoordpogingen")), "a success clears the count");
        assertEquals(0, ontgrendeling().aantalMislukt());
    }

    @Test
    void aDamagedCountCostsASecondAndNeverLocksTheCoachOut() throws Exception {
        Ontgrendeling o = ontgrendeling();
        o.stelIn("het goede wachtwoord".toCharArray(), "het goede wachtwoord".toCharArray());
        o.vergrendel();
        Path teller = dir.resolve("wachtwoordpogingen");
        for (String inhoud : new String[] {"", "\u0000\u0001rommel", "spoorzoeker-pogingen 1\n2147483647\nmorgen\n",
                "spoorzoeker-pogingen 1\n-4\n2026-11-25T09:00:00Z\n", "x".repeat(100_000)}) {
            Files.writeString(teller, inhoud);
            Ontgrendeling na = ontgrendeling();
            Ontgrendeling.Uitslag u = na.ontgrendel("het goede wachtwoord".toCharArray());
            assertFalse(u.gelukt(), "a damaged count is some failures: " + inhoud.length());
            assertTrue(u.wacht().compareTo(Duration.ofSeconds(1)) <= 0, "at most a second: " + u.wacht());
            klok.verzet(u.wacht());
            assertTrue(na.ontgrendel("het goede wachtwoord".toCharArray()).gelukt());
            o.vergrendel();
        }
        // A count from a clock that ran a year ahead: the longest wait, counted from now.
        Files.writeString(teller, "spoorzoeker-pogingen 1\n40\n" + klok.instant().plus(Duration.ofDays(365)) + "\n");
        Ontgrendeling vooruit = ontgrendeling();
        assertEquals(Duration.ofSeconds(60), vooruit.ontgrendel("het goede wachtwoord".toCharArray()).wacht());
        klok.verzet(Duration.ofSeconds(60));
        assertTrue(ontgrendeling().ontgrendel("het goede wachtwoord".toCharArray()).gelukt());
    }

    @Test
    void aVersionOneRingOpensAndIsRewrittenInTheCurrentVersion() throws Exception {
        Sleutelring.Nieuw oud = OudeRingen.versie1("het goede wachtwoord".toCharArray(), SNEL);
        Path ringbestand = dir.resolve("sleutelring.szk");
        Files.write(ringbestand, oud.ring().bytes());
        Ontgrendeling o = ontgrendeling();
        assertTrue(o.ontgrendel("het goede wachtwoord".toCharArray()).gelukt());
        assertArrayEquals(oud.dataSleutel(), sessie.sleutels().orElseThrow().dataSleutel());
        Sleutelring nu = new Sleutelkluis(ringbestand).lees();
        assertEquals(2, nu.versie());
        assertEquals(2, sessie.sleutels().orElseThrow().ring().versie(), "backups from now on carry the new ring");
        assertArrayEquals(oud.dataSleutel(), nu.openMetHerstelcode(oud.herstelcode()), "the printed code still opens");
        o.vergrendel();
        assertTrue(ontgrendeling().ontgrendel("het goede wachtwoord".toCharArray()).gelukt());
    }

    private static byte[] sha256(Path p) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
    }
}
