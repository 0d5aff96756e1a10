package org.tablebook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place dates and times are written for people to read, in the reader's language:
 * "Mar 3, 2026" or "3 mar 2026" (short), "March 3, 2026" or "3 de marzo de 2026" (long),
 * "Mar 3, 2026, 14:05" or "3 mar 2026, 14:05" (with time). Every screen, rule message and
 * export asks here. What a person types into a date field stays ISO ({@code 2026-03-03}).
 */
public final class DateTexts {
    private static final Map<Locale, DateTexts> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter weekdayDate;
    private final DateTimeFormatter shortWeekdayDate;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter shortWeekdayMonth;
    private final DateTimeFormatter monthYear;
    private final DateTimeFormatter time;

    private DateTexts(Locale locale) {
        this.locale = locale;
        String medium = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        // The short date without its year ("Mar 3", "3 mar"), for dates within the current season.
        String noYear = medium.replaceAll("[,\\s]*y+[,\\s]*", " ").strip().replaceAll("[,\\s]+$", "");
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.weekdayDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.shortWeekdayDate = DateTimeFormatter.ofPattern("EEE, " + medium, locale);
        this.dayMonth = DateTimeFormatter.ofPattern(noYear, locale);
        this.shortWeekdayMonth = DateTimeFormatter.ofPattern("EEE, " + noYear, locale);
        this.monthYear = DateTimeFormatter.ofPattern("MMM y", locale);
        // One clock in every language: times are typed on a 24-hour clock, so they are shown on one too.
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    public static DateTexts of(Locale locale) {
        return CACHE.computeIfAbsent(locale, DateTexts::new);
    }

    public static DateTexts of(Language language) {
        return of(language.locale());
    }

    /** In the language the program speaks now. */
    public static DateTexts current() {
        return of(Locale.getDefault(Locale.Category.FORMAT));
    }

    public Locale locale() {
        return locale;
    }

    /** "Mar 3, 2026" / "3 mar 2026"; "" for none. */
    public String shortDate(LocalDate date) {
        return date == null ? "" : shortDate.format(date);
    }

    /** "March 3, 2026" / "3 de marzo de 2026". */
    public String longDate(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }

    /** "Tuesday, March 3, 2026" / "martes, 3 de marzo de 2026". */
    public String weekdayDate(LocalDate date) {
        return date == null ? "" : weekdayDate.format(date);
    }

    /** "Tue, Mar 3, 2026" / "mar, 3 mar 2026". */
    public String shortWeekdayDate(LocalDate date) {
        return date == null ? "" : shortWeekdayDate.format(date);
    }

    /** "Mar 3" / "3 mar". */
    public String dayMonth(LocalDate date) {
        return date == null ? "" : dayMonth.format(date);
    }

    /** "Tue, Mar 3" / "mar, 3 mar". */
    public String shortWeekdayMonth(LocalDate date) {
        return date == null ? "" : shortWeekdayMonth.format(date);
    }

    /** "Mar 2026" / "mar 2026". */
    public String monthYear(LocalDate date) {
        return date == null ? "" : monthYear.format(date);
    }

    /** "14:05", on a 24-hour clock in every language. */
    public String time(LocalTime t) {
        return t == null ? "" : time.format(t);
    }

    /** "Mar 3, 2026, 14:05" / "3 mar 2026, 14:05". */
    public String dateTime(LocalDateTime at) {
        return at == null ? "" : shortDate(at.toLocalDate()) + ", " + time(at.toLocalTime());
    }

    public String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : dateTime(at.atZone(zone).toLocalDateTime());
    }

    /** "Mar 3, 14:05" / "3 mar, 14:05": a moment within the season. */
    public String dayMonthTime(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        LocalDateTime t = at.atZone(zone).toLocalDateTime();
        return dayMonth(t.toLocalDate()) + ", " + time(t.toLocalTime());
    }

    public String time(Instant at, ZoneId zone) {
        return at == null ? "" : time(at.atZone(zone).toLocalTime());
    }

    public String shortDate(Instant at, ZoneId zone) {
        return at == null ? "" : shortDate(at.atZone(zone).toLocalDate());
    }

    /** "14:05 CST". */
    public String timeWithZone(Instant at, ZoneId zone) {
        return at == null ? "" : time(at, zone) + "\u00A0" + zone(at, zone);
    }

    /** The zone's short name at that moment: "CST". */
    public String zone(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("z", locale).format(at.atZone(zone));
    }
}
