package org.tablebook.rules;

import java.util.Objects;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.Severity;

/**
 * What every rule of the catalogue shares: its identity, its words from the rules bundle
 * ({@code rule.ID.title}, {@code rule.ID.principle}), and one way of making findings.
 */
abstract class AbstractRule implements Rule {
    private final String id;
    private final Severity defaultSeverity;
    private final Principle principle;

    AbstractRule(String id, Severity defaultSeverity, String source) {
        this.id = Objects.requireNonNull(id);
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity);
        // The quotation stays in the source's own English, whatever language the panel is in.
        this.principle = new Principle(RuleTexts.english().principle(id)
                .orElseThrow(() -> new IllegalStateException("The rules bundle has no principle for " + id)), source);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final Principle principle() {
        return principle;
    }

    /** Most rules apply to every kind of negotiation. */
    @Override
    public boolean appliesTo(Negotiation negotiation) {
        return true;
    }

    /** A finding of the default severity. */
    final Finding finding(Entity subject, Text label, Text message, String fixKey, String field, Object... facts) {
        return finding(defaultSeverity, subject, label, message, fixKey, field, facts);
    }

    /**
     * A finding whose fingerprint hashes the rule, the severity and the given facts. Facts must
     * not depend on the clock: an acknowledgement should outlive a clock tick, not a change of
     * the record or of the severity.
     */
    final Finding finding(Severity severity, Entity subject, Text label, Text message, String fixKey,
            String field, Object... facts) {
        Object[] parts = new Object[facts.length + 2];
        parts[0] = id;
        parts[1] = severity;
        System.arraycopy(facts, 0, parts, 2, facts.length);
        return new Finding(id, severity, EntityRef.of(subject), label, message, Text.of(fixKey), field, parts, null);
    }

    @Override
    public String toString() {
        return id;
    }
}
