package org.tablebook.document;

import java.util.Optional;
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
 * Every change is one transaction on the background thread; the snapshot then follows what the
 * transaction wrote (the file is read again only when that cannot be done), and every screen bound
 * to {@link #snapshotProperty()} updates.
 */
public final class NegotiationDocument {
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Supplier<String> actor;
    private final ReadOnlyObjectWrapper<NegotiationSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    /**
     * The latest snapshot the background thread knows, with the store and version it reflects; it
     * runs ahead of {@link #snapshot} while results are on their way to the JavaFX thread.
     */
    private volatile Workspace.Opened base;

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
        Workspace.Opened known = base;
        if (value == null) {
            base = null;
        } else if (known == null || known.snapshot() != value) {
            Workspace.Opened opened = workspace.lastOpened();
            // A snapshot whose version is not known is followed from the next full read.
            base = opened != null && opened.snapshot() == value ? opened : null;
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
        Workspace.Opened known = base;
        if (known != null && known.store() == store) {
            Optional<TablebookStore.Committed> committed = store.changesSince(known.version());
            Optional<NegotiationSnapshot> next = committed.flatMap(c -> known.snapshot().with(c.rows()));
            if (next.isPresent()) {
                base = new Workspace.Opened(store, committed.get().version(), next.get());
                return next.get();
            }
        }
        return readAgain(store);
    }

    private NegotiationSnapshot readAgain(TablebookStore store) {
        TablebookStore.VersionedSnapshot read = store.loadVersionedSnapshot();
        base = new Workspace.Opened(store, read.version(), read.snapshot());
        return read.snapshot();
    }

    /**
     * Makes one change as one transaction labelled as the person would name it ("Log a pass"),
     * then applies what it wrote to the snapshot. {@code onDone} gets the work's result on the JavaFX thread; a
     * refusal of the domain or the store reaches {@code onError} with its message.
     */
    public <T> void change(String label, Function<Writer, T> work, Consumer<? super T> onDone,
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
