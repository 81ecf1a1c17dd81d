package nl.spoorzoeker.uitwisseling;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.taak.Taak;

/**
 * Exporting the practice or one dossier to an encrypted archive (menu Bestand, {@code spoorzoeker
 * export}). Progress moves with the tables written. Cancel is honoured before the export starts,
 * between two tables and before the encryption's rename (the service removes its partial output and
 * the plain archive in the private folder), and when it has just finished: the archive is a new file
 * the coach asked for, so removing it leaves everything as it was.
 */
public final class ExportTaak extends Taak<UitwisselingService.Export> {

    private final UitwisselingService archief;
    private final Integer trajectId;
    private final Path doel;
    private final Sleutelring ring;
    private final byte[] dataSleutel;
    private final Runnable naAfloop;

    /**
     * @param trajectId null for the whole practice
     * @param naAfloop  runs when the task ends however it ends (the caller wipes its key copy)
     */
    public ExportTaak(UitwisselingService archief, Integer trajectId, Path doel, Sleutelring ring, byte[] dataSleutel,
                      Runnable naAfloop) {
        this.archief = archief;
        this.trajectId = trajectId;
        this.doel = doel;
        this.ring = ring;
        this.dataSleutel = dataSleutel;
        this.naAfloop = naAfloop;
    }

    @Override
    public String naamKey() {
        return "archief.ui.exportTitel";
    }

    @Override
    protected UitwisselingService.Export werk() throws Exception {
        try {
            stopAlsGeannuleerd();
            boolean bestond = Files.exists(doel);
            fase("archief.fase.schrijven", 0.05);
            UitwisselingService.Export e = archief.exporteer(trajectId, doel, ring, dataSleutel,
                    voortgang("archief.fase.schrijven", 0.05, 0.95));
            if (annuleringGevraagd() && !bestond) {
                Files.deleteIfExists(doel);
                stopAlsGeannuleerd();
            }
            return e;
        } finally {
            naAfloop.run();
        }
    }
}
