package nl.spoorzoeker.ui.form;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * The keyboard rules every form shares, so a coach can enter a record without the mouse:
 * Ctrl+Enter saves from any field (also from a text area, where Enter starts a new line), Tab
 * leaves a text area instead of typing a tab character, Space opens a choice list, and the cursor
 * is in the form's first field when it opens.
 */
public final class Toetsenbord {

    private static final String GEINSTALLEERD = Toetsenbord.class.getName();

    private Toetsenbord() {
    }

    /** Ctrl+Enter fires {@code opslaan}, wherever the focus is in the dialog; plus the rules of {@link #velden}. */
    public static void formulier(Dialog<?> dialog, Button opslaan) {
        Node pane = dialog.getDialogPane();
        pane.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown() && !opslaan.isDisabled()) {
                event.consume();
                opslaan.fire();
            }
        });
        velden(pane);
    }

    /**
     * Tab and Shift+Tab move on from a text area (a tab character in a note is never wanted, and a
     * coach who tabs through a form must not get stuck in the first text area); Space opens a
     * closed choice list, as Alt+Down and F4 already do.
     */
    public static void velden(Node root) {
        if (root.getProperties().putIfAbsent(GEINSTALLEERD, Boolean.TRUE) != null) {
            return;
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, Toetsenbord::toets);
    }

    /** As {@link #velden(Node)}, for a whole window's scene (the main window's inline notes). */
    public static void velden(Scene scene) {
        if (scene.getProperties().putIfAbsent(GEINSTALLEERD, Boolean.TRUE) != null) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, Toetsenbord::toets);
    }

    private static void toets(KeyEvent event) {
        EventTarget target = event.getTarget();
        if (event.getCode() == KeyCode.TAB && !event.isAltDown() && !event.isMetaDown()
                && target instanceof TextArea area) {
            event.consume();
            area.requestFocusTraversal(event.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
        } else if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown() && !event.isAltDown()
                && target instanceof ComboBoxBase<?> combo && !combo.isEditable() && !combo.isShowing()) {
            event.consume();
            combo.show();
        }
    }

    /**
     * Puts the cursor in {@code veld} once the dialog shows, and again once its window has the
     * keyboard: a window manager that activates the window after it is shown (or a dialog that
     * focuses its default button) would otherwise leave Enter on Opslaan, and a typed date would
     * go nowhere. A text field's content is selected, so typing replaces a proposed value.
     */
    public static void eersteVeld(Dialog<?> dialog, Supplier<Node> veld) {
        Runnable focus = () -> {
            Node node = veld.get();
            if (node == null) {
                return;
            }
            node.requestFocus();
            if (node instanceof TextInputControl input && !(input instanceof TextArea)) {
                input.selectAll();
            }
        };
        // On the dialog's window, not setOnShown: the dialog keeps its own shown handler.
        Window window = dialog.getDialogPane().getScene().getWindow();
        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, event -> {
            focus.run();
            Platform.runLater(() -> {
                if (!verderGetypt(dialog)) {
                    focus.run();
                }
            });
            window.focusedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean oud, Boolean nu) {
                    if (nu) {
                        window.focusedProperty().removeListener(this);
                        if (!verderGetypt(dialog)) {
                            focus.run();
                        }
                    }
                }
            });
        });
    }

    /** Whether the coach already moved on: focus in a field that is not a button. */
    private static boolean verderGetypt(Dialog<?> dialog) {
        Scene scene = dialog.getDialogPane().getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        return owner != null && !(owner instanceof ButtonBase) && owner != dialog.getDialogPane();
    }
}
