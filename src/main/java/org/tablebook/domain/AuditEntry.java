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
 * @param revertsChangeId the change an undo or redo takes back; null for any other change
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
        String afterJson,
        String revertsChangeId) {

    /** A row of a change that takes nothing back. */
    public AuditEntry(long seq, String changeId, String label, Instant at, String actor, EntityKind entity,
            String entityId, AuditAction action, String beforeJson, String afterJson) {
        this(seq, changeId, label, at, actor, entity, entityId, action, beforeJson, afterJson, null);
    }

    public AuditEntry {
        Check.id("changeId", changeId);
        label = Check.text("label", "label.theLabel", label);
        Check.present("at", "label.theTime", at);
        actor = Check.required("actor", "label.theActor", actor);
        Check.present("entity", "label.theEntity", entity);
        Check.id("entityId", entityId);
        Check.present("action", "label.theAction", action);
        if (revertsChangeId != null) {
            Check.id("revertsChangeId", revertsChangeId);
        }
    }
}
