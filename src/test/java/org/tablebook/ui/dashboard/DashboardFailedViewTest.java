package org.tablebook.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.FailingTaskRunner;
import org.tablebook.document.Findings;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.Workspace;
import org.tablebook.rules.RulesEngine;
import org.tablebook.store.StoreOptions;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.shell.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A newly opened file whose figures cannot be worked out: the cards say so instead of counting on. */
class DashboardFailedViewTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theCardsSayTheFiguresCouldNotBeWorkedOut() throws Exception {
        FailingTaskRunner runner = new FailingTaskRunner();
        runner.failWith(new IllegalStateException("figures broke"));
        Clock clock = SnapshotBuilder.clockOn(SnapshotBuilder.day(8));
        NegotiationDocument document = new NegotiationDocument(
                new Workspace(StoreOptions.defaults(clock, dir.resolve("b"))), runner, () -> "D");
        Findings findings = new Findings(document, RulesEngine.standard(), clock, new ImmediateTaskRunner());
        List<Throwable> told = new ArrayList<>();
        Stage stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> told.add(e));
            DashboardViewModel vm = new DashboardViewModel(document, findings, clock, (r, f) -> { }, k -> { });
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(new javafx.scene.layout.StackPane(new DashboardView(vm).node()), 1366, 768);
            scene.getStylesheets().add(DashboardFailedViewTest.class.getResource("/org/tablebook/ui/app.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
            SnapshotBuilder b = SnapshotBuilder.union();
            b.demand("U-1", "Wages").add();
            document.show(b.build());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        for (String card : List.of("#dashboardCountsFailed", "#dashboardRulesFailed", "#dashboardDueFailed")) {
            Label said = robot.lookup(card).queryAs(Label.class);
            assertTrue(said.isVisible(), card);
            assertEquals(Messages.get("dashboard.card.failed"), said.getText());
        }
        assertTrue(robot.lookup("#dashboardCountsWorking").tryQuery().isEmpty(), "no card says it is counting");
        assertEquals(1, told.size(), "told once, through the one failure path");
        Path shots = java.nio.file.Files.createDirectories(Path.of("target", "layout-shots"));
        Screenshots.write(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(),
                shots.resolve("dashboard-figures-failed.png"));
    }
}
