package org.tablebook.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * when today is more than {@code decisionWaitDays} calendar days after the report-back's date (both
 * in the clock's zone): with the default 3, a report-back on Mar 3 is flagged from Mar 7.
 */
public final class CommitteeDecisionPendingRule extends AbstractRule {
    public static final String ID = "COMMITTEE_DECISION_PENDING";

    public CommitteeDecisionPendingRule() {
        super(ID, Severity.WARNING, "Committee decision pending", new Principle(
                "The full committee should retain the right to accept, reject or offer counters to any of those "
                        + "positions.", Sources.OFF_THE_RECORD_RULES));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
        List<Finding> findings = new ArrayList<>();
        for (SidebarTopic topic : snapshot.topics()) {
            Optional<ReportBack> reportBack = snapshot.reportBackOf(topic.sidebarId());
            if (topic.decision() != null || reportBack.isEmpty()) {
                continue;
            }
            LocalDate reportedOn = now.dateOf(reportBack.get().reportedAt());
            if (!now.today().isAfter(reportedOn.plusDays(settings.decisionWaitDays()))) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(reportedOn, now.today());
            findings.add(finding(topic, RecordNames.topic(snapshot, topic, now.zone()),
                    "The committee has not decided on " + RecordNames.demandName(snapshot, topic.demandId()) + " "
                            + Texts.days(days) + " after the report-back of " + Texts.date(reportedOn)
                            + ": until it accepts, rejects or counters, the reps' tentative conclusion stands unanswered.",
                    "Record committee decision", "decision", reportBack.get().reportedAt()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR_TOPIC, EntityKind.REPORT_BACK, EntityKind.DEMAND, EntityKind.SIDEBAR);
    }
}
