package org.tablebook.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.testing.RunningApp;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.ui.compliance.ComplianceRow;
import org.tablebook.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard on a full negotiation: what a person sees, and where its links take them. */
class DashboardViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;

    @BeforeEach
    void startApp() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        DataFolders folders = new DataFolders(dataFolder);
        TablebookStore.createFrom(folders.defaultFile(), SampleNegotiation.build(CLOCK), "Dana Reyes",
                StoreOptions.defaults(CLOCK, folders.backups())).close();
        app = RunningApp.start(dataFolder, CLOCK);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dashboardDue-0").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        RunningApp.stopAll(app);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void showsTheRunningClockTheCountsAndOpensWhatIsDue() throws Exception {
        assertEquals("0:50:00", text("#dashboardClock"));
        assertEquals("9", text("#dashboardCount-ours-ON_TABLE"));
        assertEquals("5", text("#dashboardCount-theirs-ON_TABLE"));
        assertEquals("8", text("#dashboardRuleErrors"),
                "a sidebar TA confirmed without the team's approval, and the new contract differs from a TA on overtime");

        // The grievance window closing is due in two days; its link opens the obligation.
        Node grievance = robot.lookup(".dashboard-link").match(n -> robot.from(n).lookup("Last day to grieve: Two "
                + "security officers posted in the Emergency Department on every shift").tryQuery().isPresent()).query();
        robot.interact(() -> grievance.requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.viewModel().sectionProperty().get() == Section.COMPLIANCE);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ComplianceRow> table = robot.lookup("#complianceTable").queryAs(TableView.class);
        assertEquals("Two security officers posted in the Emergency Department on every shift",
                table.getSelectionModel().getSelectedItem().item().obligation());
        assertEquals("Nov 25, 2026", text("#complianceLastDay"));
        assertTrue(robot.lookup("#complianceLastDayPanel").query().getStyleClass().contains("last-day-urgency-soon"));
    }
}
