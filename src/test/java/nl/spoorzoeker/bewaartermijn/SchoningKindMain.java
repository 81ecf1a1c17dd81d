package nl.spoorzoeker.bewaartermijn;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.crypto.Kluissessie;

/**
 * The child of the backup-rewrite kill test: runs the pass that takes a deleted traject out of the
 * backups of a data folder and prints "KLAAR". Started with {@code -Dspoorzoeker.breekpunt=NAME} it
 * stops dead at that point. Arguments: the data folder, the traject id; with a third, the werknemer's
 * name, it runs the deletion instead (which marks the pass pending).
 */
public final class SchoningKindMain {

    private SchoningKindMain() {
    }

    public static void main(String[] args) throws Exception {
        DataDirectory data = new DataDirectory(Path.of(args[0]));
        int traject = Integer.parseInt(args[1]);
        var ring = new Sleutelkluis(data.sleutelring()).lees();
        byte[] dataSleutel = ring.open("wachtwoord".toCharArray());
        if (args.length > 2) {
            // The deletion itself (args[2] the werknemer's name), with the backups in reach.
            var sessie = new Kluissessie();
            sessie.ontgrendel(ring, dataSleutel);
            try (Database db = Database.open(data.database())) {
                new BewaartermijnService(db, Clock.systemUTC(), new BewaartermijnService.Backupbereik(data.backups(),
                        java.util.Optional::empty, data.tijdelijk(), sessie)).verwijder(traject, args[2], true);
            }
            System.out.println("KLAAR");
            System.out.flush();
            return;
        }
        try (Database db = Database.open(data.database())) {
            Verwijdering v = new Verwijdering(traject, Map.of(), true, true, Verwijdering.Reden.VOORTIJDIG, true);
            new BackupSchoning(db, List.of(data.backups()), data.tijdelijk(), ring, dataSleutel,
                    () -> { }, () -> { }, v, true, Clock.systemUTC()).voerUit(s -> { });
        }
        System.out.println("KLAAR");
        System.out.flush();
    }
}
