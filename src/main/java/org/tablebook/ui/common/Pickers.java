package org.tablebook.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.SearchableComboBox;

/**
 * A picker of one record among many (a demand, an agreement, a session): a drop-down in the order
 * given, whose list narrows to the entries holding every word typed once it is open. The choice
 * shows in one line; when the field is narrower than it, it ends in "…" and shows whole on hover.
 */
public final class Pickers {
    private Pickers() {
    }

    public static <T> ComboBox<T> one(String id, ObservableList<T> choices) {
        // The picker's own copy of the choices: the list it narrows follows the copy, and a choice
        // held while the copy is replaced would be looked up in that list half way through its
        // change (an IndexOutOfBoundsException). The choice is let go first and taken back after.
        ObservableList<T> own = FXCollections.observableArrayList(choices);
        SearchableComboBox<T> box = new SearchableComboBox<>(own);
        choices.addListener((ListChangeListener<T>) c -> {
            T kept = box.getValue();
            box.getSelectionModel().clearSelection();
            own.setAll(choices);
            box.setValue(kept);
        });
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setButtonCell(new ListCell<>() {
            {
                getStyleClass().add("shortens");
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : box.getConverter().toString(item);
                setText(text);
                setTooltip(text == null ? null : new Tooltip(text));
            }
        });
        return box;
    }
}
