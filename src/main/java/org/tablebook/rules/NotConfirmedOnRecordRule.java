package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;

/**
 * NOT_CONFIRMED_ON_RECORD (WARNING, or INFO): a sidebar-sourced agreement with no confirming
 * table session. Once any memorandum of agreement is drafted (a ratification record exists) it is
 * a WARNING; before, an INFO reminder. A REOPENED agreement is back in bargaining and is not
 * flagged: there is nothing agreed left to confirm.
 */
public final class NotConfirmedOnRecordRule extends AbstractRule {
    public static final String ID = "NOT_CONFIRMED_ON_RECORD";

    public NotConfirmedOnRecordRule() {
        super(ID, Severity.WARNING, "Sidebar agreement not confirmed on record", new Principle(
                "If the meetings prove useful, they can recur, but ultimately the parties should resume full, "
                        + "on-the-record meetings\u2014 if only to confirm what has been tentatively agreed.",
                Sources.OFF_THE_RECORD_RULES));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        boolean moaDrafted = !snapshot.ratifications().isEmpty();
        Severity severity = moaDrafted ? Severity.WARNING : Severity.INFO;
        List<Finding> findings = new ArrayList<>();
        for (TentativeAgreement agreement : snapshot.agreements()) {
            if (agreement.source() != TaSource.SIDEBAR || agreement.confirmedSessionId() != null
                    || agreement.status() == TaStatus.REOPENED) {
                continue;
            }
            String message = moaDrafted
                    ? "This agreement from a sidebar was never confirmed at an on-the-record session, yet a memorandum "
                            + "of agreement has been drafted: confirm it at the table before it goes to ratification."
                    : "This agreement from a sidebar is not yet confirmed at an on-the-record session: confirm it at "
                            + "the table before a memorandum of agreement is drafted.";
            findings.add(finding(severity, agreement, RecordNames.agreement(snapshot, agreement), message,
                    "Record the confirming session", "confirmedSessionId", agreement.sidebarId()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.TENTATIVE_AGREEMENT, EntityKind.RATIFICATION, EntityKind.DEMAND);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
