package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;

/**
 * REPS_CHOSEN_BY_OTHER_SIDE (ERROR): a sidebar, in any state, whose reps on our side were chosen
 * by the other side. Chosen by the chief alone is not this rule's concern.
 *
 * <p>Time: No clock: it reads who chose the reps.
 */
public final class RepsChosenByOtherSideRule extends AbstractRule {
    public static final String ID = "REPS_CHOSEN_BY_OTHER_SIDE";

    public RepsChosenByOtherSideRule() {
        super(ID, Severity.ERROR, Sources.OFF_THE_RECORD_RULES);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.repsChosenBy() != RepsChosenBy.OTHER_SIDE) {
                continue;
            }
            findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()),
                    Text.of("REPS_CHOSEN_BY_OTHER_SIDE.message"), "fix.letTeamChooseReps", "repsChosenBy", sidebar.repsChosenBy()));
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
