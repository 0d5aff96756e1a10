package org.tablebook.ui.sidebars;

import org.tablebook.testing.RunningApp;
import org.tablebook.testing.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.SidebarState;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole sidebar as the chief negotiator lives it, in the real window on a real file, with a
 * clock the test moves: propose, tell the team, authorize, pick two reps, instruct, agree the
 * ground rules, start, watch the clock, end, record two topics, report back, accept one and turn
 * it into a tentative agreement, counter the other. Then the file is closed and opened again
 * mid-sidebar.
 */
class SidebarsViewTest {
    /** Tuesday 3 March 2026, 14:00 in Chicago. */
    private static final Instant T0 = Instant.parse("2026-03-03T20:00:00Z");

    @TempDir
    Path dataFolder;
    private final MutableClock clock = new MutableClock(T0, SidebarFixture.zone());
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;

    @BeforeEach
    void seed() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        SidebarFixture.create(dataFolder.resolve("negotiation.tablebook"), dataFolder.resolve("backups"), clock);
    }

    private void startApp() throws Exception {
        app = RunningApp.start(dataFolder, clock);
    }

    private void stopApp() throws Exception {
        RunningApp.stop(app);
        app = null;
    }

    @AfterEach
    void tearDown() throws Exception {
        RunningApp.stopAll(app);
    }

    // ---- helpers: what a person does ----

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            shot("timed-out");
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    private String text(String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    /** Scrolls the node into sight, as a person would, then clicks it. */
    private void click(Node target) {
        reveal(target);
        robot.clickOn(target);
    }

    private void click(String query) {
        click(node(query));
    }

    private void reveal(Node target) {
        reveal(robot, target);
    }

    /** Scrolls every scroll pane around the node so that it is in sight, as a person would. */
    static void reveal(FxRobot robot, Node target) {
        robot.interact(() -> {
            for (Node n = target.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane scroll) {
                    scroll.layout();
                    SidebarForms.reveal(scroll, target);
                    scroll.layout();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String query, String text) {
        click(query);
        robot.write(text);
    }

    private void tick(String pane, String label) {
        CheckBox box = robot.from(robot.lookup(pane)).lookup((CheckBox c) -> label.equals(c.getText())).query();
        click(box);
        assertTrue(box.isSelected(), label);
    }

    /** Opens a drop-down and clicks the entry with this text. */
    private void choose(String combo, String entry) {
        click(combo);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> entry.equals(c.getText()) && c.isVisible()).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(entry, textOf((ComboBox<?>) node(combo)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String textOf(ComboBox combo) {
        return combo.getConverter().toString(combo.getValue());
    }

    private void selectTab(String id) {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String state() {
        return text("#sidebarState");
    }

    /** With -Dsidebars.shots=DIR, saves the whole of the selected step (below the fold too) as a PNG. */
    private void shot(String name) throws Exception {
        String dir = System.getProperty("sidebars.shots");
        if (dir == null) {
            return;
        }
        WritableImage[] image = new WritableImage[2];
        robot.interact(() -> {
            image[0] = robot.window(0).getScene().snapshot(null);
            TabPane tabs = node("#sidebarTabs");
            ScrollPane scroll = (ScrollPane) tabs.getSelectionModel().getSelectedItem().getContent();
            image[1] = scroll.getContent().snapshot(null, null);
        });
        write(image[0], Path.of(dir, name + "-window.png"));
        write(image[1], Path.of(dir, name + "-page.png"));
    }

    static void write(WritableImage image, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
    }

    // ---- the tests ----

    @Test
    void aWholeSidebarAsTheChiefNegotiatorLivesIt() throws Exception {
        startApp();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<SidebarRow> table = node("#sidebarsTable");
        assertTrue(table.getItems().isEmpty());
        // No sidebar is open: the hidden editor's first page waits for one to be shown (the tab pane
        // has chosen its tab already), so the section's first showing does not style it.
        assertTrue(robot.lookup("#sidebarOurPeople").tryQuery().isEmpty(), "the Before page waits for a sidebar");

        // Propose: management's chief suggests a sidebar.
        click("#sidebarsNew");
        type("#sidebarPurpose", "Staffing ratios");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> table.getItems().size() == 1 && "Proposed".equals(state()));
        assertEquals("0 of 8 conditions met (see 1 Before). You can start anyway.", text("#sidebarChecklistShort"));
        shot("1-proposed");
        // A page nobody has opened yet is not in the window (its styling and layout wait for its tab).
        assertTrue(robot.lookup("#seriesEntries").tryQuery().isEmpty(), "the series page waits for its tab");
        robot.press(KeyCode.ALT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.ALT);
        waitUntil(() -> robot.lookup("#seriesEntries").tryQuery().map(n -> n.getScene() != null).orElse(false));
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        waitUntil(() -> ((TabPane) node("#sidebarTabs")).getSelectionModel().getSelectedIndex() == 0);

        // The whole team is told, then authorizes it and chooses our reps.
        clock.advance(Duration.ofMinutes(5));
        click("#sidebarInformedNow");
        assertEquals("2026-03-03 14:05", ((javafx.scene.control.TextField) node("#sidebarInformedAt")).getText());
        clock.advance(Duration.ofMinutes(10));
        click("#sidebarAuthorizedNow");
        choose("#sidebarRepsChosenBy", "Our whole team");
        tick("#sidebarOurPeople", SidebarFixture.DANA);
        assertFalse(robot.lookup("#condition-TWO_OF_OURS").queryLabeled().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("met")), "one of ours is not enough");
        tick("#sidebarOurPeople", SidebarFixture.ANA);
        tick("#sidebarTheirPeople", SidebarFixture.PAT);
        assertTrue(robot.lookup("#condition-TWO_OF_OURS").queryLabeled().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("met")));

        // Instructions, ground rules, agenda.
        type("#sidebarSay", "Explore a phase-in over two years.");
        type("#sidebarDoNotSay", "Nothing about the strike vote.");
        choose("#sidebarNoNotes", "Agreed");
        choose("#sidebarNotRepeated", "Agreed");
        choose("#sidebarNotUsed", "Agreed");
        tick("#sidebarAgenda", "U-12 Staffing ratios");
        tick("#sidebarAgenda", "U-3 Night differential");
        assertEquals("Every condition the texts set is met: the sidebar can start.", text("#sidebarChecklistSummary"));
        shot("2-checklist");
        click("#sidebarSave");
        waitUntil(() -> "Authorized".equals(state()));

        // Start: no question, every condition is met; the clock runs in the view and the status bar.
        clock.advance(Duration.ofMinutes(5));
        click("#sidebarStart");
        waitUntil(() -> "In progress".equals(state()));
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "no confirmation when every condition is met");
        assertEquals("0:00:00", text("#sidebarClock"));
        assertEquals("Time limit 1 h 30 min", text("#sidebarLimit"));
        clock.advance(Duration.ofMinutes(12).plusSeconds(5));
        waitUntil(() -> "0:12:05".equals(text("#sidebarClock")));
        waitUntil(() -> text("#statusSidebarClock").equals("Sidebar 0:12:05 \u00b7 limit 1 h 30 min"));
        assertEquals("Since 14:20", table.getItems().get(0).duration());
        shot("3-running");

        // End.
        clock.advance(Duration.ofMinutes(30));
        click("#sidebarEnd");
        waitUntil(() -> "Ended".equals(state()));
        assertEquals("0:42:05", text("#sidebarClock"));
        assertFalse(node("#statusSidebarClock").isVisible());
        assertEquals(2, ((TabPane) node("#sidebarTabs")).getSelectionModel().getSelectedIndex(), "on to the outcome");

        // The agenda's two demands are its topics already: each side's position and the tentative
        // conclusion, the first one ready for typing.
        waitUntil(() -> robot.lookup("#topic-1").tryQuery().isPresent() && node("#topic-0-ours").isFocused());
        robot.write("1:4 on days within a year");
        robot.type(KeyCode.TAB).write("1:6, review in 2028");
        robot.type(KeyCode.TAB).write("1:5 on days from July");
        assertEquals("1:5 on days from July",
                ((javafx.scene.control.TextArea) node("#topic-0-conclusion")).getText(), "Tab moves on to the next box");
        type("#topic-1-ours", "15% nights");
        robot.type(KeyCode.TAB).write("Nothing this year");
        robot.type(KeyCode.TAB).write("No movement");
        assertEquals("Save", text("#sidebarSave"), "no decision yet: Save keeps the outcome");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> node("#sidebarSave").isDisabled());
        assertEquals("Ended", state(), "the outcome is kept; the report-back is not yet on record");
        shot("4-outcome");

        // Report back to the team: the committee accepts one and counters the other, in one Save.
        clock.advance(Duration.ofMinutes(20));
        waitUntil(() -> "Ended 20 min ago. The reps report to the rest of the team immediately."
                .equals(text("#reportStatus")));
        type("#reportSummary", "Ratios close; nights nowhere.");
        click("#topic-0-accept");
        click("#topic-1-counter");
        type("#topic-1-note", "Counter with 12%");
        assertEquals("_Record report-back", text("#sidebarSave"));
        click("#sidebarSave");
        waitUntil(() -> "Closed".equals(state()) && node("#topic-0-agreement").isVisible());
        assertEquals("Reported Mar 3, 15:22 by Dana Reyes, 20 min after the end.", text("#reportStatus"));
        assertFalse(node("#topic-1-makeAgreement").isVisible());

        // The accepted topic became a tentative agreement at once, said at the top with an Undo.
        assertTrue(text("#topic-0-agreement").startsWith("Tentative agreement made on Mar 3 (status: Tentative)"),
                text("#topic-0-agreement"));
        assertTrue(node("#sidebarNotice").isVisible());
        assertTrue(node("#sidebarNoticeUndo").isVisible());
        assertFalse(node("#topic-0-makeAgreement").isVisible());
        assertEquals("Closed", table.getItems().get(0).stateText());
        assertEquals("Mar 3, 15:22", table.getItems().get(0).reported());
        shot("5-report-back");

        // What the file holds, read after the window is closed.
        stopApp();
        try (TablebookStore store = TablebookStore.open(dataFolder.resolve("negotiation.tablebook"),
                StoreOptions.defaults(clock, dataFolder.resolve("backups")))) {
            NegotiationSnapshot s = store.loadSnapshot();
            var sidebar = s.sidebars().get(0);
            assertEquals(SidebarState.CLOSED, s.stateOf(sidebar));
            assertEquals(Instant.parse("2026-03-03T20:05:00Z"), sidebar.teamInformedAt());
            assertEquals(Instant.parse("2026-03-03T20:20:00Z"), sidebar.startedAt());
            assertEquals(2, s.ofSide(sidebar.attendeeIds(), org.tablebook.domain.Side.OURS).size());
            assertEquals(List.of(CommitteeDecision.ACCEPT, CommitteeDecision.COUNTER),
                    s.topicsOf(sidebar.id()).stream().map(SidebarTopic::decision).toList());
            assertEquals(1, s.agreements().size());
            TentativeAgreement ta = s.agreements().get(0);
            assertEquals(TaSource.SIDEBAR, ta.source());
            assertEquals(sidebar.id(), ta.sidebarId());
            assertEquals(TaStatus.TENTATIVE, ta.status());
            assertEquals(LocalDate.of(2026, 3, 3), ta.reachedOn());
            assertEquals("1:5 on days from July", ta.text());
            assertEquals(DemandStatus.TENTATIVELY_AGREED, s.demand(ta.demandId()).orElseThrow().status());
        }
    }

    @Test
    void startingWithConditionsUnmetShowsThemFirstAndKeepsThemOnThePage() throws Exception {
        startApp();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Quick word in the hallway");
        tick("#sidebarOurPeople", SidebarFixture.DANA);
        click("#sidebarStart");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("\u2022 At least two people from the union take part"),
                dialog.getContentText());
        shot("6-confirm");
        robot.clickOn("Start anyway");
        waitUntil(() -> "In progress".equals(state()));
        assertTrue(text("#sidebarMissingAtStart").startsWith("Started without 8 of the 8 conditions: the whole team told"),
                text("#sidebarMissingAtStart"));
        clock.advance(Duration.ofMinutes(3));
        click("#sidebarEnd");
        waitUntil(() -> "Ended".equals(state()));
        assertTrue(node("#sidebarMissingAtStart").isVisible(), "still shown once it has ended");
    }

    @Test
    void reopeningTheFileMidSidebarShowsItStillRunningWithTheRightElapsedTime() throws Exception {
        startApp();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Night differential");
        click("#sidebarStart");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Start anyway");
        waitUntil(() -> "In progress".equals(state()));
        clock.advance(Duration.ofMinutes(10));
        stopApp();
        FxToolkit.cleanupStages();

        clock.advance(Duration.ofMinutes(15).plusSeconds(30));
        startApp();
        waitUntil(() -> "Sidebar 0:25:30 \u00b7 limit 1 h 30 min".equals(text("#statusSidebarClock")));
        robot.clickOn("#statusSidebarClock");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Night differential", text("#sidebarHeading"));
        assertEquals("In progress", state());
        assertEquals("0:25:30", text("#sidebarClock"));
        // It opens on its During page; the Before page, chosen while no sidebar was shown, was never
        // put on screen.
        assertEquals(SidebarStep.DURING.ordinal(), ((TabPane) node("#sidebarTabs")).getSelectionModel().getSelectedIndex());
        assertTrue(robot.lookup("#sidebarOurPeople").tryQuery().isEmpty(), "the Before page waits for its tab");
        clock.advance(Duration.ofMinutes(70));
        waitUntil(() -> "1:35:30".equals(text("#sidebarClock")));
        assertEquals("5 min over the 1 h 30 min limit", text("#sidebarLimit"));
        assertTrue(node("#sidebarClock").getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("over-limit")));
    }
}
