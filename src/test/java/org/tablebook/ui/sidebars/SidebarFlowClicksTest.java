package org.tablebook.ui.sidebars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.TaSource;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.MutableClock;
import org.tablebook.testing.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sidebar flow from a proposal on the table to a tentative agreement, done in the real window
 * and counted: every click and every key press other than the words typed. The person starts on
 * the demand, starts a sidebar on it, ends it, writes each side's position and the tentative
 * conclusion, reports back, and the committee accepts.
 */
class SidebarFlowClicksTest {
    private static final Instant T0 = Instant.parse("2026-03-03T20:00:00Z");

    @TempDir
    Path dataFolder;
    private final MutableClock clock = new MutableClock(T0, SidebarFixture.zone());
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;
    private int clicks;
    private int keys;

    @BeforeEach
    void seed() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        SidebarFixture.create(dataFolder.resolve("negotiation.tablebook"), dataFolder.resolve("backups"), clock);
        app = RunningApp.start(dataFolder, clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        RunningApp.stopAll(app);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            shot("timed-out");
            throw new AssertionError("timed out; focus on " + robot.window(0).getScene().getFocusOwner()
                    + ", state " + state(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    private void click(String query) {
        click((Node) node(query));
    }

    private void click(Node target) {
        SidebarsViewTest.reveal(robot, target);
        robot.clickOn(target);
        clicks++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void key(KeyCode code) {
        robot.type(code);
        keys++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Words typed are not counted: the same words are typed before and after. */
    private void write(String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(String combo, String entry) {
        click(combo);
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> entry.equals(c.getText()) && c.isVisible()).query();
        robot.clickOn(cell);
        clicks++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** With -Dsidebars.shots=DIR, saves the window as a PNG. */
    private void shot(String name) throws Exception {
        String dir = System.getProperty("sidebars.shots");
        if (dir == null) {
            return;
        }
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        SidebarsViewTest.write(image[0], Path.of(dir, name + ".png"));
    }

    private String state() {
        return robot.lookup("#sidebarState").tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("");
    }

    /** On the Demands screen, U-12 (on the table) chosen: where the flow starts, not counted. */
    private void onTheDemand() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> demands = node("#demandsTable");
        robot.interact(() -> {
            for (int i = 0; i < demands.getItems().size(); i++) {
                if (demands.getItems().get(i).toString().contains("U-12")) {
                    demands.getSelectionModel().select(i);
                }
            }
        });
        waitUntil(() -> robot.lookup("#demandHeading").queryLabeled().getText().contains("Staffing"));
    }

    @Test
    void fromAProposalToATentativeAgreement() throws Exception {
        onTheDemand();
        clicks = 0;
        keys = 0;

        click("#demandSidebar");
        waitUntil(() -> "Proposed".equals(state()));
        click("#sidebarStart");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        click((Node) robot.lookup("Start anyway").query());
        waitUntil(() -> "In progress".equals(state()));
        clock.advance(Duration.ofMinutes(30));
        click("#sidebarEnd");
        waitUntil(() -> "Ended".equals(state()) && robot.lookup("#topic-0-ours").tryQuery()
                .map(Node::isFocused).orElse(false));
        write("1:4 on days within a year");
        key(KeyCode.TAB);
        write("1:6, review in 2028");
        key(KeyCode.TAB);
        write("1:5 on days from July");
        click("#topic-0-accept");
        assertEquals("_Record report-back", robot.lookup("#sidebarSave").queryLabeled().getText());
        click("#sidebarSave");
        waitUntil(() -> node("#topic-0-agreement").isVisible() && node("#sidebarNotice").isVisible());
        assertTrue(robot.lookup("#sidebarNoticeText").queryLabeled().getText()
                .startsWith("Tentative agreement made on U-12 Staffing ratios."));
        assertTrue(node("#sidebarNoticeUndo").isVisible());
        assertEquals("Closed", state());
        shot("flow-after");

        System.out.println("SIDEBAR FLOW: " + clicks + " clicks, " + keys + " key presses");
        // Before: Sidebars, New, (purpose typed), tick the demand on the agenda, Start, Start anyway,
        // End, Add the agenda, click our position, Tab, Tab, Save topic, the Report-back tab, Record
        // report-back, open the decision, Accept, Save decision, Make tentative agreement.
        int before = 15 + 2;
        assertTrue(2 * (clicks + keys) <= before, clicks + " clicks and " + keys + " keys: more than half of " + before);
        RunningApp.stop(app);
        app = null;
        try (TablebookStore store = TablebookStore.open(dataFolder.resolve("negotiation.tablebook"),
                StoreOptions.defaults(clock, dataFolder.resolve("backups")))) {
            NegotiationSnapshot s = store.loadSnapshot();
            assertEquals(1, s.agreements().size());
            assertEquals(TaSource.SIDEBAR, s.agreements().get(0).source());
            assertEquals("1:5 on days from July", s.agreements().get(0).text());
            assertEquals(DemandStatus.TENTATIVELY_AGREED, s.demand(s.agreements().get(0).demandId()).orElseThrow().status());
        }
    }

    /**
     * With -Dsidebars.shots=DIR: the sample at 1366x768, the agenda picker searched, and the report-back
     * page of one of its sidebars, saved as PNGs to look at.
     */
    @Test
    void theSampleAt1366x768() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("sidebars.shots") != null);
        RunningApp.stopAll(app);
        Path file = dataFolder.resolve("negotiation.tablebook");
        java.nio.file.Files.delete(file);
        TablebookStore.createFrom(file, org.tablebook.domain.sample.SampleNegotiation.build(clock), "Dana Reyes",
                StoreOptions.defaults(clock, dataFolder.resolve("backups"))).close();
        app = RunningApp.start(dataFolder, clock);
        robot.interact(() -> {
            javafx.stage.Window w = robot.window(0);
            w.setX(0);
            w.setY(0);
            w.setWidth(1366);
            w.setHeight(768);
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = node("#sidebarsTable");
        javafx.scene.control.TabPane tabs = node("#sidebarTabs");
        robot.interact(() -> table.getSelectionModel().select(table.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> tabs.getSelectionModel().select(SidebarStep.REPORT_BACK.ordinal()));
        WaitForAsyncUtils.waitForFxEvents();
        shot("sample-report-back");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> tabs.getSelectionModel().select(SidebarStep.BEFORE.ordinal()));
        click("#sidebarAgendaSearch");
        write("wage");
        shot("sample-agenda-search");
    }
}
