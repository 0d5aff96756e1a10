package org.tablebook.ui.sidebars;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One entry of a pick list (a person, a demand) that the form ticks or unticks. */
public final class Pick {
    private final String id;
    private final String label;
    private final String detail;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    Pick(String id, String label, String detail, boolean chosen) {
        this.id = id;
        this.label = label;
        this.detail = detail;
        this.chosen.set(chosen);
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** A few words after the label ("chief negotiator", "on the table"); may be empty. */
    public String detail() {
        return detail;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
