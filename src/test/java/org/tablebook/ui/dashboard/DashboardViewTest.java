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
import org.tablebook.app.AppContext;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.SampleNegotiation;
import org.tablebook.document.PreferencesStore;
import org.tablebook.ui.compliance.ComplianceRow;
import org.tablebook.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
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
        try (PreferencesStore prefs = new PreferencesStore(dataFolder.resolve("preferences.json"))) {
            prefs.update(p -> p.withUserName("Dana Reyes"));
        }
        DataFolders folders = new DataFolders(dataFolder);
        try (TablebookStore store = TablebookStore.create(folders.defaultFile(),
                Negotiation.create("Nurses\u2019 contract 2026", NegotiationKind.UNION_CONTRACT, CLOCK.instant()),
                "Dana Reyes", StoreOptions.defaults(CLOCK, folders.backups()))) {
            SampleNegotiation.write(store, CLOCK);
        }
        FxToolkit.registerPrimaryStage();
        app = (TablebookApp) FxToolkit.setupApplication(() -> new TablebookApp(() -> new AppContext(CLOCK, folders)));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.viewModel() != null
                && app.viewModel().snapshotProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dashboardDue-0").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void showsTheRunningClockTheCountsAndOpensWhatIsDue() throws Exception {
        assertEquals("0:42:00", text("#dashboardClock"));
        assertEquals("4", text("#dashboardCount-ours-ON_TABLE"));
        assertEquals("3", text("#dashboardCount-theirs-ON_TABLE"));
        assertEquals("1", text("#dashboardRuleErrors"));

        // The grievance window closing is due in three days; its link opens the obligation.
        Node grievance = robot.lookup(".dashboard-link").match(n -> robot.from(n).lookup("Last day to grieve: Post the "
                + "monthly schedule two weeks before it starts").tryQuery().isPresent()).query();
        robot.interact(() -> grievance.requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.viewModel().sectionProperty().get() == Section.COMPLIANCE);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ComplianceRow> table = robot.lookup("#complianceTable").queryAs(TableView.class);
        assertEquals("Post the monthly schedule two weeks before it starts",
                table.getSelectionModel().getSelectedItem().item().obligation());
        assertEquals("Nov 26, 2026", text("#complianceLastDay"));
        assertTrue(robot.lookup("#complianceLastDayPanel").query().getStyleClass().contains("last-day-urgency-soon"));
    }
}
