package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.minutes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.store.StoreOptions;
import org.tablebook.testing.MutableClock;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.testing.TestFiles;
import org.tablebook.document.PreferencesStore;
import org.tablebook.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The rules panel as a person sees it: a finding appears, goes when fixed, and leads to its subject. */
class RulesPanelViewTest {
    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private final MutableClock clock = new MutableClock(minutes(20));
    private TablebookApp app;
    private Sidebar sidebar;

    @BeforeEach
    void startOnAFileWithASoloSidebar() throws Exception {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person dana = b.ours("Dana Reyes");
        Person pat = b.theirs("Pat Kim");
        sidebar = b.sidebar("Overtime").attendees(dana, pat).startedAt(minutes(10)).add();
        Path file = TestFiles.write(dataFolder.resolve("running.tablebook"), b.build(),
                StoreOptions.defaults(clock, dataFolder.resolve("backups")));
        try (PreferencesStore prefs = new PreferencesStore(dataFolder.resolve("preferences.json"))) {
            prefs.update(p -> p.withUserName("Dana Reyes").withOpened(file.toString()));
        }
        FxToolkit.registerPrimaryStage();
        app = (TablebookApp) FxToolkit.setupApplication(
                () -> new TablebookApp(() -> new AppContext(clock, new DataFolders(dataFolder))));
        waitForFinding("SIDEBAR_SOLO", true);
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private List<EvaluatedFinding> shown() {
        ListView<EvaluatedFinding> list = robot.lookup("#rulesList").queryListView();
        return new ArrayList<>(list.getItems());
    }

    private void waitForFinding(String ruleId, boolean present) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#rulesList").tryQuery().isPresent()
                && shown().stream().anyMatch(f -> f.finding().ruleId().equals(ruleId)) == present);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSoloSidebarIsFlaggedAndTheFlagGoesWhenASecondRepJoins() throws Exception {
        Labeled errors = robot.lookup("#rulesErrors").queryAs(Labeled.class);
        assertEquals("1", errors.getText());
        assertTrue(robot.lookup("Rep alone in a sidebar").tryQuery().isPresent());

        Person sam = new Person("sam", "Sam Ortiz", Side.OURS, PersonRole.COMMITTEE_MEMBER, false, true,
                clock.instant(), clock.instant());
        List<String> attendees = new ArrayList<>(sidebar.attendeeIds());
        attendees.add(sam.id());
        Sidebar withTwo = new Sidebar(sidebar.id(), sidebar.purpose(), sidebar.requestedBy(), sidebar.suggestedAt(),
                sidebar.teamInformedAt(), sidebar.teamAuthorizedAt(), sidebar.repsChosenBy(), sidebar.instructionsSay(),
                sidebar.instructionsDoNotSay(), sidebar.noNotesRule(), sidebar.notRepeatedRule(),
                sidebar.notUsedInLitigationRule(), sidebar.scheduledAt(), sidebar.startedAt(), sidebar.endedAt(),
                sidebar.location(), attendees, sidebar.agendaDemandIds(), sidebar.confidentialNotes(),
                sidebar.createdAt(), clock.instant());
        Platform.runLater(() -> app.context().document().change("Add a rep", w -> {
            w.insert(sam);
            w.update(withTwo);
            return withTwo;
        }, x -> { }, e -> { }));
        waitForFinding("SIDEBAR_SOLO", false);
        assertEquals("0", robot.lookup("#rulesErrors").queryAs(Labeled.class).getText());
    }

    @Test
    void clickingAFindingLandsOnItsSubjectsSection() throws Exception {
        assertEquals(Section.DASHBOARD, app.viewModel().sectionProperty().get());
        Hyperlink subject = robot.lookup("#rulesList .finding-subject").queryAs(Hyperlink.class);
        robot.clickOn(subject);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.SIDEBARS, app.viewModel().sectionProperty().get());
        // ...and on the sidebar itself, selected in the list with its page below.
        javafx.scene.control.TableView<?> sidebars = robot.lookup("#sidebarsTable").queryTableView();
        Object selected = sidebars.getSelectionModel().getSelectedItem();
        assertEquals(sidebar.id(), ((org.tablebook.ui.sidebars.SidebarRow) selected).id());
        assertEquals("Overtime", robot.lookup("#sidebarHeading").queryLabeled().getText());
    }

    @Test
    void everyChangeIsCheckedAgainstTheTimeNow() throws Exception {
        waitForFinding("SIDEBAR_TOO_LONG", false);
        clock.advance(java.time.Duration.ofMinutes(95));
        Sidebar located = sidebar.withTimes(sidebar.startedAt(), null, clock.instant());
        Sidebar moved = new Sidebar(located.id(), located.purpose(), located.requestedBy(), located.suggestedAt(),
                located.teamInformedAt(), located.teamAuthorizedAt(), located.repsChosenBy(), located.instructionsSay(),
                located.instructionsDoNotSay(), located.noNotesRule(), located.notRepeatedRule(),
                located.notUsedInLitigationRule(), located.scheduledAt(), located.startedAt(), null, "Room 4B",
                located.attendeeIds(), located.agendaDemandIds(), located.confidentialNotes(), located.createdAt(),
                clock.instant());
        Platform.runLater(() -> app.context().document().change("Set the room", w -> {
            w.update(moved);
            return moved;
        }, x -> { }, e -> { }));
        waitForFinding("SIDEBAR_TOO_LONG", true);
    }

    @Test
    void lookingAheadShowsWhatWillBeFlaggedThenAndBackToNow() throws Exception {
        waitForFinding("SIDEBAR_TOO_LONG", false);
        String later = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(clock.instant().plus(java.time.Duration.ofMinutes(95)).atZone(clock.getZone()));
        robot.clickOn("#rulesLookAhead").write(later).type(javafx.scene.input.KeyCode.ENTER);
        waitForFinding("SIDEBAR_TOO_LONG", true);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#rulesLookAheadStatus")
                .queryAs(Labeled.class).getText().startsWith("Findings as of"));

        robot.clickOn("#rulesBackToNow");
        waitForFinding("SIDEBAR_TOO_LONG", false);
        assertEquals("", robot.lookup("#rulesLookAhead").queryAs(javafx.scene.control.TextField.class).getText());
    }
}
