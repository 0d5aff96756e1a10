package org.tablebook.document;

import com.fasterxml.jackson.core.type.TypeReference;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * (moving a window fires many changes), on the store's own thread, and at once on {@link #close()}.
 * The file is replaced atomically, and an unreadable one is set aside rather than overwritten.
 *
 * <p>The findings the rules panel has seen ({@link RulesPanelState#seen()}: one key per finding, per
 * file, hundreds of kilobytes on a large negotiation) are kept in a file of their own beside it
 * ({@link #seenFile}), written only when they changed, so that moving the window or choosing a
 * theme rewrites a few hundred bytes. Preferences written before kept them inside; such a file is
 * still read, and the findings move to their own file on the next save.
 */
public final class PreferencesStore implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PreferencesStore.class.getName());
    private static final long SAVE_DELAY_MS = 500;

    private final Path file;
    private final Path seenFile;
    /** The seen findings as last written to {@link #seenFile} (or read from it); null before. */
    private Map<String, List<String>> savedSeen;
    /** One save at a time: the store's thread, or {@link #close()}'s. */
    private final Object saving = new Object();
    private final ObjectMapper compact = new ObjectMapper();
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
        String name = file.getFileName().toString();
        this.seenFile = file.resolveSibling((name.endsWith(".json") ? name.substring(0, name.length() - 5) : name)
                + "-seen-findings.json");
        this.current = withSeenRead(read(file));
    }

    /** Where the rules panel's seen findings are kept: beside the preferences. */
    public Path seenFile() {
        return seenFile;
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
        synchronized (saving) {
            try {
                Files.createDirectories(file.getParent());
                Map<String, List<String>> seen = toSave.rulesPanel().seen();
                // The seen findings first: preferences without them must never stand alone on disk.
                if (!seen.equals(savedSeen)) {
                    replace(seenFile, compact, seen);
                    savedSeen = seen;
                }
                replace(file, mapper, toSave.withRulesPanel(st -> new RulesPanelState(st.collapsed(), Map.of())));
            } catch (IOException e) {
                // Losing a window size is not worth interrupting anyone for; say it in the log.
                LOG.log(Level.WARNING, "Could not save preferences to " + file, e);
            }
        }
    }

    /** Writes {@code value} to {@code target} through a file beside it, moved over it at once. */
    private static void replace(Path target, ObjectMapper writer, Object value) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        writer.writeValue(tmp.toFile(), value);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The seen findings from their own file. Preferences that hold them were written by an earlier
     * version (this one writes them without), after this file if both exist: theirs stand, and move
     * to this file on the next save. An unreadable file is set aside.
     */
    private Preferences withSeenRead(Preferences read) {
        if (!read.rulesPanel().seen().isEmpty() || !Files.exists(seenFile)) {
            return read;
        }
        try {
            Map<String, List<String>> seen = compact.readValue(seenFile.toFile(), SEEN_TYPE);
            if (seen == null) {
                return read;
            }
            Preferences p = read.withRulesPanel(st -> new RulesPanelState(st.collapsed(), seen));
            savedSeen = p.rulesPanel().seen();
            return p;
        } catch (IOException | RuntimeException e) {
            Path aside = seenFile.resolveSibling(seenFile.getFileName() + ".unreadable");
            LOG.log(Level.WARNING, "Seen findings in " + seenFile + " could not be read; kept as " + aside, e);
            try {
                Files.move(seenFile, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException(moveFailed);
            }
            return read;
        }
    }

    private static final TypeReference<LinkedHashMap<String, List<String>>> SEEN_TYPE = new TypeReference<>() {
    };

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
