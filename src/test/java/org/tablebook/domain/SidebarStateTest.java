package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SidebarStateTest {
    private static final Instant T = Instant.parse("2026-03-03T14:00:00Z");
    private final Sidebar proposed = Sidebar.propose("Wages", Side.THEIRS, T);

    private Sidebar authorized() {
        return new Sidebar(proposed.id(), "Wages", Side.THEIRS, T, T, T.plusSeconds(60), RepsChosenBy.OUR_TEAM, "", "",
                null, null, null, null, null, null, "", List.of(), List.of(), "", T, T);
    }

    private SidebarTopic topic(CommitteeDecision decision) {
        return new SidebarTopic(Ids.newId(), proposed.id(), "d", "", "", "", decision, "",
                decision == null ? null : T.plusSeconds(9000), T, T);
    }

    private ReportBack reportBack() {
        return new ReportBack("r", proposed.id(), T.plusSeconds(8000), null, true, "", T, T);
    }

    @Test
    void everyStateIsDerivedFromTheFacts() {
        assertEquals(SidebarState.PROPOSED, SidebarState.of(proposed, List.of(), null));
        Sidebar authorized = authorized();
        assertEquals(SidebarState.AUTHORIZED, SidebarState.of(authorized, List.of(), null));
        Sidebar running = authorized.withTimes(T.plusSeconds(120), null, T);
        assertEquals(SidebarState.IN_PROGRESS, SidebarState.of(running, List.of(), null));
        Sidebar ended = authorized.withTimes(T.plusSeconds(120), T.plusSeconds(3000), T);
        assertEquals(SidebarState.ENDED, SidebarState.of(ended, List.of(topic(null)), null));
        assertEquals(SidebarState.REPORTED, SidebarState.of(ended, List.of(topic(CommitteeDecision.ACCEPT), topic(null)),
                reportBack()));
        assertEquals(SidebarState.CLOSED, SidebarState.of(ended,
                List.of(topic(CommitteeDecision.ACCEPT), topic(CommitteeDecision.COUNTER)), reportBack()));
    }

    @Test
    void aReportWithNoTopicsIsNotClosed() {
        Sidebar ended = authorized().withTimes(T, T.plusSeconds(60), T);
        assertEquals(SidebarState.REPORTED, SidebarState.of(ended, List.of(), reportBack()));
    }

    @Test
    void anUnauthorizedSidebarThatStartedIsInProgress() {
        assertEquals(SidebarState.IN_PROGRESS, SidebarState.of(proposed.withTimes(T, null, T), List.of(), null));
    }
}
