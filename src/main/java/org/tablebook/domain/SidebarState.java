package org.tablebook.domain;

import java.util.List;

/** A sidebar's place in its life, always derived from its facts and never stored. */
public enum SidebarState {
    PROPOSED, AUTHORIZED, IN_PROGRESS, ENDED, REPORTED, CLOSED;

    /**
     * Derives the state: ended sidebars are ENDED until a report-back exists, REPORTED until the
     * committee has decided every topic (and there is at least one), then CLOSED.
     */
    public static SidebarState of(Sidebar sidebar, List<SidebarTopic> topics, ReportBack reportBack) {
        if (sidebar.endedAt() != null) {
            if (reportBack == null) {
                return ENDED;
            }
            boolean allDecided = !topics.isEmpty() && topics.stream().allMatch(t -> t.decision() != null);
            return allDecided ? CLOSED : REPORTED;
        }
        if (sidebar.startedAt() != null) {
            return IN_PROGRESS;
        }
        return sidebar.teamAuthorizedAt() != null ? AUTHORIZED : PROPOSED;
    }
}
