package org.tablebook.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;

/**
 * EXPIRY_WITH_OPEN_PRIORITIES (WARNING): with the contract's expiry recorded and today (in the
 * clock's zone) at most {@code expiryWindowDays} calendar days before it, or past it, every
 * CRITICAL or HIGH demand whose status is still open (DRAFT or ON_TABLE) gives one finding. Both
 * sides' demands count: an open priority of theirs is as much an open issue at the deadline.
 */
public final class ExpiryWithOpenPrioritiesRule extends AbstractRule {
    public static final String ID = "EXPIRY_WITH_OPEN_PRIORITIES";

    public ExpiryWithOpenPrioritiesRule() {
        super(ID, Severity.WARNING, "Priorities open near expiry", new Principle(
                "Settle the priority issues before the contract's expiry date: what is still open at the deadline is "
                        + "bargained under the most pressure, or not at all.", Sources.BARGAINING_PRACTICE));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        LocalDate expiresOn = snapshot.negotiation().contractExpiresOn();
        if (expiresOn == null) {
            return List.of();
        }
        Now now = Now.of(clock);
        long daysLeft = ChronoUnit.DAYS.between(now.today(), expiresOn);
        if (daysLeft > settings.expiryWindowDays()) {
            return List.of();
        }
        String when = daysLeft > 0 ? "with the contract expiring in " + Texts.days(daysLeft) + " ("
                + Texts.dateWithYear(expiresOn) + ")"
                : daysLeft == 0 ? "with the contract expiring today" : "and the contract expired on " + Texts.dateWithYear(expiresOn);
        List<Finding> findings = new ArrayList<>();
        for (Demand demand : snapshot.demands()) {
            boolean priority = demand.priority() == DemandPriority.CRITICAL || demand.priority() == DemandPriority.HIGH;
            if (!priority || !demand.status().isOpen()) {
                continue;
            }
            String whose = demand.proposedBy() == Side.OURS ? "Our " : "Their ";
            String priorityWord = demand.priority() == DemandPriority.CRITICAL ? "critical" : "high-priority";
            String statusWords = demand.status() == DemandStatus.DRAFT ? "in draft" : "on the table";
            findings.add(finding(demand, RecordNames.demand(demand), whose + priorityWord + " demand "
                            + RecordNames.demandName(demand) + " is still " + statusWords + " " + when
                            + ": an open priority at the deadline is bargained under the most pressure.",
                    "Review the demand", "status", demand.priority(), demand.status(), expiresOn));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.DEMAND);
    }
}
