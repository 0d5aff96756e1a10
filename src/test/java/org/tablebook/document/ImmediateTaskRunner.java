package org.tablebook.document;

/**
 * Runs work and its handlers at once on the calling thread, so that in a view-model test a change,
 * its reload and what the screen shows are all done when the call returns.
 */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> void run(BackgroundTask<T> task) {
        TaskRunner.execute(task, Runnable::run);
    }
}
