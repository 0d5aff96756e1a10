package org.tablebook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Long lists on screen: a pick list's boxes, how many more its search finds, each entry's detail on
 * hover; a drop-down of many entries sized on its first ones.
 */
class PickListTest {
    private final FxRobot robot = new FxRobot();
    private final Locale localeBefore = Locale.getDefault();
    private final ObservableList<Pick> all = FXCollections.observableArrayList(IntStream.range(0, 150)
            .mapToObj(i -> new Pick("d" + i, "U-" + i + " Demand " + i, "On the table", false)).toList());

    @BeforeEach
    void setUp() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        Locale.setDefault(localeBefore);
    }

    private static void show(java.util.function.Supplier<javafx.scene.Parent> content) throws Exception {
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage.setScene(new Scene(content.get(), 900, 600));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showAgenda() throws Exception {
        PickFilter filter = new PickFilter(all);
        show(() -> new javafx.scene.control.ScrollPane(PickList.of("agenda", filter, "None")));
    }

    @Test
    void aLongListSaysHowManyMoreTheSearchFinds() throws Exception {
        showAgenda();
        assertEquals(PickFilter.SHOWN_AT_MOST, robot.lookup("#agenda").queryAs(FlowPane.class).getChildren().size());
        Label more = robot.lookup("#agendaMore").queryAs(Label.class);
        assertTrue(more.isVisible());
        assertEquals((150 - PickFilter.SHOWN_AT_MOST) + " more entries: type in the search above to find them.",
                more.getText());

        robot.clickOn("#agendaSearch").write("U-140");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !more.isVisible());
        assertEquals("U-140 Demand 140", ((CheckBox) robot.lookup("#agenda").queryAs(FlowPane.class).getChildren()
                .get(0)).getText());
        assertEquals("U-140", robot.lookup("#agendaSearch").queryAs(TextField.class).getText());
    }

    @Test
    void anEntrysDetailShowsOnHover() throws Exception {
        showAgenda();
        CheckBox box = robot.lookup("#agenda-U3Demand3").queryAs(CheckBox.class);
        assertNull(box.getTooltip(), "made when the pointer first comes over it");

        robot.moveTo(box);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("On the table", box.getTooltip().getText());
        assertFalse(box.isSelected());
    }

    @Test
    void aSearchableAndAPlainDropDownAreMeasuredOnTheirFirstEntries() throws Exception {
        ObservableList<String> many = FXCollections.observableArrayList(
                IntStream.range(0, 2000).mapToObj(i -> "U-" + i + " Demand " + i).toList());
        List<ComboBox<String>> boxes = new java.util.ArrayList<>();
        show(() -> {
            boxes.add(Pickers.one("demand", many));
            boxes.add(Pickers.measuredOnFirstRows(new ComboBox<>(many)));
            return new HBox(8, boxes.get(0), boxes.get(1));
        });

        assertEquals(Pickers.ROWS_MEASURED, boxes.get(1).getProperties().get("comboBoxRowsToMeasureWidth"));
        // The searchable one shows a plain drop-down of its own: that is the one measured.
        List<Node> inner = robot.from(boxes.get(0)).lookup((Node n) -> n instanceof ComboBox<?> && n != boxes.get(0))
                .queryAll().stream().toList();
        assertFalse(inner.isEmpty(), "the searchable drop-down holds a plain one");
        inner.forEach(n -> assertEquals(Pickers.ROWS_MEASURED, n.getProperties().get("comboBoxRowsToMeasureWidth")));
        assertTrue(boxes.get(0).getWidth() > 0 && boxes.get(1).getWidth() > 0);
    }
}
