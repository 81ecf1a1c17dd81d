package nl.spoorzoeker.backup.ui;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.backup.HerstelService;
import nl.spoorzoeker.ui.I18n;

/**
 * The progress of a restore: decrypting and checking the backup (a bar that fills), then putting
 * it in place (the old database is kept aside). Safe to call from the restoring thread.
 */
public final class Herstelvoortgang implements HerstelService.Voortgang {

    private final ProgressBar balk = new ProgressBar(0);
    private final Label stap = new Label();
    private final VBox root = new VBox(8, stap, balk);

    public Herstelvoortgang() {
        root.setId("herstel-voortgang");
        root.setPadding(new Insets(8, 0, 8, 0));
        balk.setMaxWidth(Double.MAX_VALUE);
        balk.setId("herstel-balk");
        stap.setId("herstel-stap");
        stap.setWrapText(true);
    }

    public VBox node() {
        return root;
    }

    /** Before the restore proper: the backup of the current state. */
    public void voorafBackup() {
        Platform.runLater(() -> {
            stap.setText(I18n.t("herstel.fase.backup"));
            balk.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        });
    }

    @Override
    public void fase(HerstelService.Fase fase) {
        Platform.runLater(() -> {
            stap.setText(I18n.t("herstel.fase." + fase.name()));
            balk.setProgress(switch (fase) {
                case ONTSLEUTELEN -> 0;
                case CONTROLEREN, VERVANGEN -> ProgressBar.INDETERMINATE_PROGRESS;
                case KLAAR -> 1;
            });
        });
    }

    @Override
    public void ontsleuteld(double deel) {
        Platform.runLater(() -> balk.setProgress(Math.min(1, deel)));
    }

    public void fout(String tekst) {
        Platform.runLater(() -> {
            stap.setText(tekst);
            balk.setProgress(0);
        });
    }
}
