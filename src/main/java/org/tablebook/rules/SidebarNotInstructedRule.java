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
 *
 * <p>Time: No clock: it reads whether instructions are recorded once the team has authorized the
 * sidebar.
 */
public final class SidebarNotInstructedRule extends AbstractRule {
    public static final String ID = "SIDEBAR_NOT_INSTRUCTED";

    public SidebarNotInstructedRule() {
        super(ID, Severity.WARNING, Sources.OFF_THE_RECORD_GUIDE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.teamAuthorizedAt() == null || sidebar.hasInstructions()) {
                continue;
            }
            boolean noSay = sidebar.instructionsSay().isBlank();
            boolean noDoNotSay = sidebar.instructionsDoNotSay().isBlank();
            String missing = noSay && noDoNotSay ? "both" : noSay ? "say" : "doNotSay";
            findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()),
                    Text.of("SIDEBAR_NOT_INSTRUCTED." + missing),
                    "fix.recordInstructions", noSay ? "instructionsSay" : "instructionsDoNotSay",
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
