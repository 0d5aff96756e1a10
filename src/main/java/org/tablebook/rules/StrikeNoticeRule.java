package org.tablebook.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;

/**
 * STRIKE_NOTICE (ERROR, or WARNING; union contracts in the health-care sector with a strike date
 * recorded): notice of a strike or picketing at a health-care institution is due at least {@code
 * strikeNoticeDays} (10) days before it (NLRA section 8(g)), so its last day is the strike's date
 * minus those days. No notice recorded while that day has not passed: a WARNING; no notice after
 * it, or a notice recorded later than it: an ERROR, since the strike as planned would be unlawful.
 *
 * <p>Time: calendar days in the negotiation's zone, because the statute counts days before the
 * strike's date.
 */
public final class StrikeNoticeRule extends AbstractRule {
    public static final String ID = "STRIKE_NOTICE";

    public StrikeNoticeRule() {
        super(ID, Severity.ERROR, Sources.LABOR_LAW_PRACTICE);
    }

    @Override
    public boolean appliesTo(Negotiation negotiation) {
        return negotiation.kind() == NegotiationKind.UNION_CONTRACT && negotiation.sector().needsStrikeNotice();
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Negotiation negotiation = snapshot.negotiation();
        LocalDate strikeOn = negotiation.strikeOn();
        if (!appliesTo(negotiation) || strikeOn == null) {
            return List.of();
        }
        Now now = Now.of(clock, snapshot);
        LocalDate lastDay = strikeOn.minusDays(settings.strikeNoticeDays());
        LocalDate noticeOn = negotiation.strikeNoticeOn();
        Text label = Text.of("label.strike", Texts.withYear(strikeOn));
        if (noticeOn != null) {
            if (!noticeOn.isAfter(lastDay)) {
                return List.of();
            }
            return List.of(finding(negotiation, label, Text.of("STRIKE_NOTICE.late", Texts.withYear(noticeOn),
                            Texts.withYear(strikeOn), settings.strikeNoticeDays(), Texts.withYear(lastDay)),
                    "fix.checkStrikeDate", "strikeOn", strikeOn, noticeOn, settings.strikeNoticeDays()));
        }
        boolean missed = now.today().isAfter(lastDay);
        return List.of(finding(missed ? Severity.ERROR : Severity.WARNING, negotiation, label,
                Text.of(missed ? "STRIKE_NOTICE.missed" : "STRIKE_NOTICE.due", Texts.withYear(strikeOn),
                        settings.strikeNoticeDays(), Texts.withYear(lastDay)),
                "fix.recordStrikeNotice", "strikeNoticeOn", strikeOn, null, settings.strikeNoticeDays()));
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of();
    }
}
