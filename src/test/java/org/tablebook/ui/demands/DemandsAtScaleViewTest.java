package org.tablebook.ui.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import org.tablebook.document.PreferencesStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a file of 2,000 demands and 20,000 passes: the table scrolls to its end,
 * filters, opens the busiest demand's timeline, and logs a pass. It checks what is shown; the
 * times it prints are for reading, never asserted.
 */
class DemandsAtScaleViewTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;
    private TableSample.Large large;

    @BeforeEach
    void seedAndStart() throws Exception {
        try (PreferencesStore prefs = new PreferencesStore(dataFolder.resolve("preferences.json"))) {
            prefs.update(p -> p.withUserName("Dana Reyes"));
        }
        long started = System.nanoTime();
        try (TablebookStore store = TablebookStore.create(dataFolder.resolve("negotiation.tablebook"),
                Negotiation.create("Big", NegotiationKind.UNION_CONTRACT, CLOCK.instant()), "Dana Reyes",
                StoreOptions.defaults(CLOCK, dataFolder.resolve("backups")))) {
            large = TableSample.writeLarge(store, "Dana Reyes", 2_000, 20_000, 11, LocalDate.now(CLOCK),
                    CLOCK.instant());
            System.out.printf("wrote 2,000 demands and 20,000 passes in %.0f ms%n", ms(started));
            for (int i = 0; i < 3; i++) {
                started = System.nanoTime();
                store.loadSnapshot();
                System.out.printf("read the whole negotiation in %.0f ms%n", ms(started));
            }
        }
        FxToolkit.registerPrimaryStage();
        started = System.nanoTime();
        app = (TablebookApp) FxToolkit.setupApplication(
                () -> new TablebookApp(() -> new AppContext(CLOCK, new DataFolders(dataFolder))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel() != null
                && app.viewModel().snapshotProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("window open on it in %.0f ms%n", ms(started));
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private boolean shows(String query, String text) {
        return robot.lookup(query).match((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible())
                .tryQuery().isPresent();
    }

    @Test
    void scrollsFiltersAndLogsAPassOnTwoThousandDemands() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#demandsTable").queryAs(TableView.class);
        assertEquals(2_000, table.getItems().size());

        long started = System.nanoTime();
        robot.interact(() -> table.scrollTo(1_999));
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("scrolled to the last row in %.0f ms%n", ms(started));
        String lastCode = ((DemandRow) table.getItems().get(1_999)).demand().code();
        assertTrue(shows("#demandsTable .table-cell", lastCode), "the last row is drawn: " + lastCode);
        // Back to the top in 40 jumps, twice: each jump laid out on the JavaFX thread as a person
        // paging up would see it. The first round includes the JIT warming up; the time is that
        // thread's work alone.
        for (String round : new String[] {"first", "second"}) {
            double[] onFxThread = new double[1];
            robot.interact(() -> {
                long t = System.nanoTime();
                for (int row = 1_999; row >= 0; row -= 50) {
                    table.scrollTo(row);
                    table.layout();
                }
                table.scrollTo(0);
                table.layout();
                onFxThread[0] = ms(t);
            });
            System.out.printf("40 jumps back to the top, %s time: %.1f ms a jump on the JavaFX thread%n", round,
                    onFxThread[0] / 41);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shows("#demandsTable .table-cell", table.getItems().get(0) instanceof DemandRow r ? r.demand().code()
                : ""));

        // The search filters at every key: each of the 8 keys below is one filter and one layout
        // of the table on the JavaFX thread.
        javafx.scene.control.TextField search = robot.lookup("#demandSearch").queryAs(javafx.scene.control.TextField.class);
        double[] typing = new double[1];
        robot.interact(() -> {
            long t = System.nanoTime();
            String words = "Wages 19";
            for (int i = 1; i <= words.length(); i++) {
                search.setText(words.substring(0, i));
                table.layout();
            }
            typing[0] = ms(t);
        });
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("a search typed key by key: %.1f ms a key on the JavaFX thread%n", typing[0] / 8);
        long expected = large.demands().stream().filter(d -> d.title().contains("Wages 19")).count();
        assertEquals(expected, table.getItems().size());
        robot.clickOn("#demandFilterClear");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2_000, table.getItems().size());

        DemandRow busiest = table.getItems().stream().map(DemandRow.class::cast)
                .max(java.util.Comparator.comparingInt(DemandRow::passes)).orElseThrow();
        robot.clickOn("#demandSearch").write(busiest.demand().code() + "\n");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(busiest.demand().title());
        ListView<?> timeline = robot.lookup("#passTimeline").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().size() == busiest.passes());

        robot.clickOn("#logPass");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#passSummary").write("One more pass");
        started = System.nanoTime();
        robot.clickOn("#passSave");
        // Generous: the whole file is read again after the change, and CI machines are busy.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> timeline.getItems().size() == busiest.passes() + 1);
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("logged a pass and saw it in the timeline in %.0f ms%n", ms(started));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shows("#passTimeline .pass-summary", "One more pass"));
        assertTrue(shows("#passTimeline .pass-summary", "One more pass"), "the new pass is scrolled into view");
    }
}
