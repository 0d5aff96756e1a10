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
 */
public final class ReportBackOverdueRule extends AbstractRule {
    public static final String ID = "REPORT_BACK_OVERDUE";

    public ReportBackOverdueRule() {
        super(ID, Severity.WARNING, "Report-back overdue", new Principle(
                "Union representatives to the sidebar report immediately to the rest of the team on the outcome.",
                Sources.OFF_THE_RECORD_GUIDE));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
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
                    "This sidebar ended " + Texts.duration(since) + " ago (" + now.dateTime(sidebar.endedAt())
                            + ") and the reps have not reported back: they should report the outcome to the rest of "
                            + "the team immediately.",
                    "Record report-back", null, sidebar.endedAt()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR, EntityKind.REPORT_BACK);
    }
}
