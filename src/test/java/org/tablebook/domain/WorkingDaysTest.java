package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grievance windows counted as the contract counts them: calendar days, or working days. */
class WorkingDaysTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 18);

    @Test
    void calendarDaysCountEveryDay() {
        assertEquals(FRIDAY.plusDays(10), RuleSettings.DEFAULTS.windowEnd(FRIDAY, 10));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        RuleSettings working = RuleSettings.DEFAULTS.withGrievanceWindow(GrievanceWindowUnit.WORKING_DAYS,
                List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));
        // Mon 21, Tue 22, Wed 23, Thu 24, (Fri 25 Christmas), Mon 28, Tue 29, Wed 30, Thu 31, (Fri Jan 1), Mon Jan 4.
        assertEquals(LocalDate.of(2027, 1, 4), working.windowEnd(FRIDAY, 9));
        assertEquals(LocalDate.of(2026, 12, 21), working.windowEnd(FRIDAY, 1));
        assertEquals(FRIDAY, working.windowEnd(FRIDAY, 0));
        assertFalse(working.isWorkingDay(LocalDate.of(2026, 12, 25)));
        assertFalse(working.isWorkingDay(LocalDate.of(2026, 12, 19)));
        assertTrue(working.isWorkingDay(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void theComplianceItemsLastDayFollowsTheUnit() {
        ComplianceItem breached = new ComplianceItem(Ids.newId(), "Art. 9", null, "Post schedules", "The employer", null,
                ComplianceStatus.BREACHED, FRIDAY, null, 10, Instant.EPOCH, Instant.EPOCH);
        assertEquals(FRIDAY.plusDays(10), breached.lastDayToFile(RuleSettings.DEFAULTS).orElseThrow());
        RuleSettings working = RuleSettings.DEFAULTS.withGrievanceWindow(GrievanceWindowUnit.WORKING_DAYS, List.of());
        assertEquals(LocalDate.of(2027, 1, 1), breached.lastDayToFile(working).orElseThrow());
    }

    @Test
    void settingsWrittenBeforeTheseExistedReadAsCalendarDaysWithTheStatutoryStrikeNotice() {
        RuleSettings old = new RuleSettings(90, 2, 24, 3, 3, 30, 3, 14, 60, 30, 14, List.of(), null, null, 0);
        assertEquals(GrievanceWindowUnit.CALENDAR_DAYS, old.grievanceWindowUnit());
        assertEquals(List.of(), old.holidays());
        assertEquals(10, old.strikeNoticeDays());
    }

    @Test
    void theHealthCareSectorPresetsItsNotices() {
        RuleSettings health = Sector.HEALTH_CARE.presets(RuleSettings.DEFAULTS);
        assertEquals(90, health.otherPartyNoticeDays());
        assertEquals(60, health.mediationNoticeDays());
        assertEquals(60, Sector.PRIVATE.presets(health).otherPartyNoticeDays());
        assertTrue(Sector.HEALTH_CARE.needsStrikeNotice());
        assertFalse(Sector.PUBLIC.needsStrikeNotice());
    }
}
