package org.tablebook.export;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.TaStatus;

/** How the exports write dates, statuses and other values for people to read. */
final class ReportText {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);
    // A no-break space keeps "10:00 AM" and "AM CST" on one line.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm\u00A0a", Locale.ENGLISH);
    private static final DateTimeFormatter ZONED_TIME = DateTimeFormatter.ofPattern("h:mm\u00A0a\u00A0z", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, uuuu, h:mm\u00A0a\u00A0z",
            Locale.ENGLISH);

    private ReportText() {
    }

    static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    static String weekdayDate(LocalDate date) {
        return date == null ? "" : WEEKDAY_DATE.format(date);
    }

    static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** The time of day of an instant with its zone: "5:00 PM CST". */
    static String timeOfDay(Instant instant, ZoneId zone) {
        return instant == null ? "" : ZONED_TIME.format(instant.atZone(zone));
    }

    static String shortDate(Instant instant, ZoneId zone) {
        return instant == null ? "" : SHORT_DATE.format(instant.atZone(zone));
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** "1 h 10 min", "45 min". */
    static String duration(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    /** What members read for a demand's status. */
    static String status(DemandStatus status) {
        return switch (status) {
            case DRAFT -> "Not yet tabled";
            case ON_TABLE -> "On the table";
            case TENTATIVELY_AGREED -> "Tentatively agreed";
            case WITHDRAWN -> "Withdrawn";
            case REJECTED -> "Rejected";
        };
    }

    static String status(TaStatus status) {
        return switch (status) {
            case TENTATIVE -> "Tentative";
            case CONFIRMED -> "Confirmed at the table";
            case IN_MOA -> "In the memorandum of agreement";
            case RATIFIED -> "Ratified";
            case REOPENED -> "Reopened";
        };
    }

    /** A CSS class for a status: "on-table", "tentatively-agreed". */
    static String cssClass(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "NON_ECONOMIC" as "Non economic": enough for values that have no wording of their own. */
    static String humanize(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("TA", "ULP", "MOA");

    /** A rule's id as a name: "REPORT_BACK_OVERDUE" reads "Report back overdue", "TA_NOT_INITIALED" "TA not initialed". */
    static String ruleName(String ruleId) {
        if (ruleId == null || ruleId.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String word : ruleId.strip().split("_+")) {
            if (word.isEmpty()) {
                continue;
            }
            String upper = word.toUpperCase(Locale.ROOT);
            String shown = ACRONYMS.contains(upper) ? upper : word.toLowerCase(Locale.ROOT);
            if (out.length() == 0) {
                shown = Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
            } else {
                out.append(' ');
            }
            out.append(shown);
        }
        return out.toString();
    }

    /** A template model: keys in order, null values allowed. */
    static Map<String, Object> model(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
