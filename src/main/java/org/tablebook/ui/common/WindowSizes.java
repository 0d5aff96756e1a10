package org.tablebook.ui.common;

import javafx.geometry.Dimension2D;
import javafx.stage.Window;

/** A window opened beside the main one, never taller or wider than the main window itself. */
public final class WindowSizes {
    private WindowSizes() {
    }

    /**
     * {@code width} x {@code height}, or less where the owner is smaller (a 1024x700 screen): the
     * window then scrolls inside rather than reaching below the screen.
     */
    /** Shrinks a window opened before to the owner's size, when the owner has become smaller. */
    public static void fit(javafx.stage.Stage stage, Window owner) {
        if (Double.isNaN(stage.getWidth()) || Double.isNaN(stage.getHeight())) {
            return;
        }
        Dimension2D size = within(owner, stage.getWidth(), stage.getHeight());
        stage.setWidth(size.getWidth());
        stage.setHeight(size.getHeight());
    }

    public static Dimension2D within(Window owner, double width, double height) {
        if (owner == null || owner.getWidth() <= 0 || owner.getHeight() <= 0) {
            return new Dimension2D(width, height);
        }
        return new Dimension2D(Math.min(width, owner.getWidth()), Math.min(height, owner.getHeight()));
    }
}
