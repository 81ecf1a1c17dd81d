package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import nl.spoorzoeker.backup.HerstelTaak;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.slot.Pogingen;
import nl.spoorzoeker.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import nl.spoorzoeker.crypto.OngeldigBestand;

/**
 * {@code spoorzoeker restore BESTAND}: the backup is checked in full before anything is replaced;
 * the current database is kept aside. Opens with the passphrase of the time of the backup, the
 * current passphrase, or the recovery code.
 */
@Command(name = "restore")
final class RestoreCommand extends LockCommand {

    @Parameters(paramLabel = "BESTAND", descriptionKey = "cli.param.restore")
    Path bestand;

    @Option(names = "--herstelcode", descriptionKey = "cli.opt.restore.herstelcode")
    boolean herstelcode;

    @Override
    int run(DataDirectory dir, PrintWriter out, PrintWriter err) throws Exception {
        Pogingen pogingen = Cli.pogingen(dir);
        try {
            Cli.wachtNiet(pogingen);
            char[] sleutel = Wachtwoordinvoer.vraag(Cli.text(herstelcode ? "cli.wachtwoord.vraagHerstelcode"
                    : "cli.wachtwoord.vraagHuidig"), out);
            Sleutelkluis kluis = new Sleutelkluis(dir.sleutelring());
            // The one restore (HerstelTaak), as the window runs it; no practice is open here, so
            // there is nothing to close, and a failure reopens nothing. Each phase is printed once.
            HerstelTaak<Database> taak = new HerstelTaak<>(bestand.toAbsolutePath(), ring -> {
                byte[] data = open(ring, kluis, sleutel);
                pogingen.gelukt();
                return data;
            }, dir.database(), Clock.systemUTC(), new HerstelTaak.Praktijk<Database>() {
                @Override
                public void sluit() {
                }

                @Override
                public Database open() throws Exception {
                    return Database.open(dir.database());
                }

                @Override
                public Database database(Database db) {
                    return db;
                }
            }, "back-up teruggezet; vorige database bewaard");
            HerstelTaak.Uitkomst<Database> h;
            try {
                h = Cli.voerUit(taak, out);
            } finally {
                Arrays.fill(sleutel, ' ');
            }
            h.praktijk().close();
            out.println(Cli.text("cli.restore.klaar", bestand.getFileName()));
            h.apartGezet().forEach(p -> out.println(Cli.text("cli.restore.apart", p)));
            return Cli.EXIT_OK;
        } catch (Exception e) {
            return Cli.weigering(e, err, pogingen);
        }
    }

    /** The backup's own ring first (its passphrase then); else this practice's ring (the same data key, the current passphrase). */
    private byte[] open(Sleutelring vanBestand, Sleutelkluis kluis, char[] sleutel) throws VerkeerdeSleutel {
        try {
            return herstelcode ? vanBestand.openMetHerstelcode(new String(sleutel)) : vanBestand.open(sleutel);
        } catch (VerkeerdeSleutel e) {
            if (herstelcode || !kluis.bestaat()) {
                throw e;
            }
            Sleutelring eigen;
            try {
                eigen = kluis.lees();
            } catch (java.io.IOException | OngeldigBestand f) {
                throw e;
            }
            if (!eigen.zelfdeDataSleutel(vanBestand)) {
                // Another practice's backup: this practice's key would not decrypt it, and the file
                // would then read as damaged. Said as it is; this practice's passphrase was not tried.
                throw VerkeerdeSleutel.vanAnderePraktijk();
            }
            return eigen.open(sleutel);
        }
    }
}
