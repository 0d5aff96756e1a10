package org.tablebook.ui.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.testing.RunningApp;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a note-taker does in the Demands section, in the real window: add a demand, log an
 * initial pass and a counter, find the demand with the filters, undo the counter, and find
 * everything again after restarting the app on the same file.
 */
class DemandsViewTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;

    @BeforeEach
    void seedAndStart() throws Exception {
        RunningApp.userName(dataFolder, "Kim Nguyen");
        TableSample.writeFile(dataFolder, CLOCK, "Kim Nguyen", LocalDate.now(CLOCK));
        start();
    }

    private void start() throws Exception {
        app = RunningApp.start(dataFolder, CLOCK);
    }

    @AfterEach
    void stopApp() throws Exception {
        RunningApp.stopAll(app);
    }

    private void keys(KeyCode... codes) {
        robot.press(codes);
        List<KeyCode> reversed = new java.util.ArrayList<>(List.of(codes));
        java.util.Collections.reverse(reversed);
        robot.release(reversed.toArray(KeyCode[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<?> timeline() {
        return robot.lookup("#passTimeline").queryAs(ListView.class);
    }

    private TableView<?> table() {
        return robot.lookup("#demandsTable").queryAs(TableView.class);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private boolean shows(String query, String text) {
        return robot.lookup(query).match((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible())
                .tryQuery().isPresent();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void theEditorsPagesAndThePassFormJoinTheWindowWhenFirstShown() throws Exception {
        keys(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> table().getItems().size() == 10);
        // No demand is open: the editor is hidden and none of its pages is in the window, so the
        // section's first showing styles and lays out the table alone.
        assertTrue(robot.lookup("#demandEditor").tryQuery().isEmpty(), "the editor waits for a demand");
        assertTrue(robot.lookup("#passTimeline").tryQuery().isEmpty(), "the history waits for a demand");
        assertTrue(robot.lookup("#demandCode").tryQuery().isEmpty(), "the details wait for a demand");
        assertTrue(robot.lookup("#passForm").tryQuery().isEmpty(), "the pass form waits to be opened");

        // A demand chosen: its history is shown; the details and the form still wait for their turn.
        robot.interact(() -> table().getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#passTimeline").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#demandCode").tryQuery().isEmpty(), "the details wait for their tab");
        assertTrue(robot.lookup("#passForm").tryQuery().isEmpty(), "the pass form waits to be opened");

        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup("#demandTabs").queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "detailsTab".equals(t.getId()))
                    .findFirst().orElseThrow());
        });
        waitUntil(() -> robot.lookup("#demandCode").tryQuery().map(Node::isVisible).orElse(false));

        robot.clickOn("#logPass");
        waitUntil(() -> robot.lookup("#passForm").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#passSummary").query().isFocused(), "the form takes the keyboard at once");
    }

    @Test
    void addADemandLogTwoPassesFilterUndoTheCounterAndFindItAllAfterARestart() throws Exception {
        keys(KeyCode.CONTROL, KeyCode.DIGIT2);
        keys(KeyCode.CONTROL, KeyCode.N);
        assertEquals("\u2022 New demand", text("#demandHeading"));
        assertEquals("U-8", robot.lookup("#demandCode").queryAs(javafx.scene.control.TextField.class).getText(),
                "the next code of our series is offered");
        robot.clickOn("#demandTitle").write("Night shift premium");
        robot.clickOn("#demandSave");
        waitUntil(() -> table().getItems().size() == 11);
        assertEquals("U-8  \u00B7  Night shift premium", text("#demandHeading"));
        assertEquals("Draft", text("#demandStatusBadge"));
        // Escape cancels an edit: the field goes back to what is stored.
        robot.clickOn("#demandTitle").write(" (draft)");
        keys(KeyCode.ESCAPE);
        assertEquals("Night shift premium",
                robot.lookup("#demandTitle").queryAs(javafx.scene.control.TextField.class).getText());

        // The initial proposal: our side, INITIAL, today's session, all chosen already.
        robot.clickOn("#logPass");
        waitUntil(() -> robot.lookup("#passForm").query().isVisible());
        assertEquals(Side.OURS, robot.lookup("#passSide").queryAs(ComboBox.class).getValue());
        assertEquals(ProposalKind.INITIAL, robot.lookup("#passKind").queryAs(ComboBox.class).getValue());
        robot.clickOn("#passSummary").write("8% on night hours");
        robot.clickOn("#passSave");
        waitUntil(() -> timeline().getItems().size() == 1);
        assertEquals("On the table", text("#demandStatusBadge"), "the first pass put it on the table");

        // Their counter: the form now offers their side and COUNTER; Enter logs it.
        robot.clickOn("#logPass");
        waitUntil(() -> robot.lookup("#passForm").query().isVisible());
        assertEquals(Side.THEIRS, robot.lookup("#passSide").queryAs(ComboBox.class).getValue());
        assertEquals(ProposalKind.COUNTER, robot.lookup("#passKind").queryAs(ComboBox.class).getValue());
        robot.clickOn("#passSummary").write("3% on night hours");
        keys(KeyCode.ENTER);
        waitUntil(() -> timeline().getItems().size() == 2);
        assertTrue(shows("#passTimeline .pass-summary", "8% on night hours"));
        assertTrue(shows("#passTimeline .pass-summary", "3% on night hours"));
        assertEquals("8% on night hours", text("#ourPosition"));
        assertEquals("3% on night hours", text("#theirPosition"));

        // Filter the table down to it.
        robot.clickOn("#demandSearch").write("night");
        waitUntil(() -> table().getItems().size() == 1);
        robot.clickOn("#demandFilterStatus");
        // The choice in the drop-down's list, not a status badge with the same words.
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("On the table")).queryLabeled());
        waitUntil(() -> text("#demandCount").equals("Showing 1 of 11 demands"));
        assertTrue(shows("#demandsTable .table-cell", "Night shift premium"));
        assertTrue(shows("#demandsTable .status-badge", "On the table"));

        // Undo the counter from the timeline (a text field would keep Ctrl+Z for itself).
        robot.clickOn("8% on night hours");
        assertEquals("Undo Log a pass", menuItem("undoItem").getText());
        keys(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> timeline().getItems().size() == 1);
        assertTrue(shows("#passTimeline .pass-summary", "8% on night hours"));
        assertEquals("No pass yet", text("#theirPosition"));
        waitUntil(() -> "Redo Log a pass".equals(menuItem("redoItem").getText()));

        // Restart on the same file: the demand, its pass and even the redo are still there.
        FxToolkit.cleanupApplication(app);
        app = null;
        start();
        keys(KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.clickOn("#demandSearch").write("night");
        waitUntil(() -> table().getItems().size() == 1);
        robot.clickOn("Night shift premium");
        waitUntil(() -> timeline().getItems().size() == 1);
        assertEquals("On the table", text("#demandStatusBadge"));
        assertTrue(shows("#passTimeline .pass-summary", "8% on night hours"));
        waitUntil(() -> "Redo Log a pass".equals(menuItem("redoItem").getText()));
        robot.clickOn("Edit").clickOn("Redo Log a pass");
        waitUntil(() -> timeline().getItems().size() == 2);
        assertEquals("3% on night hours", text("#theirPosition"));
        Label count = robot.lookup("#demandCount").queryAs(Label.class);
        assertEquals("Showing 1 of 11 demands", count.getText());
    }
}
