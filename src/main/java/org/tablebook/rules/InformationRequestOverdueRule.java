package org.tablebook.rules;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;

/**
 * INFORMATION_REQUEST_OVERDUE (WARNING): a request of either side with no answer when today (in
 * the negotiation's zone) is after its due date; the due day itself is fine.
 *
 * <p>Time: calendar days in the negotiation's zone, because a due date is a day, not a moment:
 * the request is late from 00:00 the day after it was due. Ours overdue is evidence
 * for us; theirs overdue is evidence against us, so the messages differ.
 */
public final class InformationRequestOverdueRule extends AbstractRule {
    public static final String ID = "INFORMATION_REQUEST_OVERDUE";

    public InformationRequestOverdueRule() {
        super(ID, Severity.WARNING, Sources.LABOR_LAW_PRACTICE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        List<Finding> findings = new ArrayList<>();
        for (InformationRequest request : snapshot.informationRequests()) {
            if (request.answeredOn() != null || !now.today().isAfter(request.dueOn())) {
                continue;
            }
            long late = ChronoUnit.DAYS.between(request.dueOn(), now.today());
            Text message = Text.of("INFORMATION_REQUEST_OVERDUE." + (request.askedBy() == Side.OURS ? "ours" : "theirs"),
                    Texts.shorten(request.subject()), request.dueOn(), late);
            findings.add(finding(request, RecordNames.informationRequest(request), message, "fix.recordAnswer",
                    "answeredOn", request.askedBy(), request.dueOn()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.INFORMATION_REQUEST);
    }
}
