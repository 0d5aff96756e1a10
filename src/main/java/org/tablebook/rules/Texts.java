package org.tablebook.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.TaStatus;

/** How findings write dates, durations and lists: short, plain English. */
final class Texts {
    private static final int LABEL_LENGTH = 60;

    private Texts() {
    }

    /** "Mar 3". */
    static String date(LocalDate date) {
        return DateTexts.current().dayMonth(date);
    }

    /** "Mar 3, 2026", for dates that may lie in another year (contract expiry). */
    static String dateWithYear(LocalDate date) {
        return DateTexts.current().shortDate(date);
    }

    /** "Mar 3, 14:05" in the given zone. */
    static String dateTime(Instant at, ZoneId zone) {
        return DateTexts.current().dayMonthTime(at, zone);
    }

    /** "45 min", "3 h", "1 h 35 min", "3 days 2 h". */
    static String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours < 48) {
            return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
        }
        long days = hours / 24;
        long restHours = hours % 24;
        return restHours == 0 ? days(days) : days(days) + " " + restHours + " h";
    }

    /** An agreement's status as a person says it: "confirmed", "in the memorandum of agreement". */
    static String status(TaStatus status) {
        return switch (status) {
            case TENTATIVE -> "tentative";
            case CONFIRMED -> "confirmed";
            case IN_MOA -> "in the memorandum of agreement";
            case RATIFIED -> "ratified";
            case REOPENED -> "reopened";
        };
    }

    /** "1 day", "4 days". */
    static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    /** "a", "a and b", "a, b and c". */
    static String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A user's text made fit for a one-line label: whitespace collapsed, long text cut with an ellipsis. */
    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= LABEL_LENGTH) {
            return flat;
        }
        return flat.substring(0, LABEL_LENGTH - 1).stripTrailing() + "\u2026";
    }

    /** The first letter in lower case, for a label used inside a sentence ("sidebar on wages"). */
    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
