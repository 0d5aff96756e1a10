package org.tablebook.export;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Writes a {@link SinceReport} as an XHTML page, for the browser and the PDF. */
final class SinceReportRenderer {
    private SinceReportRenderer() {
    }

    static String html(SinceReport report, ZoneId zone, PageSize pageSize) {
        List<Map<String, Object>> groups = report.groups().stream()
                .map(g -> ReportText.model("id", g.id(), "heading", g.heading(), "count", g.items().size(),
                        "items", g.items().stream().map(i -> ReportText.model(
                                "headline", i.headline(), "badge", i.badge(), "badgeClass", badgeClass(i.badge()),
                                "recordedBy", i.recordedBy(), "recordedAt", ReportText.dateTime(i.recordedAt(), zone),
                                "details", i.details().entrySet().stream()
                                        .map(d -> ReportText.model("label", d.getKey(), "value", d.getValue())).toList()))
                                .toList()))
                .toList();
        String summary = report.changeCount() == 0 ? "Nothing was recorded since then."
                : report.changeCount() == 1 ? "One change was recorded since then."
                : report.changeCount() + " changes were recorded since then.";
        return Template.load("since.html").render(ReportText.model(
                "pageSize", pageSize.css(), "pageNumber", "Page", "pageOf", "of",
                "confidentialHeader", "CONFIDENTIAL · Bargaining committee only · Do not forward",
                "title", report.title(),
                "since", ReportText.dateTime(report.since(), zone),
                "reportAt", ReportText.dateTime(report.madeAt(), zone),
                "summary", summary,
                "groups", groups,
                "hasGroups", !groups.isEmpty()));
    }

    private static String badgeClass(String badge) {
        return switch (badge) {
            case "New", "Accept", "Started and ended", "Ended" -> "agreed";
            case "Error", "Deleted", "Reject" -> "error";
            case "Warning", "Started", "Counter", "Defer" -> "warning";
            default -> "info";
        };
    }
}
