package org.tablebook.document;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.store.TablebookStore;
import org.tablebook.store.Writer;

/**
 * The open negotiation as the screens see it: the latest snapshot, and one way to change it.
 * Every change is one transaction on the background thread, after which the snapshot is read
 * again and every screen bound to {@link #snapshotProperty()} updates.
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
    public <T> void change(String label, Function<Writer, T> work, Consumer<? super T> onDone,
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
