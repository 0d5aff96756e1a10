package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.Severity;
import org.tablebook.testing.RandomSnapshots;
import org.tablebook.testing.RandomSnapshots.Sample;
import org.tablebook.testing.SnapshotBuilder;

/** The engine over a thousand generated negotiations: total, well-formed, sorted and stable. */
class RulesEnginePropertyTest {
    private static final int SEEDS = 1000;
    private static final Comparator<Finding> PANEL_ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId);

    private final RulesEngine engine = RulesEngine.standard();

    @Test
    void theEngineIsTotalAndItsFindingsAreWellFormed() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Sample sample = generate(seed);
            try {
                checkFindings(sample);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(sample + " failed: " + e.getMessage(), e);
            }
        }
    }

    private void checkFindings(Sample sample) {
        NegotiationSnapshot snapshot = sample.snapshot();
        List<Finding> findings = engine.evaluate(snapshot, sample.clock());

        for (Finding f : findings) {
            assertTrue(snapshot.contains(f.subject()), "subject not in the snapshot: " + f);
            assertFalse(f.message().isBlank(), "blank message: " + f);
            assertFalse(f.fixAction().isBlank(), "blank fix: " + f);
            assertFalse(f.subjectLabel().isBlank(), "blank label: " + f);
            assertTrue(f.message().endsWith(".") && !f.message().contains("\n"), "not one sentence: " + f.message());
            Rule rule = engine.rule(f.ruleId()).orElseThrow(() -> new AssertionError("unknown rule: " + f));
            assertTrue(rule.appliesTo(snapshot.negotiation()), "rule does not apply: " + f);
            assertTrue(allowedSeverities(rule).contains(f.severity()), "unexpected severity: " + f);
            if (f.field() != null) {
                Entity subject = snapshot.find(f.subject()).orElseThrow();
                Set<String> components = Arrays.stream(subject.getClass().getRecordComponents())
                        .map(RecordComponent::getName).collect(Collectors.toSet());
                assertTrue(components.contains(f.field()), "field " + f.field() + " is not on the subject: " + f);
            }
        }
        for (int i = 1; i < findings.size(); i++) {
            assertTrue(PANEL_ORDER.compare(findings.get(i - 1), findings.get(i)) <= 0,
                    "out of order: " + findings.get(i - 1) + " before " + findings.get(i));
        }
        Set<List<Object>> keys = new HashSet<>();
        for (Finding f : findings) {
            assertTrue(keys.add(List.of(f.ruleId(), f.subject(), f.factsFingerprint())),
                    "two findings an acknowledgement cannot tell apart: " + f);
        }
        assertEquals(findings, engine.evaluate(snapshot, sample.clock()), "not deterministic");
        checkAcknowledgements(snapshot, sample.clock(), findings);
        checkFingerprintsIgnoreTheClock(snapshot, sample.clock(), findings);
    }

    private static Set<Severity> allowedSeverities(Rule rule) {
        return switch (rule.id()) {
            case "REPORT_BACK_OVERDUE" -> EnumSet.of(Severity.WARNING, Severity.ERROR);
            case "NOT_CONFIRMED_ON_RECORD" -> EnumSet.of(Severity.WARNING, Severity.INFO);
            case "STRIKE_NOTICE" -> EnumSet.of(Severity.WARNING, Severity.ERROR);
            default -> EnumSet.of(rule.defaultSeverity());
        };
    }

    /** Acknowledging every other finding marks exactly those, whatever else the file holds. */
    private void checkAcknowledgements(NegotiationSnapshot snapshot, Clock clock, List<Finding> findings) {
        List<RuleAcknowledgement> acks = new ArrayList<>();
        Set<Finding> acknowledged = new HashSet<>();
        for (int i = 0; i < findings.size(); i += 2) {
            Finding f = findings.get(i);
            acks.add(new RuleAcknowledgement("ack-" + i, f.ruleId(), f.subject(), f.factsFingerprint(), "Chair",
                    "Accepted", SnapshotBuilder.BASE, SnapshotBuilder.BASE, SnapshotBuilder.BASE));
            acknowledged.add(f);
        }
        List<EvaluatedFinding> evaluated = engine.evaluateWithAcknowledgements(
                SnapshotBuilder.withAcknowledgements(snapshot, acks), clock);

        assertEquals(findings, evaluated.stream().map(EvaluatedFinding::finding).toList());
        for (EvaluatedFinding e : evaluated) {
            assertEquals(acknowledged.contains(e.finding()), e.acknowledged(), "acknowledgement mismatch: " + e);
        }
    }

    /**
     * Seven minutes later the same rule, subject, severity and field give the same fingerprints:
     * the clock moves the wording, never the facts.
     */
    private void checkFingerprintsIgnoreTheClock(NegotiationSnapshot snapshot, Clock clock, List<Finding> findings) {
        List<Finding> later = engine.evaluate(snapshot, Clock.offset(clock, Duration.ofMinutes(7)));
        Map<List<Object>, Set<String>> before = fingerprintsByKey(findings);
        Map<List<Object>, Set<String>> after = fingerprintsByKey(later);
        for (Map.Entry<List<Object>, Set<String>> entry : before.entrySet()) {
            Set<String> then = after.get(entry.getKey());
            if (then != null && then.size() == entry.getValue().size()) {
                assertEquals(entry.getValue(), then, "fingerprint moved with the clock: " + entry.getKey());
            }
        }
    }

    private static Map<List<Object>, Set<String>> fingerprintsByKey(List<Finding> findings) {
        Map<List<Object>, Set<String>> map = new HashMap<>();
        for (Finding f : findings) {
            map.computeIfAbsent(Arrays.asList(f.ruleId(), f.subject(), f.severity(), f.field()), k -> new TreeSet<>())
                    .add(f.factsFingerprint());
        }
        return map;
    }

    @Test
    void theGeneratorIsRepeatableAndCoversEveryKindAndEveryRule() {
        assertEquals(generate(42).snapshot(), generate(42).snapshot());
        assertEquals(generate(42).clock(), generate(42).clock());

        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        Set<String> firedRules = new HashSet<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            Sample sample = generate(seed);
            sample.snapshot().entities().forEach(e -> kinds.add(e.entityKind()));
            engine.evaluate(sample.snapshot(), sample.clock()).forEach(f -> firedRules.add(f.ruleId()));
        }

        assertEquals(EnumSet.allOf(EntityKind.class), kinds);
        Set<String> silent = engine.rules().stream().map(Rule::id).filter(id -> !firedRules.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        // Every rule can fire on a negotiation the record accepts.
        assertEquals(Set.of(), silent);
    }

    private static Sample generate(long seed) {
        try {
            return RandomSnapshots.generate(seed);
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ": the generator made an invalid snapshot: " + e.getMessage(), e);
        }
    }
}
