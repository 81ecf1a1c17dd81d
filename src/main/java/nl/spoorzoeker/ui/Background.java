package nl.spoorzoeker.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
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

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess) {
        return run(work, onSuccess, ErrorReporter::report);
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Closing: a screen that refreshes after the last backup (a listener firing late) has
            // nothing left to show, and the database is about to close.
            org.slf4j.LoggerFactory.getLogger(Background.class).debug("Not run: the window is closing", e);
        }
        return task;
    }

    /** Lets queued work (a last save) finish before the database closes. */
    @Override
    public void close() {
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
