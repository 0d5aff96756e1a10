package org.tablebook.ui.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablebook.document.Findings;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.QueuedTaskRunner;
import org.tablebook.document.TaskRunner;
import org.tablebook.document.Workspace;
import org.tablebook.domain.Severity;
import org.tablebook.rules.RulesEngine;
import org.tablebook.store.StoreOptions;
import org.tablebook.testing.MadeUpRules;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.shell.Screenshots;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rules panel at the right of a window as wide as the screens people use, with the counts of a
 * large negotiation (329 errors, 2,605 warnings, 3,437 notes): its header, filters and look-ahead
 * field stay inside the window, in English and Spanish, light and dark. Pictures go to
 * {@code target/rules-shots/}, to be looked at.
 */
class RulesPanelHeaderViewTest {
    private static final Clock CLOCK = SnapshotBuilder.clockAt(SnapshotBuilder.hours(5));
    private static final Path SHOTS = Path.of("target/rules-shots");
    private final Locale localeBefore = Locale.getDefault();

    @TempDir
    Path dir;
    private Workspace workspace;

    /** A language, a theme and a window size; its pictures are named after it. */
    record Look(Locale locale, boolean dark, int width, int height) {
    }

    static Stream<Look> looks() {
        return Stream.of(new Look(Locale.ENGLISH, false, 1366, 768), new Look(Locale.ENGLISH, true, 1024, 700),
                new Look(Locale.forLanguageTag("es"), false, 1024, 700),
                new Look(Locale.forLanguageTag("es"), true, 1366, 768));
    }

    @BeforeAll
    static void stage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()))
                .get();
    }

    @AfterEach
    void tearDown() throws Exception {
        Locale.setDefault(localeBefore);
        FxToolkit.cleanupStages();
        if (workspace != null) {
            workspace.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void fourDigitCountsKeepTheHeaderAndTheFiltersInsideTheWindow(Look look) throws Exception {
        Scene scene = show(look, new ImmediateTaskRunner(), "counts");
        List<String> outside = WaitForAsyncUtils.asyncFx(() -> {
            assertEquals("2605", ((Labeled) scene.lookup("#rulesWarnings")).getText());
            List<String> problems = new ArrayList<>();
            Bounds panel = scene.lookup("#rulesPanel").localToScene(scene.lookup("#rulesPanel").getLayoutBounds());
            for (String id : List.of("rulesCollapse", "rulesErrors", "rulesWarnings", "rulesInfos", "rulesSection",
                    "rulesLookAhead", "rulesSummary")) {
                Node node = scene.lookup("#" + id);
                Bounds b = node.localToScene(node.getLayoutBounds());
                if (b.getMaxX() > Math.min(scene.getWidth(), panel.getMaxX()) + 1 || b.getMinX() < panel.getMinX() - 1) {
                    problems.add(id + " at x " + Math.round(b.getMinX()) + "-" + Math.round(b.getMaxX())
                            + ", the panel is " + Math.round(panel.getMinX()) + "-" + Math.round(panel.getMaxX())
                            + " in a window " + Math.round(scene.getWidth()) + " wide");
                }
            }
            return problems;
        }).get();
        assertTrue(outside.isEmpty(), look + ": " + String.join("\n", outside));
    }

    @Test
    void whileTheFindingsAreWorkedOutTheBadgesAndTheListSaySo() throws Exception {
        Scene scene = show(new Look(Locale.ENGLISH, false, 1366, 768), new QueuedTaskRunner(), "working");
        WaitForAsyncUtils.asyncFx(() -> {
            assertEquals(Messages.get("rules.count.working"), ((Labeled) scene.lookup("#rulesErrors")).getText());
            assertEquals(Messages.get("rules.working"), ((Labeled) scene.lookup("#rulesSummary")).getText());
            assertEquals(Messages.get("rules.working"), ((Labeled) scene.lookup("#rulesEmpty")).getText());
        }).get();
    }

    @Test
    void findingsThatCannotBeWorkedOutShowTheRulesCouldNotBeChecked() throws Exception {
        Thread.UncaughtExceptionHandler before = WaitForAsyncUtils.asyncFx(
                () -> Thread.currentThread().getUncaughtExceptionHandler()).get();
        List<Throwable> told = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> told.add(e)))
                .get();
        try {
            Scene scene = show(new Look(Locale.forLanguageTag("es"), true, 1024, 700), new ImmediateTaskRunner(),
                    "failed", RulesEngine.of(List.of(MadeUpRules.failing("rule broke"))));
            WaitForAsyncUtils.asyncFx(() -> {
                String failed = Messages.format("rules.failed", "rule broke");
                assertEquals(failed, ((Labeled) scene.lookup("#rulesSummary")).getText());
                assertEquals(failed, ((Labeled) scene.lookup("#rulesEmpty")).getText());
                assertEquals(Messages.get("rules.count.failed"), ((Labeled) scene.lookup("#rulesErrors")).getText());
            }).get();
            assertEquals(1, told.size());
        } finally {
            WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(before)).get();
        }
    }

    private Scene show(Look look, TaskRunner runner, String what) throws Exception {
        return show(look, runner, what, RulesEngine.of(List.of(MadeUpRules.finding("SIDEBAR_SOLO", Severity.ERROR, 329),
                MadeUpRules.finding("TA_NOT_INITIALED", Severity.WARNING, 2605),
                MadeUpRules.finding("DEMAND_WITHOUT_MEMBER_SOURCE", Severity.INFO, 3437))));
    }

    /** The panel at the right of a window of the look's size, its findings worked out by {@code runner}. */
    private Scene show(Look look, TaskRunner runner, String what, RulesEngine engine) throws Exception {
        Locale.setDefault(look.locale());
        workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")));
        NegotiationDocument document = new NegotiationDocument(workspace, runner, () -> "Dana");
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(look.dark() ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            document.show(SnapshotBuilder.union().build());
            Findings findings = new Findings(document, engine, CLOCK, runner);
            RulesPanelView panel = new RulesPanelView(new RulesPanelViewModel(document, findings, CLOCK, runner,
                    new FakeDialogService(), (ref, field) -> { }, look.locale(), RulesPanelContext.alone()));
            BorderPane root = new BorderPane(new Pane(), null, panel, null, null);
            root.getStylesheets().add(RulesPanelHeaderViewTest.class.getResource("/org/tablebook/ui/app.css")
                    .toExternalForm());
            return new Scene(root, look.width(), look.height());
        }).get();
        FxToolkit.setupStage(stage -> {
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            Files.createDirectories(SHOTS);
            Screenshots.write(scene.snapshot(null), SHOTS.resolve(look.locale().getLanguage() + (look.dark() ? "-dark-" : "-light-")
                    + look.width() + "x" + look.height() + "-" + what + ".png"));
            return null;
        }).get();
        return scene;
    }
}
