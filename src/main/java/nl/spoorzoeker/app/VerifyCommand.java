package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.slot.Pogingen;
import nl.spoorzoeker.store.Kopiecontrole;
import picocli.CommandLine.Command;
import nl.spoorzoeker.crypto.OngeldigBestand;

/**
 * {@code spoorzoeker verify}: integrity_check of the database, then every backup generation in the
 * data folder decrypted and checked in full. Exit 1 when anything fails.
 */
@Command(name = "verify")
final class VerifyCommand extends PracticeCommand {

    @Override
    int run(AppContext context, PrintWriter out, PrintWriter err) throws Exception {
        DataDirectory dir = context.dataDirectory();
        boolean goed = "ok".equals(context.database().pragma("integrity_check"));
        out.println(Cli.text(goed ? "cli.verify.databaseGoed" : "cli.verify.databaseFout", context.database().file()));
        BackupService service = context.backupService();
        List<BackupService.Backup> generaties = service.generaties(dir.backups());
        if (generaties.isEmpty()) {
            out.println(Cli.text("cli.verify.geenBackups", dir.backups()));
            return goed ? Cli.EXIT_OK : Cli.EXIT_ERROR;
        }
        Pogingen pogingen = Cli.pogingen(dir);
        try {
            Sleutelring ring = new Sleutelkluis(dir.sleutelring()).lees();
            Cli.wachtNiet(pogingen);
            char[] wachtwoord = Wachtwoordinvoer.vraag(Cli.text("cli.wachtwoord.vraagHuidig"), out);
            byte[] dataSleutel = ring.open(wachtwoord);
            Arrays.fill(wachtwoord, ' ');
            pogingen.gelukt();
            for (BackupService.Backup b : generaties) {
                String uitkomst;
                try {
                    Kopiecontrole.Uitslag u = service.controleer(b.bestand(), r -> dataSleutel.clone());
                    uitkomst = u.goed() ? "cli.verify.backupGoed" : "cli.verify.backupFout";
                    goed &= u.goed();
                } catch (OngeldigBestand e) {
                    uitkomst = "cli.verify.backupFout";
                    goed = false;
                }
                out.println(Cli.text(uitkomst, b.bestand().getFileName()));
            }
            Arrays.fill(dataSleutel, (byte) 0);
            return goed ? Cli.EXIT_OK : Cli.EXIT_ERROR;
        } catch (Exception e) {
            return Cli.weigering(e, err, pogingen);
        }
    }
}
