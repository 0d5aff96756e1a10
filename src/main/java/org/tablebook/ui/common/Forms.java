package org.tablebook.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Builds forms that all look alike: a label column and a field column, each field with its
 * tooltip, and the view model's message for the field shown on it (ControlsFX decoration) and
 * under it in words.
 */
public final class Forms {
    private Forms() {
    }

    /** A two-column grid: labels right-aligned on the left, fields growing on the right. */
    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        // A long label ("Notice to the mediation service (days before expiry)") wraps onto two lines
        // rather than taking the field's room or ending in "…".
        labels.setMaxWidth(230);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /**
     * A field's name in the grid's first column: on two lines rather than cut when long (the column
     * is at most 230 px wide), and never in the way of a mnemonic.
     */
    public static Label label(String text, javafx.scene.Node field) {
        Label name = new Label(text);
        name.setLabelFor(field);
        name.setMnemonicParsing(false);
        name.getStyleClass().add("form-label");
        name.setWrapText(true);
        name.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setValignment(name, VPos.TOP);
        GridPane.setMargin(name, new Insets(5, 0, 0, 0));
        return name;
    }

    /**
     * Adds a labelled field with its help text and, below it, the field's message when there is
     * one. Returns the next free row.
     */
    public static int row(GridPane grid, int row, String label, Control field, String help,
            ObservableValue<String> message) {
        Label name = label(label, field);
        if (help != null) {
            field.setTooltip(new Tooltip(help));
        }
        field.setMaxWidth(Double.MAX_VALUE);
        grid.add(name, 0, row);
        grid.add(field, 1, row);
        if (message == null) {
            return row + 1;
        }
        decorate(field, message);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.map(m -> m != null && !m.isBlank()).orElse(false));
        error.managedProperty().bind(error.visibleProperty());
        if (field.getId() != null) {
            error.setId(field.getId() + "Error");
        }
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    /** Adds a full-width node (a heading, a list) spanning both columns. Returns the next row. */
    public static int span(GridPane grid, int row, Node node) {
        grid.add(node, 0, row, 2, 1);
        return row + 1;
    }

    /**
     * A row of buttons that never shrink their labels to "…": the window's width goes to the
     * fields, not to clipped buttons. Nulls stand for a flexible gap.
     */
    public static javafx.scene.layout.HBox buttonBar(javafx.scene.control.ButtonBase... buttons) {
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (javafx.scene.control.ButtonBase b : buttons) {
            if (b == null) {
                javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
                javafx.scene.layout.HBox.setHgrow(gap, Priority.ALWAYS);
                bar.getChildren().add(gap);
            } else {
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                bar.getChildren().add(b);
            }
        }
        return bar;
    }

    /**
     * Keeps a table's selection and a view model's selected item in step, both ways: a click
     * selects in the view model, a selection made by the view model (after a save, a link) shows
     * in the table.
     */
    public static <T> void syncSelection(javafx.scene.control.SelectionModel<T> selection,
            javafx.beans.property.ObjectProperty<T> selected) {
        selection.selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                selected.set(is);
            }
        });
        selected.addListener((obs, was, is) -> {
            if (is == null) {
                selection.clearSelection();
            } else if (selection.getSelectedItem() != is) {
                selection.select(is);
            }
        });
    }

    /**
     * Keeps a table's selection on the row of the record with this id (none: cleared), as when the
     * view model chose it after a save or a link; the table scrolls to it when {@code scroll}.
     */
    public static <W> void selectRow(javafx.scene.control.TableView<W> table, String id,
            java.util.function.Function<W, String> idOf, boolean scroll) {
        if (id == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        W current = table.getSelectionModel().getSelectedItem();
        if (current != null && idOf.apply(current).equals(id)) {
            return;
        }
        javafx.collections.ObservableList<W> rows = table.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (idOf.apply(rows.get(i)).equals(id)) {
                table.getSelectionModel().clearAndSelect(i);
                if (scroll) {
                    table.scrollTo(Math.max(0, i - 3));
                }
                return;
            }
        }
    }

    /** Enter on the selected row, or a double click on a row, runs {@code open} (the record's editor, its passes). */
    public static <W> void opensRows(javafx.scene.control.TableView<W> table, Runnable open) {
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.run();
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<W> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
    }

    /**
     * A table column whose cells read as a title over a muted line of details, with both in the
     * tooltip: the list rows of the agreements' tabs and of compliance.
     */
    public static <T> javafx.scene.control.TableColumn<T, T> titleAndDetailsColumn(String header,
            java.util.function.Function<T, String> title, java.util.function.Function<T, String> details,
            String titleStyleClass) {
        javafx.scene.control.TableColumn<T, T> column = new javafx.scene.control.TableColumn<>(header);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            // One tooltip for the cell's life, its text changed with the row: making one is slow.
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label first = new Label(title.apply(row));
                first.getStyleClass().add(titleStyleClass);
                Label second = new Label(details.apply(row));
                second.getStyleClass().addAll("text-muted", "text-small");
                setGraphic(Tables.wrapping(this, first, second));
                tip.setText(title.apply(row) + "\n" + details.apply(row));
                setTooltip(tip);
            }
        });
        return column;
    }

    /** A drop-down of an enum's values, shown with their {@link Labels}. */
    public static <E extends Enum<E>> javafx.scene.control.ComboBox<E> choice(String id, E[] values) {
        javafx.scene.control.ComboBox<E> box =
                new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(E value) {
                return Labels.of(value);
            }

            @Override
            public E fromString(String text) {
                for (E value : values) {
                    if (Labels.of(value).equals(text)) {
                        return value;
                    }
                }
                return null;
            }
        });
        return box;
    }

    /** Shows the view model's message on the control itself (red edge and tooltip). */
    public static void decorate(Control field, ObservableValue<String> message) {
        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new StyleClassValidationDecoration());
        support.registerValidator(field, false, (Control c, Object value) -> {
            String m = message.getValue();
            return ValidationResult.fromMessageIf(c, m == null ? "" : m, Severity.ERROR, m != null && !m.isBlank());
        });
        message.addListener((obs, was, is) -> support.revalidate(field));
    }

    /** A one-line field bound to its text, with the prompt of {@code promptKey}. */
    public static javafx.scene.control.TextField text(String id, String promptKey,
            javafx.beans.property.Property<String> value) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.setId(id);
        field.setPromptText(Messages.get(promptKey));
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /**
     * A date field bound to its text, with a calendar to choose the day from; typing works as in
     * a text field. The calendar's today is {@code clock}'s.
     */
    public static DateField date(String id, String prompt, javafx.beans.property.Property<String> value,
            java.time.Clock clock) {
        return new DateField(id, prompt, value, false, clock);
    }

    /**
     * A date-and-time field ({@code 2026-03-14 14:30}) bound to its text: the day from a calendar or
     * typed, the time typed after it.
     */
    public static DateField dateTime(String id, String prompt, javafx.beans.property.Property<String> value,
            java.time.Clock clock) {
        return new DateField(id, prompt, value, true, clock);
    }

    /** A wrapping text area bound to its text, where Tab leaves for the next field. */
    public static javafx.scene.control.TextArea area(String id, String prompt, int rows,
            javafx.beans.property.Property<String> value) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(value);
        return TextAreas.tabLeaves(area);
    }
}
