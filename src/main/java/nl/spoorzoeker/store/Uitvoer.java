package nl.spoorzoeker.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file the coach asked for at a place of their choosing — a report, a werknemer's copy, a CV, a
 * letter, a werkboek, the practice figures, a calendar, a proof file — written so that a kill at any
 * moment leaves no plain copy of client data behind that nothing owns (issue 23).
 *
 * <p>{@link Bestanden#schrijfAtomisch} writes its temporary file beside the target: killed before its
 * rename, a whole concept report stayed in the coach's Documents folder under a hidden name that
 * no start ever removed. Here the file is first written, forced, in the data folder's private
 * {@code tijdelijk/} (emptied at every start), then put in place by {@link Bestanden#plaatsBuiten}:
 * one rename on the same disk, or — to a USB stick — a copy whose temporary name is recorded in the
 * data folder first, so the next start removes it.
 */
public final class Uitvoer {

    /** The data folder's private scratch folder, beside the database; emptied at every start. */
    public static final String TIJDELIJK = "tijdelijk";

    private Uitvoer() {
    }

    /** Writes {@code inhoud} to {@code doel} by way of the private folder of the practice {@code db} belongs to. */
    public static void bewaar(Database db, Path doel, byte[] inhoud) throws IOException {
        bewaar(db.file().toAbsolutePath().getParent(), doel, inhoud);
    }

    /** As {@link #bewaar(Database, Path, byte[])}, for the data folder {@code datamap}. */
    public static void bewaar(Path datamap, Path doel, byte[] inhoud) throws IOException {
        Path tijdelijk = datamap.resolve(TIJDELIJK);
        Path tmp;
        try {
            Bestanden.maakPriveMap(tijdelijk);
            tmp = Files.createTempFile(tijdelijk, "uitvoer-", ".tmp");
        } catch (IOException e) {
            throw Bestanden.benoem(e, tijdelijk);
        }
        try {
            try {
                Bestanden.schrijfGeforceerd(tmp, inhoud);
            } catch (IOException e) {
                throw Bestanden.benoem(e, tijdelijk);
            }
            Breekpunt.na("uitvoer.tmp-geschreven");
            try {
                Bestanden.plaatsBuiten(tmp, doel.toAbsolutePath(), datamap.resolve(Bestanden.ONDERWEG));
            } catch (IOException e) {
                // The chosen place refused it: that place's message, not the data folder's (as an export).
                throw new Doelfout(doel.toAbsolutePath(), e);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
