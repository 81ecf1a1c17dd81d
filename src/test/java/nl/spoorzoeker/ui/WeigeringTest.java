package nl.spoorzoeker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Doelfout;

/**
 * {@link Meldingen#weigering}, the one reading of a failed action for a screen, without a stage: a
 * double records what the coach would have been shown and what went to the error reporter.
 */
class WeigeringTest {

    /** What a screen would have shown: dialogs, and failures reported as unexpected. */
    private static final class Opname implements Meldingen {
        final List<Melding> getoond = new ArrayList<>();
        final List<Throwable> fouten = new ArrayList<>();

        @Override
        public Optional<ButtonType> vraag(Melding melding) {
            getoond.add(melding);
            return Optional.empty();
        }

        @Override
        public void toon(Melding melding) {
            getoond.add(melding);
        }

        @Override
        public String fout(Throwable fout) {
            fouten.add(fout);
            return "TEST";
        }
    }

    private final Opname meldingen = new Opname();
    private final List<String> label = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(Meldingen.class);
    private Locale eerder;

    @BeforeEach
    void luister() {
        eerder = I18n.locale();
        I18n.setLocale(I18n.DUTCH);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
        I18n.setLocale(eerder);
    }

    @Test
    void aRefusalIsShownInItsOwnWordsAndNothingIsLogged() {
        meldingen.weigering(new Weigering("cli.fout.map", "/x", "kapot"), label::add);
        assertEquals(List.of(I18n.t("cli.fout.map", "/x", "kapot")), label);
        assertEquals(List.of(), meldingen.fouten);
        assertEquals(List.of(), meldingen.getoond, "beside the work, no dialog");
        assertEquals(List.of(), log.list);
    }

    /** A future, a task runner or a service that rethrows wraps the refusal; it is still the coach's to act on. */
    @Test
    void aWrappedRefusalIsStillARefusal() {
        Weigering w = new Weigering("slot.fout.wachtwoord");
        meldingen.weigering(new CompletionException(w), label::add);
        meldingen.weigering(new ExecutionException(w), label::add);
        meldingen.weigering(new IllegalStateException("import", new RuntimeException(w)), label::add);
        String tekst = I18n.t("slot.fout.wachtwoord");
        assertEquals(List.of(tekst, tekst, tekst), label);
        assertEquals(List.of(), meldingen.fouten);
    }

    @Test
    void aFileTheSystemWouldNotReadIsNamedBesideTheWorkAndLoggedAtWarn() {
        NoSuchFileException weg = new NoSuchFileException("/tmp/logo.png");
        meldingen.weigering(weg, label::add);
        meldingen.weigering(new UncheckedIOException(weg), label::add);
        String tekst = I18n.t("bestand.fout", "NoSuchFileException");
        assertEquals(List.of(tekst, tekst), label);
        assertEquals(List.of(), meldingen.fouten);
        assertEquals(List.of(Level.WARN, Level.WARN), log.list.stream().map(ILoggingEvent::getLevel).toList());
    }

    /** The place the coach chose would not take the file: the reporter's sentence names it and another place. */
    @Test
    void aChosenPlaceThatRefusesGoesToTheReporter() {
        Doelfout doel = new Doelfout(Path.of("/media/usb/rapport.pdf"), new IOException("read-only"));
        meldingen.weigering(new CompletionException(doel), label::add);
        assertEquals(List.of(), label);
        assertEquals(1, meldingen.fouten.size());
    }

    /** Never hidden behind a general sentence in a label: reported (logged, shown with its code). */
    @Test
    void anythingElseIsUnexpectedAndReported() {
        IllegalStateException bug = new IllegalStateException("bug");
        meldingen.weigering(bug, label::add);
        meldingen.weigering(new CompletionException(new NullPointerException()), label::add);
        assertEquals(List.of(), label);
        assertEquals(2, meldingen.fouten.size());
        assertSame(bug, meldingen.fouten.getFirst());
    }

    /** The dialog variant reads the same way, with a warning dialog as the place for the text. */
    @Test
    void weigeringOfFoutShowsTheRefusalAsAWarning() {
        meldingen.weigeringOfFout(new CompletionException(new Weigering("slot.fout.wachtwoord")));
        meldingen.weigeringOfFout(new IllegalStateException("bug"));
        assertEquals(1, meldingen.getoond.size());
        assertEquals(AlertType.WARNING, meldingen.getoond.getFirst().soort());
        assertEquals(I18n.t("slot.fout.wachtwoord"), meldingen.getoond.getFirst().tekst());
        assertEquals(1, meldingen.fouten.size());
    }
}
