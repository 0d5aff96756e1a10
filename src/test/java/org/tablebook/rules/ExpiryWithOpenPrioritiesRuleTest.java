package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;
import org.tablebook.testing.SnapshotBuilder;

class ExpiryWithOpenPrioritiesRuleTest {
    private final Rule rule = new ExpiryWithOpenPrioritiesRule();
    private final Clock today = clockOn(BASE_DATE);

    @Test
    void oneDayBeforeTheWindowIsFine() {
        SnapshotBuilder b = SnapshotBuilder.union().contractExpiresOn(day(31));
        b.demand("U-1", "Wages").priority(DemandPriority.CRITICAL).add();

        assertTrue(check(rule, b.build(), today).isEmpty());
    }

    @Test
    void theFirstDayOfTheWindowIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union().contractExpiresOn(day(30));
        Demand wages = b.demand("U-1", "Wages").priority(DemandPriority.HIGH).add();

        Finding f = single(check(rule, b.build(), today));

        assertFinding(f, EntityRef.of(wages), Severity.WARNING, "Demand U-1 Wages",
                "Our high-priority demand U-1 Wages is still on the table with the contract expiring in 30 days (Apr 1, 2026): "
                + "an open priority at the deadline is bargained under the most pressure.",
                "Review the demand", "status");
    }

    @Test
    void onlyOpenPrioritiesOfEitherSideCount() {
        SnapshotBuilder b = SnapshotBuilder.union().contractExpiresOn(day(-2));
        Demand critical = b.demand("U-1", "Wages").priority(DemandPriority.CRITICAL).status(DemandStatus.DRAFT).add();
        b.demand("U-2", "Parking").priority(DemandPriority.MEDIUM).add();
        b.demand("U-3", "Staffing").priority(DemandPriority.HIGH).status(DemandStatus.TENTATIVELY_AGREED).add();
        b.demand("U-4", "Uniforms").priority(DemandPriority.LOW).add();
        Demand theirs = b.demand("E-1", "Flexible scheduling").theirs().priority(DemandPriority.HIGH).add();

        List<Finding> findings = check(rule, b.build(), today);

        assertEquals(List.of(EntityRef.of(critical), EntityRef.of(theirs)), findings.stream().map(Finding::subject).toList());
        assertEquals("Our critical demand U-1 Wages is still in draft and the contract expired on Feb 28, 2026: an open "
                + "priority at the deadline is bargained under the most pressure.", findings.get(0).message());
        assertTrue(findings.get(1).message().startsWith("Their high-priority demand E-1 Flexible scheduling"), findings.get(1).message());
    }

    @Test
    void withoutAnExpiryDateThereIsNoDeadline() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.demand("U-1", "Wages").priority(DemandPriority.CRITICAL).add();

        assertTrue(check(rule, b.build(), today).isEmpty());
    }
}
