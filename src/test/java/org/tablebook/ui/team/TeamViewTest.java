package org.tablebook.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.testing.RunningApp;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What a person does in the Team section, in the real window. */
class TeamViewTest {
    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;

    @BeforeEach
    void startApp() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        app = RunningApp.start(dataFolder, Clock.systemDefaultZone());
    }

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void addsAPersonWithTheKeyboardAndSeesThemInTheTeam() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // Nobody is open: the form waits for a record, so the section's first showing styles the list alone.
        assertTrue(robot.lookup("#personEditor").tryQuery().isEmpty(), "the form joins the window with a record");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u2022 New person", robot.lookup("#personEditor .title-3").queryAs(Label.class).getText());
        robot.write("Morgan Hale");
        robot.clickOn("#personSide").clickOn("Their side");
        robot.clickOn("#personRole").clickOn("Decision-maker");
        robot.clickOn("#personCanAgree");
        robot.clickOn("#personSave");

        TableView<?> table = robot.lookup("#teamTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#teamTable .table-cell").match(
                n -> n instanceof javafx.scene.control.Labeled l && "Morgan Hale".equals(l.getText()))
                .tryQuery().isPresent(), "the new person is a row of the table");
        assertEquals("Morgan Hale", robot.lookup("#personEditor .title-3").queryAs(Label.class).getText());

        // Closing the app releases the file, which is then read as it was written.
        FxToolkit.cleanupApplication(app);
        app = null;
        try (TablebookStore store = TablebookStore.open(dataFolder.resolve("negotiation.tablebook"),
                StoreOptions.defaults(Clock.systemDefaultZone(), dataFolder.resolve("backups")))) {
            Person morgan = store.loadSnapshot().people().get(0);
            assertEquals("Morgan Hale", morgan.name());
            assertEquals(Side.THEIRS, morgan.side());
            assertEquals(PersonRole.DECISION_MAKER, morgan.role());
            assertTrue(morgan.canAgree());
        }
    }
}
