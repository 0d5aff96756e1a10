package org.tablebook.ui.sidebars;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;

/**
 * Which of the texts' conditions a sidebar leaves unmet. Pure: the form asks it about the values
 * being typed, the sidebar's page asks it about the record as it stood when the sidebar started.
 */
public final class SidebarChecklist {
    private SidebarChecklist() {
    }

    /** The facts the conditions look at; {@code ourPeople} counts our side's attendees. */
    public record Facts(Instant teamInformedAt, Instant teamAuthorizedAt, RepsChosenBy repsChosenBy, int ourPeople,
            boolean instructed, GroundRuleStatus noNotesRule, GroundRuleStatus notRepeatedRule,
            GroundRuleStatus notUsedInLitigationRule) {

        public static Facts of(Sidebar sidebar, NegotiationSnapshot snapshot) {
            return new Facts(sidebar.teamInformedAt(), sidebar.teamAuthorizedAt(), sidebar.repsChosenBy(),
                    snapshot.ofSide(sidebar.attendeeIds(), Side.OURS).size(), sidebar.hasInstructions(),
                    sidebar.noNotesRule(), sidebar.notRepeatedRule(), sidebar.notUsedInLitigationRule());
        }
    }

    /**
     * The unmet conditions, in the texts' order. With {@code asOf} (the start), the team must have
     * been told and have authorized it by then: a time recorded after the start does not count.
     */
    public static List<SidebarCondition> unmet(Facts f, Instant asOf) {
        List<SidebarCondition> unmet = new ArrayList<>();
        if (!byThen(f.teamInformedAt(), asOf)) {
            unmet.add(SidebarCondition.TEAM_INFORMED);
        }
        if (!byThen(f.teamAuthorizedAt(), asOf)) {
            unmet.add(SidebarCondition.TEAM_AUTHORIZED);
        }
        if (f.repsChosenBy() != RepsChosenBy.OUR_TEAM) {
            unmet.add(SidebarCondition.REPS_CHOSEN_BY_TEAM);
        }
        if (f.ourPeople() < 2) {
            unmet.add(SidebarCondition.TWO_OF_OURS);
        }
        if (!f.instructed()) {
            unmet.add(SidebarCondition.INSTRUCTED);
        }
        if (undecided(f.noNotesRule())) {
            unmet.add(SidebarCondition.NO_NOTES_SETTLED);
        }
        if (undecided(f.notRepeatedRule())) {
            unmet.add(SidebarCondition.NOT_REPEATED_SETTLED);
        }
        if (undecided(f.notUsedInLitigationRule())) {
            unmet.add(SidebarCondition.NOT_USED_SETTLED);
        }
        return List.copyOf(unmet);
    }

    /** What was missing when the sidebar started; empty for one not started. */
    public static List<SidebarCondition> missingAtStart(Sidebar sidebar, NegotiationSnapshot snapshot) {
        if (sidebar.startedAt() == null) {
            return List.of();
        }
        // What was kept at the start stays as it was, whatever is filled in afterwards.
        var start = snapshot.startOf(sidebar.id());
        if (start.isPresent()) {
            return java.util.Arrays.stream(SidebarCondition.values())
                    .filter(c -> start.get().unmetConditions().contains(c.name())).toList();
        }
        return unmet(Facts.of(sidebar, snapshot), sidebar.startedAt());
    }

    private static boolean byThen(Instant at, Instant asOf) {
        return at != null && (asOf == null || !at.isAfter(asOf));
    }

    private static boolean undecided(GroundRuleStatus status) {
        return status == null || status == GroundRuleStatus.UNDECIDED;
    }
}
