package nl.spoorzoeker.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A form built and styled ahead ({@link FormDialog#voorbereiden}) is not styled a second time by its
 * window's placing when it is shown (issue 21): JavaFX's dialog window, placing itself over its owner,
 * forced CSS on the whole pane ({@code HeavyweightDialog.positionStage → dialogPane.applyCss()}),
 * redoing every node's styles in the frame the coach waits for.
 */
@Tag("ui")
class VoorbereidUiTest {

    @BeforeAll
    static void fx() throws InterruptedException {
        Fx.start();
        // The test closes its only windows; the toolkit must outlive them for the tests after it.
        Platform.setImplicitExit(false);
    }

    /**
     * A region of the form that counts how often its styles are worked out: every CSS update of a node
     * asks it for its styleable properties ({@code CssStyleHelper.transitionToState}).
     */
    private static final class Teller extends Region {
        final AtomicInteger keer = new AtomicInteger();
        /** Of those, the ones done while the dialog's window placed itself. */
        final AtomicInteger bijPlaatsen = new AtomicInteger();

        Teller() {
            getStyleClass().add("form-errors");
            setStyle("-fx-background-color: transparent;");
        }

        @Override
        public java.util.List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
            keer.incrementAndGet();
            if (StackWalker.getInstance().walk(s -> s.anyMatch(f -> f.getMethodName().equals("positionStage")))) {
                bijPlaatsen.incrementAndGet();
            }
            return super.getCssMetaData();
        }
    }

    private static final class Model extends FormModel {
        final FieldModel<String> een = field("een", "contact.samenvatting", Parsed::ok);
        final FieldModel<String> twee = field("twee", "contact.afspraken", Parsed::ok);
    }

    @Test
    void aFormStyledAheadIsNotStyledAgainWhenItsWindowIsShown() throws Exception {
        Background background = new Background();
        try {
            Stage eigenaar = Fx.op(() -> {
                Theme.applyUserAgent();
                Stage stage = new Stage();
                Scene scene = new Scene(new StackPane(), 900, 700);
                Theme.style(scene);
                stage.setScene(scene);
                stage.show();
                return stage;
            });
            Teller teller = new Teller();
            FormDialog<String> dialog = Fx.op(() -> {
                Model model = new Model();
                FormView view = new FormView();
                view.text(model.een);
                view.area(model.twee);
                FormDialog<String> d = new FormDialog<>(eigenaar, "Titel", "test-dialog", model, view, background,
                        () -> () -> "ok");
                ((VBox) d.getDialogPane().getContent()).getChildren().add(teller);
                return d.voorbereiden();
            });
            int naVoorbereiden = teller.keer.get();
            Fx.op(() -> {
                dialog.show();
                return null;
            });
            // Two pulses after the window shows: its first frame is painted.
            for (int i = 0; i < 3; i++) {
                Fx.op(() -> null);
                Thread.sleep(50);
            }
            assertTrue(Fx.op(dialog::isShowing));
            // Placed as JavaFX places it: centred over its owner.
            double mitte = Fx.op(() -> dialog.getX() + dialog.getWidth() / 2);
            double eigenaarMidden = Fx.op(() -> eigenaar.getX() + eigenaar.getScene().getWidth() / 2);
            assertEquals(eigenaarMidden, mitte, 2, "centred over the owner");
            assertEquals(0, teller.bijPlaatsen.get(), "no CSS pass over the form while its window is placed");
            // What remains is JavaFX's own: a window that becomes visible reapplies CSS to its scene's root
            // (Window.doVisibleChanging), one pass; placing the window added a second before this fix.
            assertEquals(naVoorbereiden + 1, teller.keer.get(), "one CSS pass as the window shows, not two");
            Fx.op(() -> {
                dialog.close();
                eigenaar.close();
                return null;
            });
        } finally {
            background.close();
        }
    }
}
