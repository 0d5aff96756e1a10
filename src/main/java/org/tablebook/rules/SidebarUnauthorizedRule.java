package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;

/**
 * SIDEBAR_UNAUTHORIZED (ERROR): a sidebar that started with no authorization by the whole team,
 * or whose authorization is recorded after its start. Authorizing at the very instant it starts
 * counts as before.
 */
public final class SidebarUnauthorizedRule extends AbstractRule {
    public static final String ID = "SIDEBAR_UNAUTHORIZED";

    public SidebarUnauthorizedRule() {
        super(ID, Severity.ERROR, "Sidebar not authorized by the team", new Principle(
                "Union negotiators should agree to a sidebar only if the negotiating team as a whole has "
                        + "authorized participation.", Sources.OFF_THE_RECORD_GUIDE));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.startedAt() == null) {
                continue;
            }
            String label = Labels.sidebar(sidebar, now.zone());
            if (sidebar.teamAuthorizedAt() == null) {
                findings.add(finding(sidebar, label, "This sidebar started on " + now.dateTime(sidebar.startedAt())
                                + " without the whole team authorizing it, so our reps spoke without the team's mandate.",
                        "Record team authorization", "teamAuthorizedAt", sidebar.startedAt(), null));
            } else if (snapshot.startOf(sidebar.id())
                    .filter(s -> s.unmetConditions().contains("TEAM_AUTHORIZED")).isPresent()) {
                // The start was kept without the authorization: a time filled in later does not undo that.
                findings.add(finding(sidebar, label, "This sidebar started on " + now.dateTime(sidebar.startedAt())
                                + " without the whole team authorizing it; the authorization was recorded afterwards, "
                                + "so our reps spoke without the team's mandate.",
                        "Check the authorization time", "teamAuthorizedAt", sidebar.startedAt(), "at start"));
            } else if (sidebar.teamAuthorizedAt().isAfter(sidebar.startedAt())) {
                findings.add(finding(sidebar, label, "The team authorized this sidebar on "
                                + now.dateTime(sidebar.teamAuthorizedAt()) + ", after it had started on "
                                + now.dateTime(sidebar.startedAt()) + ", so our reps went in without the team's mandate.",
                        "Check the authorization time", "teamAuthorizedAt", sidebar.startedAt(), sidebar.teamAuthorizedAt()));
            }
        }
        return findings;
    }
}
