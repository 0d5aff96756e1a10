package org.tablebook.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds tasks until the test runs them, in the order it chooses: what a view model shows before its
 * background work is done, and after.
 */
public final class QueuedTaskRunner implements TaskRunner {
    private final List<BackgroundTask<?>> queued = new ArrayList<>();

    @Override
    public <T> void run(BackgroundTask<T> task) {
        queued.add(task);
    }

    /** How many tasks wait. */
    public int size() {
        return queued.size();
    }

    /** Runs the tasks waiting now, newest first. */
    public void runNewestFirst() {
        List<BackgroundTask<?>> tasks = new ArrayList<>(queued);
        queued.clear();
        for (int i = tasks.size() - 1; i >= 0; i--) {
            TaskRunner.execute(tasks.get(i), Runnable::run);
        }
    }

    /** Runs newest first until nothing is left, tasks queued by earlier ones included. */
    public void drainNewestFirst() {
        while (!queued.isEmpty()) {
            runNewestFirst();
        }
    }
}
