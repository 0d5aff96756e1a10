package org.tablebook.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Check;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.store.StoreOpenException;
import org.tablebook.store.OutputRefusedException;
import org.tablebook.store.OutputTarget;
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
    /** The file shown by {@link #openForShowing} and not yet checked by {@link #finishOpening}. */
    private Showing showing;

    public Workspace(StoreOptions options) {
        this.options = options;
    }

    public synchronized OpenedFile open(Path file) throws StoreOpenException {
        TablebookStore store = TablebookStore.open(file, options);
        return replaceWith(store);
    }

    /**
     * Start-up's first step: reads the file for showing without checking it, so that the
     * negotiation is on screen before the integrity check and the backup ({@link #finishOpening},
     * to be run next) are done. Nothing can be written until then: the store shown refuses writes.
     * A file this cannot read quickly (an older schema, say) is opened fully at once instead.
     */
    public synchronized OpenedFile openForShowing(Path file) throws StoreOpenException {
        TablebookStore quick;
        try {
            quick = TablebookStore.openForShowing(file, options);
        } catch (StoreOpenException e) {
            return open(file);
        }
        TablebookStore.VersionedSnapshot read;
        long mark;
        try {
            read = quick.loadVersionedSnapshot();
            mark = lastSeq(quick);
        } catch (RuntimeException e) {
            quick.close();
            return open(file);
        }
        if (current != null) {
            current.close();
        }
        current = quick;
        showing = new Showing(quick.file(), read.snapshot(), mark);
        lastOpened = new Opened(quick, read.version(), read.snapshot());
        return new OpenedFile(quick.file(), false, read.snapshot(), true);
    }

    /**
     * Start-up's second step: opens the file shown by {@link #openForShowing} for work (integrity
     * check, lock, backup, migrations). The snapshot shown is kept when the file has not changed
     * since. A file that fails is closed, nothing written, and the failure thrown. Does nothing
     * when the file was opened fully already.
     */
    public synchronized Optional<OpenedFile> finishOpening() throws StoreOpenException {
        Showing shown = showing;
        showing = null;
        if (shown == null || current == null || !current.file().equals(shown.file())) {
            return Optional.empty();
        }
        TablebookStore full;
        try {
            full = TablebookStore.open(shown.file(), options);
        } catch (StoreOpenException | RuntimeException e) {
            current.close();
            current = null;
            lastOpened = null;
            throw e;
        }
        if (full.version() == 0 && lastSeq(full) == shown.lastSeq()) {
            current.close();
            current = full;
            lastOpened = new Opened(full, 0, shown.snapshot());
            return Optional.of(new OpenedFile(full.file(), full.readOnly(), shown.snapshot()));
        }
        return Optional.of(replaceWith(full));
    }

    /** The sequence number of the audit trail's last row: every change adds rows. */
    private static long lastSeq(TablebookStore store) {
        List<org.tablebook.domain.AuditEntry> latest = store.audit().latestChange();
        return latest.isEmpty() ? -1 : latest.get(latest.size() - 1).seq();
    }

    private record Showing(Path file, NegotiationSnapshot snapshot, long lastSeq) {
    }

    /** Creates a new file with a fresh negotiation and opens it. Refuses an existing file. */
    public synchronized OpenedFile create(Path file, String title, NegotiationKind kind, String actor)
            throws StoreOpenException {
        return create(file, title, kind, actor, "Create the negotiation");
    }

    /** {@link #create(Path, String, NegotiationKind, String)}, its creation named {@code label} on the audit trail. */
    public synchronized OpenedFile create(Path file, String title, NegotiationKind kind, String actor, String label)
            throws StoreOpenException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new StoreOpenException(StoreOpenException.Problem.UNREADABLE, file,
                    Check.words("open.folderNotCreated", file.toAbsolutePath().getParent(), e.getMessage()));
        }
        Negotiation negotiation = Negotiation.create(title, kind, options.clock().instant());
        TablebookStore store = TablebookStore.create(file, negotiation, actor, label, options);
        return replaceWith(store);
    }

    /** Writes a whole negotiation (an imported backup, the sample) into a new file and opens it. */
    public synchronized OpenedFile createFrom(Path file, NegotiationSnapshot snapshot, String actor, String label)
            throws StoreOpenException {
        return replaceWith(TablebookStore.createFrom(file, snapshot, actor, label, options));
    }

    /**
     * Writes a backup into a new file and opens it: with its audit trail put back as it was when the
     * backup has one, else recorded as created by {@code actor} under {@code label}.
     */
    public synchronized OpenedFile createFrom(Path file, NegotiationSnapshot snapshot, List<AuditEntry> trail,
            String actor, String label) throws StoreOpenException {
        return replaceWith(TablebookStore.createFrom(file, snapshot, trail, actor, label, options));
    }

    /**
     * Writes {@code snapshot} into a fresh file at {@code file}, replacing the file there, and opens
     * it. The old file stays as it was until the new one is complete; it is closed first when it is
     * the one open here, and refused (LOCKED) when another window or process has it open.
     */
    public synchronized OpenedFile createReplacing(Path file, NegotiationSnapshot snapshot, String actor, String label)
            throws StoreOpenException {
        // Through a link, the file behind it is replaced and the link kept.
        Path target;
        try {
            target = OutputTarget.resolve(file);
        } catch (OutputRefusedException e) {
            throw new StoreOpenException(StoreOpenException.Problem.UNREADABLE, file, e.getMessage());
        }
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

    /**
     * What the window needs to show a file that has just been opened.
     *
     * @param checking shown before its integrity check and backup are done: no write yet
     */
    public record OpenedFile(Path file, boolean readOnly, NegotiationSnapshot snapshot, boolean checking) {
        public OpenedFile(Path file, boolean readOnly, NegotiationSnapshot snapshot) {
            this(file, readOnly, snapshot, false);
        }
    }
}
