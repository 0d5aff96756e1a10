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
import org.tablebook.domain.GrievanceWindowUnit;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;

/**
 * GRIEVANCE_WINDOW_CLOSING (ERROR): a BREACHED compliance item with no grievance filed whose last
 * day to file is at most {@code grievanceWarningDays} calendar days after today, or already past.
 * The last day is the breach's day plus the item's window, counted in the negotiation's unit:
 * calendar days, or working days that skip Saturdays, Sundays and the negotiation's holidays
 * ({@link RuleSettings#windowEnd}).
 *
 * <p>Time: calendar days in the negotiation's zone, because a contract's window is counted in
 * days, not hours: filing any time on the last day is in time.
 */
public final class GrievanceWindowClosingRule extends AbstractRule {
    public static final String ID = "GRIEVANCE_WINDOW_CLOSING";

    public GrievanceWindowClosingRule() {
        super(ID, Severity.ERROR, Sources.FACE_TO_FACE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        List<Finding> findings = new ArrayList<>();
        for (ComplianceItem item : snapshot.complianceItems()) {
            Optional<LocalDate> lastDay = item.lastDayToFile(settings);
            if (item.status() != ComplianceStatus.BREACHED || item.grievanceFiledOn() != null || lastDay.isEmpty()) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(now.today(), lastDay.get());
            if (daysLeft > settings.grievanceWarningDays()) {
                continue;
            }
            boolean working = settings.grievanceWindowUnit() == GrievanceWindowUnit.WORKING_DAYS;
            Text message = daysLeft < 0
                    ? Text.of("GRIEVANCE_WINDOW_CLOSING.closed", lastDay.get())
                    : Text.of("GRIEVANCE_WINDOW_CLOSING.closing", daysLeft, lastDay.get(),
                            Text.of(working ? "window.working" : "window.calendar", item.grievanceWindowDays()));
            findings.add(finding(item, RecordNames.complianceItem(item), message, "fix.recordGrievanceFiled",
                    "grievanceFiledOn", item.breachNoticedOn(), item.grievanceWindowDays(), lastDay.get()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.COMPLIANCE_ITEM);
    }
}
