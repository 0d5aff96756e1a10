package org.tablebook.ui.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.Ids;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Side;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.compliance.ComplianceViewModel.Urgency;

class ComplianceViewModelTest {
    private static final Instant NOW = Instant.parse("2026-06-10T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private final FakeDialogService dialogs = new FakeDialogService();
    private ComplianceViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, CLOCK);
        viewModel = new ComplianceViewModel(file.document(), dialogs, CLOCK);
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private ComplianceItem stored() {
        return file.snapshot().complianceItems().get(0);
    }

    private void addPostingItem() {
        viewModel.newItem();
        viewModel.obligationProperty().set("Post the schedule two weeks ahead");
        viewModel.clauseProperty().set("Art. 12.3");
        viewModel.responsiblePartyProperty().set("Employer");
        viewModel.save();
    }

    @Test
    void aNewObligationIsOpenWithTheNegotiationsDefaultGrievanceWindow() {
        file.negotiation(n -> n.settings = new RuleSettings(90, 2, 24, 3, 3, 30, 3, 10, 60, 30, 14, List.of()));
        viewModel.newItem();
        assertEquals("10", viewModel.windowDaysProperty().get());
        assertEquals(ComplianceStatus.OPEN, viewModel.statusProperty().get());
        assertEquals(Urgency.NONE, viewModel.urgencyProperty().get());
        assertEquals("", viewModel.lastDayToFileProperty().get());
        viewModel.obligationProperty().set("Post the schedule two weeks ahead");
        viewModel.clauseProperty().set("Art. 12.3");
        viewModel.save();
        assertEquals(10, stored().grievanceWindowDays());
        assertEquals("Add obligation: Post the schedule two weeks ahead",
                file.store().audit().latestChange().get(0).label());
    }

    @Test
    void recordingABreachSavesItNoticedTodayAndShowsTheLastDayToFile() {
        addPostingItem();
        viewModel.recordBreach();
        ComplianceItem item = stored();
        assertEquals(ComplianceStatus.BREACHED, item.status());
        assertEquals(LocalDate.of(2026, 6, 10), item.breachNoticedOn());
        assertEquals("Jun 24, 2026", viewModel.lastDayToFileProperty().get());
        assertEquals("Wednesday: 14 days left of the 14-day window. After that the breach can no longer be grieved.",
                viewModel.lastDayNoteProperty().get());
        assertEquals(Urgency.OPEN, viewModel.urgencyProperty().get());
        ComplianceRow row = viewModel.list().rows().get(0);
        assertEquals("Wed, Jun 24, in 14 days", row.lastDay());
        assertFalse(row.urgent());
        assertEquals("1 obligation: 0 open, 0 met, 1 breached", viewModel.list().summaryProperty().get());
    }

    @Test
    void inWorkingDaysTheLastDaySkipsWeekends() {
        file.negotiation(n -> n.settings = RuleSettings.DEFAULTS.withGrievanceWindow(
                org.tablebook.domain.GrievanceWindowUnit.WORKING_DAYS, List.of()));
        addPostingItem();
        viewModel.recordBreach();
        // Noticed Wednesday Jun 10: 14 working days end on Tuesday Jun 30, not Wednesday Jun 24.
        assertEquals("Jun 30, 2026", viewModel.lastDayToFileProperty().get());
        assertTrue(viewModel.list().rows().get(0).lastDay().startsWith("Tue, Jun 30"), viewModel.list().rows().get(0).lastDay());
    }

    @Test
    void theLastDayFollowsTheFieldsAndTurnsUrgentThenClosed() {
        addPostingItem();
        viewModel.statusProperty().set(ComplianceStatus.BREACHED);
        assertEquals("Give the day the breach was noticed: the grievance window counts from it.",
                viewModel.lastDayNoteProperty().get());
        viewModel.breachNoticedOnProperty().set("2026-05-29");
        assertEquals("Jun 12, 2026", viewModel.lastDayToFileProperty().get());
        assertEquals(Urgency.SOON, viewModel.urgencyProperty().get(), "2 days left, within the 3 warning days");
        viewModel.breachNoticedOnProperty().set("2026-05-27");
        assertEquals(Urgency.SOON, viewModel.urgencyProperty().get());
        assertTrue(viewModel.lastDayNoteProperty().get().startsWith("Wednesday, today, is the last day"));
        viewModel.breachNoticedOnProperty().set("2026-05-20");
        assertEquals(Urgency.PAST, viewModel.urgencyProperty().get());
        assertEquals("The window closed on Wednesday, 7 days ago, with no grievance filed. Check at once whether it "
                + "can still be grieved.", viewModel.lastDayNoteProperty().get());
        viewModel.grievanceFiledToday();
        assertEquals(Urgency.FILED, viewModel.urgencyProperty().get());
        viewModel.save();
        assertEquals(LocalDate.of(2026, 6, 10), stored().grievanceFiledOn());
        assertEquals("Filed Wed, Jun 10", viewModel.list().rows().get(0).lastDay());
    }

    @Test
    void refusalsAreShownOnTheirFields() {
        viewModel.newItem();
        viewModel.clauseProperty().set("Art. 9");
        viewModel.save();
        assertEquals("The obligation is required.", viewModel.editor().errors().get("obligation"));
        viewModel.obligationProperty().set("Pay the premiums");
        viewModel.clauseProperty().set("");
        viewModel.save();
        assertEquals("Tie the item to a clause of the agreement or to a tentative agreement.",
                viewModel.editor().errors().get("clause"));
        viewModel.clauseProperty().set("Art. 9");
        viewModel.windowDaysProperty().set("two weeks");
        viewModel.dueOnProperty().set("2026-13-01");
        viewModel.save();
        assertEquals("The grievance window must be a whole number of days, like 14.",
                viewModel.editor().errors().get("grievanceWindowDays"));
        assertEquals("The due date \"2026-13-01\" is not a real date: there is no month 13.",
                viewModel.editor().errors().get("dueOn"));
        viewModel.windowDaysProperty().set("14");
        viewModel.dueOnProperty().set("");
        viewModel.statusProperty().set(ComplianceStatus.BREACHED);
        viewModel.save();
        assertEquals("A breach needs the date it was noticed: the grievance window counts from it.",
                viewModel.editor().errors().get("breachNoticedOn"));
        assertTrue(file.snapshot().complianceItems().isEmpty());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void anObligationCanBeTiedToAnAgreementAndMarkedMet() {
        Instant t = NOW.minusSeconds(86_400 * 50);
        Demand d = Demand.create("U-4", "Night differential", Side.OURS, t).withStatus(DemandStatus.ON_TABLE, t)
                .withStatus(DemandStatus.TENTATIVELY_AGREED, t);
        TentativeAgreement ta = new TentativeAgreement(Ids.newId(), d.id(), "$4 an hour", "", TaSource.TABLE, null,
                LocalDate.of(2026, 4, 1), null, null, null, null, TaStatus.TENTATIVE, t, t);
        file.insert(d, ta);
        viewModel.newItem();
        viewModel.obligationProperty().set("Pay the night differential from July");
        viewModel.agreementProperty().set(viewModel.agreementChoices().stream().filter(c -> !c.isNone()).findFirst()
                .orElseThrow());
        viewModel.save();
        assertEquals(ta.id(), stored().agreementId());
        assertEquals("TA on U-4 Night differential", viewModel.list().rows().get(0).tiedTo());
        viewModel.markMet();
        assertEquals(ComplianceStatus.MET, stored().status());
        assertTrue(viewModel.list().select(stored().id()));
    }
}
