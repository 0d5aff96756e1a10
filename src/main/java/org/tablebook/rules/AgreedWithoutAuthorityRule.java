package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;

/**
 * AGREED_WITHOUT_AUTHORITY (ERROR), two findings an agreement can have:
 * <ul>
 *   <li>a sidebar-sourced agreement beyond TENTATIVE (CONFIRMED, IN_MOA, RATIFIED) with no team
 *       approval. The record's own validation refuses this, so it only appears in data that
 *       bypassed it (an old file, an import); the rule guards it all the same;</li>
 *   <li>any agreement RATIFIED without a ratification whose vote ratified it
 *       ({@link NegotiationSnapshot#ratifiedBy(String)}).</li>
 * </ul>
 */
public final class AgreedWithoutAuthorityRule extends AbstractRule {
    public static final String ID = "AGREED_WITHOUT_AUTHORITY";

    public AgreedWithoutAuthorityRule() {
        super(ID, Severity.ERROR, "Agreed without authority", new Principle(
                "The union representatives do not claim authority to agree to anything without approval and "
                        + "ratification through the union\u2019s normal procedures.", Sources.OFF_THE_RECORD_GUIDE));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (TentativeAgreement agreement : snapshot.agreements()) {
            String label = RecordNames.agreement(snapshot, agreement);
            if (agreement.source() == TaSource.SIDEBAR && agreement.status().isBeyondTentative()
                    && agreement.teamApprovedAt() == null) {
                findings.add(finding(agreement, label, "This agreement from a sidebar is marked " + Texts.status(agreement.status())
                                + " without the whole team's approval: the sidebar reps have no authority to agree alone.",
                        "Record team approval", "teamApprovedAt", "approval", agreement.status()));
            }
            if (agreement.status() == TaStatus.RATIFIED && snapshot.ratifiedBy(agreement.id()).isEmpty()) {
                findings.add(finding(agreement, label, "This agreement is marked ratified but no ratification vote that "
                                + "ratified it is recorded: only the members' vote can ratify an agreement.",
                        "Record the ratification vote", "status", "ratification", agreement.status()));
            }
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.TENTATIVE_AGREEMENT, EntityKind.RATIFICATION, EntityKind.DEMAND);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
