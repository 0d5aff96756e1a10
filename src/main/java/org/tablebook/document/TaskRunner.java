package org.tablebook.document;

/**
 * Runs {@link BackgroundTask}s: the work off the JavaFX thread, the handlers on it. The app uses
 * {@link FxTaskRunner}; view model tests run work at once on their own thread ({@code ImmediateTaskRunner}, in the test
 * sources) so they stay deterministic.
 */
public interface TaskRunner {
    <T> void run(BackgroundTask<T> task);

    /** Hands a small update (progress of long work) to the JavaFX thread; tests run it at once. */
    default void onUiThread(Runnable update) {
        update.run();
    }

    /** Helper for runners: runs the work and hands the outcome to the task's handlers. */
    static <T> void execute(BackgroundTask<T> task, java.util.function.Consumer<Runnable> onUiThread) {
        T value;
        try {
            value = task.call();
        } catch (Throwable error) {
            onUiThread.accept(() -> task.fail(error));
            return;
        }
        onUiThread.accept(() -> task.succeed(value));
    }
}
