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
 * SIDEBAR_SECRET (WARNING): a sidebar that started before the whole team was told of it: no time
 * the team was informed, or one after the start. Being told at the instant it starts counts as
 * before.
 *
 * <p>Time: two instants compared (told against started), whatever the zone.
 */
public final class SidebarSecretRule extends AbstractRule {
    public static final String ID = "SIDEBAR_SECRET";

    public SidebarSecretRule() {
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
            Text label = RecordNames.sidebar(sidebar, now.zone());
            if (sidebar.teamInformedAt() == null) {
                findings.add(finding(sidebar, label, Text.of("SIDEBAR_SECRET.never", now.dateTime(sidebar.startedAt())),
                        "fix.recordTeamTold", "teamInformedAt", sidebar.startedAt(), null));
            } else if (sidebar.teamInformedAt().isAfter(sidebar.startedAt())) {
                findings.add(finding(sidebar, label, Text.of("SIDEBAR_SECRET.late",
                                now.dateTimeAgainst(sidebar.teamInformedAt(), sidebar.startedAt()),
                                now.dateTimeAgainst(sidebar.startedAt(), sidebar.teamInformedAt())),
                        "fix.checkTeamTold", "teamInformedAt", sidebar.startedAt(), sidebar.teamInformedAt()));
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
