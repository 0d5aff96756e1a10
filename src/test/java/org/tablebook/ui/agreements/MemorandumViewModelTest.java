package org.tablebook.ui.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.Side;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.VoteResult;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.agreements.MemorandumViewModel.AgreementLine;
import org.tablebook.ui.common.FakeDialogService;

class MemorandumViewModelTest {
    private static final Instant NOW = Instant.parse("2026-04-20T15:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private final FakeDialogService dialogs = new FakeDialogService();
    private MemorandumViewModel viewModel;
    private TentativeAgreement wagesTa;
    private TentativeAgreement hoursTa;
    private TentativeAgreement leaveTa;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, CLOCK);
        Instant t = NOW.minusSeconds(86_400 * 30);
        Demand wages = demand("U-1", "Wages", t);
        Demand hours = demand("U-2", "Hours", t);
        Demand leave = demand("U-3", "Leave", t);
        wagesTa = agreement(wages, TaStatus.CONFIRMED, t);
        hoursTa = agreement(hours, TaStatus.CONFIRMED, t);
        leaveTa = agreement(leave, TaStatus.TENTATIVE, t);
        file.insert(wages, hours, leave, wagesTa, hoursTa, leaveTa);
        viewModel = new MemorandumViewModel(file.document(), dialogs, CLOCK);
    }

    private static Demand demand(String code, String title, Instant t) {
        return Demand.create(code, title, Side.OURS, t).withStatus(DemandStatus.ON_TABLE, t)
                .withStatus(DemandStatus.TENTATIVELY_AGREED, t);
    }

    private static TentativeAgreement agreement(Demand d, TaStatus status, Instant t) {
        return new TentativeAgreement(Ids.newId(), d.id(), "Agreed language on " + d.code(), "", TaSource.TABLE, null,
                LocalDate.of(2026, 3, 20), null, null, null, null, status, t, t);
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private TaStatus statusOf(TentativeAgreement a) {
        return file.snapshot().agreement(a.id()).orElseThrow().status();
    }

    private void tickAllAndDraft() {
        viewModel.chooseAll();
        viewModel.putChosenInMemorandum();
    }

    private void vote(String eligible, String yes, String no) {
        viewModel.voteOnProperty().set("2026-04-20");
        viewModel.eligibleProperty().set(eligible);
        viewModel.yesProperty().set(yes);
        viewModel.noProperty().set(no);
        dialogs.confirmAnswers.push(true);
        viewModel.recordVote();
    }

    @Test
    void onlyConfirmedAgreementsAreReadyAndDraftingPutsTheTickedOnesInTheMemorandum() {
        assertEquals(List.of("U-1", "U-2"), viewModel.ready().stream().map(AgreementLine::demandCode).toList());
        assertFalse(viewModel.anyChosenProperty().get());
        viewModel.draftOnProperty().set("2026-04-18");
        viewModel.ready().get(0).chosenProperty().set(true);
        assertTrue(viewModel.anyChosenProperty().get());
        viewModel.putChosenInMemorandum();

        Ratification moa = file.snapshot().ratifications().get(0);
        assertEquals(LocalDate.of(2026, 4, 18), moa.moaDraftedOn());
        assertEquals(List.of(wagesTa.id()), moa.agreementIds());
        assertEquals(TaStatus.IN_MOA, statusOf(wagesTa));
        assertEquals(TaStatus.CONFIRMED, statusOf(hoursTa));
        assertEquals(List.of("U-2"), viewModel.ready().stream().map(AgreementLine::demandCode).toList());
        assertEquals(moa.id(), viewModel.selectedProperty().get().id());
        assertEquals("Memorandum of agreement drafted Apr 18, 2026", viewModel.headingProperty().get());
        assertTrue(viewModel.pendingProperty().get());
        assertEquals("waiting", viewModel.resultStyleProperty().get());

        // While it waits for its vote, ticked agreements are added to it rather than to a new one.
        viewModel.ready().get(0).chosenProperty().set(true);
        viewModel.putChosenInMemorandum();
        assertEquals(1, file.snapshot().ratifications().size());
        assertEquals(List.of(wagesTa.id(), hoursTa.id()), file.snapshot().ratifications().get(0).agreementIds());
        assertEquals(2, viewModel.inMemorandum().size());
    }

    @Test
    void aNoVoteSendsTheAgreementsBackToConfirmedAndKeepsTheRejectedVote() {
        tickAllAndDraft();
        vote("250", "40", "160");
        assertTrue(dialogs.questions.get(0).contains("the memorandum is rejected and the parties go back to the table"),
                dialogs.questions.get(0));
        Ratification moa = file.snapshot().ratifications().get(0);
        assertEquals(Optional.of(VoteResult.REJECTED), moa.result());
        assertEquals(160, moa.no());
        assertEquals(TaStatus.CONFIRMED, statusOf(wagesTa));
        assertEquals(TaStatus.CONFIRMED, statusOf(hoursTa));
        assertTrue(viewModel.votedProperty().get());
        assertFalse(viewModel.canRecordVoteProperty().get());
        assertEquals("rejected", viewModel.resultStyleProperty().get());
        assertTrue(viewModel.resultProperty().get().startsWith("Rejected on Apr 20, 2026: 40 yes, 160 no of 250"),
                viewModel.resultProperty().get());
        assertEquals(2, viewModel.ready().size(), "back at the table: ready for a new memorandum");
        assertEquals(3, file.store().audit().latestChange().size(), "the vote and both agreements, in one change");

        // A new memorandum, and this time a yes vote.
        tickAllAndDraft();
        assertEquals(2, file.snapshot().ratifications().size());
        vote("250", "200", "30");
        assertEquals(TaStatus.RATIFIED, statusOf(wagesTa));
        assertEquals(TaStatus.RATIFIED, statusOf(hoursTa));
        assertEquals(TaStatus.TENTATIVE, statusOf(leaveTa));
        assertTrue(viewModel.resultProperty().get().startsWith("Ratified on Apr 20, 2026"));
        assertEquals("92% voted", viewModel.resultProperty().get().replaceAll(".*\\((.*)\\).*", "$1"));
        assertEquals(2, viewModel.memoranda().size());
        file.snapshot().checkConsistency();
    }

    @Test
    void theVoteIsRecordedOnlyAfterThePersonAgrees() {
        tickAllAndDraft();
        viewModel.voteOnProperty().set("2026-04-20");
        viewModel.eligibleProperty().set("250");
        viewModel.yesProperty().set("200");
        viewModel.noProperty().set("30");
        viewModel.recordVote();
        assertTrue(dialogs.questions.get(0).contains("All 2 of its agreements become part of the contract"),
                dialogs.questions.get(0));
        assertTrue(file.snapshot().ratifications().get(0).voteOn() == null);
        assertEquals(TaStatus.IN_MOA, statusOf(wagesTa));
    }

    @Test
    void voteCountsThatAreMissingWrongOrDoNotAddUpAreShownOnTheirFields() {
        tickAllAndDraft();
        viewModel.voteOnProperty().set("2026-04-31");
        viewModel.eligibleProperty().set("");
        viewModel.yesProperty().set("many");
        viewModel.noProperty().set("1,200");
        viewModel.recordVote();
        assertEquals("The date of the vote \"2026-04-31\" is not a real date: April 2026 has 30 days.",
                viewModel.errors().get("voteOn"));
        assertEquals("The number of eligible voters is required.", viewModel.errors().get("eligibleVoters"));
        assertEquals("The yes votes must be a whole number, like 180; \u201cmany\u201d is not.",
                viewModel.errors().get("yes"));
        assertFalse(viewModel.errors().has("no"), "1,200 reads as 1200");

        viewModel.voteOnProperty().set("2026-04-20");
        viewModel.eligibleProperty().set("100");
        viewModel.yesProperty().set("80");
        viewModel.noProperty().set("30");
        viewModel.recordVote();
        assertEquals("Yes (80) and no (30) add up to 110, more than the 100 eligible voters.",
                viewModel.errors().get("no"));
        assertTrue(dialogs.questions.isEmpty(), "nothing is asked while the vote is wrong");
        assertEquals(TaStatus.IN_MOA, statusOf(wagesTa));
    }

    @Test
    void anAgreementCanBeTakenOutBeforeTheVoteAndTheMemorandumDiscarded() {
        tickAllAndDraft();
        AgreementLine hours = viewModel.inMemorandum().stream().filter(l -> l.demandCode().equals("U-2")).findFirst()
                .orElseThrow();
        viewModel.remove(hours);
        assertEquals(TaStatus.CONFIRMED, statusOf(hoursTa));
        assertEquals(1, viewModel.inMemorandum().size());

        viewModel.remove(viewModel.inMemorandum().get(0));
        assertTrue(dialogs.errors.get(0).contains("discard the memorandum instead"));

        viewModel.discard();
        assertEquals(1, file.snapshot().ratifications().size(), "cancelled: kept");
        dialogs.confirmAnswers.push(true);
        viewModel.discard();
        assertTrue(file.snapshot().ratifications().isEmpty());
        assertEquals(TaStatus.CONFIRMED, statusOf(wagesTa));
        assertTrue(viewModel.memoranda().isEmpty());
        List<AuditEntry> change = file.store().audit().latestChange();
        assertEquals("Discard memorandum of agreement", change.get(0).label());
    }

    @Test
    void aMemorandumNeedsADraftingDate() {
        viewModel.draftOnProperty().set("");
        tickAllAndDraft();
        assertEquals("Give the day the memorandum was drafted, for example 2026-03-14.",
                viewModel.errors().get("moaDraftedOn"));
        assertTrue(file.snapshot().ratifications().isEmpty());
    }

    @Test
    void anAgreementOpenInItsEditorIsNotDirtiedByTheVote() {
        AgreementsViewModel agreements = new AgreementsViewModel(file.document(), dialogs, CLOCK);
        agreements.list().select(wagesTa.id());
        assertFalse(agreements.editor().isDirty());
        tickAllAndDraft();
        assertFalse(agreements.editor().isDirty(), () -> "after the memorandum: " + agreements.editor().draft());
        vote("250", "40", "160");
        assertFalse(agreements.editor().isDirty(), "after a no vote");
        tickAllAndDraft();
        vote("250", "200", "30");
        assertFalse(agreements.editor().isDirty(), "after a yes vote");
        assertEquals("", agreements.editor().noticeProperty().get());
    }
}
