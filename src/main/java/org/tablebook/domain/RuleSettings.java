package org.tablebook.domain;

import java.util.List;

/**
 * The thresholds of the rules catalogue, kept per negotiation. Defaults are those of the design:
 * a 90-minute sidebar, a report-back due within 2 hours (overdue after 24), and so on.
 */
public record RuleSettings(
        int sidebarTimeLimitMinutes,
        int reportBackWarningHours,
        int reportBackErrorHours,
        int seriesSpanDays,
        int decisionWaitDays,
        int expiryWindowDays,
        int grievanceWarningDays,
        int defaultGrievanceWindowDays,
        int otherPartyNoticeDays,
        int mediationNoticeDays,
        int informationRequestDueDays,
        List<String> vagueWords) {

    public static final RuleSettings DEFAULTS = new RuleSettings(90, 2, 24, 3, 3, 30, 3, 14, 60, 30, 14,
            List.of("and/or", "provided that", "reasonable"));

    public RuleSettings {
        Check.notNegative("sidebarTimeLimitMinutes", "The sidebar time limit", sidebarTimeLimitMinutes);
        Check.notNegative("reportBackWarningHours", "The report-back warning time", reportBackWarningHours);
        Check.notNegative("reportBackErrorHours", "The report-back overdue time", reportBackErrorHours);
        Check.notNegative("seriesSpanDays", "The sidebar series span", seriesSpanDays);
        Check.notNegative("decisionWaitDays", "The committee decision wait", decisionWaitDays);
        Check.notNegative("expiryWindowDays", "The expiry window", expiryWindowDays);
        Check.notNegative("grievanceWarningDays", "The grievance warning days", grievanceWarningDays);
        Check.notNegative("defaultGrievanceWindowDays", "The default grievance window", defaultGrievanceWindowDays);
        Check.notNegative("otherPartyNoticeDays", "The notice-to-the-other-party days", otherPartyNoticeDays);
        Check.notNegative("mediationNoticeDays", "The mediation-notice days", mediationNoticeDays);
        Check.notNegative("informationRequestDueDays", "The information request due days", informationRequestDueDays);
        if (reportBackErrorHours < reportBackWarningHours) {
            throw new ValidationException("reportBackErrorHours", "The report-back overdue time (" + reportBackErrorHours
                    + " h) cannot be shorter than its warning time (" + reportBackWarningHours + " h).");
        }
        vagueWords = vagueWords == null ? List.of()
                : Check.texts("vagueWords", "The list of vague words", vagueWords).stream().map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
    }
}
