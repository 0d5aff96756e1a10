package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Severity;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.testing.RunningApp;
import org.tablebook.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rules panel on the sample at 1366x768, as a person uses it: a count filters, "This record"
 * keeps the findings of the record open, and the panel folds away and comes back. Pictures of it
 * go to target/screenshots-rules.
 */
class RulesPanelFiltersViewTest {
    private static final Path SHOTS = Path.of("target/screenshots-rules");

    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;
    private Stage stage;

    @BeforeEach
    void startOnTheSample() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        stage = FxToolkit.registerPrimaryStage();
        app = RunningApp.start(dataFolder, Clock.systemDefaultZone());
        RunningApp.openSample(app, stage, 1366, 768);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown().size() > 10);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.stopAll(app);
    }

    private List<EvaluatedFinding> shown() {
        ListView<EvaluatedFinding> list = robot.lookup("#rulesList").queryListView();
        return new ArrayList<>(list.getItems());
    }

    private void picture(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(10);
        Files.createDirectories(SHOTS);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        org.tablebook.ui.shell.Screenshots.write(image, SHOTS.resolve(name));
    }

    @Test
    void aCountFiltersAndASecondClickShowsAllAgain() throws Exception {
        int all = shown().size();
        robot.clickOn("#rulesErrors");
        WaitForAsyncUtils.waitForFxEvents();
        List<EvaluatedFinding> errors = shown();
        assertFalse(errors.isEmpty());
        assertTrue(errors.size() < all);
        assertTrue(errors.stream().allMatch(f -> f.finding().severity() == Severity.ERROR));
        assertTrue(robot.lookup("#rulesShown").queryLabeled().getText().startsWith("Showing " + errors.size() + " of "));
        picture("rules-errors-only.png");

        robot.clickOn("#rulesErrors");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, shown().size());
    }

    @Test
    void thisRecordKeepsTheFindingsOfTheRecordOpenAndItsEditorShowsThemToo() throws Exception {
        int all = shown().size();
        EvaluatedFinding first = shown().get(0);
        robot.clickOn(robot.lookup("#rulesList .finding-subject").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        Section section = Section.of(first.finding().subject().kind());
        assertEquals(section, app.viewModel().sectionProperty().get());

        robot.clickOn("#rulesThisRecord");
        WaitForAsyncUtils.waitForFxEvents();
        List<EvaluatedFinding> mine = shown();
        assertTrue(mine.stream().anyMatch(f -> f.finding().subject().equals(first.finding().subject())), mine.toString());
        assertTrue(mine.size() < all);
        assertTrue(mine.stream().allMatch(f -> Section.of(f.finding().subject().kind()) == section));
        // The record's editor lists the same findings above its form.
        assertTrue(robot.lookup(".editor-findings").queryAll().stream().anyMatch(Node::isVisible));
        picture("rules-this-record.png");

        robot.clickOn("#rulesThisRecord");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, shown().size());
    }

    @Test
    void thePanelFoldsAwayWithItsShortcutAndComesBackWithItsButton() throws Exception {
        Node panel = robot.lookup("#rulesPanel").query();
        double open = panel.getBoundsInLocal().getWidth();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#rulesStrip").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#rulesPanelOpen").query().isVisible());
        double folded = panel.getBoundsInLocal().getWidth();
        assertTrue(folded < 80 && folded < open, "folded to " + folded + " from " + open);
        picture("rules-collapsed.png");
        // Remembered for the next start: the preferences file says so once saved.
        Path preferences = dataFolder.resolve("preferences.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(preferences)
                && Files.readString(preferences).replaceAll("\\s", "").contains("\"collapsed\":true"));

        robot.clickOn("#rulesExpand");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#rulesPanelOpen").query().isVisible());
        assertEquals(open, panel.getBoundsInLocal().getWidth(), 1.0);
    }
}
