package org.tablebook.ui.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.testing.Calendars;
import org.tablebook.testing.RunningApp;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.domain.TableSession;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.ui.demands.TableSample;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A note-taker logs a whole session from the Table sessions section: the session with who
 * attended, then five passes on three demands, each from the session's own "Log a pass".
 */
class SessionsViewTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;

    @BeforeEach
    void seedAndStart() throws Exception {
        RunningApp.userName(dataFolder, "Kim Nguyen");
        // The sample's sessions end a week ago here: today's session is the one this test adds.
        TableSample.writeFile(dataFolder, CLOCK, "Kim Nguyen", LocalDate.now(CLOCK).minusDays(7));
        app = RunningApp.start(dataFolder, CLOCK);
    }

    @AfterEach
    void stopApp() throws Exception {
        RunningApp.stopAll(app);
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<?> passes() {
        return robot.lookup("#sessionPasses").queryAs(ListView.class);
    }

    /** Log a pass: find the demand by typing in the list, keep the side and kind offered, write the summary. */
    private void logPass(String search, String demand, String summary) throws Exception {
        robot.clickOn("#sessionLogPass");
        waitUntil(() -> robot.lookup("#passForm").query().isVisible());
        // The passes page is in the window once it has been shown: Log a pass shows it.
        int before = passes().getItems().size();
        robot.clickOn("#passDemand");
        robot.write(search);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(demand);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#passSummary").write(summary);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitUntil(() -> passes().getItems().size() == before + 1);
    }

    @Test
    void aSessionAndItsPassDatedFromTheCalendarAreSaved() throws Exception {
        LocalDate yesterday = LocalDate.now(CLOCK).minusDays(1);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // No session is open: the hidden editor's pages and the pass form wait to be shown, so the
        // section's first showing styles and lays out only the list.
        assertTrue(robot.lookup("#sessionEditor").tryQuery().isEmpty(), "the editor waits for a session");
        assertTrue(robot.lookup("#sessionPasses").tryQuery().isEmpty(), "the passes page waits for a session");
        assertTrue(robot.lookup("#sessionLocation").tryQuery().isEmpty(), "the details page waits for a session");
        assertTrue(robot.lookup("#passForm").tryQuery().isEmpty(), "the pass form waits to be opened");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Calendars.pick(robot, "sessionDate", yesterday);
        robot.clickOn("#sessionStart").write("10:00");
        robot.clickOn("#sessionEnd").write("12:15");
        robot.clickOn("#sessionSave");
        TableView<?> sessions = robot.lookup("#sessionsTable").queryAs(TableView.class);
        waitUntil(() -> sessions.getItems().size() == 5);
        assertTrue(robot.lookup("#passForm").tryQuery().isEmpty(), "the pass form waits to be opened");

        robot.clickOn("#sessionLogPass");
        waitUntil(() -> robot.lookup("#passForm").query().isVisible());
        robot.clickOn("#passDemand");
        robot.write("wage");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("U-1  Wage scale");
        WaitForAsyncUtils.waitForFxEvents();
        // The pass's date cleared, then chosen again from the calendar.
        robot.clickOn("#passDate").eraseText(12);
        Calendars.pick(robot, "passDate", yesterday);
        robot.clickOn("#passSummary").write("4.5% a year, steps kept");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> passes().getItems().size() == 1);

        NegotiationSnapshot s = app.viewModel().snapshotProperty().get();
        TableSession session = s.sessions().stream().filter(x -> x.date().equals(yesterday)).findFirst().orElseThrow();
        List<Proposal> logged = s.proposals().stream().filter(p -> session.id().equals(p.sessionId())).toList();
        assertEquals(1, logged.size());
        assertEquals(yesterday, logged.get(0).passedOn());
    }

    @Test
    void logsASessionWithItsAttendeesAndFivePassesOnThreeDemands() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // Today, the last session's place and people are filled in; Kim came too, Rita did not.
        robot.clickOn("#sessionOurs-KimNguyen");
        robot.clickOn("#sessionStart").write("10:00");
        robot.clickOn("#sessionEnd").write("12:15");
        robot.clickOn("#sessionSave");
        TableView<?> sessions = robot.lookup("#sessionsTable").queryAs(TableView.class);
        waitUntil(() -> sessions.getItems().size() == 5);

        logPass("wage", "U-1  Wage scale", "4.5% a year, steps kept");
        logPass("staff", "U-2  Safe staffing ratios", "1:5 on medical-surgical units");
        logPass("sched", "E-1  Flexible scheduling", "Schedules posted four weeks ahead");
        logPass("wage", "U-1  Wage scale", "3% a year, steps kept");
        logPass("staff", "U-2  Safe staffing ratios", "A committee with the power to set ratios");

        assertEquals(5, passes().getItems().size());
        // Closing the app releases the file, which is then read as it was written.
        FxToolkit.cleanupApplication(app);
        app = null;
        try (TablebookStore store = TablebookStore.open(dataFolder.resolve("negotiation.tablebook"),
                StoreOptions.defaults(CLOCK, dataFolder.resolve("backups")))) {
            NegotiationSnapshot s = store.loadSnapshot();
            TableSession today = s.sessions().stream().filter(x -> x.date().equals(LocalDate.now(CLOCK)))
                    .findFirst().orElseThrow();
            assertEquals("12:15", today.end().toString());
            assertEquals(List.of("Aisha Bello", "Dana Reyes", "Kim Nguyen", "Sam Ortiz", "Lee Park", "Morgan Hale"),
                    today.attendeeIds().stream().map(id -> s.person(id).orElseThrow().name()).toList());
            List<Proposal> logged = s.proposals().stream().filter(p -> today.id().equals(p.sessionId())).toList();
            assertEquals(5, logged.size());
            Demand wages = s.demands().stream().filter(d -> d.code().equals("U-1")).findFirst().orElseThrow();
            List<Proposal> wagePasses = s.proposalsOf(wages.id());
            Proposal last = wagePasses.get(wagePasses.size() - 1);
            assertEquals("3% a year, steps kept", last.summary());
            assertEquals(Side.THEIRS, last.side(), "the side alternates: our 4.5%, then their 3%");
            assertEquals(ProposalKind.COUNTER, last.kind());
            assertTrue(s.demands().stream().allMatch(d -> d.status() != DemandStatus.DRAFT
                    || s.proposalsOf(d.id()).isEmpty()), "every demand with a pass is on the table");
        }
    }
}
