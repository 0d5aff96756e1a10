package org.tablebook.export;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Writes a {@link SinceReport} as an XHTML page, for the browser and the PDF. */
final class SinceReportRenderer {
    private SinceReportRenderer() {
    }

    static String html(SinceReport report, ZoneId zone, PageSize pageSize) {
        return html(report, zone, pageSize, org.tablebook.domain.Language.ENGLISH);
    }

    /** The page in one language; the report's own texts were written in it when it was built. */
    static String html(SinceReport report, ZoneId zone, PageSize pageSize, org.tablebook.domain.Language language) {
        Words w = Words.of(language);
        List<Map<String, Object>> groups = report.groups().stream()
                .map(g -> ReportText.model("id", g.id(), "heading", g.heading(), "count", g.items().size(),
                        "items", g.items().stream().map(i -> ReportText.model(
                                "headline", i.headline(), "badge", i.badge(), "badgeClass", badgeClass(i.tone()),
                                "recorded", w.format("since.recordedBy", i.recordedBy(), w.dateTime(i.recordedAt(), zone)),
                                "details", i.details().entrySet().stream()
                                        .map(x -> ReportText.model("label", x.getKey(), "value", x.getValue())).toList()))
                                .toList()))
                .toList();
        String summary = w.format("since.changeCount", report.changeCount());
        String since = w.dateTime(report.since(), zone);
        return Template.load("since.html").render(ReportText.model(
                "pageSize", pageSize.css(), "pageNumber", w.get("page.number"), "pageOf", w.get("page.of"),
                "t", w.tree(), "htmlLang", w.language().code(),
                "confidentialHeader", w.get("committee.pageHeader"),
                "docTitle", w.format("since.docTitle", report.title(), since),
                "runningFooter", w.format("since.runningFooter", report.title(), since),
                "changesSince", w.format("since.changesSince", since),
                "reportOf", w.format("committee.reportOf", w.dateTime(report.madeAt(), zone)),
                "title", report.title(),
                "summary", summary,
                "groups", groups,
                "hasGroups", !groups.isEmpty()));
    }

    private static String badgeClass(SinceReport.Tone tone) {
        return switch (tone) {
            case AGREED -> "agreed";
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "info";
        };
    }
}
