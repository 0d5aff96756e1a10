package org.tablebook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A long pick list on screen: the boxes it shows, how many more the search finds, each entry's detail on hover. */
class PickListTest {
    private final FxRobot robot = new FxRobot();
    private final Locale localeBefore = Locale.getDefault();
    private final ObservableList<Pick> all = FXCollections.observableArrayList(IntStream.range(0, 150)
            .mapToObj(i -> new Pick("d" + i, "U-" + i + " Demand " + i, "On the table", false)).toList());

    @BeforeEach
    void setUp() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        FxToolkit.registerPrimaryStage();
        PickFilter filter = new PickFilter(all);
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage.setScene(new Scene(new javafx.scene.control.ScrollPane(PickList.of("agenda", filter, "None")), 900,
                    600));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        Locale.setDefault(localeBefore);
    }

    @Test
    void aLongListSaysHowManyMoreTheSearchFinds() throws Exception {
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
        CheckBox box = robot.lookup("#agenda-U3Demand3").queryAs(CheckBox.class);
        assertNull(box.getTooltip(), "made when the pointer first comes over it");

        robot.moveTo(box);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("On the table", box.getTooltip().getText());
        assertFalse(box.isSelected());
    }
}
