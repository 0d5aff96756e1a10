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
 */
public final class RepsChosenByOtherSideRule extends AbstractRule {
    public static final String ID = "REPS_CHOSEN_BY_OTHER_SIDE";

    public RepsChosenByOtherSideRule() {
        super(ID, Severity.ERROR, "Reps chosen by the other side", new Principle(
                "Everyone on each negotiating team must participate in the decision to have them occur and help "
                        + "decide who will be the representative(s) of their side. Neither side can dictate to the other "
                        + "who they want to be the representative(s).", Sources.OFF_THE_RECORD_RULES));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.repsChosenBy() != RepsChosenBy.OTHER_SIDE) {
                continue;
            }
            findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()),
                    "Our reps in this sidebar were chosen by the other side: neither side may dictate who represents "
                            + "the other, so our team must choose its own.",
                    "Let the team choose its reps", "repsChosenBy", sidebar.repsChosenBy()));
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
