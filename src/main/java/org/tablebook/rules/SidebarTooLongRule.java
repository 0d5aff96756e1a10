package org.tablebook.rules;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;

/**
 * SIDEBAR_TOO_LONG (WARNING): a running sidebar whose time so far (now minus start), or an ended
 * one whose length (end minus start), is longer than {@code sidebarTimeLimitMinutes}. Exactly the
 * limit is fine. Durations are between instants. The fingerprint holds the start and the end (none
 * while running), not the growing length, so an acknowledgement survives the clock ticking but
 * lapses when the sidebar ends.
 *
 * <p>Time: a duration between two instants (start, and end or now), so a sidebar across midnight
 * or a clock change is measured in the minutes it really lasted.
 */
public final class SidebarTooLongRule extends AbstractRule {
    public static final String ID = "SIDEBAR_TOO_LONG";

    public SidebarTooLongRule() {
        super(ID, Severity.WARNING, Sources.OFF_THE_RECORD_GUIDE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        Duration limit = Duration.ofMinutes(settings.sidebarTimeLimitMinutes());
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.startedAt() == null) {
                continue;
            }
            boolean running = sidebar.endedAt() == null;
            Duration length = Duration.between(sidebar.startedAt(), running ? now.instant() : sidebar.endedAt());
            if (length.compareTo(limit) <= 0) {
                continue;
            }
            Text message = Text.of(running ? "SIDEBAR_TOO_LONG.running" : "SIDEBAR_TOO_LONG.ended", length,
                    settings.sidebarTimeLimitMinutes());
            findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()), message,
                    running ? "fix.endSidebar" : "fix.checkStartAndEnd", "endedAt",
                    sidebar.startedAt(), sidebar.endedAt()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR);
    }
}
