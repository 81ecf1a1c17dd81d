package nl.spoorzoeker.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Bestanden;
import nl.spoorzoeker.store.Uitvoer;

/**
 * Where a practice's data lives: the command line's {@code --data-dir} first, then the
 * {@code SPOORZOEKER_HOME} environment variable, then the usual per-user folder of the OS.
 */
public record DataDirectory(Path root) {

    public static final String ENV_HOME = "SPOORZOEKER_HOME";
    static final String DATABASE_FILE = "spoorzoeker.db";

    public static DataDirectory resolve(Path override, Map<String, String> env, String osName, String userHome) {
        if (override != null) {
            return new DataDirectory(override.toAbsolutePath().normalize());
        }
        String fromEnv = env.get(ENV_HOME);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataDirectory(Path.of(fromEnv).toAbsolutePath().normalize());
        }
        // A user without a home (no passwd entry: Java reports "?") would get a practice in ./?/…
        // below whatever folder the program was started from: refused, with the way out named.
        if (userHome == null || userHome.isBlank() || userHome.equals("?") || !Path.of(userHome).isAbsolute()) {
            throw new Weigering("data.geenThuismap", ENV_HOME);
        }
        return new DataDirectory(osDefault(env, osName.toLowerCase(Locale.ROOT), Path.of(userHome)));
    }

    public static DataDirectory resolve(Path override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    private static Path osDefault(Map<String, String> env, String os, Path home) {
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Spoorzoeker");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Spoorzoeker");
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("spoorzoeker");
    }

    public Path database() {
        return root.resolve(DATABASE_FILE);
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** The wrapped keys that encrypt backups and exports. */
    public Path sleutelring() {
        return root.resolve("sleutelring.szk");
    }

    /** Wrong passphrases since the last right one: the door's back-off, shared by the window and the command line. */
    public Path wachtwoordpogingen() {
        return root.resolve("wachtwoordpogingen");
    }

    /** Backups in the data folder itself (a second place is the coach's choice). */
    public Path backups() {
        return root.resolve("backups");
    }

    /** Private scratch space for plain copies that must never reach the shared temp folder. */
    public Path tijdelijk() {
        return root.resolve(Uitvoer.TIJDELIJK);
    }

    /**
     * Empties the private scratch folder — plain copies a backup, an export, an import or a viewer
     * left when the program stopped — and removes a backup's half-written temporary file. Called once per process, right after the instance lock is
     * taken and before any background work starts, so nothing can be using a file in it; never
     * later (a window rebuilt for a language switch must not pull a copy from under a running backup).
     */
    public void ruimOpBijStart() {
        // A backup killed while writing leaves its encrypted half file under a temporary name.
        if (Files.isDirectory(backups())) {
            try (var bestanden = Files.list(backups())) {
                for (Path p : bestanden.filter(p -> p.getFileName().toString().startsWith(".szb-tmp-")).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                org.slf4j.LoggerFactory.getLogger(DataDirectory.class).warn("Could not clean the backups folder", e);
            }
        }
        ruimOudeSchemamappenOp(Path.of(System.getProperty("java.io.tmpdir")), java.time.Instant.now());
        try {
            // An access export killed while copying to another file system left its temporary file there.
            Bestanden.ruimOnderwegOp(root.resolve(Bestanden.ONDERWEG));
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DataDirectory.class).warn("Could not remove a temporary file left outside the data folder", e);
        }
        Path map = tijdelijk();
        if (!Files.isDirectory(map)) {
            return;
        }
        try (var bestanden = Files.walk(map)) {
            for (Path p : bestanden.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(map)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // What cannot be removed now is tried again at the next start; it never stops this one.
            org.slf4j.LoggerFactory.getLogger(DataDirectory.class).warn("Could not empty the private temporary folder", e);
        }
    }

    /**
     * Removes the {@code spoorzoeker-schema*} folders that versions before the in-memory reference
     * schema made in the shared temporary folder and left there when they were killed. Only this
     * user's, and only those untouched for an hour: an older version still running beside this one
     * may be using a fresh one. Nothing in them is client data (an empty schema); they only pile up.
     */
    static List<Path> ruimOudeSchemamappenOp(Path tmp, java.time.Instant nu) {
        List<Path> weg = new java.util.ArrayList<>();
        try (var mappen = Files.newDirectoryStream(tmp, "spoorzoeker-schema*")) {
            var ik = java.nio.file.FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            for (Path map : mappen) {
                if (Files.isDirectory(map, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getOwner(map, java.nio.file.LinkOption.NOFOLLOW_LINKS).equals(ik)
                        && Files.getLastModifiedTime(map).toInstant().isBefore(nu.minus(java.time.Duration.ofHours(1)))) {
                    try (var inhoud = Files.walk(map)) {
                        for (Path p : inhoud.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                    weg.add(map);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Someone else's folder or a temp folder we cannot list: not ours to clean, never a reason to stop.
            org.slf4j.LoggerFactory.getLogger(DataDirectory.class).info("Old schema folders not cleaned: {}",
                    e.getClass().getSimpleName());
        }
        return weg;
    }

    /** Creates the folder, readable by its owner only where the file system allows that. */
    public void create() throws IOException {
        Files.createDirectories(root);
        try {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the per-user profile folder is already private to the user.
        } catch (java.nio.file.FileSystemException e) {
            // Another user's folder or a read-only medium: what reads only goes on; what writes is
            // refused where it writes, with the cause. A folder we could write to but not make private
            // is refused here.
            if (Files.isWritable(root)) {
                throw e;
            }
        }
    }
}
