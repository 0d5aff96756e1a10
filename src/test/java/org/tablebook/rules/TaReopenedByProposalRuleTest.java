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
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.domain.TaStatus;
import org.tablebook.testing.SnapshotBuilder;

class TaReopenedByProposalRuleTest {
    private final Rule rule = new TaReopenedByProposalRule();
    private final Clock clock = clockAt(daysLater(10));

    @Test
    void aProposalLoggedAtTheSameMomentAsTheAgreementIsNotAfterIt() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.proposal(wages).createdAt(hours(1)).add();
        b.agreement(wages).createdAt(hours(2)).add();
        b.proposal(wages).side(Side.THEIRS).createdAt(hours(2)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void aProposalLoggedAfterTheAgreementIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.agreement(wages).createdAt(hours(2)).add();
        Proposal late = b.proposal(wages).side(Side.THEIRS).passedOn(day(1)).createdAt(hours(2).plusSeconds(1)).add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals(EntityRef.of(late), f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Their proposal on U-1 (Mar 3)", f.subjectLabel());
        assertEquals("Their proposal on U-1 Wages was logged after its tentative agreement of Mar 2: reopening an agreement "
                + "needs both sides, and reopening it alone can be regressive bargaining.", f.message());
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
