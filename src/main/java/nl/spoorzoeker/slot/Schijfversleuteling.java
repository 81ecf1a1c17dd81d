package nl.spoorzoeker.slot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the disk holding the data folder is encrypted by the operating system: BitLocker on
 * Windows, FileVault on macOS, LUKS (dm-crypt) on Linux. The database itself is not encrypted in
 * this version, so without full-disk encryption a stolen laptop gives away the health data; the
 * coach is warned once. Where the system does not tell (a container, a network folder, a tool
 * that needs admin rights), the answer is "unknown", which is warned about too.
 */
public final class Schijfversleuteling {

    private static final Logger LOG = LoggerFactory.getLogger(Schijfversleuteling.class);

    public enum Stand { AAN, UIT, ONBEKEND }

    private Schijfversleuteling() {
    }

    /** Asks the operating system; takes at most a few seconds (run it off the FX thread). */
    public static Stand controleer(Path map) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("win")) {
                String schijf = map.toAbsolutePath().getRoot().toString().replace("\\", "");
                return bitlocker(uitvoer(List.of("powershell", "-NoProfile", "-NonInteractive", "-Command",
                        "(New-Object -ComObject Shell.Application).NameSpace('" + schijf
                                + "').Self.ExtendedProperty('System.Volume.BitLockerProtection')")));
            }
            if (os.contains("mac")) {
                return fileVault(uitvoer(List.of("fdesetup", "status")));
            }
            if (os.contains("linux")) {
                String mountinfo = Files.readString(Path.of("/proc/self/mountinfo"), StandardCharsets.UTF_8);
                return bron(mountinfo, map.toAbsolutePath().toRealPath()).map(Schijfversleuteling::linuxApparaat)
                        .orElse(Stand.ONBEKEND);
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Could not tell whether the disk is encrypted: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Stand.ONBEKEND;
    }

    /** BitLockerProtection: 1 on, 3 encrypting, 5 on but suspended… 0 and 2 off; anything else unknown. */
    static Stand bitlocker(String uitvoer) {
        return switch (uitvoer.strip()) {
            case "1", "3", "5" -> Stand.AAN;
            case "0", "2" -> Stand.UIT;
            default -> Stand.ONBEKEND;
        };
    }

    static Stand fileVault(String uitvoer) {
        String t = uitvoer.strip();
        if (t.startsWith("FileVault is On")) {
            return Stand.AAN;
        }
        return t.startsWith("FileVault is Off") ? Stand.UIT : Stand.ONBEKEND;
    }

    /** The device the longest mount point above {@code pad} comes from (field 10 of mountinfo). */
    static Optional<String> bron(String mountinfo, Path pad) {
        String beste = null;
        int lengte = -1;
        for (String regel : mountinfo.split("\n")) {
            String[] delen = regel.split(" ");
            int streep = List.of(delen).indexOf("-");
            if (delen.length < 5 || streep < 0 || streep + 2 >= delen.length) {
                continue;
            }
            String punt = delen[4].replace("\\040", " ");
            if (pad.startsWith(Path.of(punt)) && punt.length() > lengte) {
                lengte = punt.length();
                beste = delen[streep + 2];
            }
        }
        return Optional.ofNullable(beste);
    }

    /** A /dev/… block device: encrypted when it, or a device it is built on, is a dm-crypt mapping. */
    private static Stand linuxApparaat(String bron) {
        if (!bron.startsWith("/dev/")) {
            return Stand.ONBEKEND; // tmpfs, overlay, a network share: the system cannot say
        }
        try {
            Path apparaat = Path.of(bron).toRealPath();
            return versleuteld(Path.of("/sys/class/block").resolve(apparaat.getFileName()), 0) ? Stand.AAN : Stand.UIT;
        } catch (IOException e) {
            return Stand.ONBEKEND;
        }
    }

    private static boolean versleuteld(Path blok, int diepte) throws IOException {
        Path uuid = blok.resolve("dm/uuid");
        if (Files.isRegularFile(uuid) && Files.readString(uuid).startsWith("CRYPT-")) {
            return true;
        }
        Path onder = blok.resolve("slaves");
        if (diepte < 8 && Files.isDirectory(onder)) {
            try (var lijst = Files.list(onder)) {
                for (Path p : lijst.toList()) {
                    if (versleuteld(p, diepte + 1)) {
                        return true;
                    }
                }
            }
        }
        // A partition: its disk's holders do not matter, but LVM/LUKS sit above, not below; nothing found.
        return false;
    }

    private static String uitvoer(List<String> opdracht) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
        byte[] uit = p.getInputStream().readNBytes(4096);
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "";
        }
        return new String(uit, StandardCharsets.UTF_8);
    }
}
