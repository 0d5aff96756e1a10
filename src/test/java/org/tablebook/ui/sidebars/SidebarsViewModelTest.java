package org.tablebook.ui.sidebars;

import org.tablebook.testing.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarStart;
import org.tablebook.domain.SidebarState;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.common.Pick;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.testing.OpenNegotiation;

/** The Sidebars section's view models, driven as the chief negotiator would, with a clock the test moves. */
class SidebarsViewModelTest {
    /** Tuesday 3 March 2026, 14:00 in Chicago (20:00 UTC). */
    private static final Instant T0 = Instant.parse("2026-03-03T20:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0, SidebarFixture.zone());
    private final FakeDialogService dialogs = new FakeDialogService();
    private OpenNegotiation negotiation;
    private NegotiationDocument document;
    private SidebarsViewModel vm;
    private SidebarEditorViewModel editor;

    @BeforeEach
    void setUp() throws Exception {
        open(true);
    }

    private void open(boolean create) throws Exception {
        Path file = dir.resolve("n.tablebook");
        if (create) {
            SidebarFixture.create(file, dir.resolve("backups"), clock);
        }
        negotiation = OpenNegotiation.of(file, clock, "Dana Reyes");
        document = negotiation.document();
        vm = new SidebarsViewModel(document, dialogs, clock);
        editor = vm.editor();
    }

    @AfterEach
    void tearDown() {
        negotiation.close();
    }

    // ---- helpers ----

    private NegotiationSnapshot snapshot() {
        return document.snapshot();
    }

    private Sidebar stored() {
        return negotiation.store().loadSnapshot().sidebar(editor.stored().id()).orElseThrow();
    }

    private SidebarState state() {
        return snapshot().stateOf(stored());
    }

    private static void tick(List<Pick> picks, String... labels) {
        Set<String> names = Set.of(labels);
        picks.stream().filter(p -> names.contains(p.label()) || names.stream().anyMatch(n -> p.label().startsWith(n + " ")))
                .forEach(p -> p.chosenProperty().set(true));
    }

    private Sidebar propose(String purpose) {
        vm.newSidebar();
        editor.purposeProperty().set(purpose);
        editor.save();
        return editor.stored();
    }

    /** Everything the texts ask before a sidebar, as the chief fills it in. */
    private void walkChecklist() {
        editor.informedNow();
        editor.authorizedNow();
        editor.repsChosenByProperty().set(RepsChosenBy.OUR_TEAM);
        tick(editor.ourPeople(), SidebarFixture.DANA, SidebarFixture.ANA);
        tick(editor.theirPeople(), SidebarFixture.PAT);
        editor.instructionsSayProperty().set("Explore a ratio phased in over two years.");
        editor.instructionsDoNotSayProperty().set("Do not mention the strike vote.");
        editor.noNotesRuleProperty().set(GroundRuleStatus.AGREED);
        editor.notRepeatedRuleProperty().set(GroundRuleStatus.AGREED);
        editor.notUsedInLitigationRuleProperty().set(GroundRuleStatus.AGREED);
        tick(editor.agenda(), "U-12", "U-3");
    }

    private Sidebar readyAndStarted(String purpose) {
        propose(purpose);
        walkChecklist();
        editor.save();
        editor.start();
        return stored();
    }

    private List<AuditEntry> latestChange() {
        return negotiation.store().audit().latestChange();
    }

    private SidebarRow row(String purpose) {
        return vm.rows().stream().filter(r -> r.purpose().equals(purpose)).findFirst().orElseThrow();
    }

    // ---- before ----

    @Test
    void aNewSidebarIsProposedWithEveryConditionStillOpen() {
        Sidebar s = propose("Staffing ratios");
        assertEquals(SidebarState.PROPOSED, state());
        assertEquals(T0, s.suggestedAt());
        assertEquals("Proposed", row("Staffing ratios").stateText());
        assertEquals(SidebarStep.BEFORE, vm.stepProperty().get());
        for (SidebarCondition c : SidebarCondition.values()) {
            assertFalse(editor.checklistProperty().get().met(c), c.name());
        }
        assertTrue(editor.checklistProperty().get().summary().startsWith("0 of 8 conditions met"),
                editor.checklistProperty().get().summary());
        assertEquals("Propose sidebar \"Staffing ratios\"", latestChange().get(0).label());
        assertFalse(editor.editor().dirtyProperty().get());
    }

    @Test
    void aBlankPurposeIsRefusedOnItsFieldAndNothingIsWritten() {
        vm.newSidebar();
        editor.save();
        assertEquals("The sidebar's purpose is required.", editor.editor().errors().get("purpose"));
        assertTrue(negotiation.store().loadSnapshot().sidebars().isEmpty());
    }

    @Test
    void eachConditionIsMetByItsOwnFieldInTheTextsOrder() {
        propose("Staffing ratios");
        editor.informedNow();
        assertTrue(editor.checklistProperty().get().met(SidebarCondition.TEAM_INFORMED));
        assertFalse(editor.checklistProperty().get().met(SidebarCondition.TEAM_AUTHORIZED));
        editor.authorizedNow();
        assertTrue(editor.checklistProperty().get().met(SidebarCondition.TEAM_AUTHORIZED));
        editor.repsChosenByProperty().set(RepsChosenBy.CHIEF_ALONE);
        assertFalse(editor.checklistProperty().get().met(SidebarCondition.REPS_CHOSEN_BY_TEAM));
        editor.repsChosenByProperty().set(RepsChosenBy.OUR_TEAM);
        assertTrue(editor.checklistProperty().get().met(SidebarCondition.REPS_CHOSEN_BY_TEAM));
        tick(editor.ourPeople(), SidebarFixture.DANA);
        tick(editor.theirPeople(), SidebarFixture.PAT, SidebarFixture.LEE);
        assertFalse(editor.checklistProperty().get().met(SidebarCondition.TWO_OF_OURS), "their people do not count");
        assertEquals("At least two people from the union take part so management cannot inaccurately describe what "
                + "the union representatives said.", editor.checklistProperty().get().text(SidebarCondition.TWO_OF_OURS));
        tick(editor.ourPeople(), SidebarFixture.ANA);
        assertTrue(editor.checklistProperty().get().met(SidebarCondition.TWO_OF_OURS));
        editor.instructionsSayProperty().set("Explore a phase-in.");
        assertFalse(editor.checklistProperty().get().met(SidebarCondition.INSTRUCTED), "what not to say is missing");
        editor.instructionsDoNotSayProperty().set("Nothing on the strike vote.");
        assertTrue(editor.checklistProperty().get().met(SidebarCondition.INSTRUCTED));
        editor.noNotesRuleProperty().set(GroundRuleStatus.REFUSED);
        assertTrue(editor.checklistProperty().get().met(SidebarCondition.NO_NOTES_SETTLED), "a refusal is settled too");
        assertFalse(editor.groundRulesAdviceProperty().get().isEmpty());
        editor.notRepeatedRuleProperty().set(GroundRuleStatus.AGREED);
        assertFalse(editor.checklistProperty().get().complete());
        editor.notUsedInLitigationRuleProperty().set(GroundRuleStatus.AGREED);
        assertTrue(editor.checklistProperty().get().complete());
        assertTrue(editor.editor().dirtyProperty().get());

        editor.save();
        Sidebar s = stored();
        assertEquals(SidebarState.AUTHORIZED, state());
        assertEquals(T0, s.teamInformedAt());
        assertEquals(T0, s.teamAuthorizedAt());
        assertEquals(4, s.attendeeIds().size(), "two of ours and two of theirs");
        assertEquals(GroundRuleStatus.REFUSED, s.noNotesRule());
        assertEquals("Authorized", row("Staffing ratios").stateText());
    }

    @Test
    void escapePutsTheStoredValuesBack() {
        propose("Staffing ratios");
        editor.purposeProperty().set("Something else");
        tick(editor.ourPeople(), SidebarFixture.BEN);
        assertTrue(editor.editor().dirtyProperty().get());
        editor.cancel();
        assertEquals("Staffing ratios", editor.purposeProperty().get());
        assertTrue(editor.ourPeople().stream().noneMatch(Pick::isChosen));
        assertFalse(editor.editor().dirtyProperty().get());
    }

    @Test
    void aTimeThatIsNotATimeIsRefusedOnItsField() {
        propose("Staffing ratios");
        editor.teamInformedAtProperty().set("yesterday");
        editor.save();
        assertTrue(editor.editor().errors().get("teamInformedAt").startsWith("When the whole team was told \"yesterday\" is not"),
                editor.editor().errors().get("teamInformedAt"));
        assertNull(stored().teamInformedAt());
        editor.teamInformedAtProperty().set("13:30");
        editor.save();
        assertEquals(Instant.parse("2026-03-03T19:30:00Z"), stored().teamInformedAt());
    }

    // ---- start ----

    @Test
    void startingWithEveryConditionMetAsksNothingAndStampsTheStart() {
        Sidebar s = readyAndStarted("Staffing ratios");
        assertTrue(dialogs.questions.isEmpty(), dialogs.questions.toString());
        assertEquals(T0, s.startedAt());
        assertEquals(SidebarState.IN_PROGRESS, state());
        assertEquals(SidebarStep.DURING, vm.stepProperty().get());
        assertTrue(editor.missingAtStart().isEmpty());
        assertEquals("Start sidebar \"Staffing ratios\"", latestChange().get(0).label());
        assertEquals(List.of(s), snapshot().runningSidebars());
    }

    @Test
    void startingWithConditionsUnmetAsksFirstAndTheRecordKeepsWhatWasMissing() {
        propose("Staffing ratios");
        tick(editor.ourPeople(), SidebarFixture.DANA);
        dialogs.confirmAnswers.push(false);
        editor.start();
        assertEquals(1, dialogs.questions.size());
        String question = dialogs.questions.get(0);
        assertTrue(question.contains("\u2022 The negotiating team as a whole has authorized participation."), question);
        assertTrue(question.contains("\u2022 At least two people from the union take part"), question);
        assertNull(stored().startedAt(), "declined: nothing is written");

        dialogs.confirmAnswers.push(true);
        editor.start();
        assertEquals(T0, stored().startedAt());
        assertEquals(1, stored().attendeeIds().size(), "the form's edits are written with the start");
        String label = latestChange().get(0).label();
        assertTrue(label.startsWith("Start sidebar \"Staffing ratios\" without the whole team told, the team's "
                + "authorization, reps chosen by our team, two of our people, instructions"), label);
        assertEquals(8, editor.missingAtStart().size());
        assertTrue(editor.missingAtStart().contains("The negotiating team as a whole has authorized participation."));

        // Authorizing afterwards does not make it authorized before the start.
        clock.advance(Duration.ofMinutes(5));
        editor.authorizedNow();
        editor.save();
        assertTrue(editor.missingAtStart().contains("The negotiating team as a whole has authorized participation."));
        assertFalse(editor.checklistProperty().get().met(SidebarCondition.TEAM_AUTHORIZED));
    }

    @Test
    void aSidebarStartedWithOneRepStaysFlaggedAfterASecondRepIsAdded() {
        propose("Staffing ratios");
        tick(editor.ourPeople(), SidebarFixture.DANA);
        dialogs.confirmAnswers.push(true);
        editor.start();
        assertEquals(1, soloFindings(), "one of our people at the start is a rep alone");
        int missing = editor.missingAtStart().size();

        clock.advance(Duration.ofMinutes(20));
        tick(editor.ourPeople(), SidebarFixture.ANA);
        editor.save();
        assertEquals(2, stored().attendeeIds().size(), "the sidebar lists who took part");
        SidebarStart start = snapshot().startOf(stored().id()).orElseThrow();
        assertEquals(1, start.presentIds().size(), "who was in the room at the start does not change");
        assertEquals(1, start.joined().size(), "the second rep joined at a time");
        assertEquals(T0.plus(Duration.ofMinutes(20)), start.joined().get(0).at());
        assertEquals(1, soloFindings(), "the start is judged as it was: still flagged");
        assertEquals(missing, editor.missingAtStart().size(), "what was unmet at the start stays on the record");
        assertTrue(editor.missingAtStart().contains(SidebarCondition.TWO_OF_OURS.text(
                snapshot().negotiation().kind())));
    }

    @Test
    void correctingAStartLoggedLateNeedsAReasonAndGoesOnTheTrail() {
        propose("Staffing ratios");
        walkChecklist();
        dialogs.confirmAnswers.push(true);
        editor.start();
        editor.startedAtProperty().set("13:50");
        editor.save();
        assertEquals("A corrected start needs a reason; the start is kept as it was.",
                editor.editor().errors().get("startedAt"));
        assertEquals(T0, snapshot().startOf(stored().id()).orElseThrow().startedAt());

        dialogs.textAnswers.add(java.util.Optional.of("Logged late: we sat down at 13:50"));
        editor.save();
        SidebarStart start = snapshot().startOf(stored().id()).orElseThrow();
        assertEquals(T0.minus(Duration.ofMinutes(10)), start.startedAt());
        assertEquals("Logged late: we sat down at 13:50", start.correction());
        List<AuditEntry> change = latestChange();
        assertEquals("Correct the start of \u201cStaffing ratios\u201d: Logged late: we sat down at 13:50",
                change.get(0).label());
        assertEquals("Dana Reyes", change.get(0).actor(), "who corrected it");
        assertEquals(3, start.presentIds().size(), "who was there (both sides) is kept as it was");
    }

    private long soloFindings() {
        return new org.tablebook.rules.SidebarSoloRule().check(snapshot(), clock,
                snapshot().negotiation().ruleSettings()).size();
    }

    @Test
    void aNewSidebarCanBeStartedStraightFromTheForm() {
        vm.newSidebar();
        editor.purposeProperty().set("Quick word on parking");
        dialogs.confirmAnswers.push(true);
        editor.start();
        assertEquals(1, negotiation.store().loadSnapshot().sidebars().size());
        assertEquals(T0, stored().startedAt());
        assertEquals("In progress", row("Quick word on parking").stateText());
    }

    @Test
    void aSecondRunningSidebarNeedsTheUsersConfirmation() {
        readyAndStarted("Staffing ratios");
        clock.advance(Duration.ofMinutes(10));
        propose("Night differential");
        walkChecklist();
        dialogs.confirmAnswers.push(false);
        editor.start();
        assertTrue(dialogs.questions.get(0).startsWith("\u201cStaffing ratios\u201d has been running since Mar 3, 14:00."),
                dialogs.questions.get(0));
        assertEquals(1, snapshot().runningSidebars().size());
        dialogs.confirmAnswers.push(true);
        editor.start();
        assertEquals(2, snapshot().runningSidebars().size());
    }

    // ---- the clock ----

    @Test
    void theClockCountsFromTheStoredStartAndIsMarkedPastTheLimit() {
        readyAndStarted("Staffing ratios");
        editor.tick();
        assertEquals("0:00:00", editor.sidebarClockProperty().get().elapsed());
        assertEquals("Time limit 1 h 30 min", editor.sidebarClockProperty().get().limitText());
        assertEquals("Started Mar 3, 14:00", editor.sidebarClockProperty().get().timesText());
        clock.advance(Duration.ofSeconds(5 * 60 + 3));
        assertEquals("0:00:00", editor.sidebarClockProperty().get().elapsed(), "nothing moves until the tick");
        vm.tick();
        assertEquals("0:05:03", editor.sidebarClockProperty().get().elapsed());
        assertFalse(editor.sidebarClockProperty().get().overLimit());
        clock.set(T0.plus(Duration.ofMinutes(90)));
        vm.tick();
        assertFalse(editor.sidebarClockProperty().get().overLimit(), "exactly at the limit is not past it");
        clock.set(T0.plus(Duration.ofMinutes(101)));
        vm.tick();
        assertEquals("1:41:00", editor.sidebarClockProperty().get().elapsed());
        assertTrue(editor.sidebarClockProperty().get().overLimit());
        assertEquals("11 min over the 1 h 30 min limit", editor.sidebarClockProperty().get().limitText());
    }

    @Test
    void endingStampsTheEndAndStopsTheClock() {
        readyAndStarted("Staffing ratios");
        clock.advance(Duration.ofMinutes(42));
        editor.end();
        assertEquals(T0.plus(Duration.ofMinutes(42)), stored().endedAt());
        assertEquals(SidebarState.ENDED, state());
        assertEquals(SidebarStep.REPORT_BACK, vm.stepProperty().get());
        assertEquals("42 min", row("Staffing ratios").duration());
        assertEquals("Not yet", row("Staffing ratios").reported());
        clock.advance(Duration.ofHours(3));
        vm.tick();
        assertEquals("0:42:00", editor.sidebarClockProperty().get().elapsed());
        assertEquals("Ran Mar 3, 14:00 to 14:42", editor.sidebarClockProperty().get().timesText());
        assertTrue(snapshot().runningSidebars().isEmpty());
    }

    @Test
    void timesCanBeCorrectedAfterwardsForASidebarLoggedLate() {
        readyAndStarted("Staffing ratios");
        clock.advance(Duration.ofMinutes(20));
        editor.startedAtProperty().set("13:45");
        dialogs.textAnswers.add(java.util.Optional.of("Logged late"));
        editor.save();
        assertEquals(Instant.parse("2026-03-03T19:45:00Z"), stored().startedAt());
        assertEquals(stored().startedAt(), snapshot().startOf(stored().id()).orElseThrow().startedAt(),
                "the kept start moves with the correction");
        vm.tick();
        assertEquals("0:35:00", editor.sidebarClockProperty().get().elapsed());
        editor.end();
        editor.endedAtProperty().set("2026-03-03 14:10");
        editor.save();
        assertEquals(Instant.parse("2026-03-03T20:10:00Z"), stored().endedAt());
        assertEquals("25 min", row("Staffing ratios").duration());
        assertEquals("Edit sidebar \"Staffing ratios\"", latestChange().get(0).label());

        editor.endedAtProperty().set("2026-03-03 13:00");
        editor.save();
        assertEquals("The end (Mar 3, 13:00) cannot come before the start (Mar 3, 13:45).",
                editor.editor().errors().get("endedAt"));
        assertEquals(Instant.parse("2026-03-03T20:10:00Z"), stored().endedAt());
    }

    @Test
    void anUnchangedTimeKeepsItsSeconds() {
        clock.set(T0.plusSeconds(17));
        readyAndStarted("Staffing ratios");
        editor.locationProperty().set("Hallway by room 4");
        editor.save();
        assertEquals(T0.plusSeconds(17), stored().startedAt());
    }

    @Test
    void aSidebarThatCrossesMidnightRunsIntoTheNextDay() {
        Instant lateEvening = LocalDateTime.of(2026, 3, 3, 23, 40).atZone(SidebarFixture.zone()).toInstant();
        clock.set(lateEvening);
        readyAndStarted("Last push before the deadline");
        clock.advance(Duration.ofMinutes(45));
        vm.tick();
        assertEquals("0:45:00", editor.sidebarClockProperty().get().elapsed());
        editor.end();
        assertEquals(lateEvening.plus(Duration.ofMinutes(45)), stored().endedAt());
        assertEquals("Ran Mar 3, 23:40 to Mar 4, 00:25", editor.sidebarClockProperty().get().timesText());
        assertEquals("45 min", row("Last push before the deadline").duration());

        // A bare end time earlier than the start is read on the next day.
        editor.endedAtProperty().set("00:55");
        editor.save();
        assertEquals(LocalDateTime.of(2026, 3, 4, 0, 55).atZone(SidebarFixture.zone()).toInstant(), stored().endedAt());
        assertEquals("1 h 15 min", row("Last push before the deadline").duration());
    }

    @Test
    void reopeningTheFileMidSidebarShowsItStillRunningWithTheRightElapsedTime() throws Exception {
        readyAndStarted("Staffing ratios");
        clock.advance(Duration.ofMinutes(3));
        negotiation.close();
        clock.advance(Duration.ofMinutes(22).plusSeconds(9));
        open(false);
        assertEquals("Staffing ratios", editor.headingProperty().get(), "the running sidebar is shown at once");
        assertTrue(editor.runningProperty().get());
        assertEquals("0:25:09", editor.sidebarClockProperty().get().elapsed());
        assertEquals(SidebarStep.DURING, vm.stepProperty().get());
    }

    // ---- after: outcome, report-back, decisions ----

    @Test
    void topicsAreRecordedOnceTheSidebarHasStarted() {
        propose("Staffing ratios");
        walkChecklist();
        editor.save();
        assertFalse(vm.canAddTopicsProperty().get());
        assertEquals("Topics are recorded once the sidebar has started.", vm.topicsHintProperty().get());
        editor.start();
        assertTrue(vm.canAddTopicsProperty().get());
        assertEquals(List.of("U-3", "U-12", "U-20"), vm.topicChoices().stream().map(Demand::code).toList());
        vm.addAgendaTopics();
        assertEquals(List.of("U-3 Night differential", "U-12 Staffing ratios"),
                vm.topics().stream().map(t -> t.demandLabelProperty().get()).toList());
        assertEquals(List.of("U-20"), vm.topicChoices().stream().map(Demand::code).toList());
        vm.addAgendaTopics();
        assertEquals(List.of("Every demand on the agenda is already a topic."), dialogs.informations);

        TopicViewModel first = vm.topics().get(1);
        first.ourPositionProperty().set("1:4 on days within a year");
        first.theirPositionProperty().set("1:6, review in 2028");
        first.tentativeConclusionProperty().set("1:5 on days from July, 1:4 from next January");
        assertTrue(first.outcomeDirtyProperty().get());
        vm.saveReportPage();
        assertFalse(first.outcomeDirtyProperty().get());
        SidebarTopic saved = negotiation.store().loadSnapshot().topicsOf(stored().id()).stream()
                .filter(t -> t.id().equals(first.id())).findFirst().orElseThrow();
        assertEquals("1:5 on days from July, 1:4 from next January", saved.tentativeConclusion());
        assertEquals("Record the outcome of \u201cStaffing ratios\u201d", latestChange().get(0).label());
    }

    @Test
    void whatIsTypedInOneTopicSurvivesAChangeToAnother() {
        readyAndStarted("Staffing ratios");
        vm.addAgendaTopics();
        TopicViewModel first = vm.topics().get(0);
        TopicViewModel second = vm.topics().get(1);
        first.ourPositionProperty().set("typed, not saved");
        SidebarTopic other = second.stored();
        document.change("Elsewhere", w -> {
            w.update(new SidebarTopic(other.id(), other.sidebarId(), other.demandId(), "saved", "", "", null, "", null,
                    other.createdAt(), clock.instant()));
            return null;
        }, x -> { }, e -> { throw new AssertionError(e); });
        assertEquals("typed, not saved", vm.topics().get(0).ourPositionProperty().get());
        assertTrue(vm.topics().get(0).outcomeDirtyProperty().get());
        assertEquals("saved", second.ourPositionProperty().get(), "the untouched topic shows the new version");
        assertFalse(second.isDirty());
        assertEquals("", first.editor().noticeProperty().get(), "the topic typed in did not change");
    }

    @Test
    void theNotesWarnWhenTheGroundRulesSayNoNotes() {
        readyAndStarted("Staffing ratios");
        assertTrue(editor.notesAgainstGroundRulesProperty().get());
        editor.noNotesRuleProperty().set(GroundRuleStatus.REFUSED);
        assertFalse(editor.notesAgainstGroundRulesProperty().get());
    }

    @Test
    void theReportBackComesAfterTheEndAndMovesTheStateToReported() {
        readyAndStarted("Staffing ratios");
        vm.addAgendaTopics();
        ReportBackViewModel report = vm.reportBack();
        assertFalse(report.availableProperty().get());
        report.save();
        assertEquals(List.of("Report back after the sidebar has ended: press End sidebar first."), dialogs.errors);

        clock.advance(Duration.ofMinutes(50));
        editor.end();
        clock.advance(Duration.ofMinutes(40));
        vm.tick();
        assertEquals("Ended 40 min ago. The reps report to the rest of the team immediately.",
                report.statusProperty().get());
        assertTrue(report.availableProperty().get());
        assertEquals(SidebarFixture.DANA, report.reportedByProperty().get().name(), "the sidebar's own reps come first");
        report.reportedAtProperty().set("14:30");
        report.save();
        assertEquals("The report-back (Mar 3, 14:30) cannot come before the sidebar ended (Mar 3, 14:50).",
                report.editor().errors().get("reportedAt"));
        report.reportedNow();
        report.summaryProperty().set("Ratios close; the differential nowhere yet.");
        report.save();
        assertEquals(SidebarState.REPORTED, state());
        assertEquals(SidebarStep.REPORT_BACK, vm.stepProperty().get());
        assertEquals("Reported Mar 3, 15:30 by Dana Reyes, 40 min after the end.", report.statusProperty().get());
        assertEquals("Mar 3, 15:30", row("Staffing ratios").reported());
        assertTrue(report.existsProperty().get());
        assertFalse(report.dirtyProperty().get());
    }

    @Test
    void theAgendaIsInDemandCodeOrderThePeopleByNameAndBothCanBeSearched() {
        vm.newSidebar();
        assertEquals(List.of("U-3 Night differential", "U-12 Staffing ratios", "U-20 Parking"),
                editor.agenda().stream().map(Pick::label).toList());
        assertEquals(List.of(SidebarFixture.ANA, SidebarFixture.BEN, SidebarFixture.CHRIS, SidebarFixture.DANA),
                editor.ourPeople().stream().map(Pick::label).toList());
        tick(editor.agenda(), "U-12");
        editor.agendaFilter().textProperty().set("night");
        assertEquals(List.of("U-3 Night differential", "U-12 Staffing ratios"),
                editor.agendaFilter().shown().stream().map(Pick::label).toList(), "a ticked demand stays in sight");
        editor.agendaFilter().textProperty().set("u-20");
        assertEquals(List.of("U-12 Staffing ratios", "U-20 Parking"),
                editor.agendaFilter().shown().stream().map(Pick::label).toList());
        editor.ourPeopleFilter().textProperty().set("steward");
        assertEquals(List.of(SidebarFixture.BEN), editor.ourPeopleFilter().shown().stream().map(Pick::label).toList(),
                "the role is searched too");
        assertFalse(editor.agendaFilter().searchableProperty().get(), "three demands are read at a glance");
    }

    @Test
    void aDemandAddedElsewhereIsOnTheAgendaInItsPlace() {
        propose("Staffing ratios");
        assertEquals(List.of("U-3 Night differential", "U-12 Staffing ratios", "U-20 Parking"),
                editor.agenda().stream().map(Pick::label).toList());
        Instant now = clock.instant();
        document.change("Elsewhere", w -> {
            w.insert(SidebarFixture.demand("U-7", "Seniority", DemandStatus.ON_TABLE, now));
            return null;
        }, x -> { }, e -> { throw new AssertionError(e); });
        vm.selectedProperty().set(null);
        vm.selectedProperty().set(row("Staffing ratios"));
        assertEquals(List.of("U-3 Night differential", "U-7 Seniority", "U-12 Staffing ratios", "U-20 Parking"),
                editor.agenda().stream().map(Pick::label).toList(), "the agenda is sorted from the newest snapshot");
    }

    @Test
    void theReportBackPageSavesOutcomeReportAndDecisionsTogetherAndAnAcceptMakesTheAgreementWithAnUndo() {
        readyAndStarted("Staffing ratios");
        clock.advance(Duration.ofMinutes(30));
        editor.end();
        assertEquals(List.of("U-3 Night differential", "U-12 Staffing ratios"),
                vm.topics().stream().map(t -> t.demandLabelProperty().get()).toList(), "the agenda's demands, at the end");
        TopicViewModel ratios = vm.topics().get(1);
        ratios.ourPositionProperty().set("1:4 on days within a year");
        ratios.theirPositionProperty().set("1:6, review in 2028");
        assertTrue(vm.reportPageDirtyProperty().get());
        assertEquals("Save", vm.reportPageSaveTextProperty().get(), "no decision, no summary: Save keeps the outcome");
        vm.saveReportPage();
        assertEquals(SidebarState.ENDED, state(), "the report-back is not on record yet");
        assertEquals("1:4 on days within a year", ratios.stored().ourPosition());
        assertFalse(vm.reportPageDirtyProperty().get());

        ratios.decisionProperty().set(CommitteeDecision.ACCEPT);
        assertEquals("_Record report-back", vm.reportPageSaveTextProperty().get());
        vm.saveReportPage();
        assertEquals("Write the tentative conclusion first: it becomes the agreement's text.",
                ratios.errors().get("tentativeConclusion"));
        assertTrue(snapshot().reportBackOf(stored().id()).isEmpty(), "nothing written while a field is wrong");

        ratios.tentativeConclusionProperty().set("1:5 on days from July");
        clock.advance(Duration.ofMinutes(10));
        vm.saveReportPage();
        NegotiationSnapshot s = negotiation.store().loadSnapshot();
        assertEquals(T0.plus(Duration.ofMinutes(40)), s.reportBackOf(stored().id()).orElseThrow().reportedAt());
        assertEquals(CommitteeDecision.ACCEPT, ratios.stored().decision());
        assertEquals(1, s.agreements().size());
        assertEquals("1:5 on days from July", s.agreements().get(0).text());
        assertEquals(DemandStatus.TENTATIVELY_AGREED, s.demand(s.agreements().get(0).demandId()).orElseThrow().status());
        assertEquals("Tentative agreement on U-12 from a sidebar", latestChange().get(0).label());
        assertTrue(vm.noticeProperty().get().startsWith("Tentative agreement made on U-12 Staffing ratios."),
                vm.noticeProperty().get());
        assertTrue(vm.noticeUndoableProperty().get());
        assertFalse(vm.reportPageDirtyProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        vm.undoNotice();
        s = negotiation.store().loadSnapshot();
        assertTrue(s.agreements().isEmpty(), "Undo takes the agreement back");
        assertEquals(DemandStatus.ON_TABLE, s.demand(ratios.demandId()).orElseThrow().status());
        assertTrue(s.reportBackOf(stored().id()).isPresent(), "the report-back stays");
        assertEquals(CommitteeDecision.ACCEPT, ratios.stored().decision(), "the decision stays");
        assertEquals("Taken back: Tentative agreement on U-12 from a sidebar.", vm.noticeProperty().get());
        assertFalse(vm.noticeUndoableProperty().get());
        assertTrue(ratios.canMakeAgreementProperty().get(), "the agreement can be made again from the accepted topic");
    }

    @Test
    void theCommitteeDecidesEachTopicAndAnAcceptedOneBecomesATentativeAgreementInOneChange() {
        readyAndStarted("Staffing ratios");
        vm.addAgendaTopics();
        TopicViewModel ratios = vm.topics().get(1);
        TopicViewModel nights = vm.topics().get(0);
        ratios.tentativeConclusionProperty().set("1:5 on days from July");
        nights.tentativeConclusionProperty().set("No movement yet");
        vm.saveReportPage();
        assertFalse(ratios.canDecideProperty().get(), "the committee decides after the report-back");
        ratios.decisionProperty().set(CommitteeDecision.ACCEPT);
        vm.saveReportPage();
        assertEquals("Record the report-back first: the committee decides on what the reps reported to it.",
                ratios.errors().get("decision"), "said under the decision");
        assertNull(negotiation.store().loadSnapshot().topicsOf(stored().id()).get(1).decision());
        ratios.cancel();

        clock.advance(Duration.ofMinutes(30));
        editor.end();
        clock.advance(Duration.ofMinutes(10));
        vm.reportBack().summaryProperty().set("Ratios close; nights nowhere.");
        vm.reportBack().save();
        assertTrue(ratios.canDecideProperty().get());
        clock.advance(Duration.ofMinutes(15));
        nights.decisionProperty().set(CommitteeDecision.COUNTER);
        nights.decisionNoteProperty().set("Counter with 12% nights");
        vm.saveReportPage();
        assertEquals(SidebarState.REPORTED, state(), "one topic still undecided");
        assertFalse(nights.canMakeAgreementProperty().get());
        assertEquals("Counter, decided Mar 3, 14:55", nights.decisionTextProperty().get());

        clock.set(LocalDateTime.of(2026, 3, 3, 23, 30).atZone(SidebarFixture.zone()).toInstant());
        ratios.decisionProperty().set(CommitteeDecision.ACCEPT);
        vm.saveReportPage();
        assertEquals(SidebarState.CLOSED, state());
        assertEquals("Closed", row("Staffing ratios").stateText());
        List<TentativeAgreement> agreements = negotiation.store().loadSnapshot().agreements();
        assertEquals(1, agreements.size(), "the accepted topic became an agreement at once");
        TentativeAgreement ta = agreements.get(0);
        assertEquals(TaSource.SIDEBAR, ta.source());
        assertEquals(stored().id(), ta.sidebarId());
        assertEquals(TaStatus.TENTATIVE, ta.status());
        assertEquals(LocalDate.of(2026, 3, 3), ta.reachedOn(), "today in the clock's zone, not in UTC");
        assertEquals("1:5 on days from July", ta.text());
        // The full team's ACCEPT at the report-back is the team's approval: recorded, not typed again.
        assertEquals(negotiation.store().loadSnapshot().topicsOf(stored().id()).get(1).decidedAt(), ta.teamApprovedAt());
        Demand demand = negotiation.store().loadSnapshot().demand(ta.demandId()).orElseThrow();
        assertEquals("U-12", demand.code());
        assertEquals(DemandStatus.TENTATIVELY_AGREED, demand.status());
        List<AuditEntry> change = latestChange();
        assertEquals(2, change.size(), "the agreement and the demand in one change");
        assertEquals(1, change.stream().map(AuditEntry::changeId).distinct().count());
        assertEquals("Tentative agreement on U-12 from a sidebar", change.get(0).label());
        assertFalse(ratios.canMakeAgreementProperty().get());
        assertTrue(ratios.agreementTextProperty().get().startsWith("Tentative agreement made on Mar 3 (status: Tentative)"),
                ratios.agreementTextProperty().get());

        // Undone, the agreement can be made again from the accepted topic, in one step.
        vm.undoNotice();
        assertTrue(ratios.canMakeAgreementProperty().get());
        ratios.makeAgreement();
        assertEquals(1, negotiation.store().loadSnapshot().agreements().size());

        ratios.decisionProperty().set(CommitteeDecision.REJECT);
        vm.saveReportPage();
        assertTrue(ratios.errors().get("decision").startsWith("A tentative agreement on U-12 was already made"),
                "said under the decision");
        assertEquals(CommitteeDecision.ACCEPT, negotiation.store().loadSnapshot().topicsOf(stored().id()).stream()
                .filter(t -> t.id().equals(ratios.id())).findFirst().orElseThrow().decision());
    }

    @Test
    void anAgreementOnADemandNotOnTheTableIsRefusedWithTheReason() {
        propose("Parking");
        walkChecklist();
        tick(editor.agenda(), "U-20");
        editor.save();
        editor.start();
        vm.topicToAddProperty().set(vm.topicChoices().stream().filter(d -> d.code().equals("U-20")).findFirst().orElseThrow());
        vm.addTopic();
        TopicViewModel parking = vm.topics().stream().filter(t -> t.demandLabelProperty().get().startsWith("U-20"))
                .findFirst().orElseThrow();
        parking.tentativeConclusionProperty().set("Free parking for night shifts");
        vm.saveReportPage();
        editor.end();
        vm.reportBack().save();
        parking.decisionProperty().set(CommitteeDecision.ACCEPT);
        vm.saveReportPage();
        assertTrue(vm.noticeProperty().get().contains("U-20 Parking is still a draft"), vm.noticeProperty().get());
        parking.makeAgreement();
        assertEquals("U-20 Parking is still a draft: it has not crossed the table, so nothing can be agreed on it yet. "
                + "Put it on the table under Demands first.", dialogs.errors.get(dialogs.errors.size() - 1));
        assertTrue(negotiation.store().loadSnapshot().agreements().isEmpty());
    }

    @Test
    void anAcceptedTopicWithoutAConclusionCannotBecomeAnAgreement() {
        readyAndStarted("Staffing ratios");
        vm.addAgendaTopics();
        editor.end();
        vm.reportBack().save();
        TopicViewModel ratios = vm.topics().get(0);
        ratios.decisionProperty().set(CommitteeDecision.ACCEPT);
        vm.saveReportPage();
        assertTrue(ratios.errors().get("tentativeConclusion").startsWith("Write the tentative conclusion first"));
        assertTrue(ratios.isDirty(), "the decision stays in the form, not written");
        ratios.makeAgreement();
        assertTrue(negotiation.store().loadSnapshot().agreements().isEmpty());
    }

    // ---- the list, deleting, series ----

    @Test
    void theListShowsEachSidebarWithWhoAttendedAndItsDerivedState() {
        readyAndStarted("Staffing ratios");
        SidebarRow r = row("Staffing ratios");
        assertEquals("Ana Ruiz, Dana Reyes", r.ours());
        assertEquals("Pat Kim", r.theirs());
        assertEquals("Since 14:00", r.duration());
        assertEquals("", r.reported());
        vm.searchProperty().set("pat");
        assertEquals(1, vm.rows().size());
        vm.searchProperty().set("nobody");
        assertTrue(vm.rows().isEmpty());
    }

    @Test
    void theListIsWorkedOutOffTheJavaFxThreadAndARevealWaitsForIt() {
        Sidebar parking = propose("Parking");
        propose("Staffing ratios");
        org.tablebook.document.QueuedTaskRunner runner = new org.tablebook.document.QueuedTaskRunner();
        NegotiationDocument later = new NegotiationDocument(new org.tablebook.document.Workspace(
                org.tablebook.store.StoreOptions.defaults(clock, dir.resolve("queued-backups"))), runner, () -> "Dana Reyes");
        later.show(snapshot());
        SidebarsViewModel shown = new SidebarsViewModel(later, dialogs, clock);
        assertTrue(shown.rows().isEmpty(), "no rows worked out on the caller's thread");
        shown.searchProperty().set("staffing");
        assertTrue(shown.reveal(new org.tablebook.domain.EntityRef(org.tablebook.domain.EntityKind.SIDEBAR, parking.id())));
        assertFalse(shown.reveal(new org.tablebook.domain.EntityRef(org.tablebook.domain.EntityKind.SIDEBAR, "no-such-sidebar")));

        runner.drainNewestFirst();
        assertEquals(Set.of("Parking", "Staffing ratios"),
                shown.rows().stream().map(SidebarRow::purpose).collect(Collectors.toSet()), "the search hiding it is cleared");
        assertEquals(parking.id(), shown.selectedProperty().get().id());
        assertEquals("Parking", shown.editor().purposeProperty().get());

        // Rows worked out for a snapshot that has since been replaced are not listed.
        NegotiationSnapshot before = snapshot();
        propose("Overtime");
        later.show(snapshot());
        later.show(before);
        runner.runNewestFirst();
        runner.drainNewestFirst();
        assertEquals(2, shown.rows().size());
    }

    @Test
    void onlyASidebarThatNeverStartedCanBeDeleted() {
        propose("Parking");
        dialogs.confirmAnswers.push(true);
        vm.deleteSelected();
        assertTrue(negotiation.store().loadSnapshot().sidebars().isEmpty());
        assertFalse(editor.editor().editingProperty().get());

        readyAndStarted("Staffing ratios");
        vm.deleteSelected();
        assertTrue(dialogs.errors.get(0).startsWith("This sidebar has started."));
        assertEquals(1, negotiation.store().loadSnapshot().sidebars().size());
    }

    @Test
    void sidebarsOnTheSameDemandsFormASeriesWithTheSessionsBetweenThem() {
        readyAndStarted("Staffing ratios");
        clock.advance(Duration.ofMinutes(30));
        editor.end();
        Instant now = clock.instant();
        document.change("Add a table session", w -> {
            w.insert(SidebarFixture.session(LocalDate.of(2026, 3, 4), now));
            return null;
        }, x -> { }, e -> { throw new AssertionError(e); });
        clock.set(Instant.parse("2026-03-05T16:00:00Z"));
        propose("Staffing, again");
        walkChecklist();
        editor.agenda().forEach(p -> p.chosenProperty().set(p.label().startsWith("U-12")));
        editor.save();
        editor.start();
        clock.advance(Duration.ofMinutes(20));
        editor.end();
        propose("Parking alone");

        assertEquals("1 of 2", row("Staffing ratios").series());
        assertEquals("2 of 2", row("Staffing, again").series());
        assertEquals("", row("Parking alone").series());
        vm.selectedProperty().set(row("Staffing, again"));
        assertEquals("One of 2 sidebars on U-3 Night differential, U-12 Staffing ratios, from Mar 3, 14:00 to "
                + "Mar 5, 10:20 (1 day 20 h). One table session on the record in between.",
                vm.seriesSummaryProperty().get());
        assertEquals(List.of(false, true, false), vm.seriesEntries().stream().map(SidebarsViewModel.SeriesEntry::session)
                .toList());
        assertEquals(List.of(false, false, true), vm.seriesEntries().stream().map(SidebarsViewModel.SeriesEntry::current)
                .toList());
        assertEquals("Table session Mar 4, 10:00 \u2014 Room 4", vm.seriesEntries().get(1).text());
        vm.selectedProperty().set(row("Parking alone"));
        assertTrue(vm.seriesSummaryProperty().get().startsWith("No other sidebar"));
    }

    @Test
    void everyDerivedStateIsShownInTheList() {
        Set<String> seen = new java.util.LinkedHashSet<>();
        propose("Staffing ratios");
        seen.add(row("Staffing ratios").stateText());
        walkChecklist();
        editor.save();
        seen.add(row("Staffing ratios").stateText());
        editor.start();
        seen.add(row("Staffing ratios").stateText());
        vm.addAgendaTopics();
        editor.end();
        seen.add(row("Staffing ratios").stateText());
        vm.reportBack().save();
        seen.add(row("Staffing ratios").stateText());
        vm.topics().forEach(t -> t.decisionProperty().set(CommitteeDecision.DEFER));
        vm.saveReportPage();
        seen.add(row("Staffing ratios").stateText());
        assertEquals(List.of("Proposed", "Authorized", "In progress", "Ended", "Reported", "Closed"),
                seen.stream().collect(Collectors.toList()));
    }
}
