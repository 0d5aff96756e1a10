package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Person;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.testing.SnapshotBuilder;

class AcknowledgementTest {
    private final RulesEngine engine = RulesEngine.standard();

    /** A sidebar with two reps that ended at 10:00 and was never reported back. */
    private SnapshotBuilder unreported() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        Person ben = b.ours("Ben");
        b.sidebar("wages").attendees(ana, ben).ran(hours(0), hours(1)).add();
        return b;
    }

    private static EvaluatedFinding only(List<EvaluatedFinding> findings) {
        assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
        return findings.get(0);
    }

    @Test
    void anAcknowledgementOfTheSameFactsHolds() {
        SnapshotBuilder b = unreported();
        Finding warning = only(engine.evaluateWithAcknowledgements(b.build(), clockAt(hours(4)))).finding();
        RuleAcknowledgement ack = b.acknowledgement(warning.ruleId(), warning.subject(), warning.factsFingerprint())
                .reason("Chief was called away; report-back set for tomorrow morning").add();

        EvaluatedFinding later = only(engine.evaluateWithAcknowledgements(b.build(), clockAt(hours(20))));

        assertEquals(Severity.WARNING, later.finding().severity());
        assertTrue(later.acknowledged());
        assertEquals(ack, later.acknowledgement().orElseThrow());
        assertTrue(RulesEngine.matches(ack, later.finding()));
    }

    @Test
    void itLapsesWhenTheWarningBecomesAnError() {
        SnapshotBuilder b = unreported();
        Finding warning = only(engine.evaluateWithAcknowledgements(b.build(), clockAt(hours(4)))).finding();
        b.acknowledgement(warning.ruleId(), warning.subject(), warning.factsFingerprint()).add();

        EvaluatedFinding error = only(engine.evaluateWithAcknowledgements(b.build(), clockAt(hours(26))));

        assertEquals(Severity.ERROR, error.finding().severity());
        assertFalse(error.acknowledged());
    }

    @Test
    void itLapsesWhenTheVagueWordListChangesWhatIsFound() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.agreement(wages).text("Reasonable notice, as far as practicable").add();
        Finding first = only(engine.evaluateWithAcknowledgements(b.build(), clockAt(hours(1)))).finding();
        b.acknowledgement(first.ruleId(), first.subject(), first.factsFingerprint()).add();
        assertTrue(only(engine.evaluateWithAcknowledgements(b.build(), clockAt(hours(1)))).acknowledged());

        b.settings(s -> s.vagueWords("reasonable", "as far as practicable"));
        EvaluatedFinding after = only(engine.evaluateWithAcknowledgements(b.build(), clockAt(hours(1))));

        assertEquals(first.subject(), after.finding().subject());
        assertFalse(after.acknowledged());
    }

    @Test
    void anAcknowledgementOfAnotherSubjectOrRuleDoesNotApply() {
        SnapshotBuilder b = unreported();
        Sidebar other = b.sidebar("hours").add();
        Finding warning = only(engine.evaluateWithAcknowledgements(b.build(), clockAt(hours(4)))).finding();
        b.acknowledgement(warning.ruleId(), EntityRef.of(other), warning.factsFingerprint()).add();
        b.acknowledgement("SIDEBAR_TOO_LONG", warning.subject(), warning.factsFingerprint()).add();

        assertFalse(only(engine.evaluateWithAcknowledgements(b.build(), clockAt(hours(4)))).acknowledged());
    }

    @Test
    void theLatestOfSeveralMatchingAcknowledgementsIsShown() {
        SnapshotBuilder b = unreported();
        Finding warning = only(engine.evaluateWithAcknowledgements(b.build(), clockAt(hours(4)))).finding();
        b.acknowledgement(warning.ruleId(), warning.subject(), warning.factsFingerprint()).at(hours(3)).reason("first").add();
        b.acknowledgement(warning.ruleId(), warning.subject(), warning.factsFingerprint()).at(hours(5)).reason("second").add();
        b.acknowledgement(warning.ruleId(), warning.subject(), warning.factsFingerprint()).at(hours(4)).reason("third").add();

        EvaluatedFinding f = only(engine.evaluateWithAcknowledgements(b.build(), clockAt(hours(6))));

        assertEquals("second", f.acknowledgement().orElseThrow().reason());
    }

    @Test
    void fingerprintsAreStableAcrossRunsAndSnapshots() {
        Finding one = only(engine.evaluateWithAcknowledgements(unreported().build(), clockAt(hours(4)))).finding();
        Finding two = only(engine.evaluateWithAcknowledgements(unreported().build(), clockAt(hours(5)))).finding();

        assertEquals(one.factsFingerprint(), two.factsFingerprint());
        // Stored acknowledgements compare against this value: it must never change between versions.
        assertEquals("e8683ec38bfb3b14a33243333d5da39e", one.factsFingerprint());
        assertNotEquals(one.factsFingerprint(), Fingerprint.of("REPORT_BACK_OVERDUE", Severity.ERROR, hours(1)));
        assertEquals(one.factsFingerprint(), Fingerprint.of("REPORT_BACK_OVERDUE", Severity.WARNING, hours(1)));
    }
}
