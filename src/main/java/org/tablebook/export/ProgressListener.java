package org.tablebook.export;

/**
 * Hears how far an export has got and can ask it to stop. The exporter calls it from the thread
 * doing the export; an app shows the progress on its own thread.
 */
public interface ProgressListener {
    /** Does nothing and never cancels. */
    ProgressListener NONE = (fraction, step) -> { };

    /**
     * @param fraction from 0 to 1, never going back
     * @param step what is being done, for a status line ("Laying out the pages")
     */
    void progress(double fraction, String step);

    /** Asked between steps; when true the export stops with a {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() {
        return false;
    }
}
