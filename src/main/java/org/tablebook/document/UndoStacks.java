package org.tablebook.document;

import java.util.Optional;
import org.tablebook.store.ChangeHistory;

/**
 * The labels of the person's actions that Edit > Undo and Redo would take back or put back next
 * ("Log a pass"), empty when there is none. Only the next ones are kept: the stacks below them can
 * hold a whole negotiation's worth of actions.
 */
public record UndoStacks(Optional<String> nextUndo, Optional<String> nextRedo) {
    public static final UndoStacks EMPTY = new UndoStacks(Optional.empty(), Optional.empty());

    static UndoStacks of(ChangeHistory.Stacks stacks) {
        return new UndoStacks(stacks.nextUndo().map(ChangeHistory.Action::label),
                stacks.nextRedo().map(ChangeHistory.Action::label));
    }
}
