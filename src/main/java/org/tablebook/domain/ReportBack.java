package org.tablebook.domain;

import java.time.Instant;

/**
 * The sidebar reps' report to the rest of the team (reference 000: "report immediately"). The
 * committee's decision on each topic is kept on the {@link SidebarTopic}.
 */
public record ReportBack(
        String id,
        String sidebarId,
        Instant reportedAt,
        String reportedById,
        boolean fullTeamPresent,
        String summary,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public ReportBack {
        Check.id("id", id);
        Check.id("sidebarId", sidebarId);
        Check.present("reportedAt", "label.whenItWasReported", reportedAt);
        summary = Check.text("summary", "label.theSummary", summary);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.REPORT_BACK;
    }
}
