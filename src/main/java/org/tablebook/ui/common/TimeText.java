package org.tablebook.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.Dates;
import org.tablebook.domain.ValidationException;

/**
 * How the screens write and read moments: {@code 2026-03-03 14:05} in a field (or just
 * {@code 14:05} for a time on a known day), {@code Mar 3, 14:05} in running text. Always in the
 * zone of the injected clock. {@link #parse} is the one reader of a typed date and time.
 */
public final class TimeText {
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private TimeText() {
    }

    /** "2026-03-03 14:05", or "" for no time. */
    public static String field(Instant at, ZoneId zone) {
        return at == null ? "" : FIELD.format(at.atZone(zone));
    }

    /** "Mar 3, 14:05", or "" for no time. */
    public static String shown(Instant at, ZoneId zone) {
        return DateTexts.current().dayMonthTime(at, zone);
    }

    /** "Mar 3". */
    public static String date(Instant at, ZoneId zone) {
        return DateTexts.current().dayMonth(at.atZone(zone).toLocalDate());
    }

    /** "Mar 3". */
    public static String date(LocalDate date) {
        return DateTexts.current().dayMonth(date);
    }

    /** "14:05". */
    public static String time(Instant at, ZoneId zone) {
        return DateTexts.current().time(at, zone);
    }

    /**
     * Reads what a person typed: blank is no time; {@code 2026-03-03 14:05} is that moment;
     * {@code 14:05} alone is that time on {@code dayIfOmitted}. A date alone is refused rather than
     * read as midnight: a moment on record (a sidebar's start, a team's approval) was never
     * "midnight" by intent, so the person is asked for the time. Anything else is refused with a
     * message naming {@code label} and showing both ways to write it.
     */
    public static Instant parse(String field, String label, String text, ZoneId zone, LocalDate dayIfOmitted) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("[\\sT]+");
        LocalDate date;
        LocalTime time;
        if (parts.length == 2) {
            date = Dates.parseDate(field, label, parts[0]);
            time = Dates.parseTime(field, label, parts[1]);
        } else if (parts.length == 1 && parts[0].contains(":")) {
            date = dayIfOmitted;
            time = Dates.parseTime(field, label, parts[0]);
        } else if (parts.length == 1 && parts[0].contains("-")) {
            throw new ValidationException(field, Messages.format("common.timeText.needsTime", label, parts[0]));
        } else {
            throw new ValidationException(field, Messages.format("common.timeText.notDateTime", label, text.strip(),
                    dayIfOmitted == null ? Messages.get("common.timeText.today") : date(dayIfOmitted)));
        }
        return date.atTime(time).atZone(zone).toInstant();
    }
}
