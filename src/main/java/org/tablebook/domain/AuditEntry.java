package org.tablebook.domain;

import java.time.Instant;

/**
 * One row of the append-only audit trail: who changed which record, when, and how it looked
 * before and after (JSON; null before a CREATE and after a DELETE).
 *
 * @param seq the trail's own order, assigned by the store
 * @param changeId the user action this row belongs to: one action may write several rows, and
 *     undo takes back all of them together
 * @param label the action as the user would name it ("Log a pass")
 */
public record AuditEntry(
        long seq,
        String changeId,
        String label,
        Instant at,
        String actor,
        EntityKind entity,
        String entityId,
        AuditAction action,
        String beforeJson,
        String afterJson) {

    public AuditEntry {
        Check.id("changeId", changeId);
        label = Check.text("label", "The label", label);
        Check.present("at", "The time", at);
        actor = Check.required("actor", "The actor", actor);
        Check.present("entity", "The entity", entity);
        Check.id("entityId", entityId);
        Check.present("action", "The action", action);
    }
}
