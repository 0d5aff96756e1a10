package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.assertFinding;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.BASE_DATE;
import static org.tablebook.testing.SnapshotBuilder.clockOn;
import static org.tablebook.testing.SnapshotBuilder.day;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;
import org.tablebook.testing.SnapshotBuilder;

class ExpiryNoticesRuleTest {
    private final Rule rule = new ExpiryNoticesRule();
    private final Clock today = clockOn(BASE_DATE);

    @Test
    void sixtyOneDaysOutNothingIsDue() {
        SnapshotBuilder b = SnapshotBuilder.union().contractExpiresOn(day(61));

        assertTrue(check(rule, b.build(), today).isEmpty());
    }

    @Test
    void sixtyDaysOutTheNoticeToTheOtherPartyIsDue() {
        SnapshotBuilder b = SnapshotBuilder.union().contractExpiresOn(day(60));

        Finding f = single(check(rule, b.build(), today));

        assertFinding(f, EntityRef.of(b.negotiation()), Severity.WARNING, "Contract expiry (May 1, 2026)",
                "The contract expires in 60 days (May 1, 2026) and no notice to City Hospital is recorded, though "
                + "it is due today (60 days before expiry).",
                "Record notice to the other party", "otherPartyNoticeOn");
    }

    @Test
    void thirtyOneDaysOutTheMediationNoticeIsNotYetDue() {
        SnapshotBuilder b = SnapshotBuilder.union().contractExpiresOn(day(31)).otherPartyNoticeOn(day(-30));

        assertTrue(check(rule, b.build(), today).isEmpty());
    }

    @Test
    void thirtyDaysOutTheMediationNoticeIsDueToo() {
        SnapshotBuilder b = SnapshotBuilder.union().contractExpiresOn(day(30));

        List<Finding> findings = check(rule, b.build(), today);

        assertEquals(List.of("otherPartyNoticeOn", "mediationNoticeOn"), findings.stream().map(Finding::field).toList());
        assertEquals("The contract expires in 30 days (Apr 1, 2026) and no notice to the mediation service is recorded, "
                + "though it is due today (30 days before expiry).", findings.get(1).message());
        assertEquals("The contract expires in 30 days (Apr 1, 2026) and no notice to City Hospital is recorded, though "
                + "it was due by Jan 31, 2026 (60 days before expiry).", findings.get(0).message());
        assertEquals("Record mediation notice", findings.get(1).fixAction());
        assertEquals(2, findings.stream().map(Finding::factsFingerprint).distinct().count());
    }

    @Test
    void recordedNoticesClearIt() {
        SnapshotBuilder b = SnapshotBuilder.union().contractExpiresOn(day(-3))
                .otherPartyNoticeOn(day(-70)).mediationNoticeOn(day(-40));

        assertTrue(check(rule, b.build(), today).isEmpty());
    }

    @Test
    void communityAgreementsHaveNoStatutoryNotices() {
        SnapshotBuilder b = SnapshotBuilder.community().contractExpiresOn(day(10));

        assertFalse(rule.appliesTo(b.negotiation()));
        assertTrue(check(rule, b.build(), today).isEmpty());
    }
}
