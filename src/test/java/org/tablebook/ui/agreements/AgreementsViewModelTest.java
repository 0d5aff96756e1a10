package org.tablebook.ui.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.common.LabelledChoice;

class AgreementsViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<org.tablebook.domain.EntityRef> revealed = new java.util.ArrayList<>();
    private AgreementsViewModel viewModel;
    private Demand wages;
    private Demand draft;
    private TableSession session;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, CLOCK);
        Instant t = NOW.minusSeconds(86_400 * 10);
        wages = Demand.create("U-1", "Wages", Side.OURS, t).withStatus(DemandStatus.ON_TABLE, t);
        draft = Demand.create("U-2", "Parking", Side.OURS, t);
        session = new TableSession("session-1", LocalDate.of(2026, 3, 9), LocalTime.of(10, 0), LocalTime.of(12, 0),
                "Board room", List.of(), "", t, t);
        file.insert(wages, draft, session);
        viewModel = new AgreementsViewModel(file.document(), dialogs, CLOCK, (ref, field) -> revealed.add(ref));
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private void chooseDemand(String code) {
        viewModel.demandProperty().set(viewModel.demandChoices().stream()
                .filter(c -> c.value().code().equals(code)).findFirst().orElseThrow());
    }

    private TentativeAgreement reachWages() {
        viewModel.newAgreement();
        chooseDemand("U-1");
        viewModel.textProperty().set("4% a year for three years.");
        viewModel.publicTextProperty().set("A 4% raise each year.");
        viewModel.save();
        return viewModel.list().selectedProperty().get().agreement();
    }

    private Demand stored(Demand d) {
        return file.snapshot().demand(d.id()).orElseThrow();
    }

    @Test
    void reachingAnAgreementWritesItAndMarksItsDemandAgreedInOneChange() {
        TentativeAgreement ta = reachWages();
        assertEquals(TaStatus.TENTATIVE, ta.status());
        assertEquals(LocalDate.of(2026, 3, 10), ta.reachedOn(), "reached today by default");
        assertEquals(TaSource.TABLE, ta.source());
        assertEquals(DemandStatus.TENTATIVELY_AGREED, stored(wages).status());
        List<AuditEntry> last = file.store().audit().latestChange();
        assertEquals(Set.of(EntityKind.TENTATIVE_AGREEMENT, EntityKind.DEMAND),
                last.stream().map(AuditEntry::entity).collect(Collectors.toSet()));
        assertEquals("Record agreement on U-1", last.get(0).label());
        assertEquals(1, viewModel.list().rows().size());
        assertEquals("1 agreement: 1 tentative", viewModel.list().summaryProperty().get());
        assertFalse(viewModel.editor().dirtyProperty().get());
    }

    @Test
    void onlyDemandsOnTheTableAreOfferedAndOneMustBeChosen() {
        viewModel.newAgreement();
        assertEquals(List.of("U-1"), viewModel.demandChoices().stream().map(c -> c.value().code()).toList());
        viewModel.textProperty().set("Something");
        viewModel.save();
        assertEquals("Choose the demand this agreement settles.", viewModel.editor().errors().get("demandId"));
        assertTrue(file.snapshot().agreements().isEmpty());
    }

    @Test
    void wrongDatesAndMissingTextAreShownOnTheirFieldsAndNothingIsWritten() {
        viewModel.newAgreement();
        chooseDemand("U-1");
        viewModel.textProperty().set("4% a year.");
        viewModel.reachedOnProperty().set("2026-02-30");
        viewModel.initialedByUsOnProperty().set("yesterday");
        viewModel.save();
        assertEquals("The date it was reached \"2026-02-30\" is not a real date: February 2026 has 28 days.",
                viewModel.editor().errors().get("reachedOn"));
        assertTrue(viewModel.editor().errors().get("initialedByUsOn").contains("write it as year-month-day"));
        viewModel.reachedOnProperty().set("2026-03-10");
        viewModel.initialedByUsOnProperty().set("2026-03-09");
        assertFalse(viewModel.editor().errors().has("reachedOn"), "editing a field clears its message");
        viewModel.save();
        assertEquals("Our initials (2026-03-09) cannot come before the date it was reached (2026-03-10).",
                viewModel.editor().errors().get("initialedByUsOn"));
        viewModel.initialedByUsOnProperty().set("");
        viewModel.textProperty().set("  ");
        viewModel.save();
        assertEquals("The agreed text is required.", viewModel.editor().errors().get("text"));
        assertTrue(file.snapshot().agreements().isEmpty());
        assertEquals(DemandStatus.ON_TABLE, stored(wages).status());
    }

    @Test
    void confirmingSavesTheEditsAndTheSessionAndMovesTheStatus() {
        reachWages();
        assertTrue(viewModel.canConfirmProperty().get());
        viewModel.confirmedSessionProperty().set(viewModel.sessionChoices().stream()
                .filter(c -> !c.isNone()).findFirst().orElseThrow());
        viewModel.initialedByThemOnProperty().set("2026-03-10");
        viewModel.confirm();
        TentativeAgreement ta = file.snapshot().agreements().get(0);
        assertEquals(TaStatus.CONFIRMED, ta.status());
        assertEquals("session-1", ta.confirmedSessionId());
        assertEquals(LocalDate.of(2026, 3, 10), ta.initialedByThemOn());
        assertEquals(TaStatus.CONFIRMED, viewModel.statusProperty().get());
        assertFalse(viewModel.canConfirmProperty().get());
        assertTrue(viewModel.statusExplanationProperty().get().startsWith("Confirmed on the record"));
    }

    @Test
    void aSidebarAgreementIsNotConfirmedWithoutTheTeamsApproval() {
        Instant t = NOW.minusSeconds(7200);
        Sidebar sidebar = Sidebar.propose("Wages", Side.THEIRS, t.minusSeconds(3600)).withTimes(t, t.plusSeconds(1800),
                t.plusSeconds(1800));
        file.insert(sidebar);
        viewModel.newAgreement();
        chooseDemand("U-1");
        viewModel.textProperty().set("3.5% a year.");
        viewModel.sourceProperty().set(TaSource.SIDEBAR);
        viewModel.save();
        assertTrue(viewModel.editor().errors().get("sidebarId").startsWith("An agreement reached in a sidebar must name"));
        viewModel.sidebarProperty().set(viewModel.sidebarChoices().stream().filter(c -> !c.isNone()).findFirst()
                .orElseThrow());
        viewModel.save();
        assertEquals(TaSource.SIDEBAR, file.snapshot().agreements().get(0).source());
        assertTrue(viewModel.canOpenSidebarProperty().get());
        viewModel.openSidebar();
        assertEquals(List.of(org.tablebook.domain.EntityRef.of(sidebar)), revealed, "the link opens the sidebar");

        viewModel.confirm();
        assertTrue(viewModel.editor().errors().get("teamApprovedAt").contains("stays tentative until the whole team approves it"),
                viewModel.editor().errors().get("teamApprovedAt"));
        assertEquals(TaStatus.TENTATIVE, file.snapshot().agreements().get(0).status());
        assertTrue(dialogs.errors.isEmpty(), "a refusal with a field is shown on the field, not in a dialog");

        viewModel.teamApprovedAtProperty().set("2026-03-10 13:15");
        viewModel.confirm();
        TentativeAgreement ta = file.snapshot().agreements().get(0);
        assertEquals(TaStatus.CONFIRMED, ta.status());
        assertEquals(Instant.parse("2026-03-10T13:15:00Z"), ta.teamApprovedAt());
    }

    @Test
    void anAgreementInAMemorandumIsLockedAndItsTextIsNotChanged() {
        TentativeAgreement ta = reachWages();
        TentativeAgreement inMoa = ta.withStatus(TaStatus.CONFIRMED, NOW).withStatus(TaStatus.IN_MOA, NOW);
        file.document().change("Put in memorandum", w -> {
            w.update(inMoa);
            return null;
        }, x -> { }, e -> {
            throw new AssertionError(e);
        });
        assertTrue(viewModel.lockedProperty().get());
        assertFalse(viewModel.canReopenProperty().get());
        assertFalse(viewModel.canDeleteProperty().get());
        viewModel.textProperty().set("Quietly changed");
        viewModel.save();
        assertTrue(viewModel.editor().errors().get("status").contains("take it out of the memorandum"));
        assertEquals(1, dialogs.errors.size());
        assertEquals("4% a year for three years.", file.snapshot().agreements().get(0).text());
    }

    @Test
    void reopeningAsksFirstThenPutsTheDemandBackOnTheTable() {
        reachWages();
        viewModel.reopen();
        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.questions.get(0).contains("Reopening takes both sides"));
        assertEquals(TaStatus.TENTATIVE, file.snapshot().agreements().get(0).status(), "cancelled: nothing changes");

        dialogs.confirmAnswers.push(true);
        viewModel.reopen();
        assertEquals(TaStatus.REOPENED, file.snapshot().agreements().get(0).status());
        assertEquals(DemandStatus.ON_TABLE, stored(wages).status());
        assertTrue(viewModel.canReachAgainProperty().get());

        viewModel.reachAgain();
        assertEquals(TaStatus.TENTATIVE, file.snapshot().agreements().get(0).status());
        assertEquals(DemandStatus.TENTATIVELY_AGREED, stored(wages).status());
    }

    @Test
    void deletingAMistakenAgreementAsksAndPutsTheDemandBack() {
        reachWages();
        dialogs.confirmAnswers.push(true);
        viewModel.delete();
        assertTrue(file.snapshot().agreements().isEmpty());
        assertEquals(DemandStatus.ON_TABLE, stored(wages).status());
        assertFalse(viewModel.editor().editingProperty().get());
        assertTrue(dialogs.questions.get(0).endsWith("The demand goes back on the table."));
    }

    @Test
    void cancelPutsTheStoredValuesBackAndAbandonsANewOne() {
        reachWages();
        viewModel.textProperty().set("Changed my mind");
        assertTrue(viewModel.editor().dirtyProperty().get());
        assertFalse(viewModel.canReopenProperty().get(), "lifecycle steps wait for the edit to be saved or cancelled");
        viewModel.editor().cancel();
        assertEquals("4% a year for three years.", viewModel.textProperty().get());
        assertFalse(viewModel.editor().dirtyProperty().get());
        viewModel.newAgreement();
        viewModel.editor().cancel();
        assertFalse(viewModel.editor().editingProperty().get());
    }

    @Test
    void searchStatusFilterAndSelectionById() {
        TentativeAgreement ta = reachWages();
        viewModel.list().searchProperty().set("parking");
        assertTrue(viewModel.list().rows().isEmpty());
        viewModel.list().searchProperty().set("4%");
        assertEquals(1, viewModel.list().rows().size());
        LabelledChoice<TaStatus> confirmedOnly = viewModel.statusFilter().choices().stream()
                .filter(c -> c.value() == TaStatus.CONFIRMED).findFirst().orElseThrow();
        viewModel.statusFilter().chosenProperty().set(confirmedOnly);
        assertTrue(viewModel.list().rows().isEmpty());
        viewModel.list().selectedProperty().set(null);
        assertTrue(viewModel.list().select(ta.id()));
        assertEquals(1, viewModel.list().rows().size(), "selecting a hidden record clears the filters that hide it");
        assertEquals(ta.id(), viewModel.list().selectedProperty().get().id());
        assertFalse(viewModel.list().select(Ids.newId()));
    }

    @Test
    void theRowSaysWhereWhenAndHowFarItGot() {
        reachWages();
        AgreementRow row = viewModel.list().rows().get(0);
        assertEquals("U-1  Wages", row.demand());
        assertEquals("Reached Mar 10, 2026 at the table", row.reachedLine());
        assertEquals("Initialed: not yet \u00b7 Confirmed: not yet", row.stepsLine());
        assertNull(row.agreement().sidebarId());
    }

    @Test
    void anAgreementLeftAloneIsNotDirtyAfterAChangeElsewhere() {
        TentativeAgreement ta = reachWages();
        viewModel.list().selectedProperty().set(null);
        viewModel.list().select(ta.id());
        assertFalse(viewModel.editor().dirtyProperty().get());
        // Another section records something: a sidebar is added, the choices are rebuilt.
        Sidebar other = Sidebar.propose("Overtime", Side.THEIRS, NOW);
        file.document().change("Add a sidebar", w -> {
            w.insert(other);
            return other;
        }, done -> { }, e -> { throw new AssertionError(e); });
        assertFalse(viewModel.editor().dirtyProperty().get(), "nobody touched the agreement");
        assertEquals("", viewModel.editor().noticeProperty().get());
    }

    @Test
    void anEditKeptWhenTheAgreementChangesUnderneath() {
        TentativeAgreement ta = reachWages();
        viewModel.textProperty().set("5% a year for three years.");
        TentativeAgreement initialed = new TentativeAgreement(ta.id(), ta.demandId(), ta.text(), ta.publicText(),
                ta.source(), ta.sidebarId(), ta.reachedOn(), LocalDate.of(2026, 3, 10), null, ta.teamApprovedAt(),
                ta.confirmedSessionId(), ta.status(), ta.createdAt(), NOW.plusSeconds(60));
        file.document().change("Initial", w -> {
            w.update(initialed);
            return initialed;
        }, done -> { }, e -> { throw new AssertionError(e); });
        assertEquals("5% a year for three years.", viewModel.textProperty().get(), "the edit is kept");
        assertTrue(viewModel.editor().dirtyProperty().get());
        assertFalse(viewModel.editor().noticeProperty().get().isEmpty(), "the editor says what happened");
        viewModel.save();
        TentativeAgreement saved = file.snapshot().agreements().get(0);
        assertEquals("5% a year for three years.", saved.text());
        assertEquals(LocalDate.of(2026, 3, 10), saved.initialedByUsOn(), "saved over the new version");
    }

    @Test
    void aDropDownLettingGoOfItsChoiceWhenItsListIsReplacedDoesNotDirtyTheAgreement() {
        TentativeAgreement ta = reachWages();
        viewModel.confirmedSessionProperty().set(viewModel.sessionChoices().stream()
                .filter(c -> !c.isNone()).findFirst().orElseThrow());
        viewModel.save();
        assertFalse(viewModel.editor().isDirty());
        // What a ComboBox does when the items under its value are replaced.
        viewModel.sessionChoices().addListener((javafx.collections.ListChangeListener<LabelledChoice<TableSession>>)
                c -> viewModel.confirmedSessionProperty().set(null));
        Sidebar other = Sidebar.propose("Overtime", Side.THEIRS, NOW);
        file.document().change("Add a sidebar", w -> {
            w.insert(other);
            return other;
        }, done -> { }, e -> { throw new AssertionError(e); });
        assertFalse(viewModel.editor().isDirty(), "the E-2 case: nobody touched it");
        assertEquals(session.id(), viewModel.confirmedSessionProperty().get().value().id(), "still the session");
        assertEquals(ta.id(), viewModel.editor().stored().id());
    }
}
