package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.day;
import static org.tablebook.testing.SnapshotBuilder.daysLater;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.domain.TaStatus;
import org.tablebook.testing.SnapshotBuilder;

class TaReopenedByProposalRuleTest {
    private final Rule rule = new TaReopenedByProposalRule();
    private final Clock clock = clockAt(daysLater(10));

    @Test
    void aPassOnTheDayTheAgreementWasReachedIsNotAfterIt() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.proposal(wages).passedOn(day(0)).createdAt(hours(1)).add();
        b.agreement(wages).reachedOn(day(0)).createdAt(hours(2)).add();
        b.proposal(wages).side(Side.THEIRS).passedOn(day(0)).createdAt(hours(3)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void aCounterproposalThatCrossedBeforeTheAgreementButWasLoggedLaterIsNotAReopening() {
        // Crossed the table on Mar 1, typed in on Mar 5, after the TA of Mar 2 was recorded.
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.agreement(wages).reachedOn(day(0)).createdAt(hours(2)).add();
        b.proposal(wages).side(Side.THEIRS).kind(ProposalKind.COUNTER).passedOn(day(-1)).createdAt(daysLater(3)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void aPassThatCrossedTheTableAfterTheAgreementIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.agreement(wages).reachedOn(day(0)).createdAt(daysLater(2)).add();
        Proposal late = b.proposal(wages).side(Side.THEIRS).passedOn(day(1)).createdAt(hours(2)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals(EntityRef.of(late), f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Their proposal on U-1 (Mar 3)", f.subjectLabel());
        assertEquals("Their proposal on U-1 Wages crossed the table on Mar 3, after its tentative agreement of Mar 2: "
                + "reopening an agreement needs both sides, and reopening it alone can be regressive bargaining.",
                f.message());
        assertEquals("Mark the agreement reopened", f.fixAction());
        assertNull(f.field());
    }

    @Test
    void aReopenedAgreementMayBeBargainedAgain() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.agreement(wages).status(TaStatus.REOPENED).add();
        b.proposal(wages).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void proposalsOnOtherDemandsDoNotReopenIt() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Demand hours = b.demand("U-2", "Hours").add();
        b.agreement(wages).add();
        b.proposal(hours).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
