package org.tablebook.domain;

import java.time.Duration;

/** Durations as the window shows them, in the language it speaks. */
public final class Durations {
    private Durations() {
    }

    /** A running clock: "0:07:05", "1:32:00"; negative durations (clock skew) read as zero. */
    public static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return String.format("%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
    }

    /** A short human length: "45 min", "1 h 30 min", "2 days 3 h". */
    public static String human(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = (minutes % (24 * 60)) / 60;
        long mins = minutes % 60;
        if (days > 0) {
            return hours > 0 ? Check.phrase("duration.daysHours", days, hours) : Check.phrase("duration.days", days);
        }
        if (hours > 0) {
            return mins > 0 ? Check.phrase("duration.hoursMinutes", hours, mins) : Check.phrase("duration.hours", hours);
        }
        return Check.phrase("duration.minutes", mins);
    }
}
