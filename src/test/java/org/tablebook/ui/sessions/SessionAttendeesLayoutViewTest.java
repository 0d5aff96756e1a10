package org.tablebook.ui.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.RunningApp;
import org.tablebook.ui.shell.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a 1366x768 laptop the session's two lists of attendees (ours, theirs) sit side by side; one
 * goes under the other only when the editor is too narrow for both.
 */
class SessionAttendeesLayoutViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;
    private Stage stage;

    @BeforeEach
    void startOnTheSample() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        DataFolders folders = new DataFolders(dataFolder);
        TablebookStore.createFrom(folders.defaultFile(), SampleNegotiation.build(CLOCK), "Dana Reyes",
                StoreOptions.defaults(CLOCK, folders.backups())).close();
        stage = FxToolkit.registerPrimaryStage();
        app = RunningApp.start(dataFolder, CLOCK);
        size(1366, 768);
    }

    @AfterEach
    void stopApp() throws Exception {
        RunningApp.stopAll(app);
    }

    private void size(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Bounds onScreen(String query) throws Exception {
        Node node = robot.lookup(query).query();
        return WaitForAsyncUtils.asyncFx(() -> node.getParent().localToScene(node.getBoundsInParent())).get();
    }

    private void shot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "layout-shots"));
        Screenshots.write(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(),
                folder.resolve(name + ".png"));
    }

    @Test
    void oursAndTheirsSitSideBySideAt1366AndStackOnlyWhenTooNarrow() throws Exception {
        robot.clickOn("#nav-sessions");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sessionsTable .table-row-cell")
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup("#sessionsTable .table-row-cell").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#sessionDetailsTab").<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sessionOurs").tryQuery().isPresent()
                && !robot.lookup("#sessionOurs .check-box").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        shot("sessions-attendees-1366");
        Bounds ours = onScreen("#sessionOurs");
        Bounds theirs = onScreen("#sessionTheirs");
        assertEquals(ours.getMinY(), theirs.getMinY(), 1, "side by side: " + ours + " and " + theirs);
        assertTrue(theirs.getMinX() >= ours.getMaxX(), "theirs to the right of ours");

        size(1024, 700);
        shot("sessions-attendees-1024");

        // Narrower than two lists side by side: one above the other, each whole.
        Node editor = robot.lookup("#sessionOurs").query().getParent().getParent();
        WaitForAsyncUtils.asyncFx(() -> {
            ((javafx.scene.layout.Region) editor).setMaxWidth(200);
            editor.getParent().requestLayout();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        ours = onScreen("#sessionOurs");
        theirs = onScreen("#sessionTheirs");
        assertTrue(theirs.getMinY() >= ours.getMaxY(), "theirs under ours: " + ours + " and " + theirs);
        assertEquals(ours.getMinX(), theirs.getMinX(), 1);
    }
}
