package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;

/**
 * TA_REOPENED_BY_PROPOSAL (WARNING): a proposal, of either side, that crossed the table (its
 * {@code passedOn}) on a day after a tentative agreement on the same demand was reached (its
 * {@code reachedOn}), while that agreement is not marked REOPENED. A pass on the day the agreement
 * was reached is the exchange that led to it, not a reopening. One finding per proposal, naming the
 * latest such agreement. Marking the agreement REOPENED records that both sides agreed to reopen
 * it, and clears the finding.
 *
 * <p>Time: calendar dates as the table kept them (passed on against reached on), never when
 * either was typed in: a counterproposal logged days after it crossed the table is judged by the
 * day it crossed.
 */
public final class TaReopenedByProposalRule extends AbstractRule {
    public static final String ID = "TA_REOPENED_BY_PROPOSAL";

    public TaReopenedByProposalRule() {
        super(ID, Severity.WARNING, Sources.LABOR_LAW_PRACTICE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        // Only the passes on demands with an agreement not reopened: found by demand, not by reading every pass.
        Set<String> demands = new LinkedHashSet<>();
        for (TentativeAgreement a : snapshot.agreements()) {
            if (a.status() != TaStatus.REOPENED) {
                demands.add(a.demandId());
            }
        }
        for (String demandId : demands) {
            List<TentativeAgreement> agreements = snapshot.agreementsOf(demandId);
            for (Proposal proposal : snapshot.proposalsOf(demandId)) {
                check(snapshot, proposal, agreements, findings);
            }
        }
        return findings;
    }

    /** The finding on one pass, if it crossed the table after an agreement on its demand was reached. */
    private void check(NegotiationSnapshot snapshot, Proposal proposal, List<TentativeAgreement> agreements,
            List<Finding> findings) {
        List<TentativeAgreement> earlier = null;
        for (TentativeAgreement a : agreements) {
            if (a.status() != TaStatus.REOPENED && proposal.passedOn().isAfter(a.reachedOn())) {
                if (earlier == null) {
                    earlier = new ArrayList<>();
                }
                earlier.add(a);
            }
        }
        if (earlier == null) {
            return;
        }
        TentativeAgreement latest = earlier.stream()
                .max(Comparator.comparing(TentativeAgreement::reachedOn).thenComparing(TentativeAgreement::id))
                .orElseThrow();
        findings.add(finding(proposal, RecordNames.proposal(snapshot, proposal),
                Text.of("TA_REOPENED_BY_PROPOSAL." + proposal.side(),
                        RecordNames.demandName(snapshot, proposal.demandId()), proposal.passedOn(), latest.reachedOn()),
                "fix.markReopened", null, proposal.passedOn(),
                earlier.stream().map(TentativeAgreement::id).sorted().toList()));
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.PROPOSAL, EntityKind.TENTATIVE_AGREEMENT, EntityKind.DEMAND);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
