package org.tablebook.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.BASE;
import static org.tablebook.testing.SnapshotBuilder.day;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaStatus;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.RulesEngine;
import org.tablebook.store.StoreOptions;
import org.tablebook.testing.MutableClock;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.QueuedTaskRunner;
import org.tablebook.document.TaskRunner;
import org.tablebook.document.Workspace;
import org.tablebook.ui.dashboard.DashboardFigures.ChartPoint;
import org.tablebook.ui.dashboard.DashboardFigures.DueItem;
import org.tablebook.ui.dashboard.DashboardFigures.DueKind;
import org.tablebook.ui.dashboard.DashboardFigures.RuleCounts;
import org.tablebook.ui.dashboard.DashboardFigures.StatusCount;
import org.tablebook.ui.dashboard.DashboardFigures.Urgency;

/** The dashboard's figures against built negotiations and a clock the test holds. */
class DashboardViewModelTest {
    /** Tuesday 10 March 2026, 12:00 UTC: eight days after the builder's base. */
    private static final LocalDate TODAY = day(8);

    @TempDir
    Path dir;
    private final List<EntityRef> revealed = new ArrayList<>();
    private final List<String> revealedFields = new ArrayList<>();
    private final List<EntityKind> listsOpened = new ArrayList<>();

    private DashboardViewModel viewModel(NegotiationSnapshot snapshot, Clock clock, TaskRunner runner) {
        NegotiationDocument document = new NegotiationDocument(
                new Workspace(StoreOptions.defaults(clock, dir.resolve("backups"))), runner, () -> "Dana");
        document.show(snapshot);
        return new DashboardViewModel(document, clock, (ref, field) -> {
            revealed.add(ref);
            revealedFields.add(field);
        }, listsOpened::add);
    }

    /** An empty document whose work runs on {@code runner}, for a test to show snapshots in. */
    private NegotiationDocument document(Clock clock, TaskRunner runner) {
        return new NegotiationDocument(new Workspace(StoreOptions.defaults(clock, dir.resolve("b"))), runner, () -> "D");
    }

    private DashboardViewModel viewModel(NegotiationSnapshot snapshot, Clock clock) {
        return viewModel(snapshot, clock, new ImmediateTaskRunner());
    }

    @Test
    void aFileWhereNothingHappenedYetShowsTheFirstStepsInsteadOfEmptyCharts() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.ours("Dana Reyes");
        DashboardViewModel vm = viewModel(b.build(), SnapshotBuilder.clockOn(TODAY));
        assertTrue(vm.freshProperty().get());
        assertEquals(List.of(DashboardViewModel.FirstStep.PARTIES_AND_DATES, DashboardViewModel.FirstStep.TEAM,
                DashboardViewModel.FirstStep.DEMANDS, DashboardViewModel.FirstStep.SESSION),
                vm.firstSteps().stream().map(DashboardViewModel.FirstStepState::step).toList());
        assertTrue(vm.firstSteps().get(1).done(), "one of ours is on the team");
        assertFalse(vm.firstSteps().get(2).done());

        vm.open(DashboardViewModel.FirstStep.PARTIES_AND_DATES);
        assertEquals(EntityKind.NEGOTIATION, revealed.get(0).kind(), "the negotiation's settings open");
        vm.open(DashboardViewModel.FirstStep.DEMANDS);
        assertEquals(List.of(EntityKind.DEMAND), listsOpened);

        SnapshotBuilder withDemand = SnapshotBuilder.union();
        withDemand.demand("U-1", "Wages").add();
        DashboardViewModel busy = viewModel(withDemand.build(), SnapshotBuilder.clockOn(TODAY));
        assertFalse(busy.freshProperty().get(), "one demand and the charts come back");
        assertTrue(busy.firstSteps().isEmpty());
    }

    @Test
    void countsDemandsByStatusForEachSide() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.demand("U-1", "Wages").add();
        b.demand("U-2", "Staffing").add();
        b.demand("U-3", "Parking").status(DemandStatus.WITHDRAWN).add();
        b.demand("U-4", "Leave").status(DemandStatus.TENTATIVELY_AGREED).add();
        b.demand("U-5", "Release time").status(DemandStatus.DRAFT).add();
        b.demand("E-1", "Premiums").theirs().add();
        b.demand("E-2", "Probation").theirs().status(DemandStatus.REJECTED).add();
        DashboardViewModel vm = viewModel(b.build(), SnapshotBuilder.clockOn(TODAY));

        List<StatusCount> counts = vm.demandCounts();
        assertEquals(List.of(DemandStatus.values()), counts.stream().map(StatusCount::status).toList());
        assertEquals(List.of(1, 2, 1, 1, 0), counts.stream().map(StatusCount::ours).toList());
        assertEquals(List.of(0, 1, 0, 0, 1), counts.stream().map(StatusCount::theirs).toList());
        assertEquals("On the table", counts.get(1).label());
        assertEquals(5, vm.oursTotalProperty().get());
        assertEquals(2, vm.theirsTotalProperty().get());
        vm.openDemands();
        assertEquals(List.of(EntityKind.DEMAND), listsOpened);
    }

    @Test
    void whatIsDueComesInDateOrderWithHowFarOffEachIs() {
        SnapshotBuilder b = SnapshotBuilder.union().otherParty("City Hospital").contractExpiresOn(TODAY.plusDays(40))
                .otherPartyNoticeOn(TODAY.minusDays(30)).mediationNoticeOn(TODAY.minusDays(2));
        Person ana = b.ours("Ana");
        Person ben = b.ours("Ben");
        Demand wages = b.demand("U-1", "Wages").add();
        Demand hours = b.demand("U-2", "Hours").add();
        // Ended at 07:00 today, no report-back: due at 09:00, so overdue by 3 h at noon.
        Sidebar unreported = b.sidebar("Wages package").attendees(ana, ben).agenda(wages)
                .ran(TODAY.atTime(6, 0).toInstant(java.time.ZoneOffset.UTC),
                        TODAY.atTime(7, 0).toInstant(java.time.ZoneOffset.UTC)).add();
        // Reported five days ago, no decision: due two days ago.
        Sidebar reported = b.sidebar("Hours").attendees(ana, ben).agenda(hours).ran(hours(1), hours(2)).add();
        b.reportBack(reported).at(day(3).atTime(15, 0).toInstant(java.time.ZoneOffset.UTC)).add();
        SidebarTopic topic = b.topic(reported, hours).add();
        b.informationRequest("Staffing data").askedOn(TODAY.minusDays(12)).add(); // due in 2 days
        b.informationRequest("Our survey").askedBy(Side.THEIRS).askedOn(TODAY.minusDays(20)).add(); // 6 days overdue
        b.informationRequest("Answered one").askedOn(TODAY.minusDays(20)).answeredOn(TODAY.minusDays(1)).add();
        b.complianceItem("Post the schedule").breached(TODAY.minusDays(11)).add(); // last day in 3 days
        b.complianceItem("Pay tuition").dueOn(TODAY.plusDays(10)).add();
        b.complianceItem("Filed already").breached(TODAY.minusDays(5)).grievanceFiledOn(TODAY.minusDays(1)).add();
        b.complianceItem("Far off").dueOn(TODAY.plusDays(200)).add();
        NegotiationSnapshot snapshot = b.build();
        DashboardViewModel vm = viewModel(snapshot, SnapshotBuilder.clockOn(TODAY));

        List<DueItem> due = vm.due();
        assertEquals(List.of(
                "Our answer to their request: Our survey",
                "Committee decision on U-2 Hours",
                "Report back on the sidebar: Wages package",
                "Their answer to our request: Staffing data",
                "Last day to grieve: Post the schedule",
                "Due under the agreement: Pay tuition",
                "The contract expires"),
                due.stream().map(DueItem::title).toList());
        assertEquals(List.of("overdue by 6 days", "overdue by 2 days", "overdue by 3 h", "in 2 days", "in 3 days",
                "in 10 days", "in 40 days"), due.stream().map(DueItem::when).toList());
        assertEquals(List.of(Urgency.OVERDUE, Urgency.OVERDUE, Urgency.OVERDUE, Urgency.SOON, Urgency.SOON,
                Urgency.LATER, Urgency.LATER), due.stream().map(DueItem::urgency).toList());
        assertEquals(DueKind.COMMITTEE_DECISION, due.get(1).kind());
        assertEquals(EntityRef.of(topic), due.get(1).subject());
        assertEquals(EntityRef.of(unreported), due.get(2).subject());
        assertEquals("Breach noticed Feb 27, 2026; 14-day grievance window", due.get(4).detail());

        vm.open(due.get(4).subject());
        assertEquals(EntityKind.COMPLIANCE_ITEM, revealed.get(0).kind());
    }

    @Test
    void noticesOfTheContractsEndAreDueBeforeItExpires() {
        SnapshotBuilder b = SnapshotBuilder.union().contractExpiresOn(TODAY.plusDays(45));
        DashboardViewModel vm = viewModel(b.build(), SnapshotBuilder.clockOn(TODAY));
        assertEquals(List.of("Notice of the contract\u2019s end to the other party", "Notice to the mediation service",
                "The contract expires"), vm.due().stream().map(DueItem::title).toList());
        assertEquals(List.of("overdue by 15 days", "in 15 days", "in 45 days"),
                vm.due().stream().map(DueItem::when).toList());
        assertEquals(EntityKind.NEGOTIATION, vm.due().get(0).subject().kind());
        assertTrue(vm.headlineProperty().get().contains("Contract expires in 45 days (Apr 24, 2026)"),
                vm.headlineProperty().get());
    }

    @Test
    void theRunningSidebarsClockTicksAndTurnsRedPastTheLimit() {
        MutableClock clock = new MutableClock(TODAY.atTime(14, 42).toInstant(java.time.ZoneOffset.UTC));
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana Ruiz");
        Person ben = b.ours("Ben Ode");
        Person pat = b.theirs("Pat Kim");
        b.sidebar("Close the wage gap").attendees(ana, ben, pat).location("HR room")
                .startedAt(TODAY.atTime(14, 0).toInstant(java.time.ZoneOffset.UTC)).add();
        DashboardViewModel vm = viewModel(b.build(), clock);

        assertEquals(1, vm.running().size());
        DashboardViewModel.RunningSidebar running = vm.running().get(0);
        assertEquals("0:42:00", running.elapsedProperty().get());
        assertEquals("Ana Ruiz, Ben Ode with Pat Kim", running.attendees());
        assertEquals("Started 14:00\u2009\u00b7 HR room", running.startedAt());
        assertEquals("48 min left of the 90-minute limit", running.limitTextProperty().get());
        clock.advance(Duration.ofSeconds(5));
        vm.tick();
        assertEquals("0:42:05", running.elapsedProperty().get());
        assertFalse(running.overLimitProperty().get());
        clock.advance(Duration.ofMinutes(50));
        vm.tick();
        assertEquals("1:32:05", running.elapsedProperty().get());
        assertTrue(running.overLimitProperty().get());
        assertEquals("2 min over the 90-minute limit", running.limitTextProperty().get());
        vm.open(running.subject());
        assertEquals(EntityKind.SIDEBAR, revealed.get(0).kind());
    }

    @Test
    void theRulesCountsAreThoseOfTheEngineWithAcknowledgementsApart() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        Demand wages = b.demand("U-1", "Wages").noOrigin().add();
        b.sidebar("Alone").attendees(ana).agenda(wages).ran(hours(1), hours(2)).add();
        NegotiationSnapshot withoutAck = b.build();
        Clock clock = SnapshotBuilder.clockAt(hours(30));
        List<EvaluatedFinding> findings = RulesEngine.standard().evaluateWithAcknowledgements(withoutAck, clock);
        var info = findings.stream().filter(f -> f.finding().severity() == org.tablebook.domain.Severity.INFO)
                .findFirst().orElseThrow().finding();
        b.acknowledgement(info.ruleId(), info.subject(), info.factsFingerprint()).add();
        NegotiationSnapshot snapshot = b.build();

        DashboardViewModel vm = viewModel(snapshot, clock);
        RuleCounts counts = vm.ruleCountsProperty().get();
        List<EvaluatedFinding> expected = RulesEngine.standard().evaluateWithAcknowledgements(snapshot, clock);
        assertEquals(expected.stream().filter(f -> !f.acknowledged()
                && f.finding().severity() == org.tablebook.domain.Severity.ERROR).count(), counts.errors());
        assertEquals(expected.stream().filter(f -> !f.acknowledged()
                && f.finding().severity() == org.tablebook.domain.Severity.WARNING).count(), counts.warnings());
        assertTrue(counts.errors() >= 1, "a rep alone in a sidebar is an error");
        assertEquals(1, counts.acknowledged());
        assertEquals(expected.stream().filter(f -> !f.acknowledged()
                && f.finding().severity() == org.tablebook.domain.Severity.INFO).count(), counts.infos());
        assertEquals(Math.min(3, expected.stream().filter(f -> !f.acknowledged()).count()), vm.topFindings().size());
        assertEquals(org.tablebook.domain.Severity.ERROR, vm.topFindings().get(0).severity());
        vm.open(vm.topFindings().get(0));
        assertEquals(vm.topFindings().get(0).subject(), revealed.get(0));
        assertEquals(vm.topFindings().get(0).field(), revealedFields.get(0));
    }

    @Test
    void theFindingsOnTheDashboardAreWrittenInTheWindowsLanguage() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person ana = b.ours("Ana");
        Demand wages = b.demand("U-1", "Salarios").noOrigin().add();
        b.sidebar("Sola").attendees(ana).agenda(wages).ran(hours(1), hours(2)).add();
        NegotiationSnapshot snapshot = b.build();
        Clock clock = SnapshotBuilder.clockAt(hours(30));
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(org.tablebook.domain.Language.SPANISH.locale());
            DashboardViewModel vm = viewModel(snapshot, clock);
            String shown = vm.topFindings().get(0).message();
            List<EvaluatedFinding> all = RulesEngine.standard().evaluateWithAcknowledgements(snapshot, clock);
            assertTrue(all.stream().anyMatch(f -> f.finding().message(java.util.Locale.getDefault()).equals(shown)), shown);
            assertTrue(all.stream().noneMatch(f -> f.finding().message(java.util.Locale.ENGLISH).equals(shown)), shown);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void theChartCountsDemandsOpenAndAgreedDayByDay() {
        SnapshotBuilder b = SnapshotBuilder.union().startedOn(day(-2));
        Demand wages = b.demand("U-1", "Wages").status(DemandStatus.TENTATIVELY_AGREED).createdAt(BASE).add();
        b.demand("U-2", "Hours").createdAt(BASE.plus(Duration.ofDays(1))).add();
        Demand leave = b.demand("U-3", "Leave").createdAt(BASE.plus(Duration.ofDays(1))).add();
        b.agreement(wages).reachedOn(day(3)).add();
        // Reached on day 4 and reopened on day 6: agreed in between, open again after.
        b.agreement(leave).reachedOn(day(4)).status(TaStatus.REOPENED)
                .createdAt(BASE.plus(Duration.ofDays(4))).add();
        NegotiationSnapshot s = b.build();
        // The reopened agreement's last change (day 6) is when it was reopened.
        var reopened = s.agreements().get(1);
        s = org.tablebook.testing.SnapshotEdits.apply(s, List.of(new org.tablebook.domain.TentativeAgreement(
                reopened.id(), reopened.demandId(), reopened.text(), "", reopened.source(), null, reopened.reachedOn(),
                reopened.initialedByUsOn(), reopened.initialedByThemOn(), null, null, TaStatus.REOPENED,
                reopened.createdAt(), BASE.plus(Duration.ofDays(6)))));
        DashboardViewModel vm = viewModel(s, SnapshotBuilder.clockOn(TODAY));

        assertEquals(List.of(
                new ChartPoint(day(-2), 0, 0),
                new ChartPoint(day(0), 1, 0),
                new ChartPoint(day(1), 3, 0),
                new ChartPoint(day(3), 2, 1),
                new ChartPoint(day(4), 1, 2),
                new ChartPoint(day(6), 2, 1),
                new ChartPoint(TODAY, 2, 1)), vm.chart());
        assertEquals(new ChartPoint(day(2), 3, 0), DashboardFigures.steps(vm.chart()).get(4),
                "drawn as steps: the day before a change keeps the old counts");
    }

    @Test
    void theTimelineHoldsSessionsAndSidebarsInDateOrder() {
        SnapshotBuilder b = SnapshotBuilder.union().startedOn(day(-10));
        Person ana = b.ours("Ana");
        Person ben = b.ours("Ben");
        b.session(day(-7)).add();
        b.sidebar("Wages").attendees(ana, ben).ran(hours(26), hours(27)).add();
        b.session(day(3)).add();
        DashboardViewModel vm = viewModel(b.build(), SnapshotBuilder.clockOn(TODAY));
        assertEquals(List.of(false, true, false), vm.timeline().stream().map(DashboardFigures.TimelineEvent::sidebar)
                .toList());
        assertEquals("Sidebar: Wages", vm.timeline().get(1).label());
        assertEquals(day(-10), vm.timelineStartProperty().get());
        assertEquals(TODAY, vm.timelineEndProperty().get());
    }

    @Test
    void aResultOverTakenByANewerSnapshotIsDropped() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        SnapshotBuilder b = SnapshotBuilder.union();
        b.demand("U-1", "Wages").add();
        NegotiationSnapshot first = b.build();
        b.demand("U-2", "Hours").add();
        NegotiationSnapshot second = b.build();
        NegotiationDocument document = new NegotiationDocument(
                new Workspace(StoreOptions.defaults(SnapshotBuilder.clockOn(TODAY), dir.resolve("b"))), runner, () -> "D");
        document.show(first);
        DashboardViewModel vm = new DashboardViewModel(document, SnapshotBuilder.clockOn(TODAY), (r, f) -> { },
                k -> { });
        document.show(second);
        assertTrue(vm.computingProperty().get());
        runner.drainNewestFirst();
        assertEquals(2, vm.oursTotalProperty().get(), "the older result, arriving last, does not win");
        assertFalse(vm.computingProperty().get());
    }

    @Test
    void theFiguresAreWorkedOutAgainEachNewMinuteNotEachSecond() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        MutableClock clock = new MutableClock(TODAY.atTime(9, 0, 10).toInstant(java.time.ZoneOffset.UTC));
        DashboardViewModel vm = viewModel(SnapshotBuilder.union().build(), clock, runner);
        runner.drainNewestFirst();
        clock.advance(Duration.ofSeconds(20));
        vm.tick();
        assertEquals(0, runner.size());
        clock.advance(Duration.ofSeconds(40));
        vm.tick();
        assertEquals(1, runner.size());
    }

    @Test
    void beforeTheFilesFiguresArriveTheCardsSayTheyAreWorkedOutNotZero() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        SnapshotBuilder b = SnapshotBuilder.union();
        b.demand("U-1", "Wages").add();
        b.demand("U-2", "Hours").add();
        Clock clock = SnapshotBuilder.clockOn(TODAY);
        NegotiationDocument document = document(clock, runner);
        document.show(b.build());
        DashboardViewModel vm = new DashboardViewModel(document, clock, (r, f) -> { }, k -> { });
        assertTrue(vm.pendingProperty().get(), "no figures yet: the cards must not say 0");
        runner.drainNewestFirst();
        assertFalse(vm.pendingProperty().get());
        assertEquals(2, vm.oursTotalProperty().get());

        // File > Open of another file: the figures on show are the file before's until its own arrive.
        SnapshotBuilder other = SnapshotBuilder.union();
        other.demand("U-9", "Pensions").add();
        document.show(other.build());
        assertTrue(vm.pendingProperty().get());
        runner.drainNewestFirst();
        assertFalse(vm.pendingProperty().get());
        assertEquals(1, vm.oursTotalProperty().get());
        assertEquals("", vm.rulesFailureProperty().get());
    }

    @Test
    void findingsThatCannotBeWorkedOutAreSaidInTheRulesCardAndTheOtherFiguresStillCome() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        try (org.tablebook.testing.Told told = new org.tablebook.testing.Told()) {
            SnapshotBuilder b = SnapshotBuilder.union();
            b.demand("U-1", "Wages").add();
            Clock clock = SnapshotBuilder.clockOn(TODAY);
            NegotiationDocument document = document(clock, runner);
            document.show(b.build());
            org.tablebook.document.Findings findings = new org.tablebook.document.Findings(document,
                    RulesEngine.of(List.of(org.tablebook.testing.MadeUpRules.failing("rule broke"))), clock, runner);
            DashboardViewModel vm = new DashboardViewModel(document, findings, clock, (r, f) -> { }, k -> { });
            runner.drainNewestFirst();
            assertEquals(org.tablebook.ui.common.Messages.format("rules.failed", "rule broke"),
                    vm.rulesFailureProperty().get());
            assertFalse(vm.pendingProperty().get());
            assertEquals(1, vm.oursTotalProperty().get(), "the demands are counted without the findings");
            assertEquals(1, told.failures().size());
        }
    }

    @Test
    void figuresThatCannotBeWorkedOutForANewlyOpenedFileAreSaidAsFailedAndToldOnce() {
        org.tablebook.document.FailingTaskRunner runner = new org.tablebook.document.FailingTaskRunner();
        try (org.tablebook.testing.Told told = new org.tablebook.testing.Told()) {
            SnapshotBuilder b = SnapshotBuilder.union();
            b.demand("U-1", "Wages").add();
            Clock clock = SnapshotBuilder.clockOn(TODAY);
            NegotiationDocument document = document(clock, runner);
            // The findings are worked out; the dashboard's own figures are what fails.
            org.tablebook.document.Findings findings = new org.tablebook.document.Findings(document,
                    RulesEngine.standard(), clock, new ImmediateTaskRunner());
            DashboardViewModel vm = new DashboardViewModel(document, findings, clock, (r, f) -> { }, k -> { });
            IllegalStateException broke = new IllegalStateException("figures broke");
            runner.failWith(broke);
            document.show(b.build());
            assertTrue(vm.figuresFailedProperty().get(), "the cards say the figures could not be worked out");
            assertTrue(vm.pendingProperty().get(), "no figures of this file to show");
            assertFalse(vm.computingProperty().get(), "nothing is being worked out any more");
            assertEquals(org.tablebook.ui.common.Messages.get("dashboard.failed"), vm.headlineProperty().get());
            assertEquals(List.of(broke), told.failures(), "logged and told through the one failure path");

            // The same failure again, on the next change: still said, not told again.
            SnapshotBuilder more = SnapshotBuilder.union();
            more.demand("U-1", "Wages").add();
            more.demand("U-2", "Hours").add();
            document.show(more.build());
            assertTrue(vm.figuresFailedProperty().get());
            assertEquals(1, told.failures().size(), "told once");

            // Once the figures can be worked out again they show, and a later failure is told again.
            runner.failWith(null);
            document.show(b.build());
            assertFalse(vm.figuresFailedProperty().get());
            assertFalse(vm.pendingProperty().get());
            assertEquals(1, vm.oursTotalProperty().get());
            runner.failWith(broke);
            document.show(more.build());
            assertEquals(2, told.failures().size());
        }
    }
}
