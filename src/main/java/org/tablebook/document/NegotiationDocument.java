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
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.store.ChangeHistory;
import org.tablebook.store.TablebookStore;
import org.tablebook.store.Changes;

/**
 * The open negotiation as the screens see it, and the one door through which they read or change
 * it: the latest snapshot, changes, undo and redo with their stacks, the audit trail and the last
 * change. Every read and write of the file runs on the one background thread of {@link #tasks()};
 * after a change the snapshot is published and every screen bound to {@link #snapshotProperty()}
 * updates. Screens never reach the store themselves.
 */
public final class NegotiationDocument {
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Supplier<String> actor;
    private final ReadOnlyObjectWrapper<NegotiationSnapshot> snapshot = new ReadOnlyObjectWrapper<>();

    public NegotiationDocument(Workspace workspace, TaskRunner tasks, Supplier<String> actor) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.actor = actor;
    }

    public ReadOnlyObjectProperty<NegotiationSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public NegotiationSnapshot snapshot() {
        return snapshot.get();
    }

    /** Publishes a snapshot read elsewhere (on opening a file); null when no file is open. */
    public void show(NegotiationSnapshot value) {
        snapshot.set(value);
    }

    /**
     * Makes one change as one transaction labelled as the person would name it ("Log a pass"),
     * then reloads the snapshot. {@code onDone} gets the work's result on the JavaFX thread; a
     * refusal of the domain or the store reaches {@code onError} with its message.
     */
    public <T> void change(String label, Function<Changes, T> work, Consumer<? super T> onDone,
            Consumer<Throwable> onError) {
        String who = actor.get();
        BackgroundTask.of(() -> {
            TablebookStore store = workspace.store();
            T result = store.write(who, label, work);
            return new Outcome<>(result, store.loadSnapshot());
        }).onSuccess(outcome -> {
            show(outcome.snapshot());
            onDone.accept(outcome.result());
        }).onFailure(onError).runWith(tasks);
    }

    /** Reads the file again, e.g. after an undo or when the clock-driven rules need a fresh look. */
    public void reload(Consumer<Throwable> onError) {
        BackgroundTask.of(() -> workspace.store().loadSnapshot()).onSuccess(this::show).onFailure(onError)
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
            return new Outcome<>(done, store.loadSnapshot());
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

    private record Outcome<T>(T result, NegotiationSnapshot snapshot) {
    }
}
