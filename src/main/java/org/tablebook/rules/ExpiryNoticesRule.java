package org.tablebook.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;

/**
 * EXPIRY_NOTICES (WARNING, union contracts only): with the contract's expiry recorded and today
 * (in the clock's zone) at most {@code otherPartyNoticeDays} calendar days before it, or past it,
 * and no notice to the other party recorded: a finding on {@code otherPartyNoticeOn}. Likewise
 * {@code mediationNoticeDays} and {@code mediationNoticeOn}. Both are findings about the
 * negotiation, told apart by field and fingerprint.
 */
public final class ExpiryNoticesRule extends AbstractRule {
    public static final String ID = "EXPIRY_NOTICES";

    public ExpiryNoticesRule() {
        super(ID, Severity.WARNING, "Expiry notices missing", new Principle(
                "A party that wants to end or change a contract notifies the other party in writing 60 days before it "
                        + "expires, and notifies the mediation service 30 days after that if there is no agreement yet; "
                        + "missing either notice can make a strike or lockout unlawful.", Sources.LABOR_LAW_PRACTICE));
    }

    @Override
    public boolean appliesTo(Negotiation negotiation) {
        return negotiation.kind() == NegotiationKind.UNION_CONTRACT;
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Negotiation negotiation = snapshot.negotiation();
        LocalDate expiresOn = negotiation.contractExpiresOn();
        if (!appliesTo(negotiation) || expiresOn == null) {
            return List.of();
        }
        Now now = Now.of(clock);
        long daysLeft = ChronoUnit.DAYS.between(now.today(), expiresOn);
        String expiry = daysLeft > 0 ? "The contract expires in " + Texts.days(daysLeft) + " (" + Texts.dateWithYear(expiresOn) + ")"
                : daysLeft == 0 ? "The contract expires today" : "The contract expired on " + Texts.dateWithYear(expiresOn);
        String label = "Contract expiry (" + Texts.dateWithYear(expiresOn) + ")";
        String otherParty = negotiation.otherParty().isBlank() ? "the other party" : Texts.shorten(negotiation.otherParty());
        List<Finding> findings = new ArrayList<>();
        if (daysLeft <= settings.otherPartyNoticeDays() && negotiation.otherPartyNoticeOn() == null) {
            findings.add(finding(negotiation, label, expiry + " and no notice to " + otherParty + " is recorded, though "
                            + due(expiresOn, settings.otherPartyNoticeDays(), now) + ".",
                    "Record notice to the other party", "otherPartyNoticeOn", "otherParty", expiresOn));
        }
        if (daysLeft <= settings.mediationNoticeDays() && negotiation.mediationNoticeOn() == null) {
            findings.add(finding(negotiation, label, expiry + " and no notice to the mediation service is recorded, "
                            + "though " + due(expiresOn, settings.mediationNoticeDays(), now) + ".",
                    "Record mediation notice", "mediationNoticeOn", "mediation", expiresOn));
        }
        return findings;
    }

    /** "it is due today (60 days before expiry)" or "it was due by Mar 1, 2026 (60 days before expiry)". */
    private static String due(LocalDate expiresOn, int daysBefore, Now now) {
        LocalDate dueOn = expiresOn.minusDays(daysBefore);
        String when = dueOn.equals(now.today()) ? "it is due today" : "it was due by " + Texts.dateWithYear(dueOn);
        return when + " (" + Texts.days(daysBefore) + " before expiry)";
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of();
    }
}
