package org.tablebook.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list's filter by status: "All" and then each status in its own words, "All" chosen to begin
 * with.
 */
public final class StatusFilter<E extends Enum<E>> {
    private final ObservableList<LabelledChoice<E>> choices = FXCollections.observableArrayList();
    private final ObjectProperty<LabelledChoice<E>> chosen = new SimpleObjectProperty<>();

    /** @param all the words of the first choice, which keeps every status */
    public StatusFilter(E[] statuses, String all) {
        choices.add(LabelledChoice.none(all));
        for (E s : statuses) {
            choices.add(new LabelledChoice<>(s, Labels.of(s)));
        }
        reset();
    }

    /** True when a row of this status is shown. */
    public boolean keeps(E status) {
        LabelledChoice<E> only = chosen.get();
        return only == null || only.value() == null || only.value() == status;
    }

    /** Back to "All". */
    public void reset() {
        chosen.set(choices.get(0));
    }

    public ObservableList<LabelledChoice<E>> choices() {
        return choices;
    }

    public ObjectProperty<LabelledChoice<E>> chosenProperty() {
        return chosen;
    }
}
