package org.tablebook.ui.sidebars;

import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarState;

/**
 * One line of the sidebars list, its words worked out once per snapshot.
 *
 * @param ours our side's attendees, by name
 * @param theirs the other side's attendees, by name
 * @param duration how long it ran, "Running since 14:05", or when it is scheduled
 * @param reported "Mar 3, 16:00", "Not yet" once ended, or empty
 * @param series "2 of 3" within its series, or empty
 */
public record SidebarRow(Sidebar sidebar, SidebarState state, String stateText, String ours, String theirs,
        String duration, String reported, String series) {

    public String id() {
        return sidebar.id();
    }

    /** The purpose as the list's first column shows it, a capital letter first. */
    public String purpose() {
        return org.tablebook.ui.common.Labels.sentence(sidebar.purpose());
    }
}
