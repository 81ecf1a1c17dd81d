package nl.spoorzoeker.store;

import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import nl.spoorzoeker.input.MessageKeyed;

/**
 * The one reading of a failure into what the coach is told: a bundle key and its arguments, naming
 * the cause and the next step. The command line prints it, the window shows it; neither shows an
 * exception's own text or a stack trace (those go to the log only).
 *
 * <p>Pure: it reads the exception chain and nothing else (no file system, no locale), so every row
 * of its table is tested without a disk that is full or read-only.
 */
public record Foutmelding(StoreFailure soort, String key, Object... args) {

    /** A failure no rule below recognises: the general message, the log has the details. */
    public static final String ONVERWACHT = "error.unexpected";

    public static Foutmelding van(Throwable fout) {
        if (fout instanceof MessageKeyed refusal) {
            return new Foutmelding(StoreFailure.OTHER, refusal.messageKey(), refusal.args());
        }
        if (fout instanceof DatabaseOpenException open) {
            return vanOpenen(open);
        }
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof Doelfout doel) {
                // A place the coach chose in the window: that place, and another place as the way out.
                return vanDoel(doel.getCause(), doel.doel(), true);
            }
            if (t instanceof InvalidPathException pad) {
                // LANG=C with "Cliënten": the JVM cannot turn the name into bytes for the system.
                return new Foutmelding(StoreFailure.OTHER, "cli.fout.tekenset", pad.getInput(),
                        System.getProperty("sun.jnu.encoding", "?"));
            }
            if (t instanceof MessageKeyed refusal && t != fout) {
                // A refusal wrapped by a layer that had nothing to add (a background task, a runner).
                return new Foutmelding(StoreFailure.OTHER, refusal.messageKey(), refusal.args());
            }
        }
        StoreFailure soort = StoreFailure.of(fout);
        String plek = plek(fout);
        if ((soort == StoreFailure.OTHER || soort == StoreFailure.IO) && plek != null) {
            // The file system refused a folder for another reason ("Not a directory", a loop of
            // links): which folder, and the system's reason, which names the cause well enough.
            return new Foutmelding(soort, "cli.fout.map", plek, reden(fout));
        }
        return switch (soort) {
            case DISK_FULL, READ_ONLY, NO_PERMISSION -> metPlek(soort, plek);
            case CANNOT_WRITE -> new Foutmelding(soort, "error.cannotWrite");
            case IO -> new Foutmelding(soort, "error.io");
            case CORRUPT -> new Foutmelding(soort, "error.corrupt");
            case BUSY -> new Foutmelding(soort, "error.busy");
            case OTHER -> new Foutmelding(soort, ONVERWACHT);
        };
    }

    /**
     * A refused open says what it found about the file; when the file system refused the open
     * itself (a full disk while creating the -wal, a read-only medium), that cause is the message.
     */
    private static Foutmelding vanOpenen(DatabaseOpenException open) {
        if (open.reason() == DatabaseOpenException.Reason.CANNOT_WRITE
                || open.reason() == DatabaseOpenException.Reason.MIGRATION_FAILED) {
            StoreFailure oorzaak = StoreFailure.of(open.getCause());
            switch (oorzaak) {
                case DISK_FULL, READ_ONLY, NO_PERMISSION -> {
                    String plek = plek(open.getCause());
                    return metPlek(oorzaak, plek != null ? plek : open.file().getParent().toString());
                }
                default -> {
                    // the open's own explanation below
                }
            }
        }
        return new Foutmelding(switch (open.reason()) {
            case DAMAGED, TRUNCATED -> StoreFailure.CORRUPT;
            case CANNOT_WRITE -> StoreFailure.CANNOT_WRITE;
            default -> StoreFailure.OTHER;
        }, open.messageKey(), open.args());
    }

    /**
     * A file the coach asked for at a place of their choosing ({@code report --out}) that could not
     * be written there: the place is the coach's file, not the data folder, so the next step is
     * another {@code --out} (or room, or rights, on that disk) — not {@code --data-dir}, which the
     * data folder's messages name. Other failures read as {@link #van}.
     */
    public static Foutmelding vanUitvoer(Throwable fout, java.nio.file.Path doel) {
        Foutmelding m = vanDoel(fout, doel, false);
        // The command line's other refusals keep their general reading ("cli.fout.map" for "Not a directory").
        return m == null ? van(fout) : m;
    }

    /**
     * The chosen place's refusal: full, read-only, no rights, no such folder, or — in the window — another
     * refusal of the place (a file where a folder should be, a folder where the file should be). The
     * command line's sentences ({@code venster} false) name {@code --out} as the way out, the window's
     * another place; null for a refusal the command line reads as {@link #van}.
     */
    private static Foutmelding vanDoel(Throwable fout, java.nio.file.Path doel, boolean venster) {
        StoreFailure soort = StoreFailure.of(fout);
        String key = switch (soort) {
            case DISK_FULL -> venster ? "fout.doel.schijfVol" : "cli.uitvoer.schijfVol";
            case READ_ONLY -> venster ? "fout.doel.alleenLezen" : "cli.uitvoer.alleenLezen";
            case NO_PERMISSION -> venster ? "fout.doel.geenRecht" : "cli.uitvoer.geenRecht";
            default -> null;
        };
        if (key != null) {
            return new Foutmelding(soort, key, doel.toString());
        }
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.NoSuchFileException) {
                return new Foutmelding(StoreFailure.OTHER, venster ? "fout.doel.geenMap" : "cli.uitvoer.geenMap",
                        String.valueOf(doel.getParent()));
            }
        }
        // The system's reason ("Not a directory") is English whatever the language: the sentence says it instead.
        return venster ? new Foutmelding(soort, "fout.doel.anders", doel.toString()) : null;
    }

    /** The message with the place the system named, or without one (SQLite names no file). */
    private static Foutmelding metPlek(StoreFailure soort, String plek) {
        String[] keys = switch (soort) {
            case DISK_FULL -> new String[] {"error.diskFull", "fout.schijfVol.plek"};
            case READ_ONLY -> new String[] {"fout.alleenLezen", "fout.alleenLezen.plek"};
            default -> new String[] {"fout.geenRecht", "fout.geenRecht.plek"};
        };
        return plek == null ? new Foutmelding(soort, keys[0]) : new Foutmelding(soort, keys[1], plek);
    }

    /** The file system's own reason for the refusal ("Not a directory"), or the kind of refusal. */
    private static String reden(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                return fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
            }
        }
        return "";
    }

    /**
     * Where the file system refused: the file or folder it names (as given: turning it back into a
     * {@code Path} could fail again under LANG=C). SQLite's errors name no file.
     */
    private static String plek(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                return fs.getFile();
            }
        }
        return null;
    }
}
