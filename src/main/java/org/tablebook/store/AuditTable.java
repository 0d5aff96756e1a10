package org.tablebook.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.tablebook.domain.AuditAction;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;

/** The append-only audit trail (triggers in the schema refuse updates and deletes). */
final class AuditTable {
    private static final String COLUMNS =
            "seq, change_id, label, at, actor, entity, entity_id, action, before_json, after_json, reverts_change_id";
    private static final String INSERT = "INSERT INTO audit_entry (change_id, label, at, actor, entity, entity_id, "
            + "action, before_json, after_json, reverts_change_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String RESTORE = "INSERT INTO audit_entry (seq, change_id, label, at, actor, entity, "
            + "entity_id, action, before_json, after_json, reverts_change_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM audit_entry";

    /** Appends a new row; its {@code seq} is the trail's next one, whatever the entry says. */
    void append(Sql sql, AuditEntry e) throws SQLException {
        sql.update(INSERT, e.changeId(), e.label(), e.at(), e.actor(), e.entity(), e.entityId(), e.action(),
                e.beforeJson(), e.afterJson(), e.revertsChangeId());
    }

    /** Puts back a row of a restored trail exactly as it was, its {@code seq} included. */
    void restore(Sql sql, AuditEntry e) throws SQLException {
        sql.update(RESTORE, e.seq(), e.changeId(), e.label(), e.at(), e.actor(), e.entity(), e.entityId(), e.action(),
                e.beforeJson(), e.afterJson(), e.revertsChangeId());
    }

    /** Rows per INSERT when writing many at once: well under SQLite's limit on parameters. */
    private static final int BULK = 100;
    private static final String BULK_INSERT = INSERT + ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)".repeat(BULK - 1);

    /** Appends the entries in order, {@value #BULK} to a statement: a whole negotiation imported at once. */
    void appendAll(Sql sql, List<AuditEntry> entries, String revertsChangeId) throws SQLException {
        int i = 0;
        for (; i + BULK <= entries.size(); i += BULK) {
            Object[] args = new Object[BULK * 10];
            for (int j = 0; j < BULK; j++) {
                AuditEntry e = entries.get(i + j);
                System.arraycopy(new Object[] {e.changeId(), e.label(), e.at(), e.actor(), e.entity(), e.entityId(),
                        e.action(), e.beforeJson(), e.afterJson(), revertsChangeId}, 0, args, j * 10, 10);
            }
            sql.update(BULK_INSERT, args);
        }
        for (; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            sql.update(INSERT, e.changeId(), e.label(), e.at(), e.actor(), e.entity(), e.entityId(), e.action(),
                    e.beforeJson(), e.afterJson(), revertsChangeId);
        }
    }

    List<AuditEntry> list(Sql sql) throws SQLException {
        return sql.list(SELECT + " ORDER BY seq", AuditTable::read);
    }

    void forEach(Sql sql, java.util.function.Consumer<? super AuditEntry> action) throws SQLException {
        sql.forEach(SELECT + " ORDER BY seq", AuditTable::read, action);
    }

    List<AuditEntry> since(Sql sql, Instant since) throws SQLException {
        return sql.list(SELECT + " WHERE at >= ? ORDER BY seq", AuditTable::read, since);
    }

    List<AuditEntry> change(Sql sql, String changeId) throws SQLException {
        return sql.list(SELECT + " WHERE change_id = ? ORDER BY seq", AuditTable::read, changeId);
    }

    List<AuditEntry> of(Sql sql, EntityRef ref) throws SQLException {
        return sql.list(SELECT + " WHERE entity = ? AND entity_id = ? ORDER BY seq", AuditTable::read, ref.kind(),
                ref.id());
    }

    List<AuditEntry> latestChange(Sql sql) throws SQLException {
        return sql.list(SELECT + " WHERE change_id = (SELECT change_id FROM audit_entry ORDER BY seq DESC LIMIT 1) "
                + "ORDER BY seq", AuditTable::read);
    }

    private static AuditEntry read(Sql.Row r) throws SQLException {
        return new AuditEntry(r.longValue(), r.text(), r.text(), r.instant(), r.text(), r.enumOf(EntityKind.class),
                r.text(), r.enumOf(AuditAction.class), r.text(), r.text(), r.text());
    }
}
