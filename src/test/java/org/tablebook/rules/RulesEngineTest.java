package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.clockAt;
import static org.tablebook.testing.SnapshotBuilder.day;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.Sector;
import org.tablebook.domain.Severity;
import org.tablebook.testing.SnapshotBuilder;

class RulesEngineTest {
    private final RulesEngine engine = RulesEngine.standard();

    /** The catalogue of DESIGN.md, in its order, with each rule's default severity. */
    private static final Map<String, Severity> CATALOGUE = new LinkedHashMap<>();

    static {
        CATALOGUE.put("SIDEBAR_SOLO", Severity.ERROR);
        CATALOGUE.put("SIDEBAR_UNAUTHORIZED", Severity.ERROR);
        CATALOGUE.put("SIDEBAR_NOT_INSTRUCTED", Severity.WARNING);
        CATALOGUE.put("SIDEBAR_GROUND_RULES_UNCLEAR", Severity.WARNING);
        CATALOGUE.put("SIDEBAR_TOO_LONG", Severity.WARNING);
        CATALOGUE.put("SIDEBAR_SERIES_TOO_LONG", Severity.WARNING);
        CATALOGUE.put("REPORT_BACK_OVERDUE", Severity.WARNING);
        CATALOGUE.put("REPORT_BACK_INCOMPLETE", Severity.WARNING);
        CATALOGUE.put("COMMITTEE_DECISION_PENDING", Severity.WARNING);
        CATALOGUE.put("SIDEBAR_SECRET", Severity.WARNING);
        CATALOGUE.put("REPS_CHOSEN_BY_OTHER_SIDE", Severity.ERROR);
        CATALOGUE.put("REPS_CHOSEN_BY_CHIEF_ALONE", Severity.WARNING);
        CATALOGUE.put("REPORT_BACK_NOT_TO_FULL_TEAM", Severity.WARNING);
        CATALOGUE.put("SIDEBAR_NOT_ANNOUNCED", Severity.WARNING);
        CATALOGUE.put("AGREED_WITHOUT_AUTHORITY", Severity.ERROR);
        CATALOGUE.put("NOT_CONFIRMED_ON_RECORD", Severity.WARNING);
        CATALOGUE.put("NOTES_DESPITE_NO_NOTES_RULE", Severity.WARNING);
        CATALOGUE.put("BARGAINING_BACKWARDS", Severity.ERROR);
        CATALOGUE.put("NO_DECISION_MAKER_AT_TABLE", Severity.WARNING);
        CATALOGUE.put("DEMAND_WITHOUT_MEMBER_SOURCE", Severity.INFO);
        CATALOGUE.put("TA_NOT_INITIALED", Severity.WARNING);
        CATALOGUE.put("EXPIRY_WITH_OPEN_PRIORITIES", Severity.WARNING);
        CATALOGUE.put("GRIEVANCE_WINDOW_CLOSING", Severity.ERROR);
        CATALOGUE.put("TA_REOPENED_BY_PROPOSAL", Severity.WARNING);
        CATALOGUE.put("INFORMATION_REQUEST_OVERDUE", Severity.WARNING);
        CATALOGUE.put("EXPIRY_NOTICES", Severity.WARNING);
        CATALOGUE.put("STRIKE_NOTICE", Severity.ERROR);
        CATALOGUE.put("VAGUE_LANGUAGE", Severity.INFO);
        CATALOGUE.put("FINAL_LANGUAGE_DIFFERS_FROM_TA", Severity.ERROR);
        CATALOGUE.put("TA_TEXT_MISSING", Severity.WARNING);
    }

    private static final Set<String> SOURCES = Set.of("000_66497e2942694ff8.txt", "001_0bdf9e53e13e1618.txt",
            "002_8d9c9d946486dbbc.txt", "bargaining practice", "labor-law practice", "drafting practice");

    @Test
    void theStandardEngineHoldsTheWholeCatalogueInOrder() {
        assertEquals(List.copyOf(CATALOGUE.keySet()), engine.rules().stream().map(Rule::id).toList());
        for (Rule rule : engine.rules()) {
            assertEquals(CATALOGUE.get(rule.id()), rule.defaultSeverity(), rule.id());
            assertFalse(rule.title().isBlank(), rule.id());
            assertTrue(SOURCES.contains(rule.principle().source()), rule.id() + ": " + rule.principle().source());
            assertTrue(rule.principle().text().length() > 20, rule.id());
        }
    }

    @Test
    void sidebarSoloQuotesItsSource() {
        Rule rule = engine.rule("SIDEBAR_SOLO").orElseThrow();

        assertEquals(new Principle("At least two people from the union take part so management cannot inaccurately "
                + "describe what the union representatives said.", "000_66497e2942694ff8.txt"), rule.principle());
        assertEquals("Rep alone in a sidebar", rule.title());
        assertTrue(engine.rule("NO_SUCH_RULE").isEmpty());
    }

    @Test
    void onlyTheUnionRulesAreLeftOutOfCommunityNegotiations() {
        Negotiation community = SnapshotBuilder.community().negotiation();
        Negotiation union = SnapshotBuilder.union().negotiation();

        assertEquals(List.of("BARGAINING_BACKWARDS", "EXPIRY_NOTICES", "STRIKE_NOTICE"),
                engine.rules().stream().filter(r -> !r.appliesTo(community)).map(Rule::id).toList());
        // The strike notice is the health-care sector's alone.
        assertEquals(List.of("STRIKE_NOTICE"),
                engine.rules().stream().filter(r -> !r.appliesTo(union)).map(Rule::id).toList());
        Negotiation hospital = SnapshotBuilder.union().sector(Sector.HEALTH_CARE).negotiation();
        assertTrue(engine.rules().stream().allMatch(r -> r.appliesTo(hospital)));
    }

    @Test
    void findingsComeBySeverityThenRuleThenSubject() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        Person ben = b.ours("Ben");
        b.demand("U-2", "Zoning").noOrigin().add();
        b.demand("U-1", "Wages").noOrigin().add();
        b.sidebar("wages").attendees(ana).repsChosenBy(RepsChosenBy.OTHER_SIDE).ran(hours(0), hours(1)).add();
        b.sidebar("hours").attendees(ana, ben).ran(hours(0), hours(1)).add();

        List<Finding> findings = engine.evaluate(b.build(), clockAt(hours(4))).stream()
                .sorted(RulesEngine.shownOrder(RuleTexts.DEFAULT_LOCALE)).toList();

        assertEquals(List.of(
                        "ERROR REPS_CHOSEN_BY_OTHER_SIDE Sidebar on wages (Mar 2)",
                        "ERROR SIDEBAR_SOLO Sidebar on wages (Mar 2)",
                        "WARNING REPORT_BACK_OVERDUE Sidebar on hours (Mar 2)",
                        "WARNING REPORT_BACK_OVERDUE Sidebar on wages (Mar 2)",
                        "INFO DEMAND_WITHOUT_MEMBER_SOURCE Demand U-1 Wages",
                        "INFO DEMAND_WITHOUT_MEMBER_SOURCE Demand U-2 Zoning"),
                findings.stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.subjectLabel()).toList());
    }

    @Test
    void theNegotiationsOwnSettingsAreUsed() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        Person ben = b.ours("Ben");
        b.sidebar("wages").attendees(ana, ben).startedAt(hours(0)).add();

        assertTrue(engine.evaluate(b.build(), clockAt(hours(1))).isEmpty());
        b.settings(s -> s.sidebarTimeLimitMinutes(45));
        assertEquals(List.of("SIDEBAR_TOO_LONG"),
                engine.evaluate(b.build(), clockAt(hours(1))).stream().map(Finding::ruleId).toList());
    }

    @Test
    void aCommunityNegotiationGetsNoUnionFindings() {
        SnapshotBuilder b = SnapshotBuilder.community().contractExpiresOn(day(10)).newDemandDeadline(day(-1));
        Demand parks = b.demand("C-1", "Parks").origin(DemandOrigin.LISTENING_SESSION, "").add();
        b.proposal(parks).passedOn(day(0)).add();

        assertTrue(engine.evaluate(b.build(), clockAt(hours(1))).isEmpty());

        NegotiationSnapshot asUnion = b.kind(org.tablebook.domain.NegotiationKind.UNION_CONTRACT).build();
        assertEquals(Set.of("BARGAINING_BACKWARDS", "EXPIRY_NOTICES"), Set.copyOf(
                engine.evaluate(asUnion, clockAt(hours(1))).stream().map(Finding::ruleId).toList()));
    }

    @Test
    void anEngineCanRunASubsetOfRules() {
        RulesEngine solo = RulesEngine.of(List.of(new SidebarSoloRule()));
        SnapshotBuilder b = SnapshotBuilder.union();
        b.sidebar("wages").repsChosenBy(RepsChosenBy.OTHER_SIDE).ran(hours(0), hours(1)).add();

        assertEquals(List.of("SIDEBAR_SOLO"),
                solo.evaluate(b.build(), clockAt(hours(30))).stream().map(Finding::ruleId).toList());
    }
}
