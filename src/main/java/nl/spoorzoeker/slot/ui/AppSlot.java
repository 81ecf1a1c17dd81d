package nl.spoorzoeker.slot.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.stage.Modality;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.spoorzoeker.slot.Ontgrendeling;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Theme;

/**
 * Locks the app after idle minutes and after the machine slept, and unlocks it with the passphrase.
 * A locked app shows no client data: every window's content is hidden and a lock window lies on
 * top (modal, so an open form stays open behind it with what was typed, but cannot be used).
 * Unlocking wipes nothing; locking wipes the data key from memory.
 *
 * <p>Sleep is seen as a jump of the wall clock between two checks: the check runs every few
 * seconds, so a gap of a minute means the machine was suspended (the monotonic timer JavaFX uses
 * stands still meanwhile).
 */
public final class AppSlot {

    static final long CONTROLE_MS = 5_000;
    static final long SLAAP_MS = 60_000;

    private final Stage stage;
    private final Ontgrendeling ontgrendeling;
    private final Background background;
    private final Clock clock;
    private final IntSupplier minuten;
    private final Runnable voorVergrendelen;
    private final EventHandler<InputEvent> activiteit = e -> bijActiviteit();
    private final List<Node> verborgen = new ArrayList<>();
    private Timeline controle;
    private Stage slotvenster;
    private long laatsteActiviteit;
    private long laatsteControle;

    /**
     * @param minuten           idle minutes before the lock (read at every check: a changed setting applies at once)
     * @param voorVergrendelen  runs just before the key is wiped (a backup of what changed)
     */
    public AppSlot(Stage stage, Ontgrendeling ontgrendeling, Background background, Clock clock, IntSupplier minuten,
                   Runnable voorVergrendelen) {
        this.stage = stage;
        this.ontgrendeling = ontgrendeling;
        this.background = background;
        this.clock = clock;
        this.minuten = minuten;
        this.voorVergrendelen = voorVergrendelen;
    }

    /** Starts watching: every window (also dialogs opened later) counts input as activity. */
    public void start() {
        laatsteActiviteit = clock.millis();
        laatsteControle = laatsteActiviteit;
        for (Window w : Window.getWindows()) {
            volg(w);
        }
        // A window leaves the list when it closes: it is no longer watched, so a closed dialog is not
        // kept alive by this slot (and the slot not by a window that outlives it, such as the stage).
        nieuweVensters = c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::volgNietMeer);
                c.getAddedSubList().forEach(this::volg);
            }
        };
        Window.getWindows().addListener(nieuweVensters);
        controle = new Timeline(new KeyFrame(javafx.util.Duration.millis(CONTROLE_MS), e -> controleer()));
        controle.setCycleCount(Timeline.INDEFINITE);
        controle.play();
    }

    /** Stops the periodic check; windows are still watched (a test drives the checks itself). */
    public void stop() {
        if (controle != null) {
            controle.stop();
        }
    }

    /**
     * Stops checking and watching, for good (the practice closes). The window list is static: a
     * listener left on it would keep this slot, its practice window and its database reachable for as
     * long as the program runs.
     */
    public void sluit() {
        stop();
        if (nieuweVensters != null) {
            Window.getWindows().removeListener(nieuweVensters);
            nieuweVensters = null;
        }
        new ArrayList<>(gevolgd.keySet()).forEach(this::volgNietMeer);
    }

    private ListChangeListener<Window> nieuweVensters;
    /** Each watched window with the handler it was given (to take it off again). */
    private final java.util.Map<Window, javafx.event.EventHandler<javafx.stage.WindowEvent>> gevolgd =
            new java.util.IdentityHashMap<>();

    private void volgNietMeer(Window w) {
        javafx.event.EventHandler<javafx.stage.WindowEvent> getoond = gevolgd.remove(w);
        if (getoond != null) {
            w.removeEventFilter(InputEvent.ANY, activiteit);
            w.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, getoond);
        }
    }

    public boolean vergrendeld() {
        return slotvenster != null;
    }

    /** The periodic check; package-visible so a test can drive it with its own clock. */
    void controleer() {
        long nu = clock.millis();
        boolean geslapen = nu - laatsteControle > SLAAP_MS;
        boolean stil = nu - laatsteActiviteit > minuten.getAsInt() * 60_000L;
        laatsteControle = nu;
        if (!vergrendeld() && (geslapen || stil)) {
            vergrendel();
        }
    }

    /** Locks now (also from the menu: "Vergrendelen"). */
    public void vergrendel() {
        if (vergrendeld()) {
            return;
        }
        try {
            voorVergrendelen.run();
        } finally {
            ontgrendeling.vergrendel();
        }
        for (Window w : new ArrayList<>(Window.getWindows())) {
            verberg(w);
        }
        Deur deur = new Deur(ontgrendeling, background, this::ontgrendeld);
        slotvenster = new Stage();
        slotvenster.initOwner(bovenste());
        slotvenster.initModality(Modality.APPLICATION_MODAL);
        slotvenster.setTitle(I18n.t("slot.venster"));
        Scene scene = new Scene((javafx.scene.Parent) deur.node(), 520, 460);
        Theme.style(scene);
        slotvenster.setScene(scene);
        // Closing the lock window would leave a blank app behind it: closing means closing the app.
        slotvenster.setOnCloseRequest(e -> {
            e.consume();
            stage.close();
        });
        deur.toonOntgrendelen();
        slotvenster.show();
    }

    private void ontgrendeld() {
        Stage venster = slotvenster;
        slotvenster = null;
        verborgen.forEach(n -> n.setVisible(true));
        verborgen.clear();
        laatsteActiviteit = clock.millis();
        if (venster != null) {
            venster.close();
        }
    }

    /** The window the lock must lie on: the newest showing stage (a dialog above the main window). */
    private Window bovenste() {
        Window boven = stage;
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage && w.isShowing()) {
                boven = w;
            }
        }
        return boven;
    }

    private void volg(Window w) {
        if (gevolgd.containsKey(w)) {
            return;
        }
        w.addEventFilter(InputEvent.ANY, activiteit);
        // A dialog that a finished background task opens while the app is locked must not show its content.
        javafx.event.EventHandler<javafx.stage.WindowEvent> getoond = e -> {
            if (vergrendeld() && w != slotvenster) {
                verberg(w);
                // After the new window has finished coming to the front itself.
                javafx.application.Platform.runLater(() -> {
                    Stage v = slotvenster;
                    if (v != null) {
                        v.toFront();
                        v.requestFocus();
                    }
                });
            }
        };
        w.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, getoond);
        gevolgd.put(w, getoond);
    }

    private void verberg(Window w) {
        if (w instanceof PopupWindow popup) {
            popup.hide(); // menus and tooltips may show client data
        } else if (w.getScene() != null && w.getScene().getRoot().isVisible()) {
            w.getScene().getRoot().setVisible(false);
            verborgen.add(w.getScene().getRoot());
        }
    }

    private void bijActiviteit() {
        if (!vergrendeld()) {
            laatsteActiviteit = clock.millis();
        }
    }
}
