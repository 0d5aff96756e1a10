package org.tablebook.ui.sidebars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.Demand;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.MutableClock;
import org.tablebook.testing.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a sidebar, the chief records each side's position and the committee's decision on a
 * topic, pastes a note holding half a character (damaged when copied), and is told so under the note; the
 * note fixed, one Save writes the outcome, the decision and the report-back.
 */
class TopicOutcomeViewTest {
    /** Tuesday 3 March 2026, 14:00 in Chicago. */
    private static final Instant T0 = Instant.parse("2026-03-03T20:00:00Z");

    @TempDir
    Path dataFolder;
    private final MutableClock clock = new MutableClock(T0, SidebarFixture.zone());
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;
    private Path file;

    @BeforeEach
    void seed() throws Exception {
        RunningApp.userName(dataFolder, SidebarFixture.DANA);
        file = dataFolder.resolve("negotiation.tablebook");
        SidebarFixture.create(file, dataFolder.resolve("backups"), clock);
        try (TablebookStore store = TablebookStore.open(file, StoreOptions.defaults(clock, dataFolder.resolve("backups")))) {
            List<org.tablebook.domain.Entity> ended = SidebarFixture.ended(store.loadSnapshot().demands(), T0);
            store.write(SidebarFixture.DANA, "An ended sidebar", w -> {
                ended.forEach(w::insert);
                return null;
            });
        }
        app = RunningApp.start(dataFolder, clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        RunningApp.stopAll(app);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    private void click(String query) {
        Node target = node(query);
        SidebarsViewTest.reveal(robot, target);
        robot.clickOn(target);
    }

    private void type(String query, String text) {
        click(query);
        robot.write(text);
    }

    /** With -Dsidebars.shots=DIR, saves the window as a PNG. */
    private void shot(String name) throws Exception {
        String dir = System.getProperty("sidebars.shots");
        if (dir != null) {
            javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
            robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
            SidebarsViewTest.write(image[0], Path.of(dir, name + ".png"));
        }
    }

    @Test
    void aRefusedNoteIsSaidUnderTheNoteAndTheFixedPageIsSavedWhole() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        TableView<SidebarRow> table = node("#sidebarsTable");
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn(robot.lookup("#sidebarsTable .table-row-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> robot.lookup("#topic-1").tryQuery().isPresent() && node("#topic-0-ours").isVisible());

        type("#topic-0-ours", "1:4 on days within a year");
        type("#topic-0-theirs", "1:6, review in 2028");
        click("#topic-0-counter");
        // The note comes from another program, which cut a character in half.
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Counter\uD83D with 1:5");
            Clipboard.getSystemClipboard().setContent(content);
        });
        TextField note = node("#topic-0-note");
        click("#topic-0-note");
        robot.interact(note::paste);
        assertEquals("Counter\uD83D with 1:5", note.getText());
        assertTrue(robot.lookup("#topic-0-title").queryLabeled().getText().startsWith("\u2022 "),
                "the topic's card shows its unsaved edit");
        SidebarsViewTest.reveal(robot, node("#topic-0-title"));
        shot("topic-dirty");
        click("#sidebarSave");

        Label message = node("#topic-0-noteError");
        waitUntil(message::isVisible);
        assertTrue(message.getText().contains("half of a character"), message.getText());
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "said under the note, not in a dialog");
        assertFalse(node("#sidebarSave").isDisabled(), "nothing written: the page still holds its edit");
        SidebarsViewTest.reveal(robot, message);
        shot("topic-refused");

        robot.clickOn(note);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Counter with 1:5");
        waitUntil(() -> !message.isVisible());
        click("#sidebarSave");
        waitUntil(() -> node("#sidebarSave").isDisabled());

        RunningApp.stop(app);
        app = null;
        try (TablebookStore store = TablebookStore.open(file, StoreOptions.defaults(clock, dataFolder.resolve("backups")))) {
            NegotiationSnapshot s = store.loadSnapshot();
            Sidebar sidebar = s.sidebars().get(0);
            SidebarTopic first = s.topicsOf(sidebar.id()).stream()
                    .filter(t -> "1:4 on days within a year".equals(t.ourPosition())).findFirst().orElseThrow();
            assertEquals("1:6, review in 2028", first.theirPosition());
            assertEquals(CommitteeDecision.COUNTER, first.decision());
            assertEquals("Counter with 1:5", first.decisionNote());
            assertTrue(s.reportBackOf(sidebar.id()).isPresent(), "the decision records the report-back with it");
        }
    }
}
