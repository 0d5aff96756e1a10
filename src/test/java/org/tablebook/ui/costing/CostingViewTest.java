package org.tablebook.ui.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A committee member enters the unit, prices our wage pass, and sees the package and the chart change. */
class CostingViewTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;

    @BeforeEach
    void seedAndStart() throws Exception {
        RunningApp.userName(dataFolder, "Kim Nguyen");
        var now = CLOCK.instant();
        try (TablebookStore store = TablebookStore.create(dataFolder.resolve("negotiation.tablebook"),
                Negotiation.create("City Hospital 2027", NegotiationKind.UNION_CONTRACT, now), "Kim Nguyen",
                StoreOptions.defaults(CLOCK, dataFolder.resolve("backups")))) {
            Demand wages = new Demand(Ids.newId(), "U-1", "Art. 20", "Wages", "", "", Side.OURS,
                    DemandCategory.ECONOMIC, DemandPriority.CRITICAL, DemandSubject.MANDATORY, DemandOrigin.SURVEY, "",
                    DemandStatus.ON_TABLE, false, now, now);
            Proposal pass = new Proposal(Ids.newId(), wages.id(), Side.OURS, LocalDate.now(CLOCK).minusDays(2), null,
                    ProposalKind.INITIAL, "3% a year", "", now, now);
            store.write("Kim Nguyen", "Seed", w -> {
                w.insert(wages);
                w.insert(pass);
                return null;
            });
        }
        app = RunningApp.start(dataFolder, CLOCK);
    }

    @AfterEach
    void stopApp() throws Exception {
        RunningApp.stopAll(app);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces what a field holds, as a person does: select all, type. */
    private void type(String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void entersABaselineRowPricesAPassAndSeesThePackageAndTheChartChange() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#section-costing").tryQuery().isPresent());
        assertEquals(true, label("#costingSummary").startsWith("No costing baseline yet."));
        // The baseline's page joins the window when its tab is first chosen.
        assertTrue(robot.lookup("#costingTermStart").tryQuery().isEmpty(), "the baseline page waits for its tab");

        robot.clickOn(TabNames.BASELINE_TAB);
        type("#costingTermStart", "2026-07-01");
        type("#costingTermEnd", "2029-06-30");
        type("#costingRollUp", "0");
        robot.clickOn("#costingSaveTerm");
        waitUntil(() -> app.viewModel().snapshotProperty().get().costingBaseline().isPresent());

        robot.clickOn("#costingAddClassification");
        type("#className", "Clerk");
        type("#classHeadcount", "50");
        type("#classRate", "10.00");
        type("#classStandardHours", "2000");
        robot.clickOn("#classSave");
        waitUntil(() -> app.viewModel().snapshotProperty().get().classifications().size() == 1);

        robot.clickOn(TabNames.PASSES_TAB);
        TableView<?> passes = robot.lookup("#costingPassTable").queryAs(TableView.class);
        waitUntil(() -> passes.getItems().size() == 1);
        // The row, by its first cell: the pass's words may lie past the table's edge in a small window.
        robot.clickOn(robot.from(passes).lookup(".table-row-cell .table-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> passes.getSelectionModel().getSelectedIndex() == 0);
        robot.clickOn("#costingAddItem");
        type("#itemAmount", "3");
        robot.clickOn("#itemSave");
        waitUntil(() -> app.viewModel().snapshotProperty().get().costItems().size() == 1);
        waitUntil(() -> label("#passCost").endsWith("$90,000.00 over the term."));

        robot.clickOn(TabNames.PACKAGE_TAB);
        TableView<?> table = robot.lookup("#costingPackageTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        assertEquals("$30,000.00", ((PackageRow) table.getItems().get(0)).ours());
        assertEquals("$90,000.00", ((PackageRow) table.getItems().get(3)).ours());
        LineChart<?, ?> chart = robot.lookup("#costingChart").queryAs(LineChart.class);
        assertEquals(1, chart.getData().get(0).getData().size(), "one day of costed passes, one point");
        assertEquals("The cost of 1%: $10,000.00 a year, roll-up included", label("#costingOnePercent"));
    }

    /** The tabs' names, as the person reads them. */
    private static final class TabNames {
        static final String PACKAGE_TAB = "Package";
        static final String BASELINE_TAB = "Baseline";
        static final String PASSES_TAB = "Costed passes";
    }
}
