package nl.spoorzoeker.app;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import nl.spoorzoeker.backup.ui.BackupStatusregel;
import nl.spoorzoeker.ui.Achtergrondwerk;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Langwerk;
import nl.spoorzoeker.ui.Meldingen.Melding;
import nl.spoorzoeker.ui.Shell;
import nl.spoorzoeker.ui.UiContext;

/**
 * The window's status line: where the data lives, the backups' state, an automatic backup while it runs, what the database's open
 * reported, and the outcome of the full-file check left for after the first frame.
 */
final class Statusbalk {

    private final AppContext app;
    private final Shell shell;
    private final BackupStatusregel backups;
    private final Achtergrondwerk achtergrond;

    Statusbalk(AppContext app, Shell shell, Langwerk langwerk) {
        this.app = app;
        this.shell = shell;
        shell.info(I18n.t("status.data", app.dataDirectory().root()));
        this.backups = new BackupStatusregel(app.autoBackup(), app.clock());
        shell.indicator(backups.node());
        this.achtergrond = new Achtergrondwerk(langwerk,
                gestopt -> shell.status(I18n.t("achtergrond.gestopt", gestopt.getTitle())));
        shell.indicator(achtergrond.node());
        app.database().meldingen().forEach(m -> shell.status(I18n.t(m.key(), m.args())));
    }

    /** The full-file check an open after a clean shutdown left for now (issue 21 item 10); a failure is told. */
    void controleerOpAchtergrond(UiContext ui) {
        app.database().controleerOpAchtergrond(m -> Platform.runLater(() -> {
            shell.status(I18n.t(m.key(), m.args()));
            ui.meldingen().toon(Melding.van(Alert.AlertType.WARNING, I18n.t(m.key(), m.args()), Knoppen.ok())
                    .metKop(I18n.t("db.melding.controleMislukt.titel")).metId("controle-mislukt"));
        }));
    }

    /** A replaced window stops listening to the backups: it would keep updating a line nobody sees. */
    void stop() {
        backups.stop();
        achtergrond.stop();
    }
}
