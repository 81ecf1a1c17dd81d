package nl.spoorzoeker.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import nl.spoorzoeker.taak.Taak;
import org.slf4j.LoggerFactory;

/**
 * Runs the long operations ({@link Taak}: backup, restore, export, import, inzage, finalising,
 * demo load) on their own threads, apart from {@link Background}'s single database queue, so a
 * screen refresh does not wait in line behind a practice export. Each operation's phase and
 * fraction become the JavaFX task's message and progress, for {@link Taakvenster}'s bar.
 */
public final class Langwerk implements AutoCloseable {

    private final AtomicInteger nummer = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "spoorzoeker-lang-" + nummer.incrementAndGet());
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> ErrorReporter.report(e));
        return thread;
    });

    /** The unattended operation running now (an automatic backup), for the status line; changed on the FX thread. */
    private final ReadOnlyObjectWrapper<Uitvoering<?>> opAchtergrond = new ReadOnlyObjectWrapper<>();

    /** The JavaFX face of one operation: progress and message follow its phases. */
    public static final class Uitvoering<T> extends Task<T> {
        private final Taak<T> taak;
        private volatile RejectedExecutionException afgewezen;

        Uitvoering(Taak<T> taak) {
            this.taak = taak;
            updateTitle(I18n.t(taak.naamKey()));
        }

        public Taak<T> taak() {
            return taak;
        }

        @Override
        protected T call() throws Exception {
            if (afgewezen != null) {
                throw afgewezen;
            }
            return taak.voerUit(stand -> {
                updateMessage(I18n.t(stand.faseKey()));
                updateProgress(stand.deel(), 1.0);
            });
        }
    }

    /**
     * Starts {@code taak}; {@code klaar} or {@code mislukt} runs on the JavaFX thread. A task that
     * cannot start (the window is closing) fails with the rejection, loudly: logged, and handed
     * to {@code mislukt}, so nobody waits for work that never runs.
     */
    public <T> Uitvoering<T> start(Taak<T> taak, Consumer<T> klaar, Consumer<Throwable> mislukt) {
        Uitvoering<T> uitvoering = new Uitvoering<>(taak);
        uitvoering.setOnSucceeded(e -> klaar.accept(uitvoering.getValue()));
        uitvoering.setOnFailed(e -> mislukt.accept(uitvoering.getException()));
        return begin(uitvoering);
    }

    /**
     * Starts an operation nobody asked for in a window (an automatic backup): as {@link #start}, and
     * while it runs it is {@link #opAchtergrond()}, so the status line shows its progress and offers
     * its cancel. The caller may wait for it with {@code get()}.
     */
    public <T> Uitvoering<T> startOpAchtergrond(Taak<T> taak) {
        Uitvoering<T> uitvoering = new Uitvoering<>(taak);
        uitvoering.runningProperty().addListener((o, was, loopt) -> {
            if (loopt) {
                opAchtergrond.set(uitvoering);
            } else if (opAchtergrond.get() == uitvoering) {
                opAchtergrond.set(null);
            }
        });
        return begin(uitvoering);
    }

    private <T> Uitvoering<T> begin(Uitvoering<T> uitvoering) {
        voerUit(executor, uitvoering, u -> u.afgewezen = new RejectedExecutionException("the long-work executor is closed"));
        return uitvoering;
    }

    /** The unattended operation running now, or null; read and followed on the FX thread. */
    public ReadOnlyObjectProperty<Uitvoering<?>> opAchtergrond() {
        return opAchtergrond.getReadOnlyProperty();
    }

    /** Hands {@code task} to {@code executor}; when refused, marks it and runs it here, so it fails instead of hanging. */
    static <X extends Task<?>> void voerUit(ExecutorService executor, X task, Consumer<X> markeerAfgewezen) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            LoggerFactory.getLogger(Langwerk.class).warn("Work refused: the executor is closed; the task fails", e);
            markeerAfgewezen.accept(task);
            task.run();
        }
    }

    /** Lets a running operation finish (a backup at exit) before the database closes. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                LoggerFactory.getLogger(Langwerk.class).warn("A long operation did not finish within 60 s at exit");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
