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
 * SIDEBAR_UNAUTHORIZED (ERROR): a sidebar that started with no authorization by the whole team,
 * or whose authorization is recorded after its start. Authorizing at the very instant it starts
 * counts as before.
 *
 * <p>Time: two instants compared (authorization against start), whatever the zone.
 */
public final class SidebarUnauthorizedRule extends AbstractRule {
    public static final String ID = "SIDEBAR_UNAUTHORIZED";

    public SidebarUnauthorizedRule() {
        super(ID, Severity.ERROR, Sources.OFF_THE_RECORD_GUIDE);
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
            if (sidebar.teamAuthorizedAt() == null) {
                findings.add(finding(sidebar, label, Text.of("SIDEBAR_UNAUTHORIZED.never", now.dateTime(sidebar.startedAt())),
                        "fix.recordTeamAuthorization", "teamAuthorizedAt", sidebar.startedAt(), null));
            } else if (snapshot.startOf(sidebar.id())
                    .filter(s -> s.unmetConditions().contains("TEAM_AUTHORIZED")).isPresent()) {
                // The start was kept without the authorization: a time filled in later does not undo that.
                findings.add(finding(sidebar, label, Text.of("SIDEBAR_UNAUTHORIZED.afterwards",
                                now.dateTime(sidebar.startedAt())),
                        "fix.checkAuthorizationTime", "teamAuthorizedAt", sidebar.startedAt(),
                        snapshot.startOf(sidebar.id()).orElseThrow().id()));
            } else if (sidebar.teamAuthorizedAt().isAfter(sidebar.startedAt())) {
                findings.add(finding(sidebar, label, Text.of("SIDEBAR_UNAUTHORIZED.late",
                                now.dateTimeAgainst(sidebar.teamAuthorizedAt(), sidebar.startedAt()),
                                now.dateTimeAgainst(sidebar.startedAt(), sidebar.teamAuthorizedAt())),
                        "fix.checkAuthorizationTime", "teamAuthorizedAt", sidebar.startedAt(), sidebar.teamAuthorizedAt()));
            }
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR, EntityKind.SIDEBAR_START);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
