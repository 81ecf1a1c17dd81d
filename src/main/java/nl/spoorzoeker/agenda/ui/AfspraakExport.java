package nl.spoorzoeker.agenda.ui;

import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.ui.UiContext;

/**
 * The agenda's .ics export for another screen (a group programme's own calendar file): the same
 * file chooser, atomic write and messages as the agenda's. Notes never go along from here.
 */
public final class AfspraakExport {

    private final AfspraakDialogs dialogs;

    public AfspraakExport(UiContext ui, AfspraakService service) {
        this.dialogs = new AfspraakDialogs(ui, service);
    }

    /** Asks where to save, then exports. */
    public void exporteer(List<Afspraak> afspraken, String bestandsnaam) {
        dialogs.exporteer(afspraken, bestandsnaam, false);
    }

    /** Exports to {@code bestand} without asking (tests, and a chosen path). */
    public void exporteerNaar(List<Afspraak> afspraken, Path bestand) {
        dialogs.exporteerNaar(afspraken, bestand, false);
    }
}
