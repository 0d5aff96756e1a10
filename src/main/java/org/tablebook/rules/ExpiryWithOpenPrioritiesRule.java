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
 * negotiation's zone) at most {@code expiryWindowDays} calendar days before it, or past it, every
 * CRITICAL or HIGH demand whose status is still open (DRAFT or ON_TABLE) gives one finding. Both
 * sides' demands count: an open priority of theirs is as much an open issue at the deadline.
 *
 * <p>Time: calendar days in the negotiation's zone, because the expiry is a date.
 */
public final class ExpiryWithOpenPrioritiesRule extends AbstractRule {
    public static final String ID = "EXPIRY_WITH_OPEN_PRIORITIES";

    public ExpiryWithOpenPrioritiesRule() {
        super(ID, Severity.WARNING, Sources.BARGAINING_PRACTICE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        LocalDate expiresOn = snapshot.negotiation().contractExpiresOn();
        if (expiresOn == null) {
            return List.of();
        }
        Now now = Now.of(clock, snapshot);
        long daysLeft = ChronoUnit.DAYS.between(now.today(), expiresOn);
        if (daysLeft > settings.expiryWindowDays()) {
            return List.of();
        }
        Text when = daysLeft > 0 ? Text.of("expiring.in", daysLeft, Texts.withYear(expiresOn))
                : daysLeft == 0 ? Text.of("expiring.today") : Text.of("expiring.past", Texts.withYear(expiresOn));
        List<Finding> findings = new ArrayList<>();
        for (Demand demand : snapshot.demands()) {
            boolean priority = demand.priority() == DemandPriority.CRITICAL || demand.priority() == DemandPriority.HIGH;
            if (!priority || !demand.status().isOpen()) {
                continue;
            }
            String key = "EXPIRY_WITH_OPEN_PRIORITIES." + demand.proposedBy() + "." + demand.priority();
            Text statusWords = Text.of(demand.status() == DemandStatus.DRAFT ? "demand.inDraft" : "demand.onTable");
            findings.add(finding(demand, RecordNames.demand(demand), Text.of(key, RecordNames.demandName(demand), statusWords, when),
                    "fix.reviewDemand", "status", demand.priority(), demand.status(), expiresOn));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.DEMAND);
    }
}
