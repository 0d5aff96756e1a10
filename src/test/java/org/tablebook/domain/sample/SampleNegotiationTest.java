package org.tablebook.domain.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.domain.SidebarState;
import org.tablebook.domain.TaStatus;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.Finding;
import org.tablebook.rules.Rule;
import org.tablebook.rules.RulesEngine;
import org.tablebook.domain.Sector;
import org.tablebook.domain.Severity;

/** The sample negotiation: consistent, complete, and something for every rule of the catalogue to say. */
class SampleNegotiationTest {
    /** A Tuesday morning in Chicago. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T14:30:00Z"), ZoneId.of("America/Chicago"));
    /**
     * The one rule a consistent negotiation cannot break: the records themselves refuse a sidebar
     * agreement beyond TENTATIVE without the team's approval, and the snapshot's consistency check
     * refuses a RATIFIED agreement without a vote that ratified it.
     */
    /** Every rule can fire on a file the app accepts, so the sample leaves none out. */
    private static final Set<String> NEEDS_AN_INCONSISTENT_FILE = Set.of();

    private final NegotiationSnapshot sample = SampleNegotiation.build(CLOCK);

    @Test
    void isConsistent() {
        sample.checkConsistency();
        assertEquals(SampleNegotiation.TITLE, sample.negotiation().title());
    }

    @Test
    void holdsEveryKindOfRecord() {
        Set<EntityKind> kinds = sample.entities().map(Entity::entityKind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntityKind.class)));
        assertEquals(EnumSet.allOf(EntityKind.class), kinds);
    }

    @Test
    void hasTheShapeTheIssueAsksFor() {
        assertEquals(25, sample.demands().size());
        assertTrue(sample.demands().stream().anyMatch(d -> d.proposedBy() == Side.OURS));
        assertTrue(sample.demands().stream().anyMatch(d -> d.proposedBy() == Side.THEIRS));
        assertEquals(EnumSet.allOf(DemandStatus.class), sample.demands().stream().map(Demand::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DemandStatus.class))));
        assertEquals(EnumSet.allOf(ProposalKind.class), sample.proposals().stream().map(p -> p.kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProposalKind.class))));
        assertEquals(8, sample.sessions().size());
        assertEquals(EnumSet.allOf(SidebarState.class), sample.sidebars().stream().map(sample::stateOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SidebarState.class))));
        assertEquals(EnumSet.allOf(TaStatus.class), sample.agreements().stream().map(a -> a.status())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TaStatus.class))));
        assertTrue(sample.ratifications().stream().anyMatch(r -> r.result().isPresent()), "a ratified MOA");
        assertTrue(sample.ratifications().stream().anyMatch(r -> r.result().isEmpty()), "an MOA awaiting its vote");
        assertEquals(1, sample.runningSidebars().size());
        assertTrue(sample.people().stream().anyMatch(p -> !p.active()), "someone who left the committee");
        assertTrue(sample.demands().stream().anyMatch(Demand::confidential), "a confidential demand");
    }

    @Test
    void everyRuleOfTheCatalogueFires() {
        List<Finding> findings = RulesEngine.standard().evaluate(sample, CLOCK);
        Set<String> fired = findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> silent = RulesEngine.standard().rules().stream().map(Rule::id)
                .filter(id -> !fired.contains(id) && !NEEDS_AN_INCONSISTENT_FILE.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(silent.isEmpty(), "Rules the sample never breaks: " + silent);
        assertTrue(fired.containsAll(Set.of("AGREED_WITHOUT_AUTHORITY", "STRIKE_NOTICE", "REPS_CHOSEN_BY_CHIEF_ALONE",
                "REPORT_BACK_NOT_TO_FULL_TEAM", "SIDEBAR_NOT_ANNOUNCED")));
        assertEquals(Sector.HEALTH_CARE, sample.negotiation().sector());
        assertEquals(90, sample.negotiation().ruleSettings().otherPartyNoticeDays());
        assertEquals(60, sample.negotiation().ruleSettings().mediationNoticeDays());
    }

    @Test
    void hasUnacknowledgedErrorsSoTheCommandLineCheckFails() {
        List<EvaluatedFinding> findings = RulesEngine.standard().evaluateWithAcknowledgements(sample, CLOCK);
        assertTrue(findings.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR
                && f.acknowledgement().isEmpty()));
    }

    @Test
    void itsAcknowledgementHoldsForTheFindingItWasWrittenFor() {
        Map<String, EvaluatedFinding> bySubject = RulesEngine.standard().evaluateWithAcknowledgements(sample, CLOCK)
                .stream().filter(f -> f.finding().ruleId().equals("DEMAND_WITHOUT_MEMBER_SOURCE"))
                .collect(Collectors.toMap(f -> f.finding().subjectLabel(), Function.identity()));
        assertTrue(bySubject.get("Demand U-15 Joint committee on charting software").acknowledgement().isPresent());
        assertTrue(bySubject.get("Demand U-16 Night-shift parking and shuttle").acknowledgement().isEmpty());
    }

    /** Dates count from the clock's today, so the sample reads the same whenever it is opened. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01T00:05:00Z", "2026-03-29T01:30:00Z", "2027-11-07T23:55:00Z", "2031-07-15T12:00:00Z"})
    void neverGoesStale(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/London"));
        NegotiationSnapshot later = SampleNegotiation.build(clock);
        later.checkConsistency();
        LocalDate today = LocalDate.now(clock);
        assertEquals(21, ChronoUnit.DAYS.between(today, later.negotiation().contractExpiresOn()));
        assertTrue(later.entities().allMatch(e -> !e.createdAt().isAfter(clock.instant())),
                "nothing is recorded in the future");
        Set<String> fired = RulesEngine.standard().evaluate(later, clock).stream().map(Finding::ruleId)
                .collect(Collectors.toSet());
        assertEquals(RulesEngine.standard().rules().size() - NEEDS_AN_INCONSISTENT_FILE.size(), fired.size());
        assertEquals(1, later.runningSidebars().size());
    }

    @Test
    void isTheSameEachTimeFromTheSameClock() {
        assertEquals(sample, SampleNegotiation.build(CLOCK));
    }
}
