package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.assertFinding;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.BASE;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.day;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.testing.SnapshotBuilder;

class TaNotInitialedRuleTest {
    private final Rule rule = new TaNotInitialedRule();
    private final Clock clock = clockAt(BASE);

    @Test
    void initialedByBothSidesIsFine() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.agreement(wages).initialed(day(0), day(1)).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void missingTheirInitialsIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        TentativeAgreement ta = b.agreement(wages).initialed(day(0), null).add();

        Finding f = single(check(rule, b.build(), clock));

        assertFinding(f, EntityRef.of(ta), Severity.WARNING, "TA on U-1 Wages (Mar 2)",
                "The other side has not initialed this agreement: without both sides' initials there is no shared "
                + "record of exactly what was agreed.",
                "Record initials", "initialedByThemOn");
    }

    @Test
    void missingBothFocusesOurs() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.agreement(wages).notInitialed().add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals("initialedByUsOn", f.field());
        assertTrue(f.message().startsWith("Neither side has initialed this agreement"), f.message());
    }

    @Test
    void aReopenedAgreementIsBackInBargaining() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.agreement(wages).notInitialed().status(TaStatus.REOPENED).add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
