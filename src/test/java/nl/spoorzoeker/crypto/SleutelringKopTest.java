package nl.spoorzoeker.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 6: the Argon2 header of a key ring is read before anything can check it, so it is
 * bounded, and (version 2) checked against its checksum, before any derivation. A damaged header
 * must be refused as a damaged file at once, never allocate what it asks for.
 */
class SleutelringKopTest {

    static final char[] WACHTWOORD = "een wachtwoord van de praktijk".toCharArray();
    /** The real profile: a flipped bit in 64 MiB / 3 passes / 1 lane is what a backup on disk suffers. */
    static final Sleutelring.Nieuw ECHT = Sleutelring.maak(WACHTWOORD, KdfParameters.STANDAARD);
    static final Sleutelring.Nieuw SNEL = Sleutelring.maak(WACHTWOORD, VersleutelingTest.SNEL);
    static final Sleutelring.Nieuw SNEL_V1 = OudeRingen.versie1(WACHTWOORD, VersleutelingTest.SNEL);
    /** The Argon2 fields (memory, passes, lanes) of a ring, and where the ring sits in a backup. */
    static final int VELDEN = 5;
    static final int RING_IN_BESTAND = 5;

    @TempDir
    Path dir;

    /**
     * A file of the given format version. Version 2 files check their whole header before the ring
     * is read, so the ring's own guards are seen at work in version-1 files (every backup written
     * before 06-12-2026, which must stay as safe to open).
     */
    static byte[] bestand(Sleutelring.Nieuw sleutels, int versie) throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Versleuteling.versleutel(new ByteArrayInputStream("inhoud".getBytes(StandardCharsets.UTF_8)), uit,
                sleutels.ring(), sleutels.dataSleutel(), Versleuteling.BLOK, versie);
        return uit.toByteArray();
    }

    /** An unlock that records that a derivation would have started, and refuses without deriving. */
    static final class Teller implements Versleuteling.Ontgrendeling {
        final List<KdfParameters> gevraagd = new ArrayList<>();

        @Override
        public byte[] dataSleutel(Sleutelring ring) throws VerkeerdeSleutel {
            gevraagd.add(ring.kdf());
            throw new VerkeerdeSleutel();
        }
    }

    @Test
    void everyFlippedBitInTheArgon2FieldsOfABackupIsRefusedAsDamagedBeforeAnyDerivation() throws Exception {
        for (int versie : new int[] {Versleuteling.VERSIE_1, Versleuteling.VERSIE}) {
            elkeBitInDeArgon2Velden(bestand(ECHT, versie));
        }
    }

    private void elkeBitInDeArgon2Velden(byte[] bestand) throws Exception {
        Path ringbestand = dir.resolve("sleutelring.szk");
        int geweigerd = 0;
        // The 96 bits of memory, passes and lanes, and the 128 of the salt beside them.
        for (int bit = 0; bit < (12 + 16) * 8; bit++) {
            byte[] kapot = bestand.clone();
            kapot[RING_IN_BESTAND + VELDEN + bit / 8] ^= (byte) (1 << (bit % 8));
            Teller teller = new Teller();
            OngeldigBestand e = assertThrows(OngeldigBestand.class, () -> Versleuteling.ontsleutel(
                    new ByteArrayInputStream(kapot), OutputStream.nullOutputStream(), teller), "bit " + bit);
            assertEquals("crypto.ongeldigBestand", e.messageKey());
            assertEquals(List.of(), teller.gevraagd, "no derivation for bit " + bit);

            // The same ring in the data folder: refused when read, before the door derives anything.
            Files.write(ringbestand, Arrays.copyOfRange(kapot, RING_IN_BESTAND, RING_IN_BESTAND + Sleutelring.LENGTE));
            assertThrows(OngeldigBestand.class, () -> new Sleutelkluis(ringbestand).lees(), "ring, bit " + bit);
            geweigerd++;
        }
        assertEquals(224, geweigerd);
        assertArrayEquals(ECHT.dataSleutel(), Sleutelring.lees(Arrays.copyOfRange(bestand, RING_IN_BESTAND,
                RING_IN_BESTAND + Sleutelring.LENGTE)).open(WACHTWOORD), "undamaged, it opens");
    }

    @Test
    void aVersionOneRingAsksForNoMoreThanTheCeilingWhateverBitFlips() throws Exception {
        // Version 1 has no checksum: a flip that stays within bounds reaches the derivation (and then
        // fails its tag); one that asks for more than the ceiling is refused first.
        Sleutelring.Nieuw oud = OudeRingen.versie1(WACHTWOORD, KdfParameters.STANDAARD);
        byte[] bestand = bestand(oud, Versleuteling.VERSIE_1);
        int vooraf = 0;
        for (int bit = 0; bit < 96; bit++) {
            byte[] kapot = bestand.clone();
            kapot[RING_IN_BESTAND + VELDEN + bit / 8] ^= (byte) (1 << (bit % 8));
            Teller teller = new Teller();
            try {
                Versleuteling.ontsleutel(new ByteArrayInputStream(kapot), OutputStream.nullOutputStream(), teller);
            } catch (OngeldigBestand e) {
                assertEquals(List.of(), teller.gevraagd);
                vooraf++;
                continue;
            } catch (VerkeerdeSleutel e) {
                KdfParameters k = teller.gevraagd.getFirst();
                assertTrue(k.geheugenKiB() <= 256 * 1024 && k.iteraties() <= 16 && k.parallel() <= 16
                        && (long) k.geheugenKiB() * k.iteraties() <= 1024 * 1024, "bit " + bit + ": " + k);
                continue;
            }
            throw new AssertionError("bit " + bit + " was not refused");
        }
        // Memory 65536 KiB: bit 16 (to zero) and bits 18-31 (320 MiB and up, or negative); passes 3:
        // bits 4-31 (19 and up); lanes 1: bit 0 (to zero) and bits 4-31 (17 and up).
        assertEquals(1 + 14 + 28 + 1 + 28, vooraf);
        byte[] geheugen = bestand.clone();
        ByteBuffer.wrap(geheugen, RING_IN_BESTAND + VELDEN, 4).putInt(3 << 20); // 3 GiB, as in the issue
        Teller teller = new Teller();
        assertThrows(OngeldigBestand.class, () -> Versleuteling.ontsleutel(new ByteArrayInputStream(geheugen),
                OutputStream.nullOutputStream(), teller));
        assertEquals(List.of(), teller.gevraagd);
    }

    @Test
    void aVersionOneRingStillOpensAndCanBeRewrittenInTheCurrentVersion() throws Exception {
        byte[] bestand = bestand(SNEL_V1, Versleuteling.VERSIE_1);
        Sleutelring gelezen = Versleuteling.ring(new ByteArrayInputStream(bestand));
        assertEquals(1, gelezen.versie());
        assertArrayEquals(SNEL_V1.dataSleutel(), gelezen.open(WACHTWOORD));
        assertArrayEquals(SNEL_V1.dataSleutel(), gelezen.openMetHerstelcode(SNEL_V1.herstelcode()));
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Versleuteling.ontsleutel(new ByteArrayInputStream(bestand), uit, ring -> ring.open(WACHTWOORD));
        assertEquals("inhoud", uit.toString(StandardCharsets.UTF_8));

        Sleutelring.Geopend bijgewerkt = gelezen.openEnWerkBij(WACHTWOORD, VersleutelingTest.SNEL);
        assertArrayEquals(SNEL_V1.dataSleutel(), bijgewerkt.dataSleutel());
        Sleutelring nieuw = Sleutelring.lees(bijgewerkt.ring().bytes());
        assertEquals(2, nieuw.versie());
        assertArrayEquals(SNEL_V1.dataSleutel(), nieuw.open(WACHTWOORD), "the same passphrase");
        assertArrayEquals(SNEL_V1.dataSleutel(), nieuw.openMetHerstelcode(SNEL_V1.herstelcode()), "the same code");
        Sleutelring.Geopend al = nieuw.openEnWerkBij(WACHTWOORD, VersleutelingTest.SNEL);
        assertTrue(al.ring() == nieuw, "a current ring stays as it is");

        // A tampered version-1 header within bounds is still refused, by the tag bound to it.
        byte[] ring = SNEL_V1.ring().bytes();
        ring[VELDEN + 3] ^= 1; // 1024 -> 1025 KiB
        assertThrows(VerkeerdeSleutel.class, () -> Sleutelring.lees(ring).open(WACHTWOORD));
    }

    @Test
    void aForgedHeaderWithItsChecksumRecomputedIsStillRefused() throws Exception {
        // Someone who knows the format changes the costs within bounds and writes the matching
        // checksum: the ring reads, but the header is bound to the passphrase wrap.
        for (int[] kosten : new int[][] {{2048, 1, 1}, {1024, 2, 1}, {1024, 1, 2}}) {
            byte[] ring = SNEL.ring().bytes();
            ByteBuffer.wrap(ring, VELDEN, 12).putInt(kosten[0]).putInt(kosten[1]).putInt(kosten[2]);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("SZKR-kop-2".getBytes(StandardCharsets.US_ASCII));
            System.arraycopy(sha.digest(Arrays.copyOf(ring, 33)), 0, ring, 33, 12);
            Sleutelring vervalst = Sleutelring.lees(ring);
            assertThrows(VerkeerdeSleutel.class, () -> vervalst.open(WACHTWOORD), Arrays.toString(kosten));

            byte[] zonder = SNEL.ring().bytes();
            ByteBuffer.wrap(zonder, VELDEN, 12).putInt(kosten[0]).putInt(kosten[1]).putInt(kosten[2]);
            assertThrows(OngeldigBestand.class, () -> Sleutelring.lees(zonder), "without the checksum: damaged");
        }
        assertEquals(2, SNEL.ring().versie(), "new rings are version 2");
        assertArrayEquals(SNEL.dataSleutel(), Sleutelring.lees(SNEL.ring().bytes()).open(WACHTWOORD));
    }

    @Test
    void theBoundsAdmitTheAppsOwnProfilesAndNothingAbsurd() {
        assertTrue(KdfParameters.binnenGrenzen(64 * 1024, 3, 1), "STANDAARD");
        assertTrue(KdfParameters.binnenGrenzen(1024, 1, 1), "the tests' cheap profile");
        assertTrue(KdfParameters.binnenGrenzen(256 * 1024, 4, 4), "room for the default to grow");
        for (int[] k : new int[][] {{0, 1, 1}, {-1, 1, 1}, {1024, 0, 1}, {1024, -3, 1}, {1024, 1, 0}, {1024, 1, -1},
                {256 * 1024 + 1, 1, 1}, {1024, 17, 1}, {1024, 1, 17}, {256 * 1024, 5, 1}, {3 << 20, 1, 1},
                {Integer.MAX_VALUE, 1, 1}, {64, 1, 16}}) {
            assertFalse(KdfParameters.binnenGrenzen(k[0], k[1], k[2]), Arrays.toString(k));
            assertThrows(IllegalArgumentException.class, () -> new KdfParameters(k[0], k[1], k[2]));
        }
    }
}
