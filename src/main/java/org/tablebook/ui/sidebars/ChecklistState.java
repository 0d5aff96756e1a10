package org.tablebook.ui.sidebars;

import java.util.List;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.ui.common.Messages;

/**
 * How far the checklist before a sidebar is met, as the form stands: which conditions are open,
 * in the words of the texts for this kind of negotiation (they differ a little for a community
 * negotiation).
 *
 * @param unmet the conditions not met, in the texts' order
 */
public record ChecklistState(List<SidebarCondition> unmet, NegotiationKind kind) {
    /** Nothing filled in yet: every condition is open. */
    public static final ChecklistState NOTHING_MET = new ChecklistState(List.of(SidebarCondition.values()),
            NegotiationKind.UNION_CONTRACT);

    public ChecklistState {
        unmet = List.copyOf(unmet);
    }

    /** Whether a condition is met by what the form holds. */
    public boolean met(SidebarCondition condition) {
        return !unmet.contains(condition);
    }

    /** The condition in the texts' words. */
    public String text(SidebarCondition condition) {
        return condition.text(kind);
    }

    public boolean complete() {
        return unmet.isEmpty();
    }

    /** "All the conditions are met." or "5 of 8 conditions met". */
    public String summary() {
        int total = SidebarCondition.values().length;
        return complete() ? Messages.get("sidebars.checklist.allMet")
                : Messages.format("sidebars.checklist.someUnmet", total - unmet.size(), total);
    }

    /** "All 8 conditions met" or "5 of 8 conditions met: the open ones are marked under Before". */
    public String shortSummary() {
        int total = SidebarCondition.values().length;
        return complete() ? Messages.format("sidebars.checklist.short.allMet", total)
                : Messages.format("sidebars.checklist.short.someUnmet", total - unmet.size(), total);
    }
}
