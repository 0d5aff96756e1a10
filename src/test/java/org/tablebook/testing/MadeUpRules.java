package org.tablebook.testing;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.rules.Finding;
import org.tablebook.rules.Principle;
import org.tablebook.rules.Rule;

/** Rules made up for a test: one whose check fails, one that finds many demands breaking it. */
public final class MadeUpRules {
    private MadeUpRules() {
    }

    /** A rule whose check throws an {@link IllegalStateException} with {@code message}. */
    public static Rule failing(String message) {
        return new MadeUp("BROKEN", Severity.ERROR, (snapshot, clock) -> {
            throw new IllegalStateException(message);
        });
    }

    /** A rule with the id of a real one (its title is shown) that finds {@code count} demands breaking it. */
    public static Rule finding(String id, Severity severity, int count) {
        return new MadeUp(id, severity, (snapshot, clock) -> IntStream.range(0, count).mapToObj(i -> new Finding(id,
                severity, new EntityRef(EntityKind.DEMAND, id + i), "Demand U-" + i, "Demand U-" + i
                        + " breaks the rule.", "Open the demand", null, "f" + i)).toList());
    }

    /** A rule with the id of a real one that finds what {@code check} gives. */
    public static Rule finding(String id, Severity severity, Check check) {
        return new MadeUp(id, severity, check);
    }

    /** What a made-up rule finds in a snapshot at a time. */
    public interface Check {
        List<Finding> check(NegotiationSnapshot snapshot, Clock clock);
    }

    private record MadeUp(String id, Severity defaultSeverity, Check check) implements Rule {
        @Override
        public Principle principle() {
            return new Principle("Made up for a test.", "test");
        }

        @Override
        public boolean appliesTo(Negotiation negotiation) {
            return true;
        }

        @Override
        public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
            return check.check(snapshot, clock);
        }
    }
}
