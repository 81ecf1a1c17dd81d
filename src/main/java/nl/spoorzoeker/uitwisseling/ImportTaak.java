package nl.spoorzoeker.uitwisseling;

import java.nio.file.Path;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.taak.Geannuleerd;
import nl.spoorzoeker.taak.Taak;

/**
 * Importing an encrypted archive (menu Bestand, a file opened from the desktop, {@code spoorzoeker
 * import}). The archive is decrypted and checked in full first; cancel is honoured up to the
 * moment the rows are written (before and after the backup that precedes it). The writing itself
 * is one transaction and is not interrupted: it is all or nothing anyway, and stopping it would
 * only throw away a checked import.
 */
public final class ImportTaak extends Taak<UitwisselingService.Import> {

    private final UitwisselingService archief;
    private final Path bestand;
    private final Versleuteling.Ontgrendeling ontgrendeling;
    private final UitwisselingService.Vooraf vooraf;
    private final Runnable naAfloop;

    /** @param vooraf the backup before the rows are written (or nothing); {@code naAfloop} wipes the caller's secrets */
    public ImportTaak(UitwisselingService archief, Path bestand, Versleuteling.Ontgrendeling ontgrendeling,
                      UitwisselingService.Vooraf vooraf, Runnable naAfloop) {
        this.archief = archief;
        this.bestand = bestand;
        this.ontgrendeling = ontgrendeling;
        this.vooraf = vooraf;
        this.naAfloop = naAfloop;
    }

    @Override
    public String naamKey() {
        return "archief.ui.importTitel";
    }

    @Override
    protected UitwisselingService.Import werk() throws Exception {
        try {
            stopAlsGeannuleerd();
            fase("archief.fase.controleren", 0.05);
            return archief.importeer(bestand, ontgrendeling, () -> {
                stopAlsGeannuleerd();
                fase("archief.fase.backup", 0.5);
                vooraf.voorHetSchrijven();
                stopAlsGeannuleerd(); // the last point: the rows are written next
                fase("archief.fase.importeren", 0.7);
            }, voortgang("archief.fase.controleren", 0.05, 0.45));
        } catch (java.io.IOException e) {
            // The service wraps what its Vooraf throws; a cancel is a cancel, not a disk failure.
            if (e.getCause() instanceof Geannuleerd g) {
                throw g;
            }
            throw e;
        } finally {
            naAfloop.run();
        }
    }
}
