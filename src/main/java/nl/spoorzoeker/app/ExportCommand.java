package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nl.spoorzoeker.uitwisseling.UitwisselingService;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.slot.Pogingen;
import nl.spoorzoeker.store.Doelfout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import nl.spoorzoeker.uitwisseling.ExportTaak;

/**
 * {@code spoorzoeker export [--dossier N] --out BESTAND}: one dossier or the whole practice as one
 * encrypted archive that opens on another laptop with the passphrase or the recovery code.
 */
@Command(name = "export")
final class ExportCommand extends PracticeCommand {

    @Option(names = "--dossier", paramLabel = "N", descriptionKey = "cli.opt.export.dossier")
    Integer dossier;

    @Option(names = "--out", paramLabel = "BESTAND", required = true, descriptionKey = "cli.opt.export.out")
    Path uit;

    @Override
    int run(AppContext context, PrintWriter out, PrintWriter err) throws Exception {
        Path doel = uit.toAbsolutePath();
        if (doel.getParent() != null && !Files.isDirectory(doel.getParent())) {
            // Before the passphrase is asked: a folder that is not there is the coach's to choose again
            // (as report --out says), not one to make silently on whatever disk the path points to.
            return Cli.uitvoerfout(new java.nio.file.NoSuchFileException(doel.getParent().toString()), doel, err);
        }
        Pogingen pogingen = Cli.pogingen(context.dataDirectory());
        try {
            Sleutelring ring = new Sleutelkluis(context.dataDirectory().sleutelring()).lees();
            Cli.wachtNiet(pogingen);
            char[] wachtwoord = Wachtwoordinvoer.vraag(Cli.text("cli.wachtwoord.vraagHuidig"), out);
            byte[] dataSleutel = ring.open(wachtwoord);
            Arrays.fill(wachtwoord, ' ');
            pogingen.gelukt();
            try {
                UitwisselingService.Export e;
                try {
                    e = Cli.voerUit(new ExportTaak(context.uitwisseling(), dossier, doel, ring, dataSleutel,
                            () -> Arrays.fill(dataSleutel, (byte) 0)), out);
                } catch (Doelfout f) {
                    // The chosen place could not take the archive: that place and another --out, as
                    // report --out says; a failure in the data folder keeps the data folder's sentences.
                    return Cli.uitvoerfout((Exception) f.getCause(), f.doel(), err);
                }
                out.println(Cli.text(dossier == null ? "cli.export.praktijk" : "cli.export.dossier", e.bestand(),
                        e.rijen(), e.bijlagen(), e.bytes() / 1024));
            } finally {
                Arrays.fill(dataSleutel, (byte) 0);
            }
            return Cli.EXIT_OK;
        } catch (Exception e) {
            return Cli.weigering(e, err, pogingen);
        }
    }

}
