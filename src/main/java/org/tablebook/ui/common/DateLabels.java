package org.tablebook.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.Dates;

/**
 * Dates as the window shows them ("3 Mar 2026") and as a person types them into a field
 * ("2026-03-03", "2026-03-03 14:30"). A typed date is read by {@link Dates#parseDate}, a typed
 * moment by {@link TimeText#parse}, so that a wrong one gets the same plain message everywhere.
 */
public final class DateLabels {
    private static final DateTimeFormatter FIELD_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private DateLabels() {
    }

    /** "3 Mar 2026"; "" for null. */
    public static String date(LocalDate date) {
        return DateTexts.current().shortDate(date);
    }

    /** "Tue 3 Mar"; "" for null. */
    public static String day(LocalDate date) {
        return DateTexts.current().shortWeekdayMonth(date);
    }

    /** "3 Mar 2026, 14:30" in the zone; "" for null. */
    public static String dateTime(Instant at, ZoneId zone) {
        return DateTexts.current().dateTime(at, zone);
    }

    /** "14:30" in the zone; "" for null. */
    public static String time(Instant at, ZoneId zone) {
        return DateTexts.current().time(at, zone);
    }

    /** The text a date field shows for editing: "2026-03-03"; "" for null. */
    public static String field(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The text a date-and-time field shows for editing: "2026-03-03 14:30"; "" for null. */
    public static String field(Instant at, ZoneId zone) {
        return at == null ? "" : FIELD_DATE_TIME.format(at.atZone(zone));
    }

    /** "today", "tomorrow", "in 3 days", "yesterday", "3 days ago". */
    public static String relative(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return Messages.get("when.today");
        }
        if (days == 1) {
            return Messages.get("when.tomorrow");
        }
        if (days == -1) {
            return Messages.get("when.yesterday");
        }
        return days > 0 ? Messages.format("when.inDays", days) : Messages.format("when.daysAgo", -days);
    }
}
