package nl.spoorzoeker.uitwisseling;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.spoorzoeker.taak.Taak;
import nl.spoorzoeker.taal.Teksten;

/**
 * The AVG access export (inzage) of a dossier's werknemer: a ZIP with a PDF and JSON. Like an
 * export, progress moves with the tables written, and cancel is honoured before it starts, between
 * tables and before the ZIP leaves the private folder (the service removes the half ZIP), and when it
 * has just finished (the new file is removed). Its PDF and read-me are in the language
 * given when the task is made (the screen's when the coach asked), not whatever the screen shows later.
 */
public final class InzageTaak extends Taak<UitwisselingService.Inzage> {

    private final UitwisselingService archief;
    private final int trajectId;
    private final Path doel;
    private final Teksten taal;

    public InzageTaak(UitwisselingService archief, int trajectId, Path doel, Teksten taal) {
        this.archief = archief;
        this.trajectId = trajectId;
        this.doel = doel;
        this.taal = taal;
    }

    @Override
    public String naamKey() {
        return "archief.ui.inzageTitel";
    }

    @Override
    protected UitwisselingService.Inzage werk() throws Exception {
        stopAlsGeannuleerd();
        boolean bestond = Files.exists(doel);
        fase("archief.fase.inzage", 0.05);
        UitwisselingService.Inzage i = archief.inzageVoorDossier(trajectId, doel, taal,
                voortgang("archief.fase.inzage", 0.05, 0.95));
        if (annuleringGevraagd() && !bestond) {
            Files.deleteIfExists(doel);
            stopAlsGeannuleerd();
        }
        return i;
    }
}
