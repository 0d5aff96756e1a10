package org.tablebook.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.UndoStacks;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.Messages;

/**
 * Edit > Undo and Redo of the person's own actions in the open file. The stacks come from the
 * file's audit trail, read again through the document whenever the snapshot changes, so they are
 * the same after a restart. Undo and redo go through the document like every other change.
 */
public final class UndoViewModel {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final ObjectProperty<UndoStacks> stacks = new SimpleObjectProperty<>(UndoStacks.EMPTY);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StringBinding undoLabel;
    private final StringBinding redoLabel;
    private final BooleanBinding canUndo;
    private final BooleanBinding canRedo;

    public UndoViewModel(NegotiationDocument document, DialogService dialogs) {
        this.document = document;
        this.dialogs = dialogs;
        undoLabel = Bindings.createStringBinding(() -> stacks.get().nextUndo()
                .map(a -> Messages.format("shell.undoViewModel.undoNamed", a))
                .orElse(Messages.get("shell.undoViewModel.undo")), stacks);
        redoLabel = Bindings.createStringBinding(() -> stacks.get().nextRedo()
                .map(a -> Messages.format("shell.undoViewModel.redoNamed", a))
                .orElse(Messages.get("shell.undoViewModel.redo")), stacks);
        canUndo = Bindings.createBooleanBinding(() -> stacks.get().nextUndo().isPresent() && !busy.get(), stacks,
                busy);
        canRedo = Bindings.createBooleanBinding(() -> stacks.get().nextRedo().isPresent() && !busy.get(), stacks,
                busy);
        document.snapshotProperty().addListener((obs, was, is) -> refresh(is));
        refresh(document.snapshot());
    }

    private void refresh(NegotiationSnapshot snapshot) {
        if (snapshot == null) {
            stacks.set(UndoStacks.EMPTY);
            return;
        }
        document.undoStacks(stacks::set);
    }

    /** Takes back the person's latest action (Ctrl+Z). */
    public void undo() {
        if (!busy.get() && stacks.get().nextUndo().isPresent()) {
            busy.set(true);
            document.undo(label -> busy.set(false), e -> failed(e, Messages.get("shell.undoViewModel.cannotUndo"), Messages.get("shell.undoViewModel.couldNotUndo")));
        }
    }

    /** Puts back the action last undone (Ctrl+Shift+Z, Ctrl+Y). */
    public void redo() {
        if (!busy.get() && stacks.get().nextRedo().isPresent()) {
            busy.set(true);
            document.redo(label -> busy.set(false), e -> failed(e, Messages.get("shell.undoViewModel.cannotRedo"), Messages.get("shell.undoViewModel.couldNotRedo")));
        }
    }

    /** A refusal the person can act on keeps its message; the stacks are read again either way. */
    private void failed(Throwable e, String refusedTitle, String failedTitle) {
        busy.set(false);
        if (e instanceof ValidationException) {
            dialogs.showError(refusedTitle, e.getMessage());
        } else {
            dialogs.showError(failedTitle, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        refresh(document.snapshot());
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
}
