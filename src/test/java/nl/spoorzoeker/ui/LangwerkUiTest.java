package nl.spoorzoeker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import nl.spoorzoeker.taak.Geannuleerd;
import nl.spoorzoeker.taak.Taak;
import nl.spoorzoeker.testsupport.Fx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The long-work executor and its progress bar: the phase's name and fraction reach the bar on the
 * FX thread, Annuleren stops the operation at its safe point, and work handed to a closed executor
 * (the database queue or the long-work one) fails with the refusal instead of never running.
 */
@Tag("ui")
class LangwerkUiTest {

    @BeforeAll
    static void startFx() throws Exception {
        Fx.start();
        ErrorReporter.setDialogsEnabled(false);
    }

    /** Reports half-way, then waits at a safe point until the test lets it go. */
    private static final class Halverwege extends Taak<String> {
        final CountDownLatch gemeld = new CountDownLatch(1);
        final CountDownLatch verder = new CountDownLatch(1);

        @Override
        protected String werk() throws Exception {
            fase("herstel.fase.ONTSLEUTELEN", 0.5);
            gemeld.countDown();
            assertTrue(verder.await(10, TimeUnit.SECONDS));
            stopAlsGeannuleerd();
            return "klaar";
        }

        @Override
        public String naamKey() {
            return "herstel.titel";
        }
    }

    @Test
    void theBarShowsThePhaseAndFractionAndAnnulerenStopsAtTheSafePoint() throws Exception {
        Voortgangsbalk balk = Fx.op(Voortgangsbalk::new);
        Halverwege taak = new Halverwege();
        CompletableFuture<Throwable> einde = new CompletableFuture<>();
        try (Langwerk langwerk = new Langwerk()) {
            Fx.op(() -> {
                balk.volg(langwerk.start(taak, x -> einde.complete(null), einde::complete));
                return null;
            });
            assertTrue(taak.gemeld.await(10, TimeUnit.SECONDS));
            long tot = System.currentTimeMillis() + 5000;
            while (Fx.op(() -> ((ProgressBar) balk.node().lookup("#taak-balk")).getProgress()) < 0.5
                    && System.currentTimeMillis() < tot) {
                Thread.sleep(10); // the task's updates reach the FX thread coalesced
            }
            assertEquals(0.5, Fx.op(() -> ((ProgressBar) balk.node().lookup("#taak-balk")).getProgress()));
            assertEquals(I18n.t("herstel.fase.ONTSLEUTELEN"), Fx.op(() -> ((Label) balk.node().lookup("#taak-fase")).getText()));
            Button annuleer = Fx.op(() -> (Button) balk.node().lookup("#taak-annuleer"));
            assertTrue(Fx.op(annuleer::isVisible), "this operation can be cancelled");
            Fx.op(() -> {
                annuleer.fire();
                return null;
            });
            taak.verder.countDown();
            assertInstanceOf(Geannuleerd.class, einde.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void workForAClosedExecutorFailsWithTheRefusalInsteadOfNeverRunning() throws Exception {
        Background background = new Background();
        background.close();
        CompletableFuture<Throwable> db = new CompletableFuture<>();
        CompletableFuture<Throwable> lang = new CompletableFuture<>();
        Platform.runLater(() -> {
            background.run(() -> "nooit", x -> db.complete(null), db::complete);
            background.langwerk().start(new Halverwege(), x -> lang.complete(null), lang::complete);
        });
        assertInstanceOf(RejectedExecutionException.class, db.get(5, TimeUnit.SECONDS));
        assertInstanceOf(RejectedExecutionException.class, lang.get(5, TimeUnit.SECONDS));
    }
}
