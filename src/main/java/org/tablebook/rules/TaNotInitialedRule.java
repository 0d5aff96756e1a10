package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;

/**
 * TA_NOT_INITIALED (WARNING): an agreement missing our initials, theirs, or both; the finding
 * focuses the first missing. A REOPENED agreement is back in bargaining and is not flagged.
 *
 * <p>Time: No clock: it reads whether both sides' initials are recorded.
 */
public final class TaNotInitialedRule extends AbstractRule {
    public static final String ID = "TA_NOT_INITIALED";

    public TaNotInitialedRule() {
        super(ID, Severity.WARNING, Sources.BARGAINING_PRACTICE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (TentativeAgreement agreement : snapshot.agreements()) {
            boolean noUs = agreement.initialedByUsOn() == null;
            boolean noThem = agreement.initialedByThemOn() == null;
            if (agreement.status() == TaStatus.REOPENED || (!noUs && !noThem)) {
                continue;
            }
            String who = noUs && noThem ? "neither" : noUs ? "us" : "them";
            findings.add(finding(agreement, RecordNames.agreement(snapshot, agreement), Text.of("TA_NOT_INITIALED." + who),
                    "fix.recordInitials", noUs ? "initialedByUsOn" : "initialedByThemOn", noUs, noThem));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.TENTATIVE_AGREEMENT, EntityKind.DEMAND);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
