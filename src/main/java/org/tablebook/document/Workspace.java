package org.tablebook.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.store.StoreOpenException;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/**
 * The negotiation file that is open now. Opening another one closes it; a file that cannot be
 * opened leaves the current one open. Called from the background thread only.
 */
public final class Workspace implements AutoCloseable {
    private final StoreOptions options;
    private TablebookStore current;
    /** The snapshot the last opening read, with its store and version: where the document's changes start. */
    private volatile Opened lastOpened;

    public Workspace(StoreOptions options) {
        this.options = options;
    }

    public synchronized OpenedFile open(Path file) throws StoreOpenException {
        TablebookStore store = TablebookStore.open(file, options);
        return replaceWith(store);
    }

    /** Creates a new file with a fresh negotiation and opens it. Refuses an existing file. */
    public synchronized OpenedFile create(Path file, String title, NegotiationKind kind, String actor)
            throws StoreOpenException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new StoreOpenException(StoreOpenException.Problem.UNREADABLE, file,
                    "Could not create the folder " + file.toAbsolutePath().getParent() + ": " + e.getMessage());
        }
        Negotiation negotiation = Negotiation.create(title, kind, options.clock().instant());
        TablebookStore store = TablebookStore.create(file, negotiation, actor, options);
        return replaceWith(store);
    }

    /** Writes a whole negotiation (an imported backup, the sample) into a new file and opens it. */
    public synchronized OpenedFile createFrom(Path file, NegotiationSnapshot snapshot, String actor, String label)
            throws StoreOpenException {
        return replaceWith(TablebookStore.createFrom(file, snapshot, actor, label, options));
    }

    /**
     * Writes {@code snapshot} into a fresh file at {@code file}, replacing the file there, and opens
     * it. The old file stays as it was until the new one is complete; it is closed first when it is
     * the one open here, and refused (LOCKED) when another window or process has it open.
     */
    public synchronized OpenedFile createReplacing(Path file, NegotiationSnapshot snapshot, String actor, String label)
            throws StoreOpenException {
        Path target = file.toAbsolutePath().normalize();
        Path fresh = target.resolveSibling(target.getFileName() + ".new");
        boolean isCurrent = current != null && current.file().equals(target);
        if (!isCurrent && TablebookStore.isInUse(target)) {
            throw new StoreOpenException(StoreOpenException.Problem.LOCKED, target, target.getFileName()
                    + " is open in another Tablebook window. Close it there, then try again.");
        }
        try {
            deleteDatabase(fresh);
            TablebookStore.createFrom(fresh, snapshot, actor, label, options).close();
            if (isCurrent) {
                current.close();
                current = null;
            }
            // A write-ahead log left beside the old file would be replayed into the new one.
            Files.deleteIfExists(sidecar(target, "-wal"));
            Files.deleteIfExists(sidecar(target, "-shm"));
            Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new StoreOpenException(StoreOpenException.Problem.UNREADABLE, target,
                    "Tablebook could not write " + target + ": " + e.getMessage());
        }
        return open(target);
    }

    private static void deleteDatabase(Path file) throws java.io.IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(sidecar(file, "-wal"));
        Files.deleteIfExists(sidecar(file, "-shm"));
    }

    private static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    public synchronized Optional<TablebookStore> current() {
        return Optional.ofNullable(current);
    }

    /** The open store; for work that can only run while a file is open. */
    public synchronized TablebookStore store() {
        if (current == null) {
            throw new IllegalStateException("No negotiation file is open.");
        }
        return current;
    }

    private OpenedFile replaceWith(TablebookStore store) {
        NegotiationSnapshot snapshot;
        try {
            TablebookStore.VersionedSnapshot read = store.loadVersionedSnapshot();
            snapshot = read.snapshot();
            lastOpened = new Opened(store, read.version(), snapshot);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        if (current != null) {
            current.close();
        }
        current = store;
        return new OpenedFile(store.file(), store.readOnly(), snapshot);
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    Opened lastOpened() {
        return lastOpened;
    }

    /** A snapshot as read from a store at one of its versions. */
    record Opened(TablebookStore store, long version, NegotiationSnapshot snapshot) {
    }

    /** What the window needs to show a file that has just been opened. */
    public record OpenedFile(Path file, boolean readOnly, NegotiationSnapshot snapshot) {
    }
}
