package org.tablebook.ui.common;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * Columns of a list whose cells draw their whole row (a title over its details, a status pill with
 * a date under it) rather than one value as text.
 */
public final class RowColumns {
    private RowColumns() {
    }

    /**
     * A column whose cell shows what {@code draw} makes of its row, given the cell (to wrap at its
     * width or take a tooltip); nothing on an empty line.
     */
    public static <W> TableColumn<W, W> drawn(String header, BiFunction<TableCell<W, W>, W, Node> draw) {
        TableColumn<W, W> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(W row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : draw.apply(this, row));
            }
        });
        return column;
    }

    /** A column of one text of each row, {@code width} wide to begin with. */
    public static <W> TableColumn<W, String> text(String header, Function<W, String> text, double width) {
        TableColumn<W, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /**
     * A column of one value of each row, sorted by the value and shown as {@code text} makes it
     * read (a date, a status in words), {@code width} wide to begin with.
     */
    public static <W, T> TableColumn<W, T> value(String header, Function<W, T> value, Function<T, String> text,
            double width) {
        TableColumn<W, T> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    /** A column that neither grows nor shrinks: a status, whose words are short and known. */
    public static <T extends TableColumn<?, ?>> T fixed(T column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width);
        return column;
    }
}
