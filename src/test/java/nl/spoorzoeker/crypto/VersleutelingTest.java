package nl.spoorzoeker.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
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
        Versleuteling.versleutel(new ByteArrayInputStream(inhoud), uit, SLEUTELS.ring(), SLEUTELS.dataSleutel(), 1 << 20);
        byte[] bestand = uit.toByteArray();
        assertEquals(Versleuteling.KOP + inhoud.length + 16L * 3, bestand.length, "three blocks of 1 MiB");
        assertArrayEquals(inhoud, ontsleutel(bestand, ring -> ring.open(WACHTWOORD)));
        byte[] kapot = bestand.clone();
        kapot[Versleuteling.KOP + (1 << 20) + 16 + 5] ^= 1; // in the second block
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
            // Half the flips in the header (ring, prefix, block size), half anywhere.
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

    @Test
    void noTwoFilesShareANoncePrefixAndTheSameContentNeverLooksTheSame() throws Exception {
        Set<String> prefixen = new HashSet<>();
        byte[] vorig = null;
        for (int i = 0; i < 500; i++) {
            byte[] bestand = versleutel(new byte[64]);
            prefixen.add(java.util.HexFormat.of().formatHex(bestand, 5 + Sleutelring.LENGTE, 5 + Sleutelring.LENGTE + 7));
            if (vorig != null) {
                assertNotEquals(java.util.HexFormat.of().formatHex(vorig, Versleuteling.KOP, vorig.length),
                        java.util.HexFormat.of().formatHex(bestand, Versleuteling.KOP, bestand.length));
            }
            vorig = bestand;
        }
        assertEquals(500, prefixen.size());
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
