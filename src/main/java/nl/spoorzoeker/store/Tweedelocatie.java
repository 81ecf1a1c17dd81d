package nl.spoorzoeker.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The second backup location's marker (issue 23): a file the app writes into the folder when the
 * coach chooses it. A USB stick that is not plugged in often leaves its mount point behind as an
 * empty folder on the system disk; "the folder exists" would then send the backups — and a retention
 * pass — to the laptop's own disk as if it were the stick. The marker is on the stick, so the
 * folder counts as the second location only while the marker is there.
 */
public final class Tweedelocatie {

    /** The marker's name in the chosen folder. */
    public static final String MERK = ".spoorzoeker-tweede-locatie";

    private Tweedelocatie() {
    }

    /** Writes the marker (atomically, forced): when the coach chooses the folder, so while the medium is there. */
    public static void markeer(Path map) throws IOException {
        Bestanden.schrijfAtomisch(map.resolve(MERK), ("Spoorzoeker: tweede back-uplocatie. Niet verwijderen: zonder dit"
                + " bestand schrijft Spoorzoeker hier geen back-ups.\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The folder is the chosen medium: it exists and holds the marker. */
    public static boolean aangesloten(Path map) {
        return Files.isDirectory(map) && Files.isRegularFile(map.resolve(MERK));
    }

    /** The folder exists but holds no marker: an empty mount point, or a location chosen before the marker existed. */
    public static boolean zonderMerk(Path map) {
        return Files.isDirectory(map) && !Files.isRegularFile(map.resolve(MERK));
    }
}
