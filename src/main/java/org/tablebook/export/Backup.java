package org.tablebook.export;

import java.util.List;
import java.util.Objects;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.NegotiationSnapshot;

/**
 * What a JSON backup holds: the whole negotiation and its audit trail, oldest row first. A backup
 * of format 1 has no trail: its list is empty.
 */
public record Backup(NegotiationSnapshot snapshot, List<AuditEntry> auditTrail) {
    public Backup {
        Objects.requireNonNull(snapshot, "snapshot");
        auditTrail = List.copyOf(auditTrail);
    }
}
