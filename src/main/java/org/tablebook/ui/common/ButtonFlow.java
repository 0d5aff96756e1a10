package org.tablebook.ui.common;

import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** A row of an editor's buttons that wraps onto a second line rather than push the editor wider; labels are never clipped. */
public final class ButtonFlow {
    private ButtonFlow() {
    }

    public static FlowPane of(Button... buttons) {
        FlowPane flow = new FlowPane(8, 8);
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            flow.getChildren().add(b);
        }
        flow.setMinWidth(0);
        return flow;
    }
}
