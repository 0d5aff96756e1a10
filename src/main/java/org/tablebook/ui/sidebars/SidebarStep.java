package org.tablebook.ui.sidebars;

import org.tablebook.domain.SidebarState;

/**
 * The pages of a sidebar, in the order it is lived: before, during, and after (the outcome topic by
 * topic, the report-back and the committee's decisions, saved together), then the series.
 */
public enum SidebarStep {
    BEFORE, DURING, REPORT_BACK, SERIES;

    /** The page a sidebar in this state is most likely wanted on. */
    public static SidebarStep forState(SidebarState state) {
        if (state == null) {
            return BEFORE;
        }
        return switch (state) {
            case PROPOSED, AUTHORIZED -> BEFORE;
            case IN_PROGRESS -> DURING;
            case ENDED, REPORTED, CLOSED -> REPORT_BACK;
        };
    }
}
