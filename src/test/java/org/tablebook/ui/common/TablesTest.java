package org.tablebook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Lists that read whole at any width: rows as tall as their lines, columns that fit or scroll. */
class TablesTest {
    private static final String LONG = "Two trained security officers posted in the Emergency Department on every "
            + "shift, and panic buttons in every triage and exam room within ninety days";

    private Stage stage;

    @BeforeEach
    void setUp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show(TableView<?> table, double width) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(new StackPane(table), width, 400));
            stage.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The table as wide as {@code width}, as when the window or its split is narrowed. */
    private static void resize(TableView<?> table, double width) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            table.setMaxWidth(width);
            table.getScene().getRoot().layout();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void wrappedLinesMakeRowsAsTallAsTheirTextNotALetterALine() throws Exception {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList(LONG, "Night differential", "Badges"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<String, String> column = new TableColumn<>("Obligation");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null
                        : Tables.wrappingUnder(this, new Label("Open"), new Label(item), new Label("due Nov 9, 2026")));
            }
        });
        table.getColumns().add(column);
        show(table, 260);

        List<TableRow<?>> rows = WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-row-cell").stream()
                .<TableRow<?>>map(n -> (TableRow<?>) n).filter(r -> !r.isEmpty()).toList()).get();
        assertEquals(3, rows.size(), "every row in sight");
        for (TableRow<?> row : rows) {
            // Three lines of a short text; a few more for the long one at 260 px. A letter a line
            // would make the long one well over a thousand.
            assertTrue(row.getHeight() < 220, "a row " + row.getHeight() + " px tall");
        }
        double longRow = rows.stream().filter(r -> LONG.equals(r.getItem())).findFirst().orElseThrow().getHeight();
        double shortRow = rows.stream().filter(r -> "Badges".equals(r.getItem())).findFirst().orElseThrow().getHeight();
        assertTrue(longRow > shortRow, "the long text wraps onto more lines: " + longRow + " against " + shortRow);
    }

    @Test
    void columnsFillWhenTheyFitPutAwayTheSpareOnesThenScrollSideways() throws Exception {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("a", "b"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<String, String> main = column("Purpose", 200);
        TableColumn<String, String> state = column("State", 150);
        TableColumn<String, String> spare = column("Same demands", 150);
        table.getColumns().addAll(List.of(main, state, spare));
        Tables.fillOrScroll(table, spare);
        show(table, 700);
        assertTrue(spare.isVisible(), "room for all three");
        assertSame(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS, table.getColumnResizePolicy());

        resize(table, 450);
        assertFalse(spare.isVisible(), "the spare column is put away first");
        assertSame(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS, table.getColumnResizePolicy());

        resize(table, 250);
        assertSame(TableView.UNCONSTRAINED_RESIZE_POLICY, table.getColumnResizePolicy(),
                "what is left scrolls sideways rather than being cut off");

        resize(table, 700);
        assertTrue(spare.isVisible(), "back when there is room");
        assertSame(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS, table.getColumnResizePolicy());
    }

    @Test
    void aWrappedColumnShowsItsTextWhateverMakesItsCells() throws Exception {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("Article 20 Wages"));
        TableColumn<String, String> article = column("Article", 100);
        table.getColumns().add(article);
        Tables.wrap(article);
        show(table, 300);

        List<String> drawn = WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".wrapped-text").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).filter(t -> t != null && !t.isEmpty()).toList()).get();
        assertEquals(List.of("Article 20 Wages"), drawn);
    }

    private static TableColumn<String, String> column(String heading, double least) {
        TableColumn<String, String> column = new TableColumn<>(heading);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setMinWidth(least);
        return column;
    }
}
