package nl.spoorzoeker.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs database work off the JavaFX thread, one job at a time (one writer), and brings the result
 * back to the JavaFX thread. A failure goes to the {@link ErrorReporter} unless the caller handles it.
 */
public final class Background implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "spoorzoeker-db");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> ErrorReporter.report(e));
        return thread;
    });

    private final Langwerk langwerk = new Langwerk();

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess) {
        return run(work, onSuccess, Background::meld);
    }

    /**
     * Without a handler of the caller's own: a refusal because the window is closing is logged at
     * WARN (a dialog while the app exits helps nobody); anything else goes to the coach.
     */
    private static void meld(Throwable failure) {
        if (failure instanceof RejectedExecutionException) {
            org.slf4j.LoggerFactory.getLogger(Background.class).warn("Work queued after the window closed did not run", failure);
        } else {
            ErrorReporter.report(failure);
        }
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Werk<T> task = new Werk<>(work);
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        // Refused (closing): the task fails with the refusal and the caller's failure handler runs,
        // so a caller that waits on it does not hang on a task that never runs.
        Langwerk.voerUit(executor, task, w -> w.afgewezen = true);
        return task;
    }

    private static final class Werk<T> extends Task<T> {
        private final Callable<T> work;
        private volatile boolean afgewezen;

        Werk(Callable<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            if (afgewezen) {
                throw new RejectedExecutionException("the database queue is closed");
            }
            return work.call();
        }
    }

    /** The long operations' own executor, apart from this database queue. */
    public Langwerk langwerk() {
        return langwerk;
    }

    /** Lets queued work (a last save) finish before the database closes. */
    @Override
    public void close() {
        langwerk.close();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
