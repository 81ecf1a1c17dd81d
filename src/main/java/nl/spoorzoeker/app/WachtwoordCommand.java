package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.util.Arrays;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.Wachtwoordregels;
import nl.spoorzoeker.slot.Pogingen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import nl.spoorzoeker.input.Weigering;

/**
 * Sets the practice passphrase (and prints the recovery code once), or changes it — with the current
 * passphrase, or with the recovery code when it is forgotten. Backups written before stay readable.
 */
@Command(name = "wachtwoord")
final class WachtwoordCommand extends LockCommand {

    @Option(names = "--herstelcode", descriptionKey = "cli.opt.wachtwoord.herstelcode")
    boolean herstelcode;

    @Override
    int run(DataDirectory dir, PrintWriter out, PrintWriter err) throws Exception {
        Sleutelkluis kluis = new Sleutelkluis(dir.sleutelring());
        Pogingen pogingen = Cli.pogingen(dir);
        try {
            if (!kluis.bestaat()) {
                char[] nieuw = nieuwWachtwoord(out);
                Sleutelring.Nieuw n = kluis.maak(nieuw, KdfParameters.STANDAARD);
                Arrays.fill(nieuw, ' ');
                out.println(Cli.text("cli.wachtwoord.ingesteld"));
                out.println();
                out.println("    " + n.herstelcode());
                out.println();
                out.println(Cli.text("cli.wachtwoord.herstelcodeUitleg"));
                return Cli.EXIT_OK;
            }
            Sleutelring ring = kluis.lees();
            Cli.wachtNiet(pogingen);
            char[] oud = Wachtwoordinvoer.vraag(Cli.text(herstelcode ? "cli.wachtwoord.vraagHerstelcode"
                    : "cli.wachtwoord.vraagHuidig"), out);
            char[] nieuw = nieuwWachtwoord(out);
            Sleutelring gewijzigd = herstelcode
                    ? ring.metNieuwWachtwoordViaHerstelcode(new String(oud), nieuw, KdfParameters.STANDAARD)
                    : ring.metNieuwWachtwoord(oud, nieuw, KdfParameters.STANDAARD);
            Arrays.fill(oud, ' ');
            Arrays.fill(nieuw, ' ');
            pogingen.gelukt();
            kluis.vervang(gewijzigd);
            out.println(Cli.text("cli.wachtwoord.gewijzigd"));
            return Cli.EXIT_OK;
        } catch (Exception e) {
            return Cli.weigering(e, err, pogingen);
        }
    }

    private static char[] nieuwWachtwoord(PrintWriter out) throws java.io.IOException {
        char[] nieuw = Wachtwoordinvoer.vraag(Cli.text("cli.wachtwoord.vraagNieuw"), out);
        Wachtwoordregels.controleer(nieuw);
        char[] herhaald = Wachtwoordinvoer.vraag(Cli.text("cli.wachtwoord.vraagHerhaal"), out);
        boolean gelijk = Arrays.equals(nieuw, herhaald);
        Arrays.fill(herhaald, ' ');
        if (!gelijk) {
            throw new Weigering("cli.wachtwoord.verschillend");
        }
        return nieuw;
    }
}
