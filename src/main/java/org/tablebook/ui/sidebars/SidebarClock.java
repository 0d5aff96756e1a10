package org.tablebook.ui.sidebars;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.tablebook.domain.Durations;
import org.tablebook.domain.Sidebar;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.TimeText;

/**
 * What a sidebar's clock shows at one moment, worked out from the stored start and the time now:
 * the elapsed time (the length, once ended), whether it has run past the negotiation's time limit,
 * the limit in words and when it ran. The clock is never stored: only the start is, so a sidebar
 * shows the right time after the file is closed and opened again.
 *
 * @param elapsed   "0:12:05"; empty before the start
 * @param overLimit true once the sidebar has run past the time limit
 * @param limitText "Time limit 1 h 30 min" or "20 min over the 1 h 30 min limit"
 * @param timesText "Started Mar 3, 14:05" or "Ran Mar 3, 14:05 to 15:10"
 */
public record SidebarClock(String elapsed, boolean overLimit, String limitText, String timesText) {
    /** The clock of a sidebar not started, or of none. */
    public static final SidebarClock NONE = new SidebarClock("", false, "", "");

    /** The clock of {@code sidebar} at {@code now}, against a limit of {@code limitMinutes} (0: no limit). */
    public static SidebarClock of(Sidebar sidebar, int limitMinutes, Instant now, ZoneId zone) {
        if (sidebar == null || sidebar.startedAt() == null) {
            return NONE;
        }
        Instant until = sidebar.endedAt() != null ? sidebar.endedAt() : now;
        Duration length = Duration.between(sidebar.startedAt(), until);
        Duration limit = Duration.ofMinutes(limitMinutes);
        boolean over = limitMinutes > 0 && length.compareTo(limit) > 0;
        String limitText;
        if (limitMinutes == 0) {
            limitText = Messages.get("sidebars.clock.noLimit");
        } else if (over) {
            limitText = Messages.format("sidebars.clock.over", Durations.human(length.minus(limit)),
                    Durations.human(limit));
        } else {
            limitText = Messages.format("sidebars.clock.limit", Durations.human(limit));
        }
        String timesText = sidebar.endedAt() == null
                ? Messages.format("sidebars.clock.since", TimeText.shown(sidebar.startedAt(), zone))
                : Messages.format("sidebars.clock.ran", TimeText.shown(sidebar.startedAt(), zone),
                        sameDay(sidebar.startedAt(), sidebar.endedAt(), zone) ? TimeText.time(sidebar.endedAt(), zone)
                                : TimeText.shown(sidebar.endedAt(), zone));
        return new SidebarClock(Durations.clock(length), over, limitText, timesText);
    }

    private static boolean sameDay(Instant a, Instant b, ZoneId zone) {
        return a.atZone(zone).toLocalDate().equals(b.atZone(zone).toLocalDate());
    }
}
