package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.Demand;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.testing.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the sample negotiation, a person picks a demand, a session, an agreement and the people at a
 * session by typing part of the name: the list narrows to what holds the words, and the one picked
 * is what is saved.
 */
class PickersViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);

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

    private NegotiationSnapshot snapshot() {
        return app.viewModel().snapshotProperty().get();
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the picker's list offers now: the entries left by what is typed. */
    private List<String> offered(String picker) {
        ComboBox<?> shown = robot.lookup(picker).lookup("#filtered").queryAs(ComboBox.class);
        return shown.getItems().stream().map(Object::toString).toList();
    }

    /** Opens the picker, types {@code words}, and checks that the list narrowed to entries that hold them. */
    private List<String> typeIn(String picker, String words) {
        int all = robot.lookup(picker).queryAs(ComboBox.class).getItems().size();
        robot.clickOn(picker);
        robot.write(words);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> left = offered(picker);
        assertFalse(left.isEmpty(), picker + " offers nothing for " + words);
        assertTrue(left.size() < all, picker + " did not narrow: " + left);
        for (String entry : left) {
            assertTrue(entry.toLowerCase(java.util.Locale.ROOT).contains(words), entry + " does not hold " + words);
        }
        return left;
    }

    @Test
    void aNewAgreementsDemandAndSessionArePickedByTyping() throws Exception {
        robot.clickOn("#nav-agreements");
        robot.clickOn("#agreementAdd");
        List<String> demands = typeIn("#agreementDemand", "wage");
        assertEquals("U-1  Across-the-board wage increases", demands.get(0));
        robot.clickOn("U-1  Across-the-board wage increases");
        robot.clickOn("#agreementText").write("4% a year");
        RunningApp.inSight(robot, "#agreementSession");
        List<String> sessions = typeIn("#agreementSession", "nov");
        robot.clickOn(sessions.get(0));
        RunningApp.inSight(robot, "#agreementSave");
        robot.clickOn("#agreementSave");

        Demand wages = snapshot().demands().stream().filter(d -> d.code().equals("U-1")).findFirst().orElseThrow();
        waitUntil("the agreement is written", () -> snapshot().agreements().stream()
                .anyMatch(a -> a.demandId().equals(wages.id())));
        TentativeAgreement made = snapshot().agreements().stream().filter(a -> a.demandId().equals(wages.id()))
                .findFirst().orElseThrow();
        TableSession confirmedAt = snapshot().session(made.confirmedSessionId()).orElseThrow();
        assertEquals(java.time.Month.NOVEMBER, confirmedAt.date().getMonth());
    }

    @Test
    void theSidebarAnAgreementWasReachedInIsPickedByTyping() throws Exception {
        robot.clickOn("#nav-agreements");
        robot.clickOn("#agreementAdd");
        typeIn("#agreementDemand", "wage");
        robot.clickOn("U-1  Across-the-board wage increases");
        robot.clickOn("#agreementText").write("4% a year");
        RunningApp.inSight(robot, "#agreementSource");
        robot.clickOn("#agreementSource");
        robot.clickOn("In a sidebar");
        List<String> sidebars = typeIn("#agreementSidebar", "pension");
        robot.clickOn(sidebars.get(0));
        RunningApp.inSight(robot, "#agreementSave");
        robot.clickOn("#agreementSave");

        Demand wages = snapshot().demands().stream().filter(d -> d.code().equals("U-1")).findFirst().orElseThrow();
        waitUntil("the agreement is written", () -> snapshot().agreements().stream()
                .anyMatch(a -> a.demandId().equals(wages.id())));
        TentativeAgreement made = snapshot().agreements().stream().filter(a -> a.demandId().equals(wages.id()))
                .findFirst().orElseThrow();
        assertEquals("the pension freeze", snapshot().sidebars().stream().filter(x -> x.id().equals(made.sidebarId()))
                .findFirst().orElseThrow().purpose());
    }

    @Test
    void aComplianceItemsAgreementIsPickedByTyping() throws Exception {
        robot.clickOn("#nav-compliance");
        robot.clickOn("#complianceAdd");
        robot.clickOn("#complianceObligation").write("Post two security officers");
        List<String> agreements = typeIn("#complianceAgreement", "violence");
        robot.clickOn(agreements.get(0));
        RunningApp.inSight(robot, "#complianceSave");
        robot.clickOn("#complianceSave");

        waitUntil("the obligation is written", () -> snapshot().complianceItems().stream()
                .anyMatch(c -> c.obligation().equals("Post two security officers")));
        ComplianceItem item = snapshot().complianceItems().stream()
                .filter(c -> c.obligation().equals("Post two security officers")).findFirst().orElseThrow();
        TentativeAgreement tied = snapshot().agreement(item.agreementId()).orElseThrow();
        assertEquals("U-8", snapshot().demand(tied.demandId()).orElseThrow().code());
    }

    @Test
    void aPassesSessionIsPickedByTypingAmongTheSessionsNewestFirst() throws Exception {
        robot.clickOn("#nav-demands");
        robot.clickOn("#demandSearch").write("U-1\n");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Across-the-board wage increases");
        robot.clickOn("#logPass");
        waitUntil("the pass form is open", () -> robot.lookup("#passForm").query().isVisible());
        List<String> sessions = typeIn("#passSession", "hall");
        List<TableSession> atTheHall = snapshot().sessions().stream()
                .filter(x -> x.location().toLowerCase(java.util.Locale.ROOT).contains("hall"))
                .sorted(java.util.Comparator.comparing(TableSession::date).reversed()).toList();
        assertEquals(atTheHall.size(), sessions.size(), "every session at the hall is offered: " + sessions);
        TableSession oldest = atTheHall.get(atTheHall.size() - 1);
        robot.clickOn(sessions.get(sessions.size() - 1));
        robot.clickOn("#passSummary").write("Picked by typing");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitUntil("the pass is written", () -> snapshot().proposals().stream()
                .anyMatch(p -> p.summary().equals("Picked by typing")));
        assertEquals(oldest.id(), snapshot().proposals().stream().filter(p -> p.summary().equals("Picked by typing"))
                .findFirst().orElseThrow().sessionId(), "the last offered is the oldest session at the hall");
    }

    @Test
    void theSessionAPacketCountsFromIsPickedByTyping() throws Exception {
        robot.clickOn("#navExports");
        waitUntil("the export dialog is open", () -> robot.lookup("#exportDialog").tryQuery().isPresent());
        robot.clickOn("#audience-since");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> all = robot.lookup("#exportSinceSession").queryAs(ComboBox.class).getItems().stream()
                .map(Object::toString).toList();
        assertTrue(all.get(0).contains("Nov"), "the latest session comes first: " + all);
        List<String> october = typeIn("#exportSinceSession", "oct");
        robot.clickOn(october.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(october.get(0), robot.lookup("#exportSinceSession").queryAs(ComboBox.class).getValue().toString());
        assertEquals(java.time.Month.OCTOBER, java.time.LocalDate.parse(
                robot.lookup("#exportSinceDate").queryAs(javafx.scene.control.TextField.class).getText()).getMonth(),
                "the day follows the session picked");
    }

    @Test
    void aSessionsAttendeesAreFoundByTyping() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        RunningApp.inSight(robot, "#sessionAttendeesSearch");
        robot.clickOn("#sessionAttendeesSearch").write("counsel");
        WaitForAsyncUtils.waitForFxEvents();
        // Karen Liu is their counsel; of the rest, only those already ticked stay in sight.
        List<CheckBox> shown = robot.lookup("#sessionTheirs").lookup(".check-box").queryAllAs(CheckBox.class)
                .stream().toList();
        assertTrue(shown.stream().anyMatch(b -> b.getText().equals("Karen Liu")), "Karen Liu is found by her role");
        assertTrue(shown.stream().allMatch(b -> b.getText().equals("Karen Liu") || b.isSelected()),
                "only the person found and those ticked are listed");
        assertTrue(robot.lookup("#sessionOurs").lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .allMatch(CheckBox::isSelected), "none of ours is a counsel");
        CheckBox karen = robot.lookup("#sessionTheirs-KarenLiu").queryAs(CheckBox.class);
        boolean was = karen.isSelected();
        robot.clickOn("#sessionTheirs-KarenLiu");
        assertEquals(!was, karen.isSelected());
        robot.clickOn("#sessionAttendeesSearch");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.clickOn("#sessionStart").write("10:00");
        robot.clickOn("#sessionEnd").write("12:00");
        int before = snapshot().sessions().size();
        robot.clickOn("#sessionSave");

        waitUntil("the session is written", () -> snapshot().sessions().size() == before + 1);
        Person liu = snapshot().people().stream().filter(p -> p.name().equals("Karen Liu")).findFirst().orElseThrow();
        TableSession added = snapshot().sessions().stream().max(java.util.Comparator.comparing(TableSession::createdAt))
                .orElseThrow();
        assertEquals(!was, added.attendeeIds().contains(liu.id()));
    }
}
