package org.tablebook.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.EntityRef;

/**
 * The audit trail, read-only: every row any write touched, oldest first. Each entry's before and
 * after read back into the record with {@code Json.mapper().readValue(json, kind's record class)}.
 */
public final class AuditRepository {
    private final TablebookStore store;

    AuditRepository(TablebookStore store) {
        this.store = store;
    }

    /** The whole trail, in the order it was written. */
    public List<AuditEntry> list() {
        return store.read(sql -> store.tables().audit.list(sql));
    }

    /**
     * Each entry of the whole trail in turn, oldest first, without holding the trail in memory (a
     * long negotiation's trail may not fit). The store is busy until it returns.
     */
    public void forEach(java.util.function.Consumer<? super AuditEntry> action) {
        Objects.requireNonNull(action, "action");
        store.read(sql -> {
            store.tables().audit.forEach(sql, action);
            return null;
        });
    }

    /** The entries at or after {@code since}. */
    public List<AuditEntry> since(Instant since) {
        Objects.requireNonNull(since, "since");
        return store.read(sql -> store.tables().audit.since(sql, since));
    }

    /** The rows of one user action (one {@link TablebookStore#write} call). */
    public List<AuditEntry> change(String changeId) {
        Objects.requireNonNull(changeId, "changeId");
        return store.read(sql -> store.tables().audit.change(sql, changeId));
    }

    /** The history of one record. */
    public List<AuditEntry> of(EntityRef ref) {
        Objects.requireNonNull(ref, "ref");
        return store.read(sql -> store.tables().audit.of(sql, ref));
    }

    /** The rows of the most recent user action; empty for a file with no trail. */
    public List<AuditEntry> latestChange() {
        return store.read(sql -> store.tables().audit.latestChange(sql));
    }
}
