package org.tablebook.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What happens to an exception nobody caught, on any thread: it is written to a rolling log in
 * the data folder (three files of 1 MB), and the person is told once, calmly, what to do and
 * where the log is. The app keeps running: every change is its own transaction, so what was
 * written is safe, and an unsaved edit is still in its editor.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    static final int LOG_BYTES = 1024 * 1024;
    static final int LOG_FILES = 3;

    private final Logger log;
    private final Path logFile;
    private final Consumer<Path> tell;
    private final AtomicBoolean telling = new AtomicBoolean();

    /**
     * @param logFolder where the log files go
     * @param tell      shows the one dialog (on the JavaFX thread); gets the log's path
     */
    public UncaughtErrors(Path logFolder, Consumer<Path> tell) {
        this.tell = tell;
        this.logFile = logFolder.resolve("tablebook0.log");
        this.log = Logger.getAnonymousLogger();
        log.setUseParentHandlers(false);
        try {
            Files.createDirectories(logFolder);
            FileHandler handler = new FileHandler(logFolder.resolve("tablebook%g.log").toString(), LOG_BYTES,
                    LOG_FILES, true);
            handler.setFormatter(new SimpleFormatter());
            log.addHandler(handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Handles every thread's uncaught exceptions from now on, the JavaFX thread's included. */
    public UncaughtErrors install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        return this;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        log.log(Level.SEVERE, "Uncaught on thread " + thread.getName(), error);
        // One dialog at a time: a burst of the same failure is written down, not shown ten times.
        if (telling.compareAndSet(false, true)) {
            try {
                tell.accept(logFile);
            } catch (RuntimeException ignored) {
                // Telling failed (no window yet): the log has it.
                telling.set(false);
            }
        }
    }

    /** Called once the person has closed the dialog: the next failure is shown again. */
    public void told() {
        telling.set(false);
    }

    public Path logFile() {
        return logFile;
    }
}
