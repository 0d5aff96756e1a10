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
 * AGREED_WITHOUT_AUTHORITY (ERROR): a sidebar-sourced agreement confirmed at an on-the-record
 * session while the whole team has not approved it: our reps confirmed on the record what only the
 * team can agree to. A REOPENED agreement is back in bargaining and is not flagged.
 *
 * <p>The record itself refuses a sidebar agreement beyond TENTATIVE without approval, and an
 * agreement RATIFIED without a ratification vote, so neither is judged here: only what the app
 * accepts can be found. The committee's ACCEPT at a report-back the full team attended is recorded
 * as the approval of the agreement made from it.
 *
 * <p>Time: none; it reads whether an approval and a confirming session are recorded.
 */
public final class AgreedWithoutAuthorityRule extends AbstractRule {
    public static final String ID = "AGREED_WITHOUT_AUTHORITY";

    public AgreedWithoutAuthorityRule() {
        super(ID, Severity.ERROR, Sources.OFF_THE_RECORD_GUIDE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (TentativeAgreement agreement : snapshot.agreements()) {
            if (agreement.source() != TaSource.SIDEBAR || agreement.confirmedSessionId() == null
                    || agreement.teamApprovedAt() != null || agreement.status() == TaStatus.REOPENED) {
                continue;
            }
            Object session = snapshot.session(agreement.confirmedSessionId()).<Object>map(s -> s.date())
                    .orElse(Text.of("label.aSession"));
            findings.add(finding(agreement, RecordNames.agreement(snapshot, agreement),
                    Text.of("AGREED_WITHOUT_AUTHORITY.confirmed", session), "fix.recordTeamApproval",
                    "teamApprovedAt", agreement.confirmedSessionId()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.TENTATIVE_AGREEMENT, EntityKind.TABLE_SESSION, EntityKind.DEMAND);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
