package org.tablebook.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A page put into the window the first time it is to be seen. A tab pane styles and lays out the
 * content of every tab, shown or not, and a hidden node is styled and laid out as a shown one, so a
 * page nobody has opened yet (a sidebar's report back, a demand's details, the form for a pass)
 * would otherwise cost its first CSS pass, its controls' skins and its layout when the section is
 * first shown. The content is built beforehand and bound as usual; only its place in the window
 * waits.
 */
public final class TabContents {
    private TabContents() {
    }

    /** {@code tab} with {@code content} set now if it is chosen, else when it first is; returns the tab. */
    public static Tab whenFirstChosen(Tab tab, Node content) {
        return whenFirstChosen(tab, content, null);
    }

    /**
     * {@code tab} with {@code content} set the first time it is chosen while {@code shown} holds (the
     * editor it is in is on screen; null: always); returns the tab. A tab pane chooses its first tab
     * as soon as it has tabs, so a hidden editor's first page would otherwise join at once.
     */
    public static Tab whenFirstChosen(Tab tab, Node content, ObservableValue<Boolean> shown) {
        ObservableValue<Boolean> seen = shown == null ? tab.selectedProperty()
                : tab.selectedProperty().flatMap(chosen -> chosen ? shown : tab.selectedProperty());
        whenFirstShown(seen, content, tab::setContent);
        return tab;
    }

    /**
     * {@code content} given to {@code place} now if {@code shown} holds, else the first time it does
     * (a form that takes a list's place while open, an editor shown once a record is chosen).
     */
    public static void whenFirstShown(ObservableValue<Boolean> shown, Node content, Consumer<Node> place) {
        if (Boolean.TRUE.equals(shown.getValue())) {
            place.accept(content);
            return;
        }
        shown.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                if (Boolean.TRUE.equals(is)) {
                    shown.removeListener(this);
                    place.accept(content);
                    // Styled now rather than at the next pulse: a control's children (a scroll
                    // pane's page) join the window with its skin, and what listens for the page
                    // being shown may give the keyboard to a field of it at once.
                    content.applyCss();
                }
            }
        });
    }
}
