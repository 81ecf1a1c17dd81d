package nl.spoorzoeker.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file the coach asked for could not be written at the place the coach chose (a read-only, full or
 * foreign folder): the cause is the system's refusal, {@link #doel()} the file asked for. Kept apart
 * from a failure in the data folder, because the way out differs: another place for the file, not
 * another data folder. An operation that writes both (an export builds its plain archive in the data
 * folder's {@code tijdelijk/}, then writes the encrypted one at the chosen place) throws this only
 * for the chosen place.
 */
public final class Doelfout extends IOException {

    private final transient Path doel;

    public Doelfout(Path doel, IOException oorzaak) {
        super("The chosen place could not take the file", oorzaak);
        this.doel = doel;
    }

    /** The file the coach chose (absolute). */
    public Path doel() {
        return doel;
    }
}
