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
        measuredOnFirstRows(box);
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

    /** How many entries a drop-down's width is measured on. */
    static final int ROWS_MEASURED = 40;

    /**
     * A drop-down whose width is worked out from its first {@link #ROWS_MEASURED} entries. JavaFX
     * otherwise lays out a cell for every entry to find the widest, each time the drop-down's
     * width is asked for, whether its list is open or not: on a file of 2,000 demands or 300
     * sessions that is most of the time it takes to show a form. A searchable drop-down
     * (ControlsFX) holds a plain one in its skin, which is the one measured.
     */
    public static <B extends ComboBox<?>> B measuredOnFirstRows(B box) {
        box.getProperties().put(ROWS_TO_MEASURE_KEY, ROWS_MEASURED);
        box.skinProperty().addListener((obs, was, skin) -> {
            if (skin instanceof javafx.scene.control.SkinBase<?> base) {
                base.getChildren().stream().filter(ComboBox.class::isInstance)
                        .forEach(inner -> inner.getProperties().put(ROWS_TO_MEASURE_KEY, ROWS_MEASURED));
            }
        });
        return box;
    }

    /** The key JavaFX's drop-down skin reads the number of entries to measure from. */
    private static final String ROWS_TO_MEASURE_KEY = "comboBoxRowsToMeasureWidth";
}
