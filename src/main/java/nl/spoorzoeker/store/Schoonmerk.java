package nl.spoorzoeker.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The mark of a clean shutdown after a checked session: written beside the database when it closed
 * normally and its contents passed {@code quick_check} during that session, taken away (durably)
 * as the next open starts. Only with this mark, for exactly the file it was written for (size,
 * modification time and file identity), may that open leave the full-file check for later: a crash,
 * a kill, a restore, a copy from elsewhere or a file touched by anything but this program finds no
 * valid mark and is checked in full before it is used, as before (issue 21 item 10: on a 400 MB
 * practice that check took 4–9 s of every unlock).
 */
final class Schoonmerk {

    private static final String VERSIE = "v1";

    private Schoonmerk() {
    }

    static Path pad(Path db) {
        return db.resolveSibling(db.getFileName() + "-schoon");
    }

    /**
     * Removes the mark (forced to disk before the database is opened: a crash in this session must
     * find none) and says whether it was there and belongs to the file as it is now.
     */
    static boolean neemWeg(Path db) throws IOException {
        Path merk = pad(db);
        if (!Files.exists(merk)) {
            return false;
        }
        String gelezen;
        try {
            gelezen = Files.readString(merk, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            gelezen = "";
        }
        Files.delete(merk);
        Bestanden.forceerMap(merk.getParent());
        Breekpunt.na("schoonmerk.merk-weg");
        return Files.isRegularFile(db) && gelezen.equals(beschrijving(db));
    }

    /** Written after the last connection closed (the WAL is then folded into the file, which is final). */
    static void schrijf(Path db) throws IOException {
        Bestanden.schrijfAtomisch(pad(db), beschrijving(db).getBytes(StandardCharsets.US_ASCII));
        Breekpunt.na("schoonmerk.merk-geschreven");
    }

    private static String beschrijving(Path db) throws IOException {
        BasicFileAttributes a = Files.readAttributes(db, BasicFileAttributes.class);
        return VERSIE + " " + a.size() + " " + a.lastModifiedTime().toMillis() + " " + a.fileKey();
    }
}
