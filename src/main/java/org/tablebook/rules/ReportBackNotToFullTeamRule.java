package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;

/**
 * REPORT_BACK_NOT_TO_FULL_TEAM (WARNING): a report-back given without the full team present
 * (reference 000: report to the rest of the team; 001: to the full committee, which keeps the
 * right to accept, reject or counter).
 *
 * <p>Time: none; it reads who was present.
 */
public final class ReportBackNotToFullTeamRule extends AbstractRule {
    public static final String ID = "REPORT_BACK_NOT_TO_FULL_TEAM";

    public ReportBackNotToFullTeamRule() {
        super(ID, Severity.WARNING, Sources.OFF_THE_RECORD_RULES);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        List<Finding> findings = new ArrayList<>();
        for (ReportBack reportBack : snapshot.reportBacks()) {
            if (!reportBack.fullTeamPresent()) {
                findings.add(finding(reportBack, RecordNames.reportBack(snapshot, reportBack, now.zone()),
                        Text.of("REPORT_BACK_NOT_TO_FULL_TEAM.message", now.dateTime(reportBack.reportedAt())),
                        "fix.reportToFullTeam", "fullTeamPresent", reportBack.reportedAt()));
            }
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.REPORT_BACK, EntityKind.SIDEBAR);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
