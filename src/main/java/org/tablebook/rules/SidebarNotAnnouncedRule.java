package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;

/**
 * SIDEBAR_NOT_ANNOUNCED (WARNING): a sidebar that started before the whole team was told when it
 * would happen: no time of announcement recorded, or one after the start (reference 001: everyone
 * should be informed as to when they will occur). Told at the very instant it starts counts as
 * before. Being told that a sidebar was suggested is SIDEBAR_SECRET's business.
 *
 * <p>Time: two instants compared (announced against started), whatever the zone.
 */
public final class SidebarNotAnnouncedRule extends AbstractRule {
    public static final String ID = "SIDEBAR_NOT_ANNOUNCED";

    public SidebarNotAnnouncedRule() {
        super(ID, Severity.WARNING, Sources.OFF_THE_RECORD_RULES);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.startedAt() == null) {
                continue;
            }
            if (sidebar.timeAnnouncedAt() == null) {
                findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()),
                        Text.of("SIDEBAR_NOT_ANNOUNCED.never", now.dateTime(sidebar.startedAt())),
                        "fix.recordTimeAnnounced", "timeAnnouncedAt", sidebar.startedAt(), null));
            } else if (sidebar.timeAnnouncedAt().isAfter(sidebar.startedAt())) {
                findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()),
                        Text.of("SIDEBAR_NOT_ANNOUNCED.late",
                                now.dateTimeAgainst(sidebar.timeAnnouncedAt(), sidebar.startedAt()),
                                now.dateTimeAgainst(sidebar.startedAt(), sidebar.timeAnnouncedAt())),
                        "fix.checkTimeAnnounced", "timeAnnouncedAt", sidebar.startedAt(), sidebar.timeAnnouncedAt()));
            }
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
