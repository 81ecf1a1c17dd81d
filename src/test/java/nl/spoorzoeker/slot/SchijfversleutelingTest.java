package nl.spoorzoeker.slot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import nl.spoorzoeker.slot.Schijfversleuteling.Stand;
import org.junit.jupiter.api.Test;

class SchijfversleutelingTest {

    static final String MOUNTINFO = """
            21 26 0:20 / /proc rw,relatime - proc proc rw
            26 1 253:1 / / rw,relatime - ext4 /dev/mapper/ubuntu--vg-root rw
            31 26 8:1 / /boot rw,relatime - ext4 /dev/sda1 rw
            40 26 0:35 / /home/coach/USB\\040stick rw,relatime - vfat /dev/sdb1 rw
            41 26 0:36 / /tmp rw - tmpfs tmpfs rw
            """;

    @Test
    void theLongestMountPointAboveTheFolderNamesTheDevice() {
        assertEquals(Optional.of("/dev/mapper/ubuntu--vg-root"),
                Schijfversleuteling.bron(MOUNTINFO, Path.of("/home/coach/.local/share/spoorzoeker")));
        assertEquals(Optional.of("/dev/sda1"), Schijfversleuteling.bron(MOUNTINFO, Path.of("/boot/x")));
        assertEquals(Optional.of("/dev/sdb1"), Schijfversleuteling.bron(MOUNTINFO, Path.of("/home/coach/USB stick/back-ups")));
        assertEquals(Optional.of("tmpfs"), Schijfversleuteling.bron(MOUNTINFO, Path.of("/tmp/spoorzoeker")));
        assertEquals(Optional.empty(), Schijfversleuteling.bron("", Path.of("/x")));
    }

    @Test
    void bitLockerAndFileVaultAnswersAreRead() {
        assertEquals(Stand.AAN, Schijfversleuteling.bitlocker("1\r\n"));
        assertEquals(Stand.UIT, Schijfversleuteling.bitlocker("2"));
        assertEquals(Stand.ONBEKEND, Schijfversleuteling.bitlocker(""));
        assertEquals(Stand.ONBEKEND, Schijfversleuteling.bitlocker("Access denied"));
        assertEquals(Stand.AAN, Schijfversleuteling.fileVault("FileVault is On.\n"));
        assertEquals(Stand.UIT, Schijfversleuteling.fileVault("FileVault is Off.\n"));
        assertEquals(Stand.ONBEKEND, Schijfversleuteling.fileVault("command not found"));
    }

    @Test
    void thisMachineGivesAnAnswerWithoutFailing() {
        Stand stand = Schijfversleuteling.controleer(Path.of(System.getProperty("java.io.tmpdir")));
        assertTrue(stand != null);
        System.out.println("S10 disk encryption of the temp folder on this machine: " + stand);
    }
}
