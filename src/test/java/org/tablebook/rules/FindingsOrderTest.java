package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Severity;
import org.tablebook.testing.RandomSnapshots;
import org.tablebook.testing.RandomSnapshots.Sample;

/**
 * The engine's order, worked out rule by rule, is the order of every finding sorted at once by
 * its keys: severity, rule, the subject's kind and id, field, message key and arguments, facts.
 */
class FindingsOrderTest {
    private static final Comparator<Finding> BY_KEYS = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.subject().kind())
            .thenComparing(f -> f.subject().id())
            .thenComparing(f -> f.field() == null ? "" : f.field())
            .thenComparing(f -> f.messageText().key() == null ? "" : f.messageText().key())
            .thenComparing(f -> f.messageText().args().toString())
            .thenComparing(Finding::factsFingerprint);

    private final RulesEngine engine = RulesEngine.standard();

    @Test
    void theEnginesFindingsAreAllTheRulesFindingsSortedAtOnce() {
        for (long seed = 1; seed <= 400; seed++) {
            Sample sample = RandomSnapshots.generate(seed);
            NegotiationSnapshot s = sample.snapshot();
            List<Finding> all = new ArrayList<>();
            for (Rule rule : engine.rules()) {
                if (rule.appliesTo(s.negotiation())) {
                    all.addAll(rule.check(s, sample.clock(), s.negotiation().ruleSettings()));
                }
            }
            all.sort(BY_KEYS);
            assertEquals(all, engine.evaluate(s, sample.clock()), sample.toString());
        }
    }

    @Test
    void theOrderComparesAsTheKeysDo() {
        Random random = new Random(11);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            findings.add(new Finding(pick(random, List.of("A_RULE", "B_RULE")),
                    pick(random, List.of(Severity.values())),
                    new EntityRef(pick(random, List.of(EntityKind.SIDEBAR, EntityKind.PROPOSAL)),
                            pick(random, List.of("x-1", "x-2", "y-1"))),
                    "label", pick(random, List.of("One.", "Two.")), "Fix", pick(random, List.of("text", "notes")),
                    pick(random, List.of("f1", "f2", "f3"))));
        }
        for (Finding a : findings) {
            for (Finding b : findings) {
                assertEquals(Integer.signum(BY_KEYS.compare(a, b)), Integer.signum(RulesEngine.ORDER.compare(a, b)),
                        a + " against " + b);
            }
        }
    }

    @Test
    void twoRulesUnderOneIdAreInterleavedByTheRestOfTheOrder() {
        Finding a1 = new Finding("SAME", Severity.INFO, new EntityRef(EntityKind.PROPOSAL, "p-1"), "l", "M.", "F",
                null, "f1");
        Finding a3 = new Finding("SAME", Severity.INFO, new EntityRef(EntityKind.PROPOSAL, "p-3"), "l", "M.", "F",
                null, "f3");
        Finding b2 = new Finding("SAME", Severity.INFO, new EntityRef(EntityKind.PROPOSAL, "p-2"), "l", "M.", "F",
                null, "f2");
        assertEquals(List.of(a1, b2, a3), RulesEngine.inOrder(List.of(List.of(a1, a3), List.of(b2))));
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
