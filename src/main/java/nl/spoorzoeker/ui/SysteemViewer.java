package nl.spoorzoeker.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Bestanden;

/**
 * Opens a file (a report PDF) in the program the operating system uses for it. The file is written
 * to a private folder inside the data folder, never to the shared temp folder: it holds client
 * data. That folder is emptied at the next start (the viewer may still have a file open now).
 *
 * <p>Deliberately the OS's own opener rather than {@code java.awt.Desktop}: AWT beside JavaFX is a
 * second toolkit to start, and on some desktops it is not supported at all.
 */
public final class SysteemViewer {

    private static volatile Path map = Path.of(System.getProperty("java.io.tmpdir"), "spoorzoeker-" +
            System.getProperty("user.name", "gebruiker"));

    private SysteemViewer() {
    }

    /**
     * The private folder for files handed to a viewer. It is not emptied here: a backup or an export
     * may be using the same folder this very moment. The start empties it, once, before any
     * background work runs ({@code DataDirectory.ruimOpBijStart}).
     */
    public static void gebruik(Path tijdelijkeMap) {
        map = tijdelijkeMap;
    }

    public static Path map() {
        return map;
    }

    /**
     * Writes {@code inhoud} as {@code naam} in the private folder and asks the OS to open it. Call
     * off the JavaFX thread. A refusal with a Dutch message when no viewer could be started.
     */
    public static Path open(String naam, byte[] inhoud) throws IOException {
        Bestanden.maakPriveMap(map);
        Path bestand = map.resolve(veiligeNaam(naam));
        Bestanden.schrijfAtomisch(bestand, inhoud);
        start(opener(System.getProperty("os.name", ""), bestand));
        return bestand;
    }

    /** The command that opens a file with its default program on this OS. */
    static List<String> opener(String osNaam, Path bestand) {
        String os = osNaam.toLowerCase(Locale.ROOT);
        String pad = bestand.toAbsolutePath().toString();
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", pad);
        }
        if (os.contains("mac")) {
            return List.of("open", pad);
        }
        return List.of("xdg-open", pad);
    }

    /** A file name without path separators or characters that Windows refuses. */
    static String veiligeNaam(String naam) {
        String schoon = naam.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return schoon.isEmpty() ? "rapport.pdf" : schoon;
    }

    private static void start(List<String> opdracht) {
        try {
            Process p = new ProcessBuilder(opdracht).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // xdg-open and open return as soon as the viewer is launched; a non-zero code means none was found.
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() != 0) {
                throw new Weigering("viewer.geen");
            }
        } catch (IOException e) {
            throw new Weigering("viewer.geen");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
