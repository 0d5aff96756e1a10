package org.tablebook.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One entry of a pick list (a person, a demand) that the form ticks or unticks. */
public final class Pick {
    private final String id;
    private final String label;
    private final String detail;
    private final boolean marked;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    public Pick(String id, String label, String detail, boolean chosen) {
        this(id, label, detail, chosen, false);
    }

    /** {@code marked}: an entry that stands out in the list (a person who can agree for their side). */
    public Pick(String id, String label, String detail, boolean chosen, boolean marked) {
        this.id = id;
        this.label = label;
        this.detail = detail;
        this.marked = marked;
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

    /** True for an entry shown in bold. */
    public boolean marked() {
        return marked;
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
