package org.tablebook.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab's content put into the window the first time the tab is chosen. A tab pane styles and lays
 * out the content of every tab, shown or not, so a page nobody has opened yet (a sidebar's report
 * back, the series) would otherwise cost its first CSS pass and layout when the section is first
 * shown. The content is built beforehand and bound as usual; only its place in the window waits.
 */
public final class TabContents {
    private TabContents() {
    }

    /** {@code tab} with {@code content} set now if it is chosen, else when it first is; returns the tab. */
    public static Tab whenFirstChosen(Tab tab, Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return tab;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                if (is) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                    // Styled now rather than at the next pulse: a control's children (a scroll
                    // pane's page) join the window with its skin, and what listens for the tab
                    // being chosen may give the keyboard to a field of the page at once.
                    content.applyCss();
                }
            }
        });
        return tab;
    }
}
