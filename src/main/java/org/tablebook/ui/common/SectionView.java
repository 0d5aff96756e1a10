package org.tablebook.ui.common;

import javafx.scene.Node;

/**
 * A section of the main window. The window's keyboard shortcuts reach the section shown:
 * Ctrl+N asks for a new item, Ctrl+F for the search box.
 */
public interface SectionView {
    Node node();

    /** Starts a new item of this section (a person, a demand, a session…). */
    void newItem();

    /** Puts the keyboard in this section's search box. */
    void focusSearch();

    /**
     * Selects a record of this section and focuses the named field (a record component, e.g.
     * "attendeeIds"), if the view has one for it. The section is already on show.
     */
    default void reveal(org.tablebook.domain.EntityRef ref, String field) {
    }
}
