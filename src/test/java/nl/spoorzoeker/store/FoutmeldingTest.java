package nl.spoorzoeker.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.spoorzoeker.input.Weigering;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import nl.spoorzoeker.ui.I18n;

/**
 * The classifier's table: each failure the coach can meet (issue 23 item 5) and the message it
 * becomes, checked as rendered in Dutch and in English (every key in both, every placeholder
 * filled, the place named where the system named it). The command line and the window both read
 * failures through it; MeldingenTest drives the real cases through the command line.
 */
class FoutmeldingTest {

    private static final Path DB = Path.of("/data/praktijk/spoorzoeker.db");
    private static final String LOCK = "/data/praktijk/spoorzoeker.lock";

    record Rij(String wat, Throwable fout, String key, Object... args) {
    }

    private static SQLiteException sqlite(SQLiteErrorCode code) {
        return new SQLiteException("[" + code.name() + "] " + code.message, code);
    }

    static List<Rij> tabel() {
        return List.of(
                new Rij("SQLite full during a write", sqlite(SQLiteErrorCode.SQLITE_FULL), "error.diskFull"),
                new Rij("the import's scratch database on a full disk",
                        new IllegalStateException("scratch database", sqlite(SQLiteErrorCode.SQLITE_FULL)), "error.diskFull"),
                new Rij("a file write on a full disk", new FileSystemException(LOCK, null, "No space left on device"),
                        "fout.schijfVol.plek", LOCK),
                new Rij("a stream write on a full disk", new IOException("No space left on device"), "error.diskFull"),
                new Rij("the -shm cannot grow when opening on a full disk",
                        new DatabaseOpenException(DatabaseOpenException.Reason.CANNOT_WRITE, DB, "x",
                                sqlite(SQLiteErrorCode.SQLITE_IOERR_SHMSIZE)), "fout.schijfVol.plek", DB.getParent().toString()),
                new Rij("a read-only medium", new FileSystemException(LOCK, null, "Read-only file system"),
                        "fout.alleenLezen.plek", LOCK),
                new Rij("opening on a read-only medium", new DatabaseOpenException(DatabaseOpenException.Reason.CANNOT_WRITE,
                        DB, "x", new FileSystemException(DB.toString(), null, "Read-only file system")),
                        "fout.alleenLezen.plek", DB.toString()),
                new Rij("no write permission", new AccessDeniedException(LOCK), "fout.geenRecht.plek", LOCK),
                new Rij("another user's folder", new FileSystemException("/data/praktijk", null, "Operation not permitted"),
                        "fout.geenRecht.plek", "/data/praktijk"),
                new Rij("a database cut short", new DatabaseOpenException(DatabaseOpenException.Reason.TRUNCATED, DB, "x"),
                        "db.open.truncated", DB, ""),
                new Rij("a damaged database", new DatabaseOpenException(DatabaseOpenException.Reason.DAMAGED, DB, "x"),
                        "db.open.damaged", DB, ""),
                new Rij("LANG=C with Cliënten", new InvalidPathException("/data/Cliënten", "Malformed input or input contains unmappable characters"),
                        "cli.fout.tekenset", "/data/Cliënten", System.getProperty("sun.jnu.encoding", "?")),
                new Rij("no home folder", new Weigering("data.geenThuismap", "SPOORZOEKER_HOME"), "data.geenThuismap",
                        "SPOORZOEKER_HOME"),
                new Rij("a refusal inside a background task's wrapper",
                        new java.util.concurrent.CompletionException(new Weigering("data.geenThuismap", "SPOORZOEKER_HOME")),
                        "data.geenThuismap", "SPOORZOEKER_HOME"),
                new Rij("SQLite may not write (no reason given)", sqlite(SQLiteErrorCode.SQLITE_READONLY), "error.cannotWrite"),
                new Rij("SQLite cannot open", sqlite(SQLiteErrorCode.SQLITE_CANTOPEN), "error.cannotWrite"),
                new Rij("a disk error", sqlite(SQLiteErrorCode.SQLITE_IOERR_READ), "error.io"),
                new Rij("damage met while working", sqlite(SQLiteErrorCode.SQLITE_CORRUPT), "error.corrupt"),
                new Rij("busy", sqlite(SQLiteErrorCode.SQLITE_BUSY), "error.busy"),
                new Rij("anything else", new IllegalStateException("boom"), "error.unexpected"),
                // A place the coach chose in the window: that place, and another place as the way out (not the data folder's).
                new Rij("an export to a read-only stick", doelfout(new FileSystemException(STICK + "/.szx-tmp-1", null,
                        "Read-only file system")), "fout.doel.alleenLezen", DOEL),
                new Rij("a report to a full stick, inside a task's wrapper", new java.util.concurrent.CompletionException(
                        doelfout(new IOException("No space left on device"))), "fout.doel.schijfVol", DOEL),
                new Rij("an access export to a folder of another user", doelfout(new AccessDeniedException(STICK)),
                        "fout.doel.geenRecht", DOEL),
                new Rij("a stick taken out", doelfout(new java.nio.file.NoSuchFileException(STICK + "/.szx-tmp-1")),
                        "fout.doel.geenMap", STICK),
                new Rij("a file where the folder should be", doelfout(new FileSystemException(DOEL, null, "Not a directory")),
                        "fout.doel.anders", DOEL));
    }

    private static final String STICK = "/media/stick";
    private static final String DOEL = STICK + "/inzage.zip";

    private static Doelfout doelfout(IOException oorzaak) {
        return new Doelfout(Path.of(DOEL), oorzaak);
    }

    @Test
    void everyFailureBecomesItsMessageWithThePlace() {
        for (Rij rij : tabel()) {
            Foutmelding m = Foutmelding.van(rij.fout());
            assertEquals(rij.key(), m.key(), rij.wat());
            assertArrayEquals(java.util.Arrays.stream(rij.args()).map(String::valueOf).toArray(),
                    java.util.Arrays.stream(m.args()).map(String::valueOf).toArray(), rij.wat());
        }
    }

    @Test
    void everyMessageReadsCompleteInDutchAndEnglishAndNamesNoExceptionText() {
        for (Locale taal : List.of(I18n.DUTCH, I18n.ENGLISH)) {
            ResourceBundle bundel = ResourceBundle.getBundle(I18n.BUNDLE, taal,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (Rij rij : tabel()) {
                Foutmelding m = Foutmelding.van(rij.fout());
                assertTrue(bundel.containsKey(m.key()), taal + ": " + m.key());
                String tekst = m.args().length == 0 ? bundel.getString(m.key())
                        : new MessageFormat(bundel.getString(m.key()), taal).format(m.args());
                assertFalse(tekst.matches("(?s).*\\{\\d.*"), taal + " " + rij.wat() + ": " + tekst);
                assertFalse(tekst.contains("SQLITE_") || tekst.contains("Exception") || tekst.contains("boom"),
                        taal + " " + rij.wat() + ": " + tekst);
                if (m.args().length > 0 && !m.key().startsWith("db.open.")) {
                    assertTrue(tekst.contains(String.valueOf(m.args()[0])), "the place is named: " + tekst);
                }
            }
        }
    }
}
