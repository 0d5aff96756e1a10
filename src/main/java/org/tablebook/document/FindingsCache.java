package org.tablebook.document;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.Finding;
import org.tablebook.rules.Rule;
import org.tablebook.rules.RulesEngine;

/**
 * The rules engine's findings, worked out again only where something they depend on changed: a
 * rule is re-run when the negotiation record (its settings, its dates), the clock's zone, or a list
 * of records it {@linkplain Rule#reads() reads} is not the one it last saw, or, for a
 * {@linkplain Rule#timeBased() time-based} rule, when the clock moved. Snapshots that follow the
 * file's changes keep the lists no change touched, so one action re-runs only the rules on the
 * records it wrote. Gives exactly what {@link RulesEngine#evaluateWithAcknowledgements} gives.
 *
 * <p>Not thread-safe: used from the one background thread.
 */
public final class FindingsCache {
    private final RulesEngine engine;
    private final Map<Rule, Run> last = new HashMap<>();
    private int reruns;

    public FindingsCache(RulesEngine engine) {
        this.engine = engine;
    }

    public RulesEngine engine() {
        return engine;
    }

    /** The findings on {@code snapshot} at the clock's instant, each with its acknowledgement, in the engine's order. */
    public List<EvaluatedFinding> evaluate(NegotiationSnapshot snapshot, Clock clock) {
        Instant now = clock.instant();
        Negotiation negotiation = snapshot.negotiation();
        List<List<Finding>> findings = new ArrayList<>();
        reruns = 0;
        for (Rule rule : engine.rules()) {
            if (!rule.appliesTo(negotiation)) {
                last.remove(rule);
                continue;
            }
            Run before = last.get(rule);
            Run run;
            if (before != null && before.stillHolds(rule, snapshot, clock.getZone(), now)) {
                run = before;
            } else {
                run = new Run(negotiation, clock.getZone(), now, inputs(rule.reads(), snapshot),
                        RulesEngine.sorted(rule.check(snapshot, clock, negotiation.ruleSettings())));
                reruns++;
                last.put(rule, run);
            }
            findings.add(run.findings());
        }
        return RulesEngine.withAcknowledgements(RulesEngine.inOrder(findings), snapshot.acknowledgements());
    }

    /** How many rules the last {@link #evaluate} ran again (the others' findings were kept). */
    public int lastReruns() {
        return reruns;
    }

    private static List<Object> inputs(Set<EntityKind> kinds, NegotiationSnapshot snapshot) {
        List<Object> lists = new ArrayList<>(kinds.size());
        for (EntityKind kind : kinds) {
            if (kind != EntityKind.NEGOTIATION) {
                lists.add(snapshot.recordsOf(kind));
            }
        }
        return lists;
    }

    /** One rule's findings, in the engine's order, and what they were worked out from. */
    private record Run(Negotiation negotiation, ZoneId zone, Instant at, List<Object> lists, List<Finding> findings) {

        boolean stillHolds(Rule rule, NegotiationSnapshot snapshot, ZoneId zoneNow, Instant now) {
            if (!negotiation.equals(snapshot.negotiation()) || !zone.equals(zoneNow)
                    || (rule.timeBased() && !at.equals(now))) {
                return false;
            }
            int i = 0;
            for (EntityKind kind : rule.reads()) {
                // The same list, not an equal one: comparing would cost as much as the rule.
                if (kind != EntityKind.NEGOTIATION && lists.get(i++) != snapshot.recordsOf(kind)) {
                    return false;
                }
            }
            return true;
        }
    }
}
