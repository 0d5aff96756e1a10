package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.day;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.testing.SnapshotEdits;

/** The memorandum of agreement and the effects of the members' yes or no vote on the agreements in it. */
class RatificationsTest {
    private static final Instant NOW = hours(200);

    private SnapshotBuilder b;
    private TentativeAgreement wagesTa;
    private TentativeAgreement hoursTa;
    private TentativeAgreement leaveTa;
    private NegotiationSnapshot snapshot;

    @BeforeEach
    void setUp() {
        b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").status(DemandStatus.TENTATIVELY_AGREED).add();
        Demand hours = b.demand("U-2", "Hours").status(DemandStatus.TENTATIVELY_AGREED).add();
        Demand leave = b.demand("U-3", "Leave").status(DemandStatus.TENTATIVELY_AGREED).add();
        wagesTa = b.agreement(wages).status(TaStatus.CONFIRMED).add();
        hoursTa = b.agreement(hours).status(TaStatus.CONFIRMED).add();
        leaveTa = b.agreement(leave).add();
        snapshot = b.build();
    }

    private NegotiationSnapshot apply(Ratifications.Change change) {
        NegotiationSnapshot next = SnapshotEdits.apply(snapshot, change.toWrite());
        next.checkConsistency();
        snapshot = next;
        return next;
    }

    private TaStatus statusOf(TentativeAgreement a) {
        return snapshot.agreement(a.id()).orElseThrow().status();
    }

    private Ratification drafted() {
        return apply(Ratifications.draft(snapshot, day(10), List.of(wagesTa.id(), hoursTa.id()), NOW))
                .ratifications().get(0);
    }

    @Test
    void draftingPutsTheConfirmedAgreementsInTheMemorandum() {
        Ratification moa = drafted();
        assertEquals(day(10), moa.moaDraftedOn());
        assertEquals(List.of(wagesTa.id(), hoursTa.id()), moa.agreementIds());
        assertNull(moa.voteOn());
        assertEquals(TaStatus.IN_MOA, statusOf(wagesTa));
        assertEquals(TaStatus.IN_MOA, statusOf(hoursTa));
        assertEquals(Optional.of(moa), Ratifications.pending(snapshot));
    }

    @Test
    void aYesVoteRatifiesEveryAgreementInTheMemorandum() {
        Ratification moa = drafted();
        Ratifications.Change change = Ratifications.recordVote(snapshot, moa.id(), day(20), 250, 180, 20, NOW);
        assertEquals(3, change.toWrite().size(), "the memorandum and its two agreements, in one change");
        apply(change);
        assertEquals(Optional.of(VoteResult.RATIFIED), snapshot.ratifications().get(0).result());
        assertEquals(TaStatus.RATIFIED, statusOf(wagesTa));
        assertEquals(TaStatus.RATIFIED, statusOf(hoursTa));
        assertEquals(TaStatus.TENTATIVE, statusOf(leaveTa), "an agreement outside the memorandum is untouched");
        assertTrue(snapshot.ratifiedBy(wagesTa.id()).isPresent());
        assertTrue(Ratifications.pending(snapshot).isEmpty());
    }

    @Test
    void aNoVoteSendsTheAgreementsBackToConfirmedAndKeepsTheRejectedVote() {
        Ratification moa = drafted();
        apply(Ratifications.recordVote(snapshot, moa.id(), day(20), 250, 40, 160, NOW));
        Ratification kept = snapshot.ratifications().get(0);
        assertEquals(day(20), kept.voteOn());
        assertEquals(40, kept.yes());
        assertEquals(160, kept.no());
        assertEquals(Optional.of(VoteResult.REJECTED), kept.result());
        assertEquals(TaStatus.CONFIRMED, statusOf(wagesTa));
        assertEquals(TaStatus.CONFIRMED, statusOf(hoursTa));

        // Back at the table: a new memorandum can be drafted and voted on.
        Ratifications.Change second = Ratifications.draft(snapshot, day(30), List.of(wagesTa.id(), hoursTa.id()), NOW);
        apply(second);
        assertEquals(2, snapshot.ratifications().size());
        apply(Ratifications.recordVote(snapshot, second.ratification().id(), day(40), 250, 200, 30, NOW));
        assertEquals(TaStatus.RATIFIED, statusOf(wagesTa));
        assertEquals(Optional.of(VoteResult.REJECTED), snapshot.ratifications().get(0).result(),
                "the first, rejected vote stays on the record");
    }

    @Test
    void aTieIsNotAMajorityAndRatifiesNothing() {
        Ratification moa = drafted();
        apply(Ratifications.recordVote(snapshot, moa.id(), day(20), 200, 90, 90, NOW));
        assertEquals(TaStatus.CONFIRMED, statusOf(wagesTa));
    }

    @Test
    void aMemorandumIsVotedOnOnce() {
        Ratification moa = drafted();
        apply(Ratifications.recordVote(snapshot, moa.id(), day(20), 250, 40, 160, NOW));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Ratifications.recordVote(snapshot, moa.id(), day(21), 250, 200, 10, NOW));
        assertEquals("voteOn", e.field());
        assertTrue(e.getMessage().contains("A new vote needs a new memorandum"), e.getMessage());
    }

    @Test
    void theVoteItselfMustAddUpAndComeAfterTheDrafting() {
        Ratification moa = drafted();
        ValidationException tooMany = assertThrows(ValidationException.class,
                () -> Ratifications.recordVote(snapshot, moa.id(), day(20), 100, 80, 30, NOW));
        assertEquals("no", tooMany.field());
        assertTrue(tooMany.getMessage().contains("more than the 100 eligible voters"), tooMany.getMessage());
        ValidationException early = assertThrows(ValidationException.class,
                () -> Ratifications.recordVote(snapshot, moa.id(), day(9), 100, 80, 10, NOW));
        assertEquals("voteOn", early.field());
        ValidationException missing = assertThrows(ValidationException.class,
                () -> Ratifications.recordVote(snapshot, moa.id(), day(20), 100, null, 10, NOW));
        assertEquals("yes", missing.field());
        assertEquals("voteOn", assertThrows(ValidationException.class,
                () -> Ratifications.recordVote(snapshot, moa.id(), null, 100, 80, 10, NOW)).field());
        assertEquals(TaStatus.IN_MOA, statusOf(wagesTa), "a refused vote changes nothing");
    }

    @Test
    void onlyConfirmedAgreementsGoIntoAMemorandum() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Ratifications.draft(snapshot, day(10), List.of(wagesTa.id(), leaveTa.id()), NOW));
        assertEquals("agreementIds", e.field());
        assertEquals("The agreement on U-3 Leave is \u201CTentative\u201D. Confirm it at an on-the-record session first: only "
                + "confirmed agreements go into a memorandum.", e.getMessage());
        assertTrue(assertThrows(ValidationException.class, () -> Ratifications.draft(snapshot, day(10), List.of(), NOW))
                .getMessage().startsWith("Choose at least one confirmed agreement"));
    }

    @Test
    void thereIsOneMemorandumWaitingForItsVoteAtATime() {
        drafted();
        ValidationException e = assertThrows(ValidationException.class,
                () -> Ratifications.draft(snapshot, day(11), List.of(), NOW));
        assertTrue(e.getMessage().startsWith("The memorandum drafted on March 12, 2026 is still waiting for its vote"),
                e.getMessage());
    }

    @Test
    void beforeTheVoteAgreementsCanBeAddedAndTakenOutButNotTheLastOne() {
        Ratification moa = drafted();
        apply(Ratifications.remove(snapshot, moa.id(), hoursTa.id(), NOW));
        assertEquals(List.of(wagesTa.id()), snapshot.ratifications().get(0).agreementIds());
        assertEquals(TaStatus.CONFIRMED, statusOf(hoursTa));
        apply(Ratifications.add(snapshot, moa.id(), List.of(hoursTa.id()), NOW));
        assertEquals(List.of(wagesTa.id(), hoursTa.id()), snapshot.ratifications().get(0).agreementIds());
        assertEquals(TaStatus.IN_MOA, statusOf(hoursTa));

        apply(Ratifications.remove(snapshot, moa.id(), hoursTa.id(), NOW));
        ValidationException last = assertThrows(ValidationException.class,
                () -> Ratifications.remove(snapshot, moa.id(), wagesTa.id(), NOW));
        assertTrue(last.getMessage().contains("discard the memorandum instead"), last.getMessage());
        assertTrue(assertThrows(ValidationException.class, () -> Ratifications.add(snapshot, moa.id(), List.of(wagesTa.id()), NOW))
                .getMessage().endsWith("is already in this memorandum."));
    }

    @Test
    void discardingAnUnvotedMemorandumSendsItsAgreementsBackToConfirmed() {
        Ratification moa = drafted();
        Ratifications.Change discard = Ratifications.discard(snapshot, moa.id(), NOW);
        snapshot = SnapshotEdits.apply(snapshot, discard.agreements(), List.of(EntityRef.of(discard.ratification())));
        snapshot.checkConsistency();
        assertTrue(snapshot.ratifications().isEmpty());
        assertEquals(TaStatus.CONFIRMED, statusOf(wagesTa));
        assertEquals(TaStatus.CONFIRMED, statusOf(hoursTa));
    }

    @Test
    void aVotedMemorandumIsHistoryAndIsNeitherChangedNorDiscarded() {
        Ratification moa = drafted();
        apply(Ratifications.recordVote(snapshot, moa.id(), day(20), 250, 40, 160, NOW));
        assertTrue(assertThrows(ValidationException.class, () -> Ratifications.discard(snapshot, moa.id(), NOW))
                .getMessage().contains("you can no longer discard it"));
        assertTrue(assertThrows(ValidationException.class,
                () -> Ratifications.add(snapshot, moa.id(), List.of(leaveTa.id()), NOW)).getMessage()
                .contains("Draft a new memorandum instead"));
    }
}
