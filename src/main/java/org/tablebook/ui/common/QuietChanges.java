package org.tablebook.ui.common;

/**
 * Tells a listener whether a change is the person's own: the form filled from a record, a default
 * following another field, a list rebuilt from a new snapshot are run through {@link #run}, and a
 * listener that asks {@link #isQuiet()} leaves them alone. Quiet changes nest.
 */
public final class QuietChanges {
    private boolean quiet;

    /** True while a quiet change runs. */
    public boolean isQuiet() {
        return quiet;
    }

    /** Runs {@code change} quietly; inside another quiet change it stays quiet after this one ends. */
    public void run(Runnable change) {
        boolean was = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = was;
        }
    }
}
