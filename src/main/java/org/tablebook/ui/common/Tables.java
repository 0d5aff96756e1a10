package org.tablebook.ui.common;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Column widths that keep every heading whole, in either language. */
public final class Tables {
    /** Room a heading needs beside its text: the cell's padding and the sort arrow. */
    private static final double HEADER_EXTRA = 30;
    /** Room a list's vertical scroll bar takes. */
    private static final double SCROLL_BAR = 14;
    /** A cell's padding either side. */
    private static final double CELL_EXTRA = 26;
    /** Room a status pill needs beside its words: its padding either side (its words are smaller and bold). */
    public static final double PILL_EXTRA = 18;
    /** The theme's text: 14 px. */
    private static final Font CELL_FONT = Font.font(Font.getDefault().getFamily(), 14);
    /** The theme's heading: bold, 14 px. */
    private static final Font HEADING_FONT = Font.font(Font.getDefault().getFamily(),
            javafx.scene.text.FontWeight.BOLD, 14);

    private Tables() {
    }

    /**
     * No column narrower than its heading ("Passes", "Último pase"): each column's minimum width
     * is its heading's, and a preferred width below that is raised to it.
     */
    public static void fitHeaders(TableView<?> table) {
        table.getColumns().forEach(Tables::fitHeader);
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(Tables::fitHeader);
            }
        });
    }

    private static void fitHeader(TableColumn<?, ?> column) {
        if (column.getText() == null || column.getText().isBlank()) {
            return;
        }
        Text heading = new Text(column.getText());
        heading.setFont(HEADING_FONT);
        double width = Math.ceil(heading.getLayoutBounds().getWidth() + HEADER_EXTRA);
        column.setMinWidth(Math.max(column.getMinWidth(), width));
        column.setPrefWidth(Math.max(column.getPrefWidth(), width));
        column.getColumns().forEach(Tables::fitHeader);
    }

    /**
     * The columns fill the table's width while their least widths fit in it. When they do not (a
     * narrow window), the {@code leastNeeded} columns are put away first, in that order, and come
     * back when there is room; if the rest still does not fit, the table scrolls sideways. A
     * constrained policy alone would cut the last columns off at the table's edge, with no scroll
     * bar to reach them. Call after the columns and their least widths are set, with the
     * constrained policy that fills.
     */
    public static void fillOrScroll(TableView<?> table, TableColumn<?, ?>... leastNeeded) {
        javafx.util.Callback<TableView.ResizeFeatures, Boolean> fill = table.getColumnResizePolicy();
        Runnable choose = () -> {
            if (table.getWidth() <= 0) {
                return;
            }
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
            List<TableColumn<?, ?>> spare = List.of(leastNeeded);
            double least = table.getColumns().stream().filter(c -> !spare.contains(c))
                    .mapToDouble(javafx.scene.control.TableColumnBase::getMinWidth).sum();
            // The most needed of the spare columns stays first; once one does not fit, it and
            // those less needed are put away.
            boolean fits = true;
            for (int i = spare.size() - 1; i >= 0; i--) {
                TableColumn<?, ?> column = spare.get(i);
                fits = fits && least + column.getMinWidth() <= room;
                if (fits) {
                    least += column.getMinWidth();
                }
                if (column.isVisible() != fits) {
                    column.setVisible(fits);
                }
            }
            javafx.util.Callback<TableView.ResizeFeatures, Boolean> policy =
                    least <= room ? fill : TableView.UNCONSTRAINED_RESIZE_POLICY;
            if (table.getColumnResizePolicy() != policy) {
                table.setColumnResizePolicy(policy);
            }
        };
        table.widthProperty().addListener((obs, was, is) -> choose.run());
        // A column fitted to its content widens as the rows change.
        table.getColumns().forEach(c -> c.minWidthProperty().addListener((obs, was, is) -> choose.run()));
        choose.run();
    }

    /**
     * No cell of {@code column} cut: the column is at least as wide as the widest of {@code texts}
     * (every value it can show, as shown: each status, each month's date), plus {@code extra} for a
     * badge's padding or an icon.
     */
    public static void fitTexts(TableColumn<?, ?> column, java.util.stream.Stream<String> texts, double extra) {
        double width = widthFor(texts, extra);
        column.setMinWidth(Math.max(column.getMinWidth(), width));
        column.setPrefWidth(Math.max(column.getPrefWidth(), width));
    }

    /** How wide a cell must be to show the widest of {@code texts} whole, plus {@code extra}. */
    public static double widthFor(java.util.stream.Stream<String> texts, double extra) {
        Text measure = new Text();
        measure.setFont(CELL_FONT);
        double widest = texts.mapToDouble(t -> {
            measure.setText(t);
            return measure.getLayoutBounds().getWidth();
        }).max().orElse(0);
        return Math.ceil(widest + CELL_EXTRA + extra);
    }

    /** {@link #fitTexts} over the texts {@code column} shows for {@code rows}, again whenever they change. */
    public static <S> void fitContent(TableColumn<S, ?> column, javafx.collections.ObservableList<S> rows,
            java.util.function.Function<S, String> text) {
        Runnable fit = () -> fitTexts(column, rows.stream().map(text).filter(java.util.Objects::nonNull), 0);
        rows.addListener((ListChangeListener<S>) change -> fit.run());
        fit.run();
    }

    /** Every date of a year as a cell shows it, for {@link #fitTexts}: the widest month decides. */
    public static java.util.stream.Stream<String> dates(java.util.function.Function<java.time.LocalDate, String> format) {
        return java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> format.apply(java.time.LocalDate.of(2026, m, 28)));
    }

    /**
     * Lines of a cell, one under the other, each wrapping at its column's width rather than ending
     * in "…"; the row grows to hold them.
     *
     * <p>A table row asks its cells for their height before they are laid out, at no width, and a
     * cell passes that on less its padding: a line asked at a negative width wraps a letter a line
     * (a row 1,700 px tall). So the lines take their width from the column, and the box lays them
     * out at that width instead of at the width it is asked about.
     */
    public static javafx.scene.layout.VBox wrapping(javafx.scene.control.TableCell<?, ?> cell,
            javafx.scene.control.Label... lines) {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(1, lines);
        box.setFillWidth(false);
        javafx.beans.value.ObservableValue<Double> lineWidth = cell.tableColumnProperty()
                .flatMap(TableColumn::widthProperty)
                .map(width -> Math.max(0, width.doubleValue() - CELL_EXTRA))
                .orElse(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        for (javafx.scene.control.Label line : lines) {
            line.setWrapText(true);
            line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            line.prefWidthProperty().bind(lineWidth);
        }
        return box;
    }

    /** Shows {@code text} as {@code cell}'s tooltip, reusing the one it has: making a tooltip is slow. */
    public static void tooltip(javafx.scene.control.TableCell<?, ?> cell, String text) {
        javafx.scene.control.Tooltip tip = cell.getTooltip();
        if (tip == null) {
            cell.setTooltip(new javafx.scene.control.Tooltip(text));
        } else {
            tip.setText(text);
        }
    }

    /** {@link #wrapping} under {@code badge} (a status pill), which keeps its own width. */
    public static javafx.scene.layout.VBox wrappingUnder(javafx.scene.control.TableCell<?, ?> cell,
            javafx.scene.Node badge, javafx.scene.control.Label... lines) {
        javafx.scene.layout.VBox box = wrapping(cell, lines);
        box.getChildren().add(0, badge);
        box.setSpacing(2);
        return box;
    }

    /**
     * The cells of {@code column} wrap their text onto more lines rather than end it in "…" (a
     * title, a place, names): each cell draws its text as a {@link Text} as wide as the column, and
     * the row grows to hold it. Call after the column's cell factory is set.
     */
    public static <S, T> void wrap(TableColumn<S, T> column) {
        javafx.util.Callback<TableColumn<S, T>, javafx.scene.control.TableCell<S, T>> cells =
                (Object) column.getCellFactory() == TableColumn.DEFAULT_CELL_FACTORY ? c -> new PlainCell<>() : column.getCellFactory();
        column.setCellFactory(c -> {
            javafx.scene.control.TableCell<S, T> cell = cells.call(c);
            Text text = wrappingText(cell, column);
            text.textProperty().bind(cell.textProperty());
            cell.setGraphic(text);
            cell.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            return cell;
        });
    }

    /**
     * A cell that shows its item as text and leaves its graphic alone: the column's default cell
     * clears the graphic at every update, which would take the wrapping text away.
     */
    private static final class PlainCell<S, T> extends javafx.scene.control.TableCell<S, T> {
        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
        }
    }

    /** A text drawn in {@code cell}'s colour, wrapping at {@code column}'s width less the cell's padding. */
    public static Text wrappingText(javafx.scene.control.Labeled cell, TableColumn<?, ?> column) {
        Text text = new Text();
        text.getStyleClass().add("wrapped-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_EXTRA));
        text.fillProperty().bind(cell.textFillProperty());
        text.fontProperty().bind(cell.fontProperty());
        return text;
    }
}
