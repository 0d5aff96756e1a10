package org.tablebook.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates and times as a person types them, with messages that say what is wrong. */
public final class Dates {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    /** The years a date in a negotiation can fall in; anything outside is a typing slip. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private Dates() {
    }

    /** Parses {@code yyyy-mm-dd}; blank gives null. A date that does not exist is refused by name. */
    public static LocalDate parseDate(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(text.strip());
        if (!m.matches()) {
            throw Check.refusal(field, "date.notADate", label, text.strip());
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw Check.refusal(field, "date.noSuchMonth", label, text.strip(), month);
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Check.refusal(field, "date.yearOutside", label, text.strip(), FIRST_YEAR, LAST_YEAR);
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw Check.refusal(field, "date.noSuchDay", label, text.strip(),
                    ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Language.current().locale()), year,
                    ym.lengthOfMonth());
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw Check.refusal(field, "date.notReal", label, text.strip());
        }
    }

    /** Parses {@code hh:mm} (24-hour); blank gives null. */
    public static LocalTime parseTime(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw Check.refusal(field, "date.notATime", label, text.strip());
        }
    }

    private static final Pattern WITH_OFFSET = Pattern.compile(".*(Z|[+-]\\d{2}:?\\d{2})$");

    /**
     * Reads a moment as a person types it for "as of": {@code 2027-03-10T16:00} or {@code
     * 2027-03-10 16:00} is local time in the given zone (a date alone, the start of that day);
     * with an offset ({@code Z}, {@code +00:00}, {@code -05:00}) it is that instant wherever the zone.
     * Blank gives null.
     */
    public static java.time.Instant parseMoment(String field, String label, String text, java.time.ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(' ', 'T');
        if (WITH_OFFSET.matcher(t).matches() && t.contains("T")) {
            try {
                return java.time.OffsetDateTime.parse(t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$") ? t
                        : t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2)).toInstant();
            } catch (DateTimeParseException e) {
                throw Check.refusal(field, "date.notAMoment", label, text.strip());
            }
        }
        String[] parts = t.split("T", 2);
        LocalDate date = parseDate(field, label, parts[0]);
        LocalTime time = parts.length > 1 ? parseTime(field, label, parts[1]) : LocalTime.MIDNIGHT;
        return java.time.LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time).atZone(zone).toInstant();
    }
}
