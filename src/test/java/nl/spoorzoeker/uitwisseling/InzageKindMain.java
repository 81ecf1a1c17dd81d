package nl.spoorzoeker.uitwisseling;

import java.nio.file.Path;
import java.time.Clock;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taal.Teksten;

/**
 * The child of the access-export kill test: writes the inzage of a dossier to a file the coach
 * chose and prints "KLAAR". Started with {@code -Dspoorzoeker.breekpunt=NAME} it stops dead there.
 * Arguments: the data folder, the traject id, the target file.
 */
public final class InzageKindMain {

    private InzageKindMain() {
    }

    public static void main(String[] args) throws Exception {
        DataDirectory data = new DataDirectory(Path.of(args[0]));
        try (Database db = Database.open(data.database())) {
            new UitwisselingService(db, data.tijdelijk(), Clock.systemUTC(), "test")
                    .inzageVoorDossier(Integer.parseInt(args[1]), Path.of(args[2]), Teksten.nederlands());
        }
        System.out.println("KLAAR");
        System.out.flush();
    }
}
