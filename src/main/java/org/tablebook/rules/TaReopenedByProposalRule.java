package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;

/**
 * TA_REOPENED_BY_PROPOSAL (WARNING): a proposal, of either side, logged (created) after a
 * tentative agreement on the same demand that is not marked REOPENED. One finding per proposal,
 * naming the latest such agreement. Marking the agreement REOPENED records that both sides agreed
 * to reopen it, and clears the finding.
 */
public final class TaReopenedByProposalRule extends AbstractRule {
    public static final String ID = "TA_REOPENED_BY_PROPOSAL";

    public TaReopenedByProposalRule() {
        super(ID, Severity.WARNING, "Agreement reopened by a proposal", new Principle(
                "A tentative agreement is reopened only when both sides agree to reopen it; proposing changes to it "
                        + "unilaterally can be regressive bargaining, evidence of bad faith.",
                Sources.LABOR_LAW_PRACTICE));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (Proposal proposal : snapshot.proposals()) {
            List<TentativeAgreement> earlier = snapshot.agreementsOf(proposal.demandId()).stream()
                    .filter(a -> a.status() != TaStatus.REOPENED)
                    .filter(a -> proposal.createdAt().isAfter(a.createdAt()))
                    .toList();
            if (earlier.isEmpty()) {
                continue;
            }
            TentativeAgreement latest = earlier.stream()
                    .max(Comparator.comparing(TentativeAgreement::createdAt).thenComparing(TentativeAgreement::id))
                    .orElseThrow();
            String whose = proposal.side() == Side.OURS ? "Our" : "Their";
            String message = whose + " proposal on " + RecordNames.demandName(snapshot, proposal.demandId())
                    + " was logged after its tentative agreement of " + Texts.date(latest.reachedOn())
                    + ": reopening an agreement needs both sides, and reopening it alone can be regressive bargaining.";
            findings.add(finding(proposal, RecordNames.proposal(snapshot, proposal), message,
                    "Mark the agreement reopened", null,
                    earlier.stream().map(TentativeAgreement::id).sorted().toList()));
        }
        return findings;
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
