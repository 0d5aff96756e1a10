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
 * SIDEBAR_NOT_INSTRUCTED (WARNING): a sidebar the team has authorized (in any state, started or
 * not) whose instructions lack what to say, what not to say, or both: {@link Sidebar#hasInstructions()}
 * needs both. The finding focuses the first missing one.
 */
public final class SidebarNotInstructedRule extends AbstractRule {
    public static final String ID = "SIDEBAR_NOT_INSTRUCTED";

    public SidebarNotInstructedRule() {
        super(ID, Severity.WARNING, "Sidebar reps not instructed", new Principle(
                "The negotiating team as a whole has authorized participation and has instructed the union "
                        + "representatives on what to say and not to say.", Sources.OFF_THE_RECORD_GUIDE));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.teamAuthorizedAt() == null || sidebar.hasInstructions()) {
                continue;
            }
            boolean noSay = sidebar.instructionsSay().isBlank();
            boolean noDoNotSay = sidebar.instructionsDoNotSay().isBlank();
            String missing = noSay && noDoNotSay ? "on what to say and what not to say"
                    : noSay ? "on what to say" : "on what not to say";
            findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()),
                    "The team authorized this sidebar but has not instructed the reps " + missing
                            + ", so they go in without the team's line.",
                    "Record instructions", noSay ? "instructionsSay" : "instructionsDoNotSay",
                    noSay, noDoNotSay));
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
