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
        ruleId = Check.required("ruleId", "The rule", ruleId);
        Check.present("subject", "The finding's subject", subject);
        factsFingerprint = Check.text("factsFingerprint", "The finding's facts", factsFingerprint);
        by = Check.required("by", "Who acknowledged it", by);
        reason = Check.required("reason", "The reason", reason);
        Check.present("at", "When it was acknowledged", at);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.RULE_ACKNOWLEDGEMENT;
    }
}
