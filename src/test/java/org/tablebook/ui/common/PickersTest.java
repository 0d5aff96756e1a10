package org.tablebook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A drop-down of many entries is sized on its first ones, not by laying out a cell for each of them. */
class PickersTest {
    private final FxRobot robot = new FxRobot();
    private final ObservableList<String> many = FXCollections.observableArrayList(
            IntStream.range(0, 2000).mapToObj(i -> "U-" + i + " Demand " + i).toList());

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aSearchableAndAPlainDropDownAreMeasuredOnTheirFirstEntries() throws Exception {
        ComboBox<String>[] boxes = new ComboBox[2];
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            boxes[0] = Pickers.one("demand", many);
            boxes[1] = Pickers.measuredOnFirstRows(new ComboBox<>(many));
            stage.setScene(new Scene(new HBox(8, boxes[0], boxes[1]), 900, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Pickers.ROWS_MEASURED, boxes[1].getProperties().get("comboBoxRowsToMeasureWidth"));
        // The searchable one shows a plain drop-down of its own: that is the one measured.
        List<Node> inner = robot.from(boxes[0]).lookup((Node n) -> n instanceof ComboBox<?> && n != boxes[0])
                .queryAll().stream().toList();
        assertTrue(!inner.isEmpty(), "the searchable drop-down holds a plain one");
        inner.forEach(n -> assertEquals(Pickers.ROWS_MEASURED, n.getProperties().get("comboBoxRowsToMeasureWidth")));
        assertTrue(boxes[0].getWidth() > 0 && boxes[1].getWidth() > 0);
    }
}
