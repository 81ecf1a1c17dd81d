package nl.spoorzoeker.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises the plain "open the window" command lines ({@code [--data-dir D] [--demo]}) without
 * picocli. Anything else, including every error, goes to picocli, which owns the full grammar
 * of {@link SpoorzoekerCommand}.
 */
record WindowArguments(Path dataDir, boolean demo) {

    static Optional<WindowArguments> parse(String[] args) {
        Path dataDir = null;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--demo") && !demo) {
                demo = true;
            } else if (arg.equals("--data-dir") && dataDir == null && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                dataDir = Path.of(args[++i]);
            } else if (arg.startsWith("--data-dir=") && dataDir == null && arg.length() > "--data-dir=".length()) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowArguments(dataDir, demo));
    }
}
