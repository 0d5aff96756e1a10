package org.tablebook.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;

/**
 * BARGAINING_BACKWARDS (ERROR, union contracts only): one of our demands (proposed by OURS) whose
 * first pass across the table (the earliest proposal of either side, by date passed, then by when
 * it was logged) is dated after the negotiation's new-demand deadline. The deadline day itself is
 * fine; with no deadline recorded nothing is flagged. Community organizations may add demands as
 * long as their campaign lasts, so the rule does not apply to them.
 *
 * <p>Time: Calendar dates as the table kept them: the day the demand first crossed the table
 * against the deadline day (the deadline day itself is fine), never when it was typed in.
 */
public final class BargainingBackwardsRule extends AbstractRule {
    public static final String ID = "BARGAINING_BACKWARDS";

    public BargainingBackwardsRule() {
        super(ID, Severity.ERROR, Sources.FACE_TO_FACE);
    }

    @Override
    public boolean appliesTo(Negotiation negotiation) {
        return negotiation.kind() == NegotiationKind.UNION_CONTRACT;
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        LocalDate deadline = snapshot.negotiation().newDemandDeadline();
        if (!appliesTo(snapshot.negotiation()) || deadline == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Demand demand : snapshot.demands()) {
            List<Proposal> passes = snapshot.proposalsOf(demand.id());
            if (demand.proposedBy() != Side.OURS || passes.isEmpty()) {
                continue;
            }
            Proposal first = passes.get(0);
            if (!first.passedOn().isAfter(deadline)) {
                continue;
            }
            findings.add(finding(demand, RecordNames.demand(demand), Text.of("BARGAINING_BACKWARDS.message",
                            RecordNames.demandName(demand), first.passedOn(), deadline),
                    "fix.withdrawDemand", "status", first.id(), first.passedOn(), deadline));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.DEMAND, EntityKind.PROPOSAL);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
