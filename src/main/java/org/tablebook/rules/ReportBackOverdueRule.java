package org.tablebook.rules;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;

/**
 * REPORT_BACK_OVERDUE (WARNING, or ERROR): an ended sidebar with no report-back. The time since
 * its end grades the finding: longer than {@code reportBackWarningHours} is a WARNING, longer than
 * {@code reportBackErrorHours} an ERROR; exactly a threshold is still below it. The severity is
 * part of the fingerprint, so an acknowledged warning comes back when it becomes an error.
 *
 * <p>Time: a duration between instants (the end and now), because "report immediately" is about
 * hours elapsed, not calendar days: 24 hours are 24 hours across midnight or a clock change.
 */
public final class ReportBackOverdueRule extends AbstractRule {
    public static final String ID = "REPORT_BACK_OVERDUE";

    public ReportBackOverdueRule() {
        super(ID, Severity.WARNING, Sources.OFF_THE_RECORD_GUIDE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        Duration warning = Duration.ofHours(settings.reportBackWarningHours());
        Duration error = Duration.ofHours(settings.reportBackErrorHours());
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.endedAt() == null || snapshot.reportBackOf(sidebar.id()).isPresent()) {
                continue;
            }
            Duration since = Duration.between(sidebar.endedAt(), now.instant());
            Severity severity = since.compareTo(error) > 0 ? Severity.ERROR
                    : since.compareTo(warning) > 0 ? Severity.WARNING : null;
            if (severity == null) {
                continue;
            }
            findings.add(finding(severity, sidebar, RecordNames.sidebar(sidebar, now.zone()),
                    Text.of("REPORT_BACK_OVERDUE.message", since, now.dateTime(sidebar.endedAt())),
                    "fix.recordReportBack", null, sidebar.endedAt()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR, EntityKind.REPORT_BACK);
    }
}
