package org.tablebook.ui.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.testing.Calendars;
import org.tablebook.testing.RunningApp;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A committee carries one demand from the table to a ratified contract and into compliance: a TA
 * reached at the table, put in a memorandum, voted down (back to confirmed), voted again and
 * ratified; then a breach of an obligation, with its last day to file.
 */
class AgreementToComplianceViewTest {
    /** Tuesday 10 March 2026, 14:00 UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;

    @BeforeEach
    void startApp() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        seedTheTable(new DataFolders(dataFolder));
        app = RunningApp.start(dataFolder, CLOCK);
    }

    /** The demands screen is built elsewhere: the demand and its first pass are written into the file directly. */
    private static void seedTheTable(DataFolders folders) throws Exception {
        Instant t = CLOCK.instant().minusSeconds(86_400 * 7);
        try (TablebookStore store = TablebookStore.create(folders.defaultFile(),
                Negotiation.create("Nurses' contract 2026", NegotiationKind.UNION_CONTRACT, t), "Dana Reyes",
                StoreOptions.defaults(CLOCK, folders.backups()))) {
            Demand wages = Demand.create("U-1", "Wages", Side.OURS, t).withStatus(DemandStatus.ON_TABLE, t);
            TableSession session = new TableSession(Ids.newId(), LocalDate.of(2026, 3, 9), LocalTime.of(10, 0),
                    LocalTime.of(12, 0), "Board room", List.of(), "", t, t);
            Proposal pass = new Proposal(Ids.newId(), wages.id(), Side.OURS, LocalDate.of(2026, 3, 3), null,
                    ProposalKind.INITIAL, "4% a year", "", t, t);
            store.write("Dana Reyes", "Seed the table", w -> {
                w.insert(wages);
                w.insert(session);
                w.insert(pass);
                return null;
            });
        }
    }

    @AfterEach
    void stopApp() throws Exception {
        RunningApp.stopAll(app);
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<AgreementRow> agreementTable() {
        return robot.lookup("#agreementTable").queryAs(TableView.class);
    }

    private TaStatus onlyAgreementStatus() {
        return agreementTable().getItems().get(0).status();
    }

    private void click(String query) {
        RunningApp.inSight(robot, query);
        robot.clickOn(query);
    }

    private void type(String query, String value) {
        RunningApp.inSight(robot, query);
        robot.clickOn(query);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL);
        robot.write(value);
    }

    private void vote(String eligible, String yes, String no) throws Exception {
        type("#moaEligible", eligible);
        type("#moaYes", yes);
        type("#moaNo", no);
        click("#moaRecordVote");
        waitUntil("the vote is asked about", () -> robot.lookup("Record vote").tryQuery().isPresent());
        robot.clickOn("Record vote");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tickAndDraft() throws Exception {
        waitUntil("U-1 is ready for a memorandum", () -> robot.lookup("#moaChoose-U-1").tryQuery().isPresent());
        robot.clickOn("#moaChoose-U-1");
        robot.clickOn("#moaDraft");
        waitUntil("the memorandum is drafted", () -> text("#moaResult").startsWith("Waiting for the members"));
    }

    @Test
    void theDatesOfATaChosenFromTheCalendarAreSaved() throws Exception {
        robot.clickOn("#nav-agreements");
        robot.clickOn("#agreementAdd");
        robot.clickOn("#agreementDemand");
        robot.clickOn("U-1  Wages");
        robot.clickOn("#agreementText").write("3.5% a year");
        RunningApp.inSight(robot, "#agreementReachedOn");
        Calendars.pick(robot, "agreementReachedOn", LocalDate.of(2026, 3, 9));
        RunningApp.inSight(robot, "#agreementInitialedByUs");
        Calendars.pick(robot, "agreementInitialedByUs", LocalDate.of(2026, 3, 10));
        assertEquals("2026-03-09", robot.lookup("#agreementReachedOn").queryAs(TextField.class).getText());
        click("#agreementSave");
        waitUntil("the agreement is listed", () -> agreementTable().getItems().size() == 1);
        TentativeAgreement saved = app.viewModel().snapshotProperty().get().agreements().get(0);
        assertEquals(LocalDate.of(2026, 3, 9), saved.reachedOn());
        assertEquals(LocalDate.of(2026, 3, 10), saved.initialedByUsOn());
    }

    @Test
    void fromTheTableToARatifiedContractAndIntoCompliance() throws Exception {
        // Reach the TA at the table.
        robot.clickOn("#nav-agreements");
        robot.clickOn("#agreementAdd");
        robot.clickOn("#agreementDemand");
        robot.clickOn("U-1  Wages");
        robot.clickOn("#agreementText").write("3.5% a year");
        robot.clickOn("#agreementSave");
        waitUntil("the agreement is listed", () -> agreementTable().getItems().size() == 1);
        assertEquals(TaStatus.TENTATIVE, onlyAgreementStatus());
        assertEquals("U-1  Wages", agreementTable().getItems().get(0).demand());
        assertEquals(DemandStatus.TENTATIVELY_AGREED, app.viewModel().snapshotProperty().get().demands().get(0).status());

        // Confirm it at the session of 9 March.
        click("#agreementSession");
        robot.clickOn("Mar 9, 2026, Board room");
        click("#agreementConfirm");
        waitUntil("it is confirmed", () -> onlyAgreementStatus() == TaStatus.CONFIRMED);
        Node pill = robot.lookup("#agreementStatus").lookup(".ta-status").query();
        assertEquals("Confirmed", ((Label) pill).getText());

        // Put it in a memorandum, and the members vote it down: back to CONFIRMED.
        robot.clickOn("#nav-memorandum");
        tickAndDraft();
        robot.clickOn("#nav-agreements");
        waitUntil("the agreement is in the memorandum", () -> onlyAgreementStatus() == TaStatus.IN_MOA);
        robot.clickOn("#nav-memorandum");
        vote("250", "40", "160");
        waitUntil("the vote is recorded", () -> text("#moaResult").startsWith("Rejected"));
        assertTrue(text("#moaResult").contains("40 yes, 160 no of 250"), text("#moaResult"));
        robot.clickOn("#nav-agreements");
        waitUntil("the agreement is back at confirmed", () -> onlyAgreementStatus() == TaStatus.CONFIRMED);
        assertTrue(robot.lookup("#agreementTable").lookup(".ta-status-confirmed").tryQuery().isPresent());

        // A new memorandum, and a yes vote: RATIFIED.
        robot.clickOn("#nav-memorandum");
        tickAndDraft();
        vote("250", "200", "30");
        waitUntil("the memorandum is ratified", () -> text("#moaResult").startsWith("Ratified"));
        @SuppressWarnings("unchecked")
        ListView<MemorandumViewModel.MemorandumRow> memoranda = robot.lookup("#moaTable").queryAs(ListView.class);
        assertEquals(2, memoranda.getItems().size(), "the rejected memorandum stays on the record");
        robot.clickOn("#nav-agreements");
        waitUntil("the agreement is ratified", () -> onlyAgreementStatus() == TaStatus.RATIFIED);
        assertTrue(robot.lookup("#agreementTable").lookup(".ta-status-ratified").tryQuery().isPresent());

        // Into compliance: an obligation, breached; the last day to file in large type.
        robot.clickOn("#nav-compliance");
        robot.clickOn("#complianceAdd");
        robot.clickOn("#complianceObligation").write("Pay the new rates");
        click("#complianceClause");
        robot.write("Art. 20");
        robot.clickOn("#complianceSave");
        waitUntil("the obligation is listed", () -> robot.lookup("#complianceTable").queryAs(TableView.class)
                .getItems().size() == 1);
        click("#complianceRecordBreach");
        waitUntil("the last day to file shows", () -> !text("#complianceLastDay").isEmpty());
        assertEquals("Mar 24, 2026", text("#complianceLastDay"));
        assertTrue(robot.lookup("#complianceLastDay").query().isVisible());
        assertTrue(text("#complianceLastDayNote").startsWith("Tuesday: 14 days left of the 14-day window"),
                text("#complianceLastDayNote"));
        assertTrue(robot.lookup("#complianceLastDayPanel").query().getStyleClass().contains("last-day-urgency-open"));
    }
}
