package nl.spoorzoeker.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises the plain "open the window" command lines ({@code [--data-dir D] [--demo]}) without
 * picocli. Anything else, including every error, goes to picocli, which owns the full grammar
 * of {@link SpoorzoekerCommand}.
 *
 * <p>One export archive ({@code .szx}) or backup ({@code .szb}) may follow: that is how the desktop
 * starts the app when a coach opens such a file (the installers' file associations). The window
 * opens as usual and, once the practice shows, offers to import the archive or restore the backup
 * (the coach confirms either); a window already open on the data folder is asked to do so instead.
 */
record WindowArguments(Path dataDir, boolean demo, Path bestand) {

    static Optional<WindowArguments> parse(String[] args) {
        Path dataDir = null;
        boolean demo = false;
        Path bestand = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (bestand == null && isOurFile(arg)) {
                bestand = asPath(arg);
            } else if (arg.equals("--demo") && !demo) {
                demo = true;
            } else if (arg.equals("--data-dir") && dataDir == null && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                dataDir = Path.of(args[++i]);
            } else if (arg.startsWith("--data-dir=") && dataDir == null && arg.length() > "--data-dir=".length()) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowArguments(dataDir, demo, bestand));
    }

    /** An archive or backup named by path (or as a file URI, which some desktops hand over). */
    private static boolean isOurFile(String arg) {
        String lower = arg.toLowerCase(java.util.Locale.ROOT);
        return !arg.startsWith("-") && (lower.endsWith(".szx") || lower.endsWith(".szb")) && asPath(arg) != null;
    }

    private static Path asPath(String arg) {
        try {
            return arg.startsWith("file:") ? Path.of(java.net.URI.create(arg)) : Path.of(arg);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null; // not a path here: picocli reports the argument
        }
    }
}
