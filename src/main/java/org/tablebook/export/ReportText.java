package org.tablebook.export;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.Language;
import org.tablebook.domain.TaStatus;

/** How the exports write dates, statuses and other values for people to read. */
final class ReportText {
    // The committee and since reports are in English; the membership summary speaks through Words.
    private static final DateTexts DATES = DateTexts.of(Language.ENGLISH);

    private ReportText() {
    }

    static String longDate(LocalDate date) {
        return DATES.longDate(date);
    }

    static String weekdayDate(LocalDate date) {
        return DATES.weekdayDate(date);
    }

    static String shortDate(LocalDate date) {
        return DATES.shortDate(date);
    }

    static String time(LocalTime time) {
        return DATES.time(time);
    }

    /** The time of day of an instant with its zone: "17:00 CST". */
    static String timeOfDay(Instant instant, ZoneId zone) {
        return DATES.timeWithZone(instant, zone);
    }

    static String shortDate(Instant instant, ZoneId zone) {
        return DATES.shortDate(instant, zone);
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATES.dateTime(instant, zone) + "\u00A0" + DATES.zone(instant, zone);
    }

    private static final Words ENGLISH = Words.of(Language.ENGLISH);

    /** "1 h 10 min", "45 min". */
    static String duration(Duration d) {
        return ENGLISH.duration(d);
    }

    /** What readers of the English reports see for a demand's status. */
    static String status(DemandStatus status) {
        return ENGLISH.status(status);
    }

    static String status(TaStatus status) {
        return ENGLISH.status(status);
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
