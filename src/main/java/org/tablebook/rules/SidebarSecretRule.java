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
 */
public final class SidebarSecretRule extends AbstractRule {
    public static final String ID = "SIDEBAR_SECRET";

    public SidebarSecretRule() {
        super(ID, Severity.WARNING, "Sidebar kept from the team", new Principle(
                "They are not secret meetings. Everyone on each negotiating team must be informed that they have "
                        + "been suggested.", Sources.OFF_THE_RECORD_RULES));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.startedAt() == null) {
                continue;
            }
            String label = RecordNames.sidebar(sidebar, now.zone());
            if (sidebar.teamInformedAt() == null) {
                findings.add(finding(sidebar, label, "The whole team was not told of this sidebar before it started on "
                                + now.dateTime(sidebar.startedAt()) + ": an off-the-record meeting must never be secret "
                                + "from our own team.",
                        "Record when the team was told", "teamInformedAt", sidebar.startedAt(), null));
            } else if (sidebar.teamInformedAt().isAfter(sidebar.startedAt())) {
                findings.add(finding(sidebar, label, "The team was told of this sidebar on "
                                + now.dateTime(sidebar.teamInformedAt()) + ", only after it started on "
                                + now.dateTime(sidebar.startedAt()) + ": an off-the-record meeting must never be secret "
                                + "from our own team.",
                        "Check when the team was told", "teamInformedAt", sidebar.startedAt(), sidebar.teamInformedAt()));
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
