package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.BASE;
import static org.tablebook.testing.SnapshotBuilder.day;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tablebook.testing.SnapshotBuilder;

/** The tentative agreement's lifecycle: every move the texts forbid is refused, with the reason. */
class AgreementLifecycleTest {
    private static final Instant NOW = hours(30);

    private final SnapshotBuilder b = SnapshotBuilder.union();
    private final Demand wages = b.demand("U-1", "Wages").add();

    private TentativeAgreement atTable(TaStatus status) {
        return b.agreement(wages).status(status).add();
    }

    @ParameterizedTest
    @EnumSource(TaStatus.class)
    void everyMoveOutsideTheLifecycleIsRefusedOnTheStatusField(TaStatus from) {
        for (TaStatus to : TaStatus.values()) {
            boolean allowed = to == from || from.allowedNext().contains(to);
            if (allowed) {
                assertEquals(to, from.moveTo(to));
            } else {
                ValidationException e = assertThrows(ValidationException.class, () -> from.moveTo(to), from + "->" + to);
                assertEquals("status", e.field());
                assertTrue(e.getMessage().startsWith("A \u201C" + Check.words("label.TaStatus." + from.name())
                        + "\u201D agreement cannot become \u201C" + Check.words("label.TaStatus." + to.name())
                        + "\u201D."), e.getMessage());
            }
        }
    }

    @Test
    void theLifecycleGoesConfirmedThenMemorandumThenRatifiedAndReopensOnlyBeforeTheMemorandum() {
        assertEquals(java.util.Set.of(TaStatus.CONFIRMED, TaStatus.REOPENED), TaStatus.TENTATIVE.allowedNext());
        assertEquals(java.util.Set.of(TaStatus.IN_MOA, TaStatus.REOPENED), TaStatus.CONFIRMED.allowedNext());
        assertEquals(java.util.Set.of(TaStatus.CONFIRMED, TaStatus.RATIFIED), TaStatus.IN_MOA.allowedNext());
        assertTrue(TaStatus.RATIFIED.allowedNext().isEmpty());
        assertEquals(java.util.Set.of(TaStatus.TENTATIVE), TaStatus.REOPENED.allowedNext());
    }

    @Test
    void aTentativeAgreementCannotSkipConfirmationIntoTheMemorandum() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> atTable(TaStatus.TENTATIVE).withStatus(TaStatus.IN_MOA, NOW));
        assertTrue(e.getMessage().contains("Confirm it at an on-the-record session first"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = TaStatus.class, names = {"TENTATIVE", "CONFIRMED", "IN_MOA", "REOPENED"})
    void nothingBecomesRatifiedWithoutAVote(TaStatus from) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> atTable(from).withStatus(TaStatus.RATIFIED, NOW));
        assertEquals("status", e.field());
        assertEquals("Only the members' ratification vote makes an agreement ratified: record the vote on the "
                + "memorandum of agreement that holds it.", e.getMessage());
    }

    @Test
    void aSidebarAgreementStaysTentativeUntilTheTeamApprovesIt() {
        Sidebar sidebar = b.sidebar("wages").ran(hours(1), hours(2)).add();
        TentativeAgreement fromSidebar = b.agreement(wages).fromSidebar(sidebar).add();
        ValidationException e = assertThrows(ValidationException.class,
                () -> fromSidebar.withStatus(TaStatus.CONFIRMED, NOW));
        assertEquals("teamApprovedAt", e.field());
        assertTrue(e.getMessage().contains("stays tentative until the whole team approves it"), e.getMessage());

        TentativeAgreement approved = b.agreement(wages).fromSidebar(sidebar).teamApprovedAt(hours(3)).add();
        TentativeAgreement confirmed = approved.withStatus(TaStatus.CONFIRMED, NOW);
        assertEquals(TaStatus.CONFIRMED, confirmed.status());
        assertEquals(NOW, confirmed.updatedAt());
    }

    @Test
    void aRatifiedAgreementIsPartOfTheContractAndCannotBeReopened() {
        TentativeAgreement a = atTable(TaStatus.IN_MOA);
        Ratification yes = b.ratification(a).ratifiedOn(day(5)).add();
        TentativeAgreement ratified = a.ratifiedBy(yes, NOW);
        assertEquals(TaStatus.RATIFIED, ratified.status());
        ValidationException e = assertThrows(ValidationException.class,
                () -> ratified.withStatus(TaStatus.REOPENED, NOW));
        assertTrue(e.getMessage().contains("part of the contract"), e.getMessage());
    }

    @Test
    void onlyARecordedYesVoteOnItsOwnMemorandumRatifies() {
        TentativeAgreement a = atTable(TaStatus.IN_MOA);
        TentativeAgreement other = atTable(TaStatus.IN_MOA);
        Ratification notVoted = b.ratification(a).add();
        Ratification rejected = b.ratification(a).rejectedOn(day(4)).add();
        Ratification elsewhere = b.ratification(other).ratifiedOn(day(4)).add();

        assertTrue(assertThrows(ValidationException.class, () -> a.ratifiedBy(notVoted, NOW)).getMessage()
                .contains("has no recorded vote yet"));
        assertTrue(assertThrows(ValidationException.class, () -> a.ratifiedBy(rejected, NOW)).getMessage()
                .contains("voted the memorandum of " + BASE.toString().substring(0, 10) + " down"));
        assertTrue(assertThrows(ValidationException.class, () -> a.ratifiedBy(elsewhere, NOW)).getMessage()
                .contains("is not in the memorandum"));
    }

    @Test
    void aConfirmedAgreementOutsideAnyMemorandumIsNotRatifiedEvenByAYesVote() {
        TentativeAgreement confirmed = atTable(TaStatus.CONFIRMED);
        Ratification yes = b.ratification(confirmed).ratifiedOn(day(5)).add();
        ValidationException e = assertThrows(ValidationException.class, () -> confirmed.ratifiedBy(yes, NOW));
        assertTrue(e.getMessage().startsWith("This agreement cannot be ratified"), e.getMessage());
    }

    // ---- reaching, reopening, reaching again: the demand moves with its agreement ----

    @Test
    void reachingAnAgreementMarksItsDemandTentativelyAgreed() {
        TentativeAgreement a = atTable(TaStatus.TENTATIVE);
        Agreements.Change change = Agreements.reach(a, wages, NOW);
        assertTrue(change.demandChanged());
        assertEquals(DemandStatus.TENTATIVELY_AGREED, change.demand().status());
        assertEquals(NOW, change.demand().updatedAt());
        assertEquals(List.of(a, change.demand()), change.toWrite());
    }

    @Test
    void aSecondAgreementOnAnAgreedDemandLeavesTheDemandAsItIs() {
        Demand agreed = b.demand("U-2", "Hours").status(DemandStatus.TENTATIVELY_AGREED).add();
        TentativeAgreement a = b.agreement(agreed).add();
        Agreements.Change change = Agreements.reach(a, agreed, NOW);
        assertFalse(change.demandChanged());
        assertSame(agreed, change.demand());
        assertEquals(List.of(a), change.toWrite());
    }

    @ParameterizedTest
    @EnumSource(value = DemandStatus.class, names = {"DRAFT", "WITHDRAWN", "REJECTED"})
    void nothingIsAgreedOnADemandThatIsNotOnTheTable(DemandStatus status) {
        Demand off = b.demand("U-9", "Parking").status(status).add();
        TentativeAgreement a = b.agreement(off).add();
        ValidationException e = assertThrows(ValidationException.class, () -> Agreements.reach(a, off, NOW));
        assertEquals("demandId", e.field());
        assertTrue(e.getMessage().startsWith("U-9 "), e.getMessage());
        assertTrue(e.getMessage().contains("on the table"), e.getMessage());
    }

    @Test
    void aNewAgreementIsReachedTentative() {
        Demand onTable = b.demand("U-3", "Leave").add();
        TentativeAgreement confirmed = b.agreement(onTable).status(TaStatus.CONFIRMED).add();
        assertEquals("status", assertThrows(ValidationException.class,
                () -> Agreements.reach(confirmed, onTable, NOW)).field());
    }

    @Test
    void reopeningTheOnlyStandingAgreementPutsTheDemandBackOnTheTable() {
        Demand agreed = b.demand("U-4", "Breaks").status(DemandStatus.TENTATIVELY_AGREED).add();
        TentativeAgreement a = b.agreement(agreed).status(TaStatus.CONFIRMED).add();
        Agreements.Change change = Agreements.reopen(a, agreed, List.of(a), NOW);
        assertEquals(TaStatus.REOPENED, change.agreement().status());
        assertEquals(DemandStatus.ON_TABLE, change.demand().status());

        Agreements.Change again = Agreements.reachAgain(change.agreement(), change.demand(), NOW.plusSeconds(60));
        assertEquals(TaStatus.TENTATIVE, again.agreement().status());
        assertEquals(DemandStatus.TENTATIVELY_AGREED, again.demand().status());
    }

    @Test
    void reopeningOneOfTwoStandingAgreementsLeavesTheDemandAgreed() {
        Demand agreed = b.demand("U-5", "Uniforms").status(DemandStatus.TENTATIVELY_AGREED).add();
        TentativeAgreement first = b.agreement(agreed).add();
        TentativeAgreement second = b.agreement(agreed).add();
        Agreements.Change change = Agreements.reopen(first, agreed, List.of(first, second), NOW);
        assertFalse(change.demandChanged());
        assertEquals(DemandStatus.TENTATIVELY_AGREED, change.demand().status());
    }

    @Test
    void anAgreementInAMemorandumIsNotReopenedAndOnlyAReopenedOneIsReachedAgain() {
        Demand agreed = b.demand("U-6", "Training").status(DemandStatus.TENTATIVELY_AGREED).add();
        TentativeAgreement inMoa = b.agreement(agreed).status(TaStatus.IN_MOA).add();
        ValidationException e = assertThrows(ValidationException.class,
                () -> Agreements.reopen(inMoa, agreed, List.of(inMoa), NOW));
        assertTrue(e.getMessage().contains("Take it out of its memorandum first"), e.getMessage());
        assertTrue(assertThrows(ValidationException.class, () -> Agreements.reachAgain(inMoa, agreed, NOW))
                .getMessage().startsWith("Only a \u201CReopened\u201D agreement can be reached again; this one is "
                        + "\u201CIn the memorandum\u201D."));
    }
    // ---- editing and deleting ----

    private static TentativeAgreement withText(TentativeAgreement a, String text) {
        return new TentativeAgreement(a.id(), a.demandId(), text, a.publicText(), a.source(), a.sidebarId(),
                a.reachedOn(), a.initialedByUsOn(), a.initialedByThemOn(), a.teamApprovedAt(), a.confirmedSessionId(),
                a.status(), a.createdAt(), NOW);
    }

    @Test
    void aConfirmedAgreementsDetailsMayBeEditedButNotItsStatusOrDemand() {
        TentativeAgreement a = atTable(TaStatus.CONFIRMED);
        assertEquals("New words", Agreements.edit(a, withText(a, "New words")).text());
        TentativeAgreement otherStatus = withText(a, a.text()).withStatus(TaStatus.IN_MOA, NOW);
        assertEquals("status", assertThrows(ValidationException.class, () -> Agreements.edit(a, otherStatus)).field());
        Demand hours = b.demand("U-7", "Hours").add();
        TentativeAgreement moved = new TentativeAgreement(a.id(), hours.id(), a.text(), "", TaSource.TABLE, null,
                a.reachedOn(), null, null, null, null, a.status(), a.createdAt(), NOW);
        assertEquals("demandId", assertThrows(ValidationException.class, () -> Agreements.edit(a, moved)).field());
    }

    @ParameterizedTest
    @EnumSource(value = TaStatus.class, names = {"IN_MOA", "RATIFIED"})
    void theTextTheMembersVoteOnIsNotEdited(TaStatus status) {
        TentativeAgreement a = atTable(status);
        ValidationException e = assertThrows(ValidationException.class,
                () -> Agreements.edit(a, withText(a, "Quietly changed")));
        assertEquals("status", e.field());
    }

    @Test
    void onlyATentativeOrReopenedAgreementIsDeletedAndTheDemandGoesBackOnTheTable() {
        Demand agreed = b.demand("U-8", "Holidays").status(DemandStatus.TENTATIVELY_AGREED).add();
        TentativeAgreement mistaken = b.agreement(agreed).add();
        Agreements.Change change = Agreements.delete(mistaken, agreed, List.of(mistaken), NOW);
        assertEquals(DemandStatus.ON_TABLE, change.demand().status());
        TentativeAgreement confirmed = b.agreement(agreed).status(TaStatus.CONFIRMED).add();
        ValidationException e = assertThrows(ValidationException.class,
                () -> Agreements.delete(confirmed, agreed, List.of(confirmed), NOW));
        assertTrue(e.getMessage().contains("reopen it instead"), e.getMessage());
        assertFalse(Agreements.delete(mistaken, agreed, List.of(mistaken, confirmed), NOW).demandChanged());
    }
}
