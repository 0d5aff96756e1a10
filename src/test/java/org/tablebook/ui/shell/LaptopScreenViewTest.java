package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.TablebookApp;
import org.tablebook.testing.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample negotiation on a 1366x768 laptop's screen: the session's two lists of attendees
 * (ours, theirs) sit side by side, one under the other only when the editor is too narrow for
 * both; and the status pills of every section (a demand's, a sidebar's, an agreement's, an
 * obligation's, a section of the new contract) are one shape, from one set of styles, in the light
 * and the dark theme: the same padding, corners and type, coloured by how things stand.
 */
class LaptopScreenViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);
    private static final List<Section> WITH_PILLS = List.of(Section.DEMANDS, Section.SIDEBARS, Section.AGREEMENTS,
            Section.COMPLIANCE, Section.CONTRACT);

    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;
    private Stage stage;

    @BeforeEach
    void startOnTheSample() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = RunningApp.startOnSample(dataFolder, CLOCK, stage, 1366, 768);
    }

    @AfterEach
    void stopApp() throws Exception {
        RunningApp.stopAll(app);
    }

    private Bounds onScreen(String query) throws Exception {
        Node node = robot.lookup(query).query();
        return WaitForAsyncUtils.asyncFx(() -> node.getParent().localToScene(node.getBoundsInParent())).get();
    }

    /** Writes the window to {@code target/layout-shots/<name>.png}, to be looked at. */
    private void shot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "layout-shots"));
        Screenshots.write(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(),
                folder.resolve(name + ".png"));
    }

    @Test
    void oursAndTheirsSitSideBySideAt1366AndStackOnlyWhenTooNarrow() throws Exception {
        robot.clickOn("#nav-sessions");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sessionsTable .table-row-cell")
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup("#sessionsTable .table-row-cell").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#sessionDetailsTab").<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sessionOurs").tryQuery().isPresent()
                && !robot.lookup("#sessionOurs .check-box").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        shot("sessions-attendees-1366");
        Bounds ours = onScreen("#sessionOurs");
        Bounds theirs = onScreen("#sessionTheirs");
        assertEquals(ours.getMinY(), theirs.getMinY(), 1, "side by side: " + ours + " and " + theirs);
        assertTrue(theirs.getMinX() >= ours.getMaxX(), "theirs to the right of ours");

        RunningApp.size(stage, 1024, 700);
        WaitForAsyncUtils.waitForFxEvents();
        shot("sessions-attendees-1024");

        // Narrower than two lists side by side: one above the other, each whole.
        Node editor = robot.lookup("#sessionOurs").query().getParent().getParent();
        WaitForAsyncUtils.asyncFx(() -> {
            ((javafx.scene.layout.Region) editor).setMaxWidth(200);
            editor.getParent().requestLayout();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        ours = onScreen("#sessionOurs");
        theirs = onScreen("#sessionTheirs");
        assertTrue(theirs.getMinY() >= ours.getMaxY(), "theirs under ours: " + ours + " and " + theirs);
        assertEquals(ours.getMinX(), theirs.getMinX(), 1);
    }

    @Test
    void aRunningSidebarLongPastItsLimitStaysInsideTheWindowAt1024() throws Exception {
        // The sample's running sidebar, looked at two weeks on: "14 days 5 h over the 1 h 30 min limit".
        RunningApp.stop(app);
        app = RunningApp.start(dataFolder, Clock.offset(CLOCK, java.time.Duration.ofDays(14).plusHours(5)));
        RunningApp.size(stage, 1024, 700);
        robot.clickOn("#nav-sidebars");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("The pension freeze").tryQuery().isPresent());
        robot.clickOn("The pension freeze");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sidebarEnd").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        shot("sidebar-running-1024");
        Bounds end = onScreen("#sidebarEnd");
        double window = 1024;
        assertTrue(end.getMaxX() <= window, "End sidebar at " + end + " inside a window " + window + " wide");
        Bounds limit = onScreen("#sidebarLimit");
        assertTrue(limit.getMaxX() <= end.getMinX(), "the limit's words wrap beside End: " + limit);
    }

    @Test
    void bothSidesCurrentPositionsShareTheRowHoweverLongEitherIs() throws Exception {
        // E-2: our position is three clauses long, theirs one line; each card had been as wide as
        // its own text wanted, so theirs was squeezed to a letter a line.
        robot.clickOn("#nav-demands");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("No-fault attendance points").tryQuery()
                .isPresent());
        robot.clickOn("No-fault attendance points");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#theirPosition").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Points to expire")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        shot("demands-positions-1366");
        Node ourCard = robot.lookup("#ourPosition").query().getParent();
        Node theirCard = robot.lookup("#theirPosition").query().getParent();
        Bounds ours = WaitForAsyncUtils.asyncFx(() -> ourCard.localToScene(ourCard.getLayoutBounds())).get();
        Bounds theirs = WaitForAsyncUtils.asyncFx(() -> theirCard.localToScene(theirCard.getLayoutBounds())).get();
        assertEquals(ours.getWidth(), theirs.getWidth(), 2, "the two positions share the row: " + ours + " and "
                + theirs);
        assertEquals(ours.getMinY(), theirs.getMinY(), 1, "side by side");
    }

    @Test
    void anInformationRequestsSubjectHasTheListsWholeWidthAt1024() throws Exception {
        // Beside a column of its own for the answer's state, a subject had about half the list, and
        // a long word ("workplace-violence") was broken in two with a wide interface font.
        RunningApp.size(stage, 1024, 700);
        robot.clickOn("#nav-information_requests");
        String subject = "List of members trained as workplace-violence first responders";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(subject).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        shot("requests-1024");
        javafx.scene.control.TableView<?> table = robot.lookup("#requestTable").queryAs(javafx.scene.control.TableView.class);
        assertEquals(1, table.getColumns().size(), "the state is over the subject, in one column");
        Label label = robot.lookup(subject).queryAs(Label.class);
        double room = WaitForAsyncUtils.asyncFx(() -> label.getWidth()).get();
        assertTrue(room > 0.75 * table.getWidth(), "the subject has " + room + " of a list " + table.getWidth()
                + " wide");
        assertTrue(robot.lookup("#requestTable .request-overdue").tryQuery().isPresent(),
                "an overdue request says so in its row");
    }

    /** How a pill is drawn, all but its colours. */
    private record Shape(Insets padding, double radius, double fontSize, String font) {
    }

    @Test
    void everySectionsPillsAreOneShapeInBothThemes() throws Exception {
        for (boolean dark : List.of(false, true)) {
            List<Shape> shapes = new ArrayList<>();
            for (Section section : WITH_PILLS) {
                WaitForAsyncUtils.asyncFx(() -> {
                    app.viewModel().setDarkTheme(dark);
                    app.viewModel().goTo(section);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> RunningApp.openFirstRecord(app, stage, section)).get();
                WaitForAsyncUtils.waitForFxEvents();
                if (section == Section.CONTRACT) {
                    // The new contract, section by section, is on its last tab.
                    WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookupAll(".tab-pane").stream()
                            .filter(Node::isVisible).map(TabPane.class::cast).findFirst()
                            .ifPresent(t -> t.getSelectionModel().selectLast())).get();
                    WaitForAsyncUtils.waitForFxEvents();
                }
                String name = (dark ? "dark-" : "light-") + section.name().toLowerCase(Locale.ROOT);
                shot("pills-" + name);
                List<Label> pills = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookupAll(".pill").stream()
                        .filter(n -> n instanceof Label && n.isVisible() && n.getScene() != null)
                        .map(Label.class::cast).toList()).get();
                assertFalse(pills.isEmpty(), name + " shows its status pills");
                for (Label pill : pills) {
                    WaitForAsyncUtils.asyncFx(() -> {
                        BackgroundFill fill = pill.getBackground().getFills().get(0);
                        shapes.add(new Shape(pill.getPadding(), fill.getRadii().getTopLeftHorizontalRadius(),
                                pill.getFont().getSize(), pill.getFont().getStyle()));
                        Paint text = pill.getTextFill();
                        assertNotEquals(fill.getFill(), text, name + ": " + pill.getText() + " can be read");
                    }).get();
                }
            }
            assertEquals(1, shapes.stream().distinct().count(), "one shape in the " + (dark ? "dark" : "light")
                    + " theme: " + shapes.stream().distinct().toList());
        }
    }
}
