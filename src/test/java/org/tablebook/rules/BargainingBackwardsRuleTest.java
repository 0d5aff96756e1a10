package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.assertFinding;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockOn;
import static org.tablebook.testing.SnapshotBuilder.day;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.testing.SnapshotBuilder;

class BargainingBackwardsRuleTest {
    private final Rule rule = new BargainingBackwardsRule();
    private final Clock clock = clockOn(day(10));

    @Test
    void firstTabledOnTheDeadlineIsInTime() {
        SnapshotBuilder b = SnapshotBuilder.union().newDemandDeadline(day(0));
        Demand wages = b.demand("U-1", "Wages").add();
        b.proposal(wages).passedOn(day(0)).add();
        b.proposal(wages).passedOn(day(5)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void firstTabledTheDayAfterIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union().newDemandDeadline(day(0));
        Demand wages = b.demand("U-1", "Wages").add();
        b.proposal(wages).passedOn(day(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertFinding(f, EntityRef.of(wages), Severity.ERROR, "Demand U-1 Wages",
                "U-1 Wages was first put on the table on Mar 3, after the new-demand deadline of Mar 2: adding "
                + "demands after the deadline is bargaining backwards and often unlawful.",
                "Withdraw the demand", "status");
    }

    @Test
    void theirDemandsAndUntabledOnesAreNotBargainingBackwards() {
        SnapshotBuilder b = SnapshotBuilder.union().newDemandDeadline(day(0));
        Demand theirs = b.demand("E-1", "Flexible scheduling").theirs().add();
        b.proposal(theirs).passedOn(day(4)).add();
        b.demand("U-2", "Parking").add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void withoutADeadlineNothingIsLate() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.proposal(wages).passedOn(day(9)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void communityOrganizationsMayAddDemands() {
        SnapshotBuilder b = SnapshotBuilder.community().newDemandDeadline(day(0));
        Demand parks = b.demand("C-1", "Parks").add();
        b.proposal(parks).side(Side.OURS).passedOn(day(4)).add();

        assertFalse(rule.appliesTo(b.negotiation()));
        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
