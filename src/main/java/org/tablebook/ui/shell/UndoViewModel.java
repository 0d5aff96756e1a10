package org.tablebook.ui.shell;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.ValidationException;
import org.tablebook.store.ChangeHistory;
import org.tablebook.store.ChangeHistory.Action;
import org.tablebook.store.ChangeHistory.Stacks;
import org.tablebook.store.TablebookStore;
import org.tablebook.document.BackgroundTask;
import org.tablebook.ui.common.DialogService;
import org.tablebook.document.NegotiationDocument;

/**
 * Edit > Undo and Redo of the person's own actions in the open file. The stacks come from the
 * file's audit trail (see {@link ChangeHistory}), read again after every change, so they are the
 * same after a restart. Undo and redo run on the background thread like every other change.
 */
public final class UndoViewModel {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Stacks> stacks = new ReadOnlyObjectWrapper<>(Stacks.EMPTY);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lastDone = new ReadOnlyStringWrapper("");
    private final StringBinding undoLabel;
    private final StringBinding redoLabel;
    private final BooleanBinding canUndo;
    private final BooleanBinding canRedo;

    public UndoViewModel(NegotiationDocument document, DialogService dialogs) {
        this.document = document;
        this.dialogs = dialogs;
        undoLabel = Bindings.createStringBinding(() -> stacks.get().nextUndo().map(a -> "Undo " + a.label())
                .orElse("Undo"), stacks);
        redoLabel = Bindings.createStringBinding(() -> stacks.get().nextRedo().map(a -> "Redo " + a.label())
                .orElse("Redo"), stacks);
        canUndo = Bindings.createBooleanBinding(() -> stacks.get().nextUndo().isPresent() && !busy.get(), stacks,
                busy);
        canRedo = Bindings.createBooleanBinding(() -> stacks.get().nextRedo().isPresent() && !busy.get(), stacks,
                busy);
        document.snapshotProperty().addListener((obs, was, is) -> refresh(is));
        refresh(document.snapshot());
    }

    private void refresh(NegotiationSnapshot snapshot) {
        if (snapshot == null) {
            stacks.set(Stacks.EMPTY);
            return;
        }
        String actor = document.actor();
        BackgroundTask.of(() -> {
            TablebookStore store = document.workspace().store();
            return store.readOnly() ? Stacks.EMPTY : store.history().of(actor);
        }).onSuccess(stacks::set).onFailure(e -> stacks.set(Stacks.EMPTY)).runWith(document.tasks());
    }

    /** Takes back the person's latest action (Ctrl+Z). */
    public void undo() {
        run(true);
    }

    /** Puts back the action last undone (Ctrl+Shift+Z, Ctrl+Y). */
    public void redo() {
        run(false);
    }

    private void run(boolean undo) {
        if (busy.get() || (undo ? stacks.get().nextUndo() : stacks.get().nextRedo()).isEmpty()) {
            return;
        }
        String actor = document.actor();
        busy.set(true);
        BackgroundTask.of(() -> {
            TablebookStore store = document.workspace().store();
            Optional<Action> done = undo ? store.history().undo(actor) : store.history().redo(actor);
            return new Outcome(done, document.catchUp());
        }).onSuccess(outcome -> {
            document.show(outcome.snapshot());
            lastDone.set(outcome.done().map(a -> (undo ? "Undone: " : "Redone: ") + a.label()).orElse(""));
        }).onFailure(ValidationException.class, e -> {
            dialogs.showError(undo ? "Cannot undo" : "Cannot redo", e.getMessage());
            refresh(document.snapshot());
        }).onFailure(e -> {
            dialogs.showError(undo ? "Could not undo" : "Could not redo",
                    e.getMessage() == null ? e.toString() : e.getMessage());
            refresh(document.snapshot());
        }).onFinally(() -> busy.set(false)).runWith(document.tasks());
    }

    /** "Undo Log a pass", or "Undo" when there is nothing to undo. */
    public StringBinding undoLabelProperty() {
        return undoLabel;
    }

    public StringBinding redoLabelProperty() {
        return redoLabel;
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    public BooleanBinding canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Undone: Log a pass": what the last undo or redo did, for the status bar. */
    public ReadOnlyStringProperty lastDoneProperty() {
        return lastDone.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Stacks> stacksProperty() {
        return stacks.getReadOnlyProperty();
    }

    private record Outcome(Optional<Action> done, NegotiationSnapshot snapshot) {
    }
}
