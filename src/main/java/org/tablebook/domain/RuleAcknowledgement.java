package org.tablebook.domain;

import java.time.Instant;

/**
 * The team looked at a finding and accepts it, for a reason. Never deleted; it lapses when the
 * finding's facts change, which {@code factsFingerprint} detects.
 */
public record RuleAcknowledgement(
        String id,
        String ruleId,
        EntityRef subject,
        String factsFingerprint,
        String by,
        String reason,
        Instant at,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public RuleAcknowledgement {
        Check.id("id", id);
        ruleId = Check.required("ruleId", "label.theRule", ruleId);
        Check.present("subject", "label.theFindingsSubject", subject);
        factsFingerprint = Check.text("factsFingerprint", "label.theFindingsFacts", factsFingerprint);
        by = Check.required("by", "label.whoAcknowledgedIt", by);
        reason = Check.required("reason", "label.theReason", reason);
        Check.present("at", "label.whenItWasAcknowledged", at);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.RULE_ACKNOWLEDGEMENT;
    }
}
