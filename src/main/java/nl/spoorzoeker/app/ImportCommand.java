package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import nl.spoorzoeker.uitwisseling.UitwisselingService;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.slot.Pogingen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import nl.spoorzoeker.uitwisseling.ImportTaak;
import nl.spoorzoeker.uitwisseling.Reikwijdte;

/**
 * {@code spoorzoeker import BESTAND [--herstelcode]}: the archive is checked in full before anything
 * is written; then a verified backup of this practice is made; then everything is written in one
 * transaction. Opens with the archive's passphrase (or recovery code); the backup needs this
 * practice's passphrase, asked again only when it is a different one.
 */
@Command(name = "import")
final class ImportCommand extends PracticeCommand {

    @Parameters(paramLabel = "BESTAND", descriptionKey = "cli.param.import")
    Path bestand;

    @Option(names = "--herstelcode", descriptionKey = "cli.opt.import.herstelcode")
    boolean herstelcode;

    @Override
    int run(AppContext context, PrintWriter out, PrintWriter err) throws Exception {
        DataDirectory dir = context.dataDirectory();
        Pogingen pogingen = Cli.pogingen(dir);
        try {
            Sleutelkluis kluis = new Sleutelkluis(dir.sleutelring());
            // The backup before the import needs this practice's keys: without a passphrase, no import.
            Sleutelring praktijkRing = kluis.lees();
            Cli.wachtNiet(pogingen);
            char[] sleutel = Wachtwoordinvoer.vraag(Cli.text(herstelcode ? "cli.wachtwoord.vraagHerstelcode"
                    : "cli.import.vraagArchief"), out);
            byte[][] praktijkSleutel = new byte[1][];
            try {
                UitwisselingService.Import i = Cli.voerUit(new ImportTaak(context.uitwisseling(),
                        bestand.toAbsolutePath(), ring -> {
                            byte[] data = open(ring, praktijkRing, sleutel);
                            pogingen.gelukt();
                            return data;
                        }, () -> {
                            byte[] data = praktijkSleutel(praktijkRing, sleutel, out, pogingen);
                            praktijkSleutel[0] = data;
                            BackupService.Backup b = context.backupService()
                                    .maak(dir.backups(), praktijkRing, data);
                            out.println(Cli.text("cli.import.backup", b.bestand()));
                        }, () -> { }), out);
                if (i.alAanwezig()) {
                    out.println(Cli.text("cli.import.alAanwezig"));
                } else if (i.reikwijdte() == Reikwijdte.PRAKTIJK) {
                    out.println(Cli.text("cli.import.praktijk", i.trajecten().size(),
                            i.rijen(), i.bijlagen()));
                } else {
                    out.println(Cli.text("cli.import.dossier", String.valueOf(i.trajecten().getFirst()),
                            i.rijen(), i.bijlagen()));
                }
            } finally {
                Arrays.fill(sleutel, ' ');
                if (praktijkSleutel[0] != null) {
                    Arrays.fill(praktijkSleutel[0], (byte) 0);
                }
            }
            return Cli.EXIT_OK;
        } catch (Exception e) {
            return Cli.weigering(e, err, pogingen);
        }
    }

    /** The archive's own ring first; else this practice's ring (the same data key, the current passphrase). */
    private byte[] open(Sleutelring vanBestand, Sleutelring praktijk, char[] sleutel) throws VerkeerdeSleutel {
        try {
            return herstelcode ? vanBestand.openMetHerstelcode(new String(sleutel)) : vanBestand.open(sleutel);
        } catch (VerkeerdeSleutel e) {
            if (herstelcode) {
                throw e;
            }
            return praktijk.open(sleutel);
        }
    }

    /** This practice's data key: with the same passphrase when it opens it, else asked for. */
    private byte[] praktijkSleutel(Sleutelring praktijk, char[] sleutel, PrintWriter out, Pogingen pogingen)
            throws Exception {
        if (!herstelcode) {
            try {
                return praktijk.open(sleutel);
            } catch (VerkeerdeSleutel e) {
                // The archive came from another practice with another passphrase.
            }
        }
        Cli.wachtNiet(pogingen);
        char[] wachtwoord = Wachtwoordinvoer.vraag(Cli.text("cli.import.vraagPraktijk"), out);
        try {
            byte[] data = praktijk.open(wachtwoord);
            pogingen.gelukt();
            return data;
        } finally {
            Arrays.fill(wachtwoord, ' ');
        }
    }
}
