package org.tablebook.document;

import java.util.List;
import java.util.Optional;
import org.tablebook.store.ChangeHistory;

/**
 * The labels of the person's actions that Edit > Undo and Redo would take back or put back, the
 * next one first ("Log a pass").
 */
public record UndoStacks(List<String> undo, List<String> redo) {
    public static final UndoStacks EMPTY = new UndoStacks(List.of(), List.of());

    public UndoStacks {
        undo = List.copyOf(undo);
        redo = List.copyOf(redo);
    }

    static UndoStacks of(ChangeHistory.Stacks stacks) {
        return new UndoStacks(stacks.undo().stream().map(ChangeHistory.Action::label).toList(),
                stacks.redo().stream().map(ChangeHistory.Action::label).toList());
    }

    public Optional<String> nextUndo() {
        return undo.stream().findFirst();
    }

    public Optional<String> nextRedo() {
        return redo.stream().findFirst();
    }
}
