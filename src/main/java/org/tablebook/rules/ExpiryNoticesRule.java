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
 * at most {@code otherPartyNoticeDays} calendar days before it, or past it, and no notice to the
 * other party recorded: a finding on {@code otherPartyNoticeOn}. Likewise {@code
 * mediationNoticeDays} and {@code mediationNoticeOn}. The day counts are preset by the
 * negotiation's sector (health care: 90 and 60; otherwise 60 and 30). Both are findings about the
 * negotiation, told apart by field and fingerprint.
 *
 * <p>Time: calendar days in the negotiation's zone, because notice periods run in days up to the
 * expiry date.
 */
public final class ExpiryNoticesRule extends AbstractRule {
    public static final String ID = "EXPIRY_NOTICES";

    public ExpiryNoticesRule() {
        super(ID, Severity.WARNING, Sources.LABOR_LAW_PRACTICE);
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
        Now now = Now.of(clock, snapshot);
        long daysLeft = ChronoUnit.DAYS.between(now.today(), expiresOn);
        Text expiry = daysLeft > 0 ? Text.of("expiry.in", daysLeft, Texts.withYear(expiresOn))
                : daysLeft == 0 ? Text.of("expiry.today") : Text.of("expiry.past", Texts.withYear(expiresOn));
        Text label = Text.of("label.expiry", Texts.withYear(expiresOn));
        Object otherParty = negotiation.otherParty().isBlank() ? Text.of("label.theOtherParty")
                : Texts.shorten(negotiation.otherParty());
        List<Finding> findings = new ArrayList<>();
        if (daysLeft <= settings.otherPartyNoticeDays() && negotiation.otherPartyNoticeOn() == null) {
            findings.add(finding(negotiation, label, Text.of("EXPIRY_NOTICES.otherParty", expiry, otherParty,
                            due(expiresOn, settings.otherPartyNoticeDays(), now)),
                    "fix.recordOtherPartyNotice", "otherPartyNoticeOn", "otherParty", expiresOn,
                    settings.otherPartyNoticeDays()));
        }
        if (daysLeft <= settings.mediationNoticeDays() && negotiation.mediationNoticeOn() == null) {
            findings.add(finding(negotiation, label, Text.of("EXPIRY_NOTICES.mediation", expiry,
                            due(expiresOn, settings.mediationNoticeDays(), now)),
                    "fix.recordMediationNotice", "mediationNoticeOn", "mediation", expiresOn,
                    settings.mediationNoticeDays()));
        }
        return findings;
    }

    /** "it is due today (60 days before expiry)" or "it was due by Mar 1, 2026 (60 days before expiry)". */
    private static Text due(LocalDate expiresOn, int daysBefore, Now now) {
        LocalDate dueOn = expiresOn.minusDays(daysBefore);
        return dueOn.equals(now.today()) ? Text.of("notice.dueToday", daysBefore)
                : Text.of("notice.dueBy", Texts.withYear(dueOn), daysBefore);
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of();
    }
}
