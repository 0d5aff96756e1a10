package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sidebar's state changes as its facts are recorded, with a fixed clock: proposed, authorized,
 * started, ended, reported, closed; times corrected afterwards; a sidebar past midnight.
 */
class SidebarLifecycleTest {
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 3, 3, 14, 0).atZone(ZONE).toInstant(), ZONE);
    private static final Instant NOW = CLOCK.instant();

    private static Sidebar authorize(Sidebar s, Instant at) {
        return new Sidebar(s.id(), s.purpose(), s.requestedBy(), s.suggestedAt(), at, at, RepsChosenBy.OUR_TEAM,
                "Explore a phase-in", "Nothing on the strike vote", GroundRuleStatus.AGREED, GroundRuleStatus.AGREED,
                GroundRuleStatus.AGREED, null, s.startedAt(), s.endedAt(), "", s.attendeeIds(), s.agendaDemandIds(),
                s.confidentialNotes(), s.createdAt(), at);
    }

    private static SidebarTopic topic(Sidebar s, CommitteeDecision decision, Instant at) {
        return new SidebarTopic("topic-" + (decision == null ? "open" : decision.name()), s.id(), "demand-1", "a", "b",
                "c", decision, "", decision == null ? null : at, NOW, NOW);
    }

    @Test
    void everyStateChangeInTurn() {
        Sidebar proposed = Sidebar.propose("Staffing ratios", Side.THEIRS, NOW);
        assertEquals(SidebarState.PROPOSED, SidebarState.of(proposed, List.of(), null));
        assertFalse(proposed.isRunning());

        Sidebar authorized = authorize(proposed, NOW.plusSeconds(600));
        assertEquals(SidebarState.AUTHORIZED, SidebarState.of(authorized, List.of(), null));
        assertTrue(authorized.hasInstructions());

        Instant start = NOW.plus(Duration.ofMinutes(20));
        Sidebar running = authorized.withTimes(start, null, start);
        assertEquals(SidebarState.IN_PROGRESS, SidebarState.of(running, List.of(), null));
        assertTrue(running.isRunning());
        assertEquals(Duration.ofMinutes(12), Duration.between(running.startedAt(), start.plus(Duration.ofMinutes(12))));

        Instant end = start.plus(Duration.ofMinutes(42));
        Sidebar ended = running.withTimes(start, end, end);
        assertEquals(SidebarState.ENDED, SidebarState.of(ended, List.of(topic(ended, null, end)), null));
        assertFalse(ended.isRunning());
        assertEquals(end, ended.updatedAt());

        ReportBack report = new ReportBack("report-1", ended.id(), end.plusSeconds(1200), null, true, "", end, end);
        SidebarTopic open = topic(ended, null, end);
        SidebarTopic accepted = topic(ended, CommitteeDecision.ACCEPT, end.plusSeconds(1500));
        SidebarTopic countered = topic(ended, CommitteeDecision.COUNTER, end.plusSeconds(1600));
        assertEquals(SidebarState.REPORTED, SidebarState.of(ended, List.of(accepted, open), report));
        assertEquals(SidebarState.CLOSED, SidebarState.of(ended, List.of(accepted, countered), report));
    }

    @Test
    void timesCorrectedAfterwardsMoveTheStateWithThem() {
        Instant start = NOW.plus(Duration.ofMinutes(20));
        Sidebar ended = authorize(Sidebar.propose("Staffing", Side.OURS, NOW), NOW)
                .withTimes(start, start.plus(Duration.ofMinutes(30)), start.plus(Duration.ofMinutes(30)));
        Instant later = start.plus(Duration.ofHours(2));
        Sidebar earlierStart = ended.withTimes(start.minus(Duration.ofMinutes(15)), ended.endedAt(), later);
        assertEquals(Duration.ofMinutes(45), Duration.between(earlierStart.startedAt(), earlierStart.endedAt()));
        assertEquals(ended.createdAt(), earlierStart.createdAt());
        assertEquals(later, earlierStart.updatedAt());
        Sidebar endCleared = ended.withTimes(start, null, later);
        assertEquals(SidebarState.IN_PROGRESS, SidebarState.of(endCleared, List.of(), null), "clearing the end runs it again");
        Sidebar notStarted = ended.withTimes(null, null, later);
        assertEquals(SidebarState.AUTHORIZED, SidebarState.of(notStarted, List.of(), null));
    }

    @Test
    void anEndBeforeTheStartOrWithoutOneIsRefused() {
        Sidebar s = Sidebar.propose("Staffing", Side.OURS, NOW);
        ValidationException before = assertThrows(ValidationException.class,
                () -> s.withTimes(NOW.plusSeconds(600), NOW, NOW));
        assertEquals("endedAt", before.field());
        ValidationException noStart = assertThrows(ValidationException.class, () -> s.withTimes(null, NOW, NOW));
        assertEquals("A sidebar cannot end before it has started: record its start first.", noStart.getMessage());
    }

    @Test
    void aSidebarThatCrossesMidnightEndsOnTheNextDay() {
        Instant start = LocalDateTime.of(2026, 3, 3, 23, 40).atZone(ZONE).toInstant();
        Instant end = LocalDateTime.of(2026, 3, 4, 0, 25).atZone(ZONE).toInstant();
        Sidebar s = authorize(Sidebar.propose("Last push", Side.THEIRS, NOW), NOW).withTimes(start, end, end);
        assertEquals(SidebarState.ENDED, SidebarState.of(s, List.of(), null));
        assertEquals(Duration.ofMinutes(45), Duration.between(s.startedAt(), s.endedAt()));
        assertEquals(LocalDate.of(2026, 3, 3), LocalDate.ofInstant(s.startedAt(), ZONE));
        assertEquals(LocalDate.of(2026, 3, 4), LocalDate.ofInstant(s.endedAt(), ZONE));
        assertEquals("0:45:00", Durations.clock(Duration.between(s.startedAt(), s.endedAt())));
    }

    @Test
    void runningSidebarsAreListedEarliestFirst() {
        Sidebar a = Sidebar.propose("A", Side.OURS, NOW).withTimes(NOW.plusSeconds(120), null, NOW.plusSeconds(120));
        Sidebar b = Sidebar.propose("B", Side.OURS, NOW).withTimes(NOW.plusSeconds(60), null, NOW.plusSeconds(60));
        Sidebar c = Sidebar.propose("C", Side.OURS, NOW).withTimes(NOW, NOW.plusSeconds(30), NOW.plusSeconds(30));
        NegotiationSnapshot snapshot = new NegotiationSnapshot(Negotiation.create("N", NegotiationKind.UNION_CONTRACT, NOW),
                List.of(), List.of(), List.of(), List.of(), List.of(a, b, c), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertEquals(List.of(b, a), snapshot.runningSidebars());
    }
}
