package org.tablebook.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
        List<String> vagueWords,
        GrievanceWindowUnit grievanceWindowUnit,
        List<LocalDate> holidays,
        int strikeNoticeDays) {

    public static final RuleSettings DEFAULTS = new RuleSettings(90, 2, 24, 3, 3, 30, 3, 14, 60, 30, 14,
            List.of("and/or", "provided that", "reasonable"));

    /** The NLRA section 8(g) notice before a strike or picketing at a health-care institution. */
    public static final int STRIKE_NOTICE_DAYS = 10;

    /** The settings of the first schema: grievance windows in calendar days, no holidays. */
    public RuleSettings(int sidebarTimeLimitMinutes, int reportBackWarningHours, int reportBackErrorHours,
            int seriesSpanDays, int decisionWaitDays, int expiryWindowDays, int grievanceWarningDays,
            int defaultGrievanceWindowDays, int otherPartyNoticeDays, int mediationNoticeDays,
            int informationRequestDueDays, List<String> vagueWords) {
        this(sidebarTimeLimitMinutes, reportBackWarningHours, reportBackErrorHours, seriesSpanDays, decisionWaitDays,
                expiryWindowDays, grievanceWarningDays, defaultGrievanceWindowDays, otherPartyNoticeDays,
                mediationNoticeDays, informationRequestDueDays, vagueWords, GrievanceWindowUnit.CALENDAR_DAYS, List.of(),
                STRIKE_NOTICE_DAYS);
    }

    public RuleSettings {
        Check.notNegative("sidebarTimeLimitMinutes", "label.theSidebarTimeLimit", sidebarTimeLimitMinutes);
        Check.notNegative("reportBackWarningHours", "label.theReportBackWarningTime", reportBackWarningHours);
        Check.notNegative("reportBackErrorHours", "label.theReportBackOverdueTime", reportBackErrorHours);
        Check.notNegative("seriesSpanDays", "label.theSidebarSeriesSpan", seriesSpanDays);
        Check.notNegative("decisionWaitDays", "label.theCommitteeDecisionWait", decisionWaitDays);
        Check.notNegative("expiryWindowDays", "label.theExpiryWindow", expiryWindowDays);
        Check.notNegative("grievanceWarningDays", "label.theGrievanceWarningDays", grievanceWarningDays);
        Check.notNegative("defaultGrievanceWindowDays", "label.theDefaultGrievanceWindow", defaultGrievanceWindowDays);
        Check.notNegative("otherPartyNoticeDays", "label.theNoticeToTheOtherPartyDays", otherPartyNoticeDays);
        Check.notNegative("mediationNoticeDays", "label.theMediationNoticeDays", mediationNoticeDays);
        Check.notNegative("informationRequestDueDays", "label.theInformationRequestDueDays", informationRequestDueDays);
        if (reportBackErrorHours < reportBackWarningHours) {
            throw Check.refusal("reportBackErrorHours", "record.reportBackTimes", reportBackErrorHours, reportBackWarningHours);
        }
        vagueWords = vagueWords == null ? List.of()
                : Check.texts("vagueWords", "label.theListOfVagueWords", vagueWords).stream().map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
        // Files written before these settings existed read them as absent (null, 0).
        grievanceWindowUnit = grievanceWindowUnit == null ? GrievanceWindowUnit.CALENDAR_DAYS : grievanceWindowUnit;
        holidays = holidays == null ? List.of() : holidays.stream().filter(d -> d != null).distinct().sorted().toList();
        strikeNoticeDays = strikeNoticeDays <= 0 ? STRIKE_NOTICE_DAYS : strikeNoticeDays;
    }

    public RuleSettings withNoticeDays(int otherParty, int mediation) {
        return new RuleSettings(sidebarTimeLimitMinutes, reportBackWarningHours, reportBackErrorHours, seriesSpanDays,
                decisionWaitDays, expiryWindowDays, grievanceWarningDays, defaultGrievanceWindowDays, otherParty,
                mediation, informationRequestDueDays, vagueWords, grievanceWindowUnit, holidays, strikeNoticeDays);
    }

    public RuleSettings withGrievanceWindow(GrievanceWindowUnit unit, List<LocalDate> holidays) {
        return new RuleSettings(sidebarTimeLimitMinutes, reportBackWarningHours, reportBackErrorHours, seriesSpanDays,
                decisionWaitDays, expiryWindowDays, grievanceWarningDays, defaultGrievanceWindowDays,
                otherPartyNoticeDays, mediationNoticeDays, informationRequestDueDays, vagueWords, unit, holidays,
                strikeNoticeDays);
    }

    /** Whether a date counts in a window of working days: a weekday that is not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The last day of a window of {@code days} days starting the day after {@code from}, in this
     * negotiation's unit: "10 working days from the breach" skips weekends and holidays.
     */
    public LocalDate windowEnd(LocalDate from, int days) {
        if (grievanceWindowUnit == GrievanceWindowUnit.CALENDAR_DAYS) {
            return from.plusDays(days);
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
