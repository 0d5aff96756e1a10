package org.tablebook.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;

/**
 * GRIEVANCE_WINDOW_CLOSING (ERROR): a BREACHED compliance item with no grievance filed whose last
 * day to file (breach noticed plus the item's window) is at most {@code grievanceWarningDays}
 * calendar days after today, or already past.
 */
public final class GrievanceWindowClosingRule extends AbstractRule {
    public static final String ID = "GRIEVANCE_WINDOW_CLOSING";

    public GrievanceWindowClosingRule() {
        super(ID, Severity.ERROR, "Grievance window closing", new Principle(
                "Unions are held to deadlines in their agreements that may be as short as 10-20 days to identify and "
                        + "formally document and submit any non-compliance.", Sources.FACE_TO_FACE));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
        List<Finding> findings = new ArrayList<>();
        for (ComplianceItem item : snapshot.complianceItems()) {
            Optional<LocalDate> lastDay = item.lastDayToFile();
            if (item.status() != ComplianceStatus.BREACHED || item.grievanceFiledOn() != null || lastDay.isEmpty()) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(now.today(), lastDay.get());
            if (daysLeft > settings.grievanceWarningDays()) {
                continue;
            }
            String message = daysLeft < 0
                    ? "The grievance window on this breach closed on " + Texts.date(lastDay.get())
                            + " with no grievance filed: check at once whether it can still be grieved."
                    : "The grievance window on this breach closes " + (daysLeft == 0 ? "today" : "in " + Texts.days(daysLeft))
                            + " (" + Texts.date(lastDay.get()) + ") and no grievance is filed: after that the breach "
                            + "can no longer be grieved.";
            findings.add(finding(item, RecordNames.complianceItem(item), message, "Record grievance filed",
                    "grievanceFiledOn", item.breachNoticedOn(), item.grievanceWindowDays()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.COMPLIANCE_ITEM);
    }
}
