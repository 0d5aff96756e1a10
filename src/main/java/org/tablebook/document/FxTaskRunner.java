package org.tablebook.document;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * One background thread that runs its work in the order it was given; results return to the
 * JavaFX thread with {@code Platform.runLater}. The app makes two: "tablebook-file", the only
 * thread that touches the open file (SQLite has one writer, and one thread keeps the actions in
 * the order the person made them), reached through {@link NegotiationDocument}; and
 * "tablebook-export", which renders exports from a snapshot and never touches the file.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    /** @param threadName names the thread in a thread dump: "tablebook-file", "tablebook-export" */
    public FxTaskRunner(String threadName) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(BackgroundTask<T> task) {
        if (executor.isShutdown()) {
            // The app is closing: a timer's last tick has nothing left to work on.
            return;
        }
        executor.execute(() -> TaskRunner.execute(task, Platform::runLater));
    }

    @Override
    public void onUiThread(Runnable update) {
        Platform.runLater(update);
    }

    /** Lets queued writes finish (each is one short transaction) before the app exits. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
