package nl.spoorzoeker.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The encrypted file format of backups and exports: round trips of every size around the block
 * boundary, the passphrase, the recovery code and a changed passphrase, and tampering (S4, fast
 * count here) rejected before any content is used.
 */
class VersleutelingTest {

    /** Cheap Argon2 for tests; the real cost is {@link KdfParameters#STANDAARD}. */
    static final KdfParameters SNEL = new KdfParameters(1024, 1, 1);
    static final char[] WACHTWOORD = "Çiğdem-Łukasz correct paard batterij".toCharArray();
    static final Sleutelring.Nieuw SLEUTELS = Sleutelring.maak(WACHTWOORD, SNEL);

    static byte[] versleutel(byte[] inhoud) throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Versleuteling.versleutel(new ByteArrayInputStream(inhoud), uit, SLEUTELS.ring(), SLEUTELS.dataSleutel());
        return uit.toByteArray();
    }

    static byte[] ontsleutel(byte[] bestand, Versleuteling.Ontgrendeling o) throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Versleuteling.ontsleutel(new ByteArrayInputStream(bestand), uit, o);
        return uit.toByteArray();
    }

    @Test
    void everySizeAroundTheBlockBoundaryComesBackExactly() throws Exception {
        Random r = new Random(6);
        for (int n : new int[] {0, 1, 15, 16, 17, Versleuteling.BLOK - 1, Versleuteling.BLOK, Versleuteling.BLOK + 1,
                2 * Versleuteling.BLOK, 3 * Versleuteling.BLOK + 12345}) {
            byte[] inhoud = new byte[n];
            r.nextBytes(inhoud);
            byte[] bestand = versleutel(inhoud);
            int blokken = Math.max(1, (n + Versleuteling.BLOK - 1) / Versleuteling.BLOK);
            assertEquals(Versleuteling.KOP + n + 16L * blokken, bestand.length, "size for " + n);
            assertArrayEquals(inhoud, ontsleutel(bestand, ring -> ring.open(WACHTWOORD)), "round trip of " + n);
        }
    }

    @Test
    void filesWrittenWithTheEarlierOneMebibyteBlocksStillOpen() throws Exception {
        // Backups and exports made before the block size went to 64 KiB keep their 1-MiB blocks.
        Random r = new Random(8);
        byte[] inhoud = new byte[(1 << 20) * 2 + 777];
        r.nextBytes(inhoud);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Versleuteling.versleutel(new ByteArrayInputStream(inhoud), uit, SLEUTELS.ring(), SLEUTELS.dataSleutel(), 1 << 20,
                Versleuteling.VERSIE_1);
        byte[] bestand = uit.toByteArray();
        assertEquals(Versleuteling.KOP_1 + inhoud.length + 16L * 3, bestand.length, "three blocks of 1 MiB");
        assertArrayEquals(inhoud, ontsleutel(bestand, ring -> ring.open(WACHTWOORD)));
        byte[] kapot = bestand.clone();
        kapot[Versleuteling.KOP_1 + (1 << 20) + 16 + 5] ^= 1; // in the second block
        assertThrows(OngeldigBestand.class, () -> ontsleutel(kapot, ring -> SLEUTELS.dataSleutel().clone()));
    }

    @Test
    void thePassphraseTheRecoveryCodeAndAChangedPassphraseOpenIt() throws Exception {
        byte[] inhoud = "CANARY-7f3a9c Zoë".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bestand = versleutel(inhoud);
        assertTrue(new String(bestand, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("CANARY") < 0,
                "no plaintext in the file");
        assertArrayEquals(inhoud, ontsleutel(bestand, ring -> ring.openMetHerstelcode(SLEUTELS.herstelcode())));
        String slordig = SLEUTELS.herstelcode().toLowerCase().replace("-", " ");
        assertArrayEquals(inhoud, ontsleutel(bestand, ring -> ring.openMetHerstelcode(slordig)),
                "case, spaces and dashes do not matter");
        assertThrows(VerkeerdeSleutel.class, () -> ontsleutel(bestand, ring -> ring.open("fout".toCharArray())));
        assertThrows(VerkeerdeSleutel.class, () -> ontsleutel(bestand, ring -> ring.openMetHerstelcode("ABCD-EFGH")));

        char[] nieuw = "een heel ander wachtwoord".toCharArray();
        Sleutelring gewijzigd = SLEUTELS.ring().metNieuwWachtwoord(WACHTWOORD, nieuw, SNEL);
        assertArrayEquals(SLEUTELS.dataSleutel(), gewijzigd.open(nieuw), "the same data key: history stays readable");
        assertThrows(VerkeerdeSleutel.class, () -> gewijzigd.open(WACHTWOORD));
        assertArrayEquals(SLEUTELS.dataSleutel(), gewijzigd.openMetHerstelcode(SLEUTELS.herstelcode()),
                "the printed recovery code survives a passphrase change");
        assertArrayEquals(inhoud, ontsleutel(bestand, ring -> gewijzigd.open(nieuw)),
                "an old backup opens with the current passphrase through the practice's ring");
        Sleutelring vergeten = SLEUTELS.ring().metNieuwWachtwoordViaHerstelcode(SLEUTELS.herstelcode(),
                "nieuw na vergeten".toCharArray(), SNEL);
        assertArrayEquals(SLEUTELS.dataSleutel(), vergeten.open("nieuw na vergeten".toCharArray()));
    }

    @Test
    void everyFlippedBitTruncationOrAppendixIsRejected() throws Exception {
        Random r = new Random(4);
        byte[] inhoud = new byte[Versleuteling.BLOK + 5000];
        r.nextBytes(inhoud);
        byte[] bestand = versleutel(inhoud);
        int geweigerd = 0;
        int proeven = Integer.getInteger("spoorzoeker.s4.flips", 200); // 1,000 for the full count
        for (int i = 0; i < proeven; i++) {
            byte[] kapot = bestand.clone();
            // Half the flips in the header (ring, salt, block size, check), half anywhere.
            int plek = i % 2 == 0 ? r.nextInt(Versleuteling.KOP) : r.nextInt(kapot.length);
            kapot[plek] ^= (byte) (1 << r.nextInt(8));
            try {
                ontsleutel(kapot, ring -> SLEUTELS.dataSleutel().clone());
            } catch (OngeldigBestand | VerkeerdeSleutel e) {
                geweigerd++;
            }
        }
        assertEquals(proeven, geweigerd, "every flipped bit is refused");
        System.out.printf("S4 tampering: %d flipped bits, %d refused before any content was used%n", proeven, geweigerd);
        for (int lengte : new int[] {0, 3, Versleuteling.KOP - 1, Versleuteling.KOP, Versleuteling.KOP + 10,
                Versleuteling.KOP + Versleuteling.BLOK + 16, bestand.length - 1}) {
            byte[] kort = java.util.Arrays.copyOf(bestand, lengte);
            assertThrows(OngeldigBestand.class, () -> ontsleutel(kort, ring -> SLEUTELS.dataSleutel().clone()),
                    "cut at " + lengte);
        }
        byte[] langer = java.util.Arrays.copyOf(bestand, bestand.length + 20);
        assertThrows(OngeldigBestand.class, () -> ontsleutel(langer, ring -> SLEUTELS.dataSleutel().clone()));
        assertThrows(OngeldigBestand.class, () -> ontsleutel("SQLite format 3\0".repeat(20).getBytes(),
                ring -> SLEUTELS.dataSleutel().clone()), "not our format");
    }

    /** Where the salt sits in a version-2 header, after magic, version and ring. */
    static final int SALT_AT = 5 + Sleutelring.LENGTE;

    static byte[] salt(byte[] bestand) {
        return Arrays.copyOfRange(bestand, SALT_AT, SALT_AT + Versleuteling.SALT);
    }

    /** Opens a version-2 file's first (and last) block with a given key: nonce 7 zero bytes, counter 0, flag 1. */
    static byte[] eersteBlok(byte[] bestand, SecretKey sleutel) throws Exception {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(128, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
        c.updateAAD(bestand, 0, Versleuteling.KOP);
        return c.doFinal(bestand, Versleuteling.KOP, bestand.length - Versleuteling.KOP);
    }

    /** HKDF-SHA256 (RFC 5869) written out with HMAC, to check the format against the RFC, not against itself. */
    static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        return mac.doFinal(); // 32 bytes: one round of expand
    }

    @Test
    void everyFileHasItsOwnSaltAndKeyAndTheDataKeyItselfSealsNothing() throws Exception {
        byte[] inhoud = "zelfde inhoud, zelfde sleutel".getBytes(StandardCharsets.UTF_8);
        byte[] a = versleutel(inhoud);
        byte[] b = versleutel(inhoud);
        assertEquals(2, a[4], "new files are version 2");
        assertFalse(Arrays.equals(salt(a), salt(b)), "a fresh salt per file");
        byte[] sleutelA = Versleuteling.bestandssleutel(SLEUTELS.dataSleutel(), salt(a)).getEncoded();
        byte[] sleutelB = Versleuteling.bestandssleutel(SLEUTELS.dataSleutel(), salt(b)).getEncoded();
        assertFalse(Arrays.equals(sleutelA, sleutelB), "so a key of its own per file");
        assertFalse(Arrays.equals(sleutelA, SLEUTELS.dataSleutel()));
        assertArrayEquals(hkdf(SLEUTELS.dataSleutel(), salt(a),
                "spoorzoeker SZVB-2 inhoudssleutel".getBytes(StandardCharsets.US_ASCII)), sleutelA,
                "the key is HKDF-SHA256(data key, salt, info) as docs/versleuteld-formaat.md says");

        // The content is sealed under the file's key, not under the data key.
        assertArrayEquals(inhoud, eersteBlok(a, new SecretKeySpec(sleutelA, "AES")));
        assertThrows(AEADBadTagException.class, () -> eersteBlok(a, new SecretKeySpec(SLEUTELS.dataSleutel(), "AES")));
        assertThrows(AEADBadTagException.class, () -> eersteBlok(a, new SecretKeySpec(sleutelB, "AES")));
        assertNotEquals(HexFormat.of().formatHex(a, Versleuteling.KOP, a.length),
                HexFormat.of().formatHex(b, Versleuteling.KOP, b.length), "the same content never looks the same");
    }

    @Test
    void blocksSwappedBetweenTwoFilesUnderOneDataKeyAreRefused() throws Exception {
        Random r = new Random(7);
        byte[] inhoudA = new byte[3 * Versleuteling.BLOK];
        byte[] inhoudB = new byte[3 * Versleuteling.BLOK];
        r.nextBytes(inhoudA);
        r.nextBytes(inhoudB);
        byte[] a = versleutel(inhoudA);
        byte[] b = versleutel(inhoudB);
        int blok = Versleuteling.BLOK + 16;
        for (int i = 0; i < 3; i++) {
            byte[] gemengd = a.clone();
            System.arraycopy(b, Versleuteling.KOP + i * blok, gemengd, Versleuteling.KOP + i * blok, blok);
            OngeldigBestand e = assertThrows(OngeldigBestand.class,
                    () -> ontsleutel(gemengd, ring -> SLEUTELS.dataSleutel().clone()), "block " + i + " of another file");
            assertEquals("crypto.ongeldigBestand", e.messageKey());
        }
        byte[] kopVanB = a.clone();
        System.arraycopy(b, 0, kopVanB, 0, Versleuteling.KOP);
        assertThrows(OngeldigBestand.class, () -> ontsleutel(kopVanB, ring -> SLEUTELS.dataSleutel().clone()),
                "the header of another file");
        // The salt of another file, with the header's check made to fit: the key is another one.
        byte[] saltVanB = a.clone();
        System.arraycopy(b, SALT_AT, saltVanB, SALT_AT, Versleuteling.SALT);
        herbereken(saltVanB);
        assertThrows(OngeldigBestand.class, () -> ontsleutel(saltVanB, ring -> SLEUTELS.dataSleutel().clone()));
        assertArrayEquals(inhoudA, ontsleutel(a, ring -> SLEUTELS.dataSleutel().clone()), "unmixed, it opens");
    }

    /** Rewrites a version-2 header's check, as a forger who knows the format would. */
    static void herbereken(byte[] bestand) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("SZVB-kop-2".getBytes(StandardCharsets.US_ASCII));
        sha.update(bestand, 0, Versleuteling.KOP - 16);
        System.arraycopy(sha.digest(), 0, bestand, Versleuteling.KOP - 16, 16);
    }

    /** An unlock that notes it was asked (the passphrase would have been), and then opens. */
    static final class Gevraagd implements Versleuteling.Ontgrendeling {
        int keer;

        @Override
        public byte[] dataSleutel(Sleutelring ring) throws VerkeerdeSleutel {
            keer++;
            return ring.open(WACHTWOORD);
        }
    }

    @Test
    void everyBitOfAVersionTwoHeaderIsADamagedFileBeforeThePassphraseIsAsked() throws Exception {
        byte[] bestand = versleutel("kop".getBytes(StandardCharsets.UTF_8));
        for (int bit = 0; bit < Versleuteling.KOP * 8; bit++) {
            byte[] kapot = bestand.clone();
            kapot[bit / 8] ^= (byte) (1 << (bit % 8));
            Gevraagd o = new Gevraagd();
            OngeldigBestand e = assertThrows(OngeldigBestand.class, () -> ontsleutel(kapot, o), "bit " + bit);
            assertEquals("crypto.ongeldigBestand", e.messageKey(), "the same message as any other damage");
            assertEquals(0, o.keer, "no passphrase asked for bit " + bit);
            assertThrows(OngeldigBestand.class, () -> Versleuteling.ring(new ByteArrayInputStream(kapot)),
                    "the ring is not offered from a damaged header, bit " + bit);
        }
        // A forger who rewrites the check: a changed salt or block size fails the tags; a version
        // byte read as 1 parses the rest as a version-1 header, which fails them as well.
        for (int plek : new int[] {SALT_AT, SALT_AT + 31, Versleuteling.KOP - 17}) {
            byte[] vervalst = bestand.clone();
            vervalst[plek] ^= 1;
            herbereken(vervalst);
            assertThrows(OngeldigBestand.class, () -> ontsleutel(vervalst, new Gevraagd()), "forged at " + plek);
        }
        for (byte versie : new byte[] {0, 1, 3, (byte) 0x82}) {
            byte[] anders = bestand.clone();
            anders[4] = versie;
            herbereken(anders);
            OngeldigBestand e = assertThrows(OngeldigBestand.class,
                    () -> ontsleutel(anders, ring -> SLEUTELS.dataSleutel().clone()), "version " + versie);
            assertEquals("crypto.ongeldigBestand", e.messageKey());
        }
        assertArrayEquals("kop".getBytes(StandardCharsets.UTF_8), ontsleutel(bestand, new Gevraagd()));
    }

    /**
     * Two files written by the app before version 2 (06-12-2026), committed as they were: content
     * of 135,393 bytes from {@code new Random(20)}, 64-KiB blocks, the test profile of Argon2, one
     * with a version-1 key ring and one with a version-2 ring. Made by the code of that day, so
     * they test what is on coaches' disks, not what today's code thinks it once wrote.
     */
    @Test
    void versionOneFilesWrittenBeforeTheChangeStillOpen() throws Exception {
        char[] wachtwoord = "versie-1 bestand van voor 2027".toCharArray();
        byte[] inhoud = new byte[2 * (64 << 10) + 4321];
        new Random(20).nextBytes(inhoud);
        String[][] bestanden = {
            {"bestand-v1-ring-v1.szvb", "320B-K84B-5944-Y27R-C23D-B3A0-QS2G-Q18W-VX5S-FHX3-4V5H-SN5V-QJGG"},
            {"bestand-v1-ring-v2.szvb", "SMCQ-WY5R-J137-GG9A-GH9F-AM74-G5AN-P4W5-RR9A-Z75T-1YET-PZ8M-2T60"},
        };
        for (String[] b : bestanden) {
            byte[] bestand;
            try (InputStream in = VersleutelingTest.class.getResourceAsStream(b[0])) {
                bestand = in.readAllBytes();
            }
            assertEquals(1, bestand[4], b[0]);
            assertEquals(Versleuteling.KOP_1 + inhoud.length + 3 * 16, bestand.length, b[0]);
            assertArrayEquals(inhoud, ontsleutel(bestand, ring -> ring.open(wachtwoord)), b[0]);
            assertArrayEquals(inhoud, ontsleutel(bestand, ring -> ring.openMetHerstelcode(b[1])), b[0]);
            for (int plek : new int[] {Versleuteling.KOP_1 - 8, Versleuteling.KOP_1 + 3, bestand.length - 1}) {
                byte[] kapot = bestand.clone();
                kapot[plek] ^= 4; // the nonce prefix, the first block, the last tag
                assertThrows(OngeldigBestand.class, () -> ontsleutel(kapot, ring -> ring.open(wachtwoord)),
                        b[0] + " at " + plek);
            }
        }
    }

    @Test
    void theRecoveryCodeIsFiftyTwoReadableCharactersInGroupsOfFour() throws Exception {
        String code = SLEUTELS.herstelcode();
        assertTrue(code.matches("([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}"), code);
        byte[] terug = Sleutelring.leesHerstelcode(code);
        assertEquals(code, Sleutelring.herstelcode(terug));
    }

    @Test
    void absurdArgon2CostsInAForgedRingAreRefusedBeforeAnyWork() {
        byte[] ring = SLEUTELS.ring().bytes();
        java.nio.ByteBuffer.wrap(ring, 5, 4).putInt(Integer.MAX_VALUE);
        assertThrows(OngeldigBestand.class, () -> Sleutelring.lees(ring));
        assertThrows(IllegalArgumentException.class, () -> new KdfParameters(4, 1, 1));
        assertTrue(KdfParameters.STANDAARD.geheugenKiB() >= 64 * 1024, "at least 64 MiB (S3)");
    }
}
