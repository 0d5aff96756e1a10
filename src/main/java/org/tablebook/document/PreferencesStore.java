package org.tablebook.document;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps {@link Preferences} in a small JSON file. Changes are saved after a short quiet spell
 * (moving a window fires many changes) and at once on {@link #close()}. The file is replaced
 * atomically, and an unreadable one is set aside rather than overwritten.
 */
public final class PreferencesStore implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PreferencesStore.class.getName());
    private static final long SAVE_DELAY_MS = 500;

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tablebook-preferences");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<Preferences>> listeners = new ArrayList<>();
    private Preferences current;
    private ScheduledFuture<?> pendingSave;
    private boolean closed;

    public PreferencesStore(Path file) {
        this.file = file;
        this.current = read(file);
    }

    public synchronized Preferences get() {
        return current;
    }

    public void update(UnaryOperator<Preferences> change) {
        Preferences next;
        List<Consumer<Preferences>> toNotify;
        synchronized (this) {
            next = change.apply(current);
            if (next.equals(current)) {
                return;
            }
            current = next;
            if (pendingSave != null) {
                pendingSave.cancel(false);
            }
            // A window closing after the store fires a last resize; keep it in memory only.
            if (!closed) {
                pendingSave = saver.schedule(this::saveNow, SAVE_DELAY_MS, TimeUnit.MILLISECONDS);
            }
            toNotify = List.copyOf(listeners);
        }
        toNotify.forEach(l -> l.accept(next));
    }

    public synchronized void addListener(Consumer<Preferences> listener) {
        listeners.add(listener);
    }

    /** Writes the current preferences now. */
    public void saveNow() {
        Preferences toSave;
        synchronized (this) {
            toSave = current;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            mapper.writeValue(tmp.toFile(), toSave);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Losing a window size is not worth interrupting anyone for; say it in the log.
            LOG.log(Level.WARNING, "Could not save preferences to " + file, e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (pendingSave != null) {
                pendingSave.cancel(false);
            }
        }
        saveNow();
        saver.shutdown();
    }

    private Preferences read(Path path) {
        if (!Files.exists(path)) {
            return Preferences.defaults();
        }
        try {
            Preferences p = mapper.readValue(path.toFile(), Preferences.class);
            return p == null ? Preferences.defaults() : p;
        } catch (IOException | RuntimeException e) {
            Path aside = path.resolveSibling(path.getFileName() + ".unreadable");
            LOG.log(Level.WARNING, "Preferences in " + path + " could not be read; kept as " + aside, e);
            try {
                Files.move(path, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException(moveFailed);
            }
            return Preferences.defaults();
        }
    }
}
