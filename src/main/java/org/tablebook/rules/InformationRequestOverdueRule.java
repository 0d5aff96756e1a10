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
 * the clock's zone) is after its due date; the due day itself is fine. Ours overdue is evidence
 * for us; theirs overdue is evidence against us, so the messages differ.
 */
public final class InformationRequestOverdueRule extends AbstractRule {
    public static final String ID = "INFORMATION_REQUEST_OVERDUE";

    public InformationRequestOverdueRule() {
        super(ID, Severity.WARNING, "Information request overdue", new Principle(
                "Each side must supply information the other needs for bargaining, promptly: an unanswered or late "
                        + "request is evidence of bargaining in bad faith.", Sources.LABOR_LAW_PRACTICE));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
        List<Finding> findings = new ArrayList<>();
        for (InformationRequest request : snapshot.informationRequests()) {
            if (request.answeredOn() != null || !now.today().isAfter(request.dueOn())) {
                continue;
            }
            String late = Texts.days(ChronoUnit.DAYS.between(request.dueOn(), now.today())) + " late";
            String message = request.askedBy() == Side.OURS
                    ? "Our request for " + Texts.shorten(request.subject()) + " was due on " + Texts.date(request.dueOn())
                            + " and is still unanswered, " + late + ": keep the record, a late answer is evidence of "
                            + "bad-faith bargaining."
                    : "Their request for " + Texts.shorten(request.subject()) + " was due on " + Texts.date(request.dueOn())
                            + " and we have not answered, " + late + ": a late answer can be used as evidence against us.";
            findings.add(finding(request, RecordNames.informationRequest(request), message, "Record the answer",
                    "answeredOn", request.askedBy(), request.dueOn()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.INFORMATION_REQUEST);
    }
}
