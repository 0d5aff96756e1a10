package org.tablebook.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app's one failure path is told while a view-model test runs: the uncaught exceptions
 * handed to the test thread's handler, as the app logs them and tells the person once. Closing it
 * puts the thread's handler back.
 */
public final class Told implements AutoCloseable {
    private final List<Throwable> failures = new ArrayList<>();
    private final Thread.UncaughtExceptionHandler before;

    public Told() {
        Thread thread = Thread.currentThread();
        before = thread.getUncaughtExceptionHandler();
        thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
    }

    /** The failures told so far, oldest first. */
    public List<Throwable> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        Thread.currentThread().setUncaughtExceptionHandler(before);
    }
}
