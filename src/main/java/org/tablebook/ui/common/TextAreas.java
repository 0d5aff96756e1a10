package org.tablebook.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Keyboard behaviour of the forms' multi-line fields. */
public final class TextAreas {
    private TextAreas() {
    }

    /**
     * Tab and Shift+Tab leave the field, as in every other field of the form, instead of typing a
     * tab character; Ctrl+Tab still does what a text area does with it.
     */
    public static TextArea tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // A text area moves the focus on Ctrl+Tab; hand it that key instead.
                area.fireEvent(new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
