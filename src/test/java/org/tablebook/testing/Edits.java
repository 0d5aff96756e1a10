package org.tablebook.testing;

import org.tablebook.domain.sample.StressNegotiation.Delete;
import org.tablebook.domain.sample.StressNegotiation.Edit;
import org.tablebook.domain.sample.StressNegotiation.Insert;
import org.tablebook.domain.sample.StressNegotiation.Op;
import org.tablebook.domain.sample.StressNegotiation.Update;
import org.tablebook.store.TablebookStore;
import org.tablebook.store.Changes;

/** Applies the generated edits of {@code StressNegotiation} to a store, each as one user action. */
public final class Edits {
    private Edits() {
    }

    /** One edit, as one transaction recorded under its label. */
    public static void write(TablebookStore store, String actor, Edit edit) {
        store.write(actor, edit.label(), w -> {
            apply(w, edit);
            return null;
        });
    }

    /** Writes every record of the edit through {@code writer}, in order. */
    public static void apply(Changes writer, Edit edit) {
        for (Op op : edit.ops()) {
            if (op instanceof Insert i) {
                writer.insert(i.record());
            } else if (op instanceof Update u) {
                writer.update(u.record());
            } else if (op instanceof Delete d) {
                writer.delete(d.ref());
            }
        }
    }

    /** How many audit rows the edit adds: one per record it touches (every update changes its record). */
    public static int auditRows(Edit edit) {
        return edit.ops().size();
    }
}
