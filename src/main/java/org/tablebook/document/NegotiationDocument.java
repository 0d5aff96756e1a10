package org.tablebook.document;

import org.tablebook.store.OutputTarget;
import org.tablebook.store.OutputRefusedException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tablebook.domain.AuditEntry;
import javafx.beans.value.ObservableValue;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.store.ChangeHistory;
import org.tablebook.store.TablebookStore;
import org.tablebook.store.Changes;

/**
 * The open negotiation as the screens see it, and the one door through which they read or change
 * it: the latest snapshot, changes, undo and redo with their stacks, the audit trail and the last
 * change. Every read and write of the file runs on the one background thread of {@link #tasks()};
 * after a change the snapshot follows what the transaction wrote (the file is read again only when
 * that cannot be done), and every screen bound to {@link #snapshotProperty()} updates. Screens never
 * reach the store themselves.
 */
public final class NegotiationDocument {
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Supplier<String> actor;
    /** The latest snapshot, shared by the document and every section's view of it. */
    private final ReadOnlyObjectWrapper<NegotiationSnapshot> snapshot;
    /** What this document's screens see: the latest snapshot, or for a hidden section the last it showed. */
    private final ReadOnlyObjectWrapper<NegotiationSnapshot> seen;
    /** Where the background thread's latest snapshot is kept; shared with the section views. */
    private final Base base;

    public NegotiationDocument(Workspace workspace, TaskRunner tasks, Supplier<String> actor) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.actor = actor;
        this.snapshot = new ReadOnlyObjectWrapper<>();
        this.seen = snapshot;
        this.base = new Base();
    }

    /** A section's view of {@code of}: everything shared, its snapshot followed only while shown. */
    private NegotiationDocument(NegotiationDocument of, ObservableValue<Boolean> shown) {
        this.workspace = of.workspace;
        this.tasks = of.tasks;
        this.actor = of.actor;
        this.snapshot = of.snapshot;
        this.base = of.base;
        this.seen = new ReadOnlyObjectWrapper<>(Boolean.TRUE.equals(shown.getValue()) ? snapshot.get() : null);
        snapshot.addListener((obs, was, is) -> {
            if (Boolean.TRUE.equals(shown.getValue())) {
                seen.set(is);
            }
        });
        // Shown again: catches up with what happened while hidden, in one step.
        shown.addListener((obs, was, is) -> {
            if (Boolean.TRUE.equals(is)) {
                seen.set(snapshot.get());
            }
        });
    }

    /**
     * This document as a section of the window sees it: the same file and changes, but its
     * {@link #snapshotProperty()} moves only while {@code shown} is true, so a section that is not
     * on screen rebuilds nothing; it catches up with the latest snapshot when it is shown again.
     * Call on the JavaFX thread.
     */
    public NegotiationDocument whileShown(ObservableValue<Boolean> shown) {
        return new NegotiationDocument(this, shown);
    }

    /**
     * The rule findings the window works out once per change and shares (the rules panel's), so an
     * editor can show its record's own; null until {@link #shareFindings} is called. Shared with
     * every section's view of this document.
     */
    public ReadOnlyObjectProperty<Findings> findingsProperty() {
        return base.findings.getReadOnlyProperty();
    }

    /** Makes {@code findings} the ones every screen of this document shows. */
    public void shareFindings(Findings findings) {
        base.findings.set(findings);
    }

    /**
     * Counts the snapshots published by {@link #show} (a file opened, or read again whole): what was
     * worked out from a snapshot published under another number may be of another file. Changes,
     * undo and redo keep the number.
     */
    public long opening() {
        return base.opening;
    }

    public ReadOnlyObjectProperty<NegotiationSnapshot> snapshotProperty() {
        return seen.getReadOnlyProperty();
    }

    public NegotiationSnapshot snapshot() {
        return seen.get();
    }

    /** Publishes a snapshot read elsewhere (on opening a file); null when no file is open. */
    public void show(NegotiationSnapshot value) {
        if (value != snapshot.get()) {
            base.opening++;
        }
        Workspace.Opened known = base.latest;
        Workspace.Opened opened = workspace.lastOpened();
        if (value == null) {
            base.latest = null;
        } else if (opened != null && opened.snapshot() == value) {
            base.latest = opened;
        } else if (known == null || known.snapshot() != value) {
            // A snapshot whose version is not known is followed from the next full read.
            base.latest = null;
        }
        snapshot.set(value);
    }

    /**
     * For the background thread, after a write: the negotiation as the file now stands, the last
     * snapshot with every row committed since applied to it. The file is read again only when those
     * rows cannot be followed (another file was opened, or too many actions have passed).
     */
    public NegotiationSnapshot catchUp() {
        TablebookStore store = workspace.store();
        Workspace.Opened known = base.latest;
        if (known != null && known.store() == store) {
            Optional<TablebookStore.Committed> committed = store.changesSince(known.version());
            Optional<NegotiationSnapshot> next = committed.flatMap(c -> known.snapshot().with(c.rows()));
            if (next.isPresent()) {
                base.latest = new Workspace.Opened(store, committed.get().version(), next.get());
                return next.get();
            }
        }
        return readAgain(store);
    }

    private NegotiationSnapshot readAgain(TablebookStore store) {
        TablebookStore.VersionedSnapshot read = store.loadVersionedSnapshot();
        base.latest = new Workspace.Opened(store, read.version(), read.snapshot());
        return read.snapshot();
    }

    /**
     * Makes one change as one transaction labelled as the person would name it ("Log a pass"),
     * then applies what it wrote to the snapshot. {@code onDone} gets the work's result on the JavaFX thread; a
     * refusal of the domain or the store reaches {@code onError} with its message.
     */
    public <T> void change(String label, Function<Changes, T> work, Consumer<? super T> onDone,
            Consumer<Throwable> onError) {
        String who = actor.get();
        BackgroundTask.of(() -> {
            TablebookStore store = workspace.store();
            T result = store.write(who, label, work);
            return new Outcome<>(result, catchUp());
        }).onSuccess(outcome -> {
            snapshot.set(outcome.snapshot());
            onDone.accept(outcome.result());
        }).onFailure(onError).runWith(tasks);
    }

    /** Reads the file again, e.g. after an undo or when the clock-driven rules need a fresh look. */
    public void reload(Consumer<Throwable> onError) {
        BackgroundTask.of(() -> readAgain(workspace.store())).onSuccess(snapshot::set).onFailure(onError)
                .runWith(tasks);
    }

    /**
     * Reads the person's undo and redo stacks in the open file on the background thread. A file
     * opened read-only, no open file, or a failed read gives empty stacks: nothing to offer.
     */
    public void undoStacks(Consumer<UndoStacks> onDone) {
        String who = actor.get();
        BackgroundTask.of(() -> workspace.current()
                .filter(store -> !store.readOnly())
                .map(store -> UndoStacks.of(store.history().of(who)))
                .orElse(UndoStacks.EMPTY))
                .onSuccess(onDone).onFailure(e -> onDone.accept(UndoStacks.EMPTY)).runWith(tasks);
    }

    /**
     * Takes back the person's latest action, then publishes the snapshot. {@code onDone} gets the
     * label of the action taken back, empty when there was none; a refusal (a record changed since
     * by a later change) reaches {@code onError} as a {@link org.tablebook.domain.ValidationException}.
     */
    public void undo(Consumer<Optional<String>> onDone, Consumer<Throwable> onError) {
        revert(true, onDone, onError);
    }

    /** Puts back the action last taken back; otherwise as {@link #undo}. */
    public void redo(Consumer<Optional<String>> onDone, Consumer<Throwable> onError) {
        revert(false, onDone, onError);
    }

    private void revert(boolean undo, Consumer<Optional<String>> onDone, Consumer<Throwable> onError) {
        String who = actor.get();
        BackgroundTask.of(() -> {
            TablebookStore store = workspace.store();
            ChangeHistory history = store.history();
            Optional<String> done = (undo ? history.undo(who) : history.redo(who)).map(ChangeHistory.Action::label);
            return new Outcome<>(done, catchUp());
        }).onSuccess(outcome -> {
            show(outcome.snapshot());
            onDone.accept(outcome.result());
        }).onFailure(onError).runWith(tasks);
    }

    /** The whole audit trail, oldest first, read on the background thread (for a backup). */
    public void auditTrail(Consumer<List<AuditEntry>> onDone, Consumer<Throwable> onError) {
        BackgroundTask.of(() -> workspace.store().audit().list()).onSuccess(onDone).onFailure(onError)
                .runWith(tasks);
    }

    /** The audit trail from {@code from} on, oldest first, read on the background thread. */
    public void auditSince(Instant from, Consumer<List<AuditEntry>> onDone, Consumer<Throwable> onError) {
        BackgroundTask.of(() -> workspace.store().audit().since(from)).onSuccess(onDone).onFailure(onError)
                .runWith(tasks);
    }

    /** The latest entry of the audit trail (who changed the file last, and when); empty in a new file. */
    public void lastChange(Consumer<Optional<AuditEntry>> onDone, Consumer<Throwable> onError) {
        BackgroundTask.of(() -> {
            List<AuditEntry> latest = workspace.store().audit().latestChange();
            return latest.isEmpty() ? Optional.<AuditEntry>empty() : Optional.of(latest.get(latest.size() - 1));
        }).onSuccess(onDone).onFailure(onError).runWith(tasks);
    }

    /** The file that is open, for the window that opens and closes files; screens go through this class. */
    /**
     * Where an export to {@code target} really goes (the file behind any link). Refuses, with a
     * message naming the file, the open negotiation by any of its names, any other negotiation, a
     * device or a pipe. Reads the disk: call it on the thread that writes the export.
     */
    public Path exportTarget(Path target) {
        Path open = workspace.current().map(TablebookStore::file).orElse(null);
        try {
            return OutputTarget.forExport(target, open == null ? List.of() : List.of(open));
        } catch (OutputRefusedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public String actor() {
        return actor.get();
    }

    /**
     * The latest snapshot the background thread knows, with the store and version it reflects; it
     * runs ahead of {@link #snapshot} while results are on their way to the JavaFX thread.
     */
    private static final class Base {
        volatile Workspace.Opened latest;
        /** The findings the window shares; read and set on the JavaFX thread only. */
        final ReadOnlyObjectWrapper<Findings> findings = new ReadOnlyObjectWrapper<>();
        /** See {@link NegotiationDocument#opening()}; read and set on the JavaFX thread only. */
        long opening;
    }

    private record Outcome<T>(T result, NegotiationSnapshot snapshot) {
    }
}
