package org.tablebook.document;

/** Runs work and handlers at once on the calling thread: for tests and the command line. */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> void run(BackgroundTask<T> task) {
        TaskRunner.execute(task, Runnable::run);
    }
}
