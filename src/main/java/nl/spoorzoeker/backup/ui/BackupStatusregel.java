package nl.spoorzoeker.backup.ui;

import java.time.Clock;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import nl.spoorzoeker.backup.AutoBackup;
import nl.spoorzoeker.backup.BackupOordeel;
import nl.spoorzoeker.ui.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Laatste back-up: 12 minuten geleden, gecontroleerd" in the status line, always visible; red when
 * the newest backup is old or the last attempt failed, with the reason. Refreshed every minute
 * (the age moves on) and after every attempt.
 */
public final class BackupStatusregel {

    private final Label label = new Label();
    private final AutoBackup backups;
    private final Clock clock;

    public BackupStatusregel(AutoBackup backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
        label.setId("backup-status");
        label.getStyleClass().add("backup-status");
        Runnable nietMeerVolgen = backups.volg(status -> Platform.runLater(this::toon));
        Timeline elkeMinuut = new Timeline(new KeyFrame(Duration.minutes(1), e -> toon()));
        elkeMinuut.setCycleCount(Timeline.INDEFINITE);
        elkeMinuut.play();
        stop = () -> {
            nietMeerVolgen.run();
            elkeMinuut.stop();
        };
        toon();
    }

    private final Runnable stop;

    /** When the window that shows this line is replaced (a language switch): no more updates. */
    public void stop() {
        stop.run();
    }

    public Label node() {
        return label;
    }

    private void toon() {
        AutoBackup.Status status = backups.status();
        BackupOordeel.Ernst ernst = BackupOordeel.ernst(status, clock.instant());
        String tekst = switch (ernst) {
            case GEEN -> I18n.t("backup.status.geen");
            case MISLUKT -> I18n.t("backup.status.mislukt", I18n.t(status.mislukt().get().berichtKey(),
                    status.mislukt().get().args().toArray()), laatste(status));
            case GOED, OUD -> I18n.t("backup.status.goed", leeftijd(status));
        };
        if (status.tweedeLocatie().isPresent()) {
            AutoBackup.Mislukt t = status.tweedeLocatie().get();
            tekst = tekst + " · " + I18n.t(t.berichtKey(), t.args().toArray());
        }
        label.setText(tekst);
        label.setTooltip(new Tooltip(I18n.t("backup.status.uitleg", backups.map())));
        label.getStyleClass().removeAll("danger", "warning", "text-muted");
        boolean rood = ernst != BackupOordeel.Ernst.GOED;
        label.getStyleClass().add(rood ? "danger" : status.tweedeLocatie().isPresent() ? "warning" : "text-muted");
        label.setGraphic(FontIcon.of(rood ? Material2AL.ERROR_OUTLINE : Material2AL.BACKUP, 14));
    }

    private String leeftijd(AutoBackup.Status status) {
        BackupOordeel.Leeftijd l = BackupOordeel.leeftijd(status.laatsteGoed().get(), clock.instant());
        return I18n.t(l.key(), l.aantal());
    }

    private String laatste(AutoBackup.Status status) {
        return status.laatsteGoed().isEmpty() ? I18n.t("backup.status.nooitGoed")
                : I18n.t("backup.status.laatsteGoed", leeftijd(status));
    }
}
