package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.rules.RuleTesting.assertFinding;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.rules.RuleTesting.single;
import static org.tablebook.testing.SnapshotBuilder.BASE;
import static org.tablebook.testing.SnapshotBuilder.clockAt;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.Severity;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.testing.SnapshotBuilder;

class VagueLanguageRuleTest {
    private final Rule rule = new VagueLanguageRule();
    private final Clock clock = clockAt(BASE);

    @Test
    void wordsInsideOtherWordsDoNotCount() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.proposal(wages).summary("No unreasonable delays").text("Wages rise 3% and, or else, the grid is reopened; "
                + "it is provided, that is all").add();

        assertTrue(check(rule, b.build(), clock).isEmpty());
    }

    @Test
    void aVagueWordInTheTextIsFlagged() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Proposal proposal = b.proposal(wages).text("The employer shall make Reasonable efforts to staff and/or "
                + "schedule, PROVIDED\n THAT funds allow.").add();

        Finding f = single(check(rule, b.build(), clock));

        assertFinding(f, EntityRef.of(proposal), Severity.INFO, "Our proposal on U-1 (Mar 2)",
                "This proposal uses \u201cand/or\u201d, \u201cprovided that\u201d and \u201creasonable\u201d, which "
                + "can be read more than one way: define the terms or say exactly what is meant.",
                "Edit the wording", "text");
    }

    @Test
    void aVagueSummaryFocusesTheSummary() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.proposal(wages).summary("Reasonable raise").text("3% a year").add();

        assertEquals("summary", single(check(rule, b.build(), clock)).field());
    }

    @Test
    void agreementTextIsCheckedToo() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        TentativeAgreement ta = b.agreement(wages).text("Overtime by seniority and/or rotation").add();

        Finding f = single(check(rule, b.build(), clock));

        assertEquals(EntityRef.of(ta), f.subject());
        assertEquals("TA on U-1 Wages (Mar 2)", f.subjectLabel());
        assertTrue(f.message().startsWith("This agreement's text uses \u201cand/or\u201d"), f.message());
    }

    @Test
    void theWordListComesFromTheSettingsAndShapesTheFacts() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.agreement(wages).text("Reasonable notice shall endeavor to be given").add();
        String before = single(check(rule, b.build(), clock)).factsFingerprint();

        b.settings(s -> s.vagueWords("reasonable", "shall endeavor"));
        Finding after = single(check(rule, b.build(), clock));

        assertTrue(after.message().contains("\u201creasonable\u201d and \u201cshall endeavor\u201d"), after.message());
        assertNotEquals(before, after.factsFingerprint());

        b.settings(s -> s.vagueWords());
        assertTrue(check(rule, b.build(), clock).isEmpty());
    }
}
