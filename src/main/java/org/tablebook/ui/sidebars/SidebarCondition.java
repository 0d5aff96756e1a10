package org.tablebook.ui.sidebars;

import org.tablebook.domain.NegotiationKind;
import org.tablebook.ui.common.Messages;

/**
 * The conditions the source texts set before our people go into a sidebar, in the order the
 * texts give them (reference 001: the team is told, decides, and chooses its own reps; reference
 * 000: two of ours, authorized and instructed by the whole team, ground rules clear). Each is
 * shown next to the field that meets it.
 */
public enum SidebarCondition {
    TEAM_INFORMED("teamInformedAt"),
    TEAM_AUTHORIZED("teamAuthorizedAt"),
    REPS_CHOSEN_BY_TEAM("repsChosenBy"),
    TWO_OF_OURS("attendeeIds"),
    INSTRUCTED("instructions"),
    NO_NOTES_SETTLED("noNotesRule"),
    NOT_REPEATED_SETTLED("notRepeatedRule"),
    NOT_USED_SETTLED("notUsedInLitigationRule");

    private final String field;

    SidebarCondition(String field) {
        this.field = field;
    }

    /** The form field (a record component, or "instructions" for both instruction fields) it belongs to. */
    public String field() {
        return field;
    }

    /** The condition as the texts put it: "At least two people from the union take part…". */
    public String text(NegotiationKind kind) {
        String key = "sidebars.condition." + name();
        if (kind == NegotiationKind.COMMUNITY_AGREEMENT && Messages.bundle().containsKey(key + ".community")) {
            return Messages.get(key + ".community");
        }
        return Messages.get(key);
    }

    /** A few words for lists and the record: "two of our people". */
    public String shortText() {
        return Messages.get("sidebars.condition." + name() + ".short");
    }
}
