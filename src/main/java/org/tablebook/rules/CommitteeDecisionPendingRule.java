package org.tablebook.rules;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.SidebarTopic;

/**
 * COMMITTEE_DECISION_PENDING (WARNING): a topic of a reported sidebar with no committee decision
 * more than {@code decisionWaitDays} times 24 hours after the report-back: with the default 3, a
 * report-back at 18:00 on Mar 3 is flagged from 18:01 on Mar 6.
 *
 * <p>Time: a duration between instants (the report-back and now), counted in whole 24-hour days
 * like the sidebar series, so "3 days" means 72 hours wherever in the day the report-back fell.
 */
public final class CommitteeDecisionPendingRule extends AbstractRule {
    public static final String ID = "COMMITTEE_DECISION_PENDING";

    public CommitteeDecisionPendingRule() {
        super(ID, Severity.WARNING, Sources.OFF_THE_RECORD_RULES);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        Duration wait = Duration.ofDays(settings.decisionWaitDays());
        List<Finding> findings = new ArrayList<>();
        for (SidebarTopic topic : snapshot.topics()) {
            if (topic.decision() != null) {
                continue;
            }
            Optional<ReportBack> reportBack = snapshot.reportBackOf(topic.sidebarId());
            if (reportBack.isEmpty()) {
                continue;
            }
            Duration since = Duration.between(reportBack.get().reportedAt(), now.instant());
            if (since.compareTo(wait) <= 0) {
                continue;
            }
            findings.add(finding(topic, RecordNames.topic(snapshot, topic, now.zone()),
                    Text.of("COMMITTEE_DECISION_PENDING.message", RecordNames.demandName(snapshot, topic.demandId()), since,
                            now.dateTime(reportBack.get().reportedAt())),
                    "fix.recordDecision", "decision", reportBack.get().reportedAt()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR_TOPIC, EntityKind.REPORT_BACK, EntityKind.DEMAND, EntityKind.SIDEBAR);
    }
}
