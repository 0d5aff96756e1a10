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
 * REPS_CHOSEN_BY_CHIEF_ALONE (WARNING): a sidebar whose reps for our side were chosen by the chief
 * negotiator alone rather than by the team (reference 001: everyone on the team helps decide who
 * represents their side).
 *
 * <p>Time: none; it reads who chose the reps.
 */
public final class RepsChosenByChiefAloneRule extends AbstractRule {
    public static final String ID = "REPS_CHOSEN_BY_CHIEF_ALONE";

    public RepsChosenByChiefAloneRule() {
        super(ID, Severity.WARNING, Sources.OFF_THE_RECORD_RULES);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.repsChosenBy() == RepsChosenBy.CHIEF_ALONE) {
                findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()),
                        Text.of("REPS_CHOSEN_BY_CHIEF_ALONE.message"), "fix.letTeamChooseReps", "repsChosenBy",
                        sidebar.repsChosenBy()));
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
