package org.tablebook.document;

/**
 * Runs work at once on the calling thread, as {@link ImmediateTaskRunner} does, except that while
 * it is given a failure every task fails with it, as work that throws does.
 */
public final class FailingTaskRunner implements TaskRunner {
    private RuntimeException failure;

    /** From now on every task fails with {@code e} (null: they run again). */
    public void failWith(RuntimeException e) {
        this.failure = e;
    }

    @Override
    public <T> void run(BackgroundTask<T> task) {
        if (failure == null) {
            TaskRunner.execute(task, Runnable::run);
        } else {
            task.fail(failure);
        }
    }
}
