package nl.spoorzoeker.backup.ui;

import java.time.Clock;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
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
        elkeMinuut = new Timeline(new KeyFrame(Duration.minutes(1), e -> toon()));
        elkeMinuut.setCycleCount(Timeline.INDEFINITE);
        // Only while the line is in a showing window. A running Timeline is reachable from the FX toolkit,
        // and a follower from the backup scheduler: either would keep a replaced or closed window, with its
        // whole practice, alive for as long as the program runs (the test suite kept 67 of them).
        zichtbaar = label.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .orElse(false);
        zichtbaar.addListener((o, was, is) -> volg(is));
        volg(zichtbaar.getValue());
        toon();
    }

    private final Timeline elkeMinuut;
    private final ObservableValue<Boolean> zichtbaar;
    /** Set while following the backups; running it stops following. */
    private Runnable nietMeerVolgen;
    private boolean gestopt;

    private void volg(boolean aan) {
        if (aan && !gestopt && nietMeerVolgen == null) {
            nietMeerVolgen = backups.volg(status -> Platform.runLater(this::toon));
            elkeMinuut.play();
            toon();
        } else if (!aan && nietMeerVolgen != null) {
            nietMeerVolgen.run();
            nietMeerVolgen = null;
            elkeMinuut.stop();
        }
    }

    /** When the window that shows this line is replaced (a language switch): no more updates, ever. */
    public void stop() {
        gestopt = true;
        volg(false);
    }

    /** Whether the line is refreshed now (only while it is shown); for tests. */
    boolean volgt() {
        return nietMeerVolgen != null;
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
