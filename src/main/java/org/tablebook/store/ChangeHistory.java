package org.tablebook.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Check;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.ValidationException;

/**
 * Undo and redo of a person's own changes, built on the audit trail so that both survive closing
 * the file.
 *
 * <p>Every user action is one {@link TablebookStore#write} and so one change id in the trail. An
 * undo writes the inverse of a change (a CREATE becomes a delete, an UPDATE puts the before row
 * back, a DELETE inserts the before row again, last row first) as a new change whose audit rows
 * name the change they revert; a redo reverts that undo in the same way. The undo and redo stacks
 * of a person are read back from those links: a new action of theirs empties their redo stack, an
 * undo moves the action from the undo stack to the redo stack, a redo moves it back.
 *
 * <p>An undo or redo is refused, with nothing written, when a record it would put back has been
 * changed since by a later change: the message names the record and who changed it, so that
 * nobody's later work is silently overwritten. Creating the file is never undone.
 */
public final class ChangeHistory {
    // A person's changes written after a given row, oldest first, each named by its first row. Every
    // change is committed whole, so the rows after the last one read never hold part of a change read.
    private static final String CHANGES_AFTER = "SELECT min(seq), max(reverts_change_id), "
            + "max(CASE WHEN entity = 'NEGOTIATION' AND action <> 'UPDATE' THEN 1 ELSE 0 END), max(seq) "
            + "FROM audit_entry WHERE seq > ? AND actor = ? GROUP BY change_id ORDER BY min(seq)";
    private static final String FIRST_ROW = "SELECT min(seq) FROM audit_entry WHERE change_id = ?";
    // An action on a stack: the change its undo or redo reverts, named as the action was first named.
    private static final String ACTION = "SELECT c.change_id, o.label, c.at FROM audit_entry c, audit_entry o "
            + "WHERE c.seq = ? AND o.seq = ?";
    private static final String LATER_MENTION = "SELECT actor, label, at FROM audit_entry WHERE seq > ? "
            + "AND NOT (entity = ? AND entity_id = ?) AND after_json LIKE ? ORDER BY seq DESC LIMIT 1";

    private final TablebookStore store;
    // Each person's stacks as replayed so far: after a change only the rows since are read, not the
    // whole trail again (a file holds tens of thousands of actions).
    private final Map<String, Replay> replays = new HashMap<>();

    ChangeHistory(TablebookStore store) {
        this.store = store;
    }

    /**
     * One action of a person, as the Edit menu names it.
     *
     * @param changeId the change that undoing (or redoing) this action reverts
     * @param label the action as it was first named ("Log a pass"), without "Undo" or "Redo"
     * @param at when that change was written
     */
    public record Action(String changeId, String label, Instant at) {
        public Action {
            Objects.requireNonNull(changeId, "changeId");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A person's undo and redo stacks. Only the stacks' positions are held; each action is read from
     * the trail when it is asked for, so that a history of tens of thousands of actions costs little.
     */
    public final class Stacks {
        private final long[] undo;
        private final long[] redo;

        private Stacks(long[] undo, long[] redo) {
            this.undo = undo;
            this.redo = redo;
        }

        /** What Undo takes back, the next one first. */
        public List<Action> undo() {
            return new Actions(undo);
        }

        /** What Redo puts back, the next one first. */
        public List<Action> redo() {
            return new Actions(redo);
        }

        public Optional<Action> nextUndo() {
            return undo().stream().findFirst();
        }

        public Optional<Action> nextRedo() {
            return redo().stream().findFirst();
        }

        /** Equal when they hold the same actions, read from the trail: two files can be compared. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Stacks s && undo().equals(s.undo()) && redo().equals(s.redo());
        }

        @Override
        public int hashCode() {
            return Objects.hash(undo(), redo());
        }

        @Override
        public String toString() {
            return "Stacks[undo=" + undo() + ", redo=" + redo() + "]";
        }
    }

    /** The actions of one stack, newest first, read from the trail one at a time. */
    private final class Actions extends AbstractList<Action> {
        // Pairs, oldest first: the first row of the change to revert, the first row of the action.
        private final long[] rows;

        Actions(long[] rows) {
            this.rows = rows;
        }

        @Override
        public Action get(int index) {
            int at = 2 * (size() - 1 - Objects.checkIndex(index, size()));
            return store.read(sql -> sql.one(ACTION, r -> new Action(r.text(), r.text(), r.instant()), rows[at],
                    rows[at + 1])).orElseThrow(() -> new StoreException("The history of this file has lost an action."));
        }

        @Override
        public int size() {
            return rows.length / 2;
        }
    }

    /** The undo and redo stacks of {@code actor} in this file, as the trail records them. */
    public Stacks of(String actor) {
        String who = Check.required("actor", "label.theUserName", actor);
        return store.read(sql -> derive(sql, who));
    }

    /**
     * Takes back {@code actor}'s latest action that is not undone yet, as one new change labelled
     * "Undo " and the action's label. Empty when there is nothing to undo.
     *
     * @throws ValidationException (field {@code "undo"}) when a later change stands in the way; nothing is written
     */
    public Optional<Action> undo(String actor) {
        return revert(actor, true);
    }

    /**
     * Puts back {@code actor}'s latest undone action, as one new change labelled "Redo " and the
     * action's label. Empty when there is nothing to redo.
     *
     * @throws ValidationException (field {@code "redo"}) when a later change stands in the way; nothing is written
     */
    public Optional<Action> redo(String actor) {
        return revert(actor, false);
    }

    private Optional<Action> revert(String actor, boolean undo) {
        String who = Check.required("actor", "label.theUserName", actor);
        // Holding the store keeps the stacks read here true until the write below commits.
        synchronized (store) {
            Stacks stacks = store.read(sql -> derive(sql, who));
            Optional<Action> next = undo ? stacks.nextUndo() : stacks.nextRedo();
            if (next.isEmpty()) {
                return next;
            }
            Action action = next.get();
            store.write(who, Check.words(undo ? "history.undoLabel" : "history.redoLabel", action.label()), action.changeId(), w -> {
                store.read(sql -> {
                    invert(sql, w, action, who, undo);
                    return null;
                });
                return null;
            });
            return next;
        }
    }

    /** Replays the person's changes in order to find what their Undo and Redo act on now. */
    private Stacks derive(Sql sql, String actor) throws SQLException {
        synchronized (replays) {
            Replay replay = replays.computeIfAbsent(actor, a -> new Replay());
            sql.forEach(CHANGES_AFTER, r -> new Replay.Change(r.longValue(), r.text(), r.bool(), r.longValue()), c -> {
                long reverts = c.reverts() == null ? 0 : firstRow(sql, c.reverts());
                replay.fold(c, reverts);
            }, replay.lastSeq, actor);
            return new Stacks(replay.undo.copy(), replay.redo.copy());
        }
    }

    private static long firstRow(Sql sql, String changeId) {
        try {
            return sql.one(FIRST_ROW, r -> r.longValue(), changeId).orElse(0L);
        } catch (SQLException e) {
            throw new StoreException("The history of this file cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * One person's undo and redo stacks, folded from their changes in the order they were written. A
     * change is named by its first row; only changes on a stack are kept, as two numbers each.
     */
    private static final class Replay {
        record Change(long firstRow, String reverts, boolean fixed, long lastSeq) {
        }

        private long lastSeq;
        private final Stack undo = new Stack();
        private final Stack redo = new Stack();

        /** {@code reverted} is the first row of the change that {@code c} reverts, 0 when none. */
        void fold(Change c, long reverted) {
            lastSeq = Math.max(lastSeq, c.lastSeq());
            if (c.fixed()) {
                return;
            }
            if (c.reverts() == null) {
                undo.push(c.firstRow(), c.firstRow());
                redo.clear();
                return;
            }
            long action = undo.remove(reverted);
            if (action != 0) {
                redo.push(c.firstRow(), action);
                return;
            }
            action = redo.remove(reverted);
            if (action != 0) {
                undo.push(c.firstRow(), action);
            }
        }
    }

    /** Pairs of row numbers, oldest first: the change to revert, and the action as first named. */
    private static final class Stack {
        private long[] rows = new long[16];
        private int size;

        void push(long change, long action) {
            if (size + 2 > rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            rows[size++] = change;
            rows[size++] = action;
        }

        /** Takes the change off the stack (looked for from the top) and returns its action; 0 when absent. */
        long remove(long change) {
            for (int i = size - 2; i >= 0; i -= 2) {
                if (rows[i] == change) {
                    long action = rows[i + 1];
                    System.arraycopy(rows, i + 2, rows, i, size - i - 2);
                    size -= 2;
                    return action;
                }
            }
            return 0;
        }

        void clear() {
            size = 0;
            if (rows.length > 16) {
                rows = new long[16];
            }
        }

        long[] copy() {
            return Arrays.copyOf(rows, size);
        }
    }

    /** Writes the inverse of the action's change, after checking that nothing changed its records since. */
    private void invert(Sql sql, Changes w, Action action, String actor, boolean undo) throws SQLException {
        List<AuditEntry> rows = store.tables().audit.change(sql, action.changeId());
        if (rows.isEmpty()) {
            return;
        }
        long lastSeq = rows.get(rows.size() - 1).seq();
        String field = undo ? "undo" : "redo";

        Map<EntityRef, AuditEntry> finalRows = new LinkedHashMap<>();
        for (AuditEntry row : rows) {
            finalRows.put(new EntityRef(row.entity(), row.entityId()), row);
        }
        for (Map.Entry<EntityRef, AuditEntry> e : finalRows.entrySet()) {
            EntityRef ref = e.getKey();
            Entity expected = e.getValue().afterJson() == null ? null : parse(ref, e.getValue().afterJson());
            Entity now = w.find(ref).orElse(null);
            if (!Objects.equals(now, expected)) {
                throw Check.refusal(field, "history.changedSince." + field, changedSince(sql, ref,
                        now != null ? now : expected, lastSeq, actor), action.label());
            }
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            AuditEntry row = rows.get(i);
            EntityRef ref = new EntityRef(row.entity(), row.entityId());
            try {
                switch (row.action()) {
                    case CREATE -> w.delete(ref);
                    case UPDATE -> w.update(parse(ref, row.beforeJson()));
                    case DELETE -> w.insert(parse(ref, row.beforeJson()));
                    default -> throw new IllegalStateException(row.action().toString());
                }
            } catch (ValidationException x) {
                throw Check.refusal(field, "history.refused." + field, dependsOn(sql, ref, lastSeq, actor)
                        .orElse(x.getMessage()), action.label());
            }
        }
    }

    /** "Demand U-12 was changed after it by Sam Ortiz ("Log a pass", 3 Mar 2026 at 14:05)." */
    private String changedSince(Sql sql, EntityRef ref, Entity record, long afterSeq, String actor)
            throws SQLException {
        String what = describe(sql, ref, record);
        List<AuditEntry> later = store.tables().audit.of(sql, ref).stream().filter(a -> a.seq() > afterSeq).toList();
        if (later.isEmpty()) {
            return Check.words("history.noLongerAsLeft", what);
        }
        AuditEntry last = later.get(later.size() - 1);
        return Check.words(last.action() == org.tablebook.domain.AuditAction.DELETE ? "history.deletedAfter"
                : "history.changedAfter", what, who(last.actor(), actor), last.label(), when(last.at()));
    }

    /** A later change whose records point at this one, in words; empty when none is found. */
    private Optional<String> dependsOn(Sql sql, EntityRef ref, long afterSeq, String actor) throws SQLException {
        record Mention(String actor, String label, Instant at) {
        }
        Optional<Mention> m = sql.one(LATER_MENTION, r -> new Mention(r.text(), r.text(), r.instant()), afterSeq,
                ref.kind(), ref.id(), "%\"" + ref.id() + "\"%");
        if (m.isEmpty()) {
            return Optional.empty();
        }
        String what = store.tables().of(ref.kind()).find(sql, ref.id())
                .map(e -> describeQuietly(sql, ref, e)).orElse(Check.phrase("history.thisRecord", ref.kind().inSentence()));
        return Optional.of(Check.words("history.dependsOn", what, who(m.get().actor(), actor), m.get().label(),
                when(m.get().at())));
    }

    private String describeQuietly(Sql sql, EntityRef ref, Entity e) {
        try {
            return describe(sql, ref, e);
        } catch (SQLException x) {
            return Check.phrase("history.thisRecord", ref.kind().inSentence());
        }
    }

    private String describe(Sql sql, EntityRef ref, Entity record) throws SQLException {
        if (record == null) {
            return Check.phrase("history.theRecord", ref.kind().inSentence());
        }
        return describe(store.tables().of(ref.kind()), sql, record);
    }

    private static <T extends Entity> String describe(Table<T> table, Sql sql, Entity record) throws SQLException {
        return table.describe(sql, table.cast(record));
    }

    private static String who(String someone, String actor) {
        return someone.equals(actor) ? Check.phrase("history.you") : someone;
    }

    private String when(Instant at) {
        ZoneId zone = store.options().clock().getZone();
        return DateTexts.current().dateTime(at, zone);
    }

    private Entity parse(EntityRef ref, String json) {
        try {
            return Json.mapper().readValue(json, store.tables().of(ref.kind()).type);
        } catch (IOException e) {
            throw new StoreException(Check.words("history.unreadable", ref.kind().inSentence(), e.getMessage()), e);
        }
    }
}
