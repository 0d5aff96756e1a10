package org.tablebook.ui.common;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The list beside a section's editor, as every section lays it out: the Add button, the search
 * field with the section's filters beside it (under it when the list is narrow), the table of a {@link RecordList}, and its summary
 * under it. Enter on the selected row goes to the editor; Ctrl+F and a record shown from
 * elsewhere land here. Ids for tests follow the prefix: "compliance" gives complianceSearch,
 * complianceTable and complianceSummary.
 */
public final class RecordListPane<W> {
    private final RecordList<?, W> list;
    private final TextField search = new TextField();
    private final TableView<W> table = new TableView<>();
    private final Label summary = new Label();

    /** @param empty what the table says while it has no rows */
    public RecordListPane(RecordList<?, W> list, String idPrefix, String searchPrompt, String searchHelp,
            String empty) {
        this.list = list;
        EditorPane.search(search, idPrefix + "Search", searchPrompt, searchHelp, list.searchProperty());
        table.setId(idPrefix + "Table");
        table.setItems(list.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(placeholder(empty));
        Tables.fitHeaders(table);
        Forms.syncSelection(table.getSelectionModel(), list.selectedProperty());
        summary.setId(idPrefix + "Summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().addAll("text-muted", "text-small");
        summary.textProperty().bind(list.summaryProperty());
    }

    /** A muted, wrapping line for an empty list. */
    public static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(360);
        label.getStyleClass().add("text-muted");
        return label;
    }

    /** A drop-down beside the search that narrows the list, never squeezed below its choice. */
    public static <T> ComboBox<T> filter(String id, String help, javafx.collections.ObservableList<T> choices,
            javafx.beans.property.Property<T> value) {
        ComboBox<T> filter = new ComboBox<>(choices);
        filter.setId(id);
        filter.valueProperty().bindBidirectional(value);
        filter.setTooltip(new Tooltip(help));
        filter.setMinWidth(Region.USE_PREF_SIZE);
        return filter;
    }

    public TableView<W> table() {
        return table;
    }

    public TextField search() {
        return search;
    }

    /** Enter on the selected row puts the focus on {@code field}, the editor's first. */
    public void enterEdits(Node field) {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.selectedProperty().get() != null) {
                field.requestFocus();
                e.consume();
            }
        });
    }

    /** The usual list: the Add button above the search (with {@code filters} beside it), the table and the summary. */
    public Node node(Button add, Node... filters) {
        Node searchBar = search;
        if (filters.length > 0) {
            // In a narrow list the filters go under the search field, leaving the editor its room.
            search.setPrefWidth(220);
            FlowPane bar = new FlowPane(8, 8, search);
            bar.getChildren().addAll(filters);
            bar.setAlignment(Pos.CENTER_LEFT);
            searchBar = bar;
        }
        return box(Forms.buttonBar(add), searchBar, table, summary);
    }

    /** The list's column of {@code parts}, the table among them taking the height left. */
    public static VBox box(Node... parts) {
        for (Node part : parts) {
            if (part instanceof TableView<?>) {
                VBox.setVgrow(part, Priority.ALWAYS);
            }
        }
        VBox box = new VBox(10, parts);
        box.setPadding(new Insets(14));
        return box;
    }

    /** Ctrl+F: the search field, its text selected. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Shows the record with this id, chosen elsewhere, and puts the focus on its {@code field} (or the list). */
    public void reveal(String id, Map<String, ? extends Control> fields, String field) {
        EditorPane.reveal(list.select(id), table, list.selectedProperty().get(), fields, field);
    }
}
