package org.tablebook.ui.common;

import java.time.LocalDate;
import java.time.LocalTime;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.TableSession;

/** How dates, times and sessions read in the demands and sessions screens. */
public final class Formats {

    private Formats() {
    }

    /** "Mar 3, 2026" in the reader's language; "" for none. */
    public static String date(LocalDate date) {
        return DateTexts.current().shortDate(date);
    }

    /** "Tue, Mar 3, 2026". */
    public static String day(LocalDate date) {
        return DateTexts.current().shortWeekdayDate(date);
    }

    /** "2:30 PM" / "14:30"; "" for none. */
    public static String time(LocalTime time) {
        return DateTexts.current().time(time);
    }

    /** "10:00–12:30", "from 10:00", or "". */
    public static String hours(LocalTime start, LocalTime end) {
        if (start == null && end == null) {
            return "";
        }
        if (end == null) {
            return Messages.format("time.from", time(start));
        }
        if (start == null) {
            return Messages.format("time.until", time(end));
        }
        return time(start) + "\u2013" + time(end);
    }

    /** "Article 14 Hours of Work, 14.6 Overtime": a contract section as the committee names it. */
    public static String section(org.tablebook.domain.ContractSection c) {
        String article = Messages.format("contract.section.article", c.articleNumber(), c.articleTitle()).strip();
        String own = (c.number() + " " + c.title()).strip();
        return own.isEmpty() ? article : Messages.format("contract.section.name", article, own);
    }

    /** "Tue 3 Mar 2026, 10:00–12:30, Room 2": how a session is named in lists and choices. */
    public static String session(TableSession s) {
        StringBuilder b = new StringBuilder(day(s.date()));
        String hours = hours(s.start(), s.end());
        if (!hours.isEmpty()) {
            b.append(", ").append(hours);
        }
        if (!s.location().isBlank()) {
            b.append(", ").append(s.location().strip());
        }
        return b.toString();
    }

    /** "10:00–12:30, Room 2": a session named where its date is already shown. */
    public static String sessionWithoutDate(TableSession s) {
        String hours = hours(s.start(), s.end());
        String place = s.location().strip();
        return hours.isEmpty() ? place : place.isEmpty() ? hours : hours + ", " + place;
    }

    /** The text of a date field: ISO, as the date fields read it back. */
    public static String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
