package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.backup.BackupTaak;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.slot.Pogingen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import nl.spoorzoeker.backup.Bewaarkopieen;

/** {@code spoorzoeker backup [--to MAP]}: a verified, encrypted backup; old generations thinned. */
@Command(name = "backup")
final class BackupCommand extends PracticeCommand {

    @Option(names = "--to", paramLabel = "MAP", descriptionKey = "cli.opt.backup.to")
    Path naar;

    @Override
    int run(AppContext context, PrintWriter out, PrintWriter err) throws Exception {
        DataDirectory dir = context.dataDirectory();
        Path map = naar != null ? naar.toAbsolutePath() : dir.backups();
        Pogingen pogingen = Cli.pogingen(dir);
        try {
            Sleutelring ring = new Sleutelkluis(dir.sleutelring()).lees();
            Cli.wachtNiet(pogingen);
            char[] wachtwoord = Wachtwoordinvoer.vraag(Cli.text("cli.wachtwoord.vraagHuidig"), out);
            byte[] dataSleutel = ring.open(wachtwoord);
            Arrays.fill(wachtwoord, ' ');
            pogingen.gelukt();
            BackupService service = context.backupService();
            // The passphrase is here: plaintext safety copies are encrypted as at the window's unlock
            // (before the backup, whose task wipes the data key when it is done).
            try {
                Bewaarkopieen.bijOntgrendelen(context.database().file(), dir.tijdelijk(), ring,
                        dataSleutel, context.clock());
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(BackupCommand.class).warn("Safety copies not encrypted: {}", e.toString());
            }
            // A retention deletion whose pass over the backups a kill, a crash or a lock stopped is
            // finished here too, before this backup is made (not only at the window's unlock).
            int schoningen;
            context.sessie().ontgrendel(ring, dataSleutel);
            try {
                schoningen = context.bewaartermijnen().voltooiOpenstaande();
            } finally {
                context.sessie().vergrendel();
            }
            if (schoningen > 0) {
                out.println(Cli.text("cli.backup.schoning", schoningen));
            }
            BackupTaak taak = new BackupTaak(service, map, ring, dataSleutel);
            BackupService.Backup b = Cli.voerUit(taak, out).orElseThrow();
            out.println(Cli.text("cli.backup.klaar", b.bestand(), b.grootte() / 1024));
            if (taak.uitgedund() > 0) {
                out.println(Cli.text("cli.backup.uitgedund", taak.uitgedund()));
            }
            return Cli.EXIT_OK;
        } catch (Exception e) {
            return Cli.weigering(e, err, pogingen);
        }
    }
}
