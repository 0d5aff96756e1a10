package org.tablebook.ui.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.hours;
import static org.tablebook.testing.SnapshotBuilder.minutes;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.RulesEngine;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.testing.MutableClock;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.testing.OpenNegotiation;

class RulesPanelViewModelTest {
    private static final Clock CLOCK = SnapshotBuilder.clockAt(hours(5));

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private NegotiationDocument document;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> revealed = new ArrayList<>();
    private RulesPanelViewModel viewModel;
    private Sidebar sidebar;
    private Person pat;

    @BeforeEach
    void setUp() throws Exception {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person dana = b.ours("Dana Reyes");
        pat = b.theirs("Pat Kim");
        // One of ours in a sidebar that ended 4 h 20 min ago and was never reported: SIDEBAR_SOLO
        // (ERROR) and REPORT_BACK_OVERDUE (WARNING); the demand has no origin: an INFO.
        var demand = b.demand("U-1", "Staffing ratios").noOrigin().add();
        sidebar = b.sidebar("Wages").attendees(dana, pat).agenda(demand).ran(minutes(10), minutes(40)).add();
        NegotiationSnapshot snapshot = b.build();
        file = OpenNegotiation.holding(snapshot, dir, CLOCK, "Dana Reyes");
        document = file.document();
        viewModel = new RulesPanelViewModel(document, RulesEngine.standard(), CLOCK, document.tasks(), dialogs,
                (ref, field) -> revealed.add(ref.kind() + " " + ref.id() + " " + field));
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private Optional<EvaluatedFinding> find(String ruleId) {
        return viewModel.findings().stream().filter(f -> f.finding().ruleId().equals(ruleId)).findFirst();
    }

    @Test
    void findingsComeMostSeriousFirstWithCountsPerSeverity() {
        List<Severity> severities = viewModel.findings().stream().map(f -> f.finding().severity()).toList();
        assertEquals(severities.stream().sorted().toList(), severities);
        assertTrue(find("SIDEBAR_SOLO").isPresent());
        assertEquals(severities.stream().filter(s -> s == Severity.ERROR).count(), viewModel.errorCountProperty().get());
        assertEquals(severities.stream().filter(s -> s == Severity.WARNING).count(),
                viewModel.warningCountProperty().get());
        assertEquals(severities.stream().filter(s -> s == Severity.INFO).count(), viewModel.infoCountProperty().get());
        assertTrue(viewModel.errorCountProperty().get() >= 1 && viewModel.warningCountProperty().get() >= 1
                && viewModel.infoCountProperty().get() >= 1);
        assertTrue(viewModel.summaryProperty().get().startsWith(viewModel.errorCountProperty().get() + " error"));
    }

    @Test
    void openingAFindingAsksToRevealItsSubjectAndField() {
        viewModel.open(find("SIDEBAR_SOLO").orElseThrow());
        assertEquals(List.of("SIDEBAR " + sidebar.id() + " attendeeIds"), revealed);
    }

    @Test
    void lookingAheadShowsWhatTheRulesWillSayThenAndBackToNow() {
        // At 14:00 the sidebar ended 4 h 20 min ago: a warning. A day later it is an error.
        assertEquals(Severity.WARNING, find("REPORT_BACK_OVERDUE").orElseThrow().finding().severity());
        String tomorrow = java.time.LocalDateTime.ofInstant(hours(5).plus(java.time.Duration.ofDays(1)),
                CLOCK.getZone()).toString();
        viewModel.lookAheadTextProperty().set(tomorrow);
        viewModel.lookAhead();
        assertEquals(Severity.ERROR, find("REPORT_BACK_OVERDUE").orElseThrow().finding().severity());
        assertTrue(viewModel.lookingAheadProperty().get());
        assertTrue(viewModel.lookingAheadToProperty().get().startsWith("Findings as of Mar 3"),
                viewModel.lookingAheadToProperty().get());
        viewModel.minuteTick();
        assertEquals(Severity.ERROR, find("REPORT_BACK_OVERDUE").orElseThrow().finding().severity(),
                "the minute tick does not pull the panel back to now");

        viewModel.backToNow();
        assertEquals(Severity.WARNING, find("REPORT_BACK_OVERDUE").orElseThrow().finding().severity());
        assertFalse(viewModel.lookingAheadProperty().get());
        assertEquals("", viewModel.lookAheadTextProperty().get());
    }

    @Test
    void aLookAheadThatCannotBeWorkedOutIsLoggedAndToldOnceAndSaidInThePanel() {
        org.tablebook.document.FailingTaskRunner ahead = new org.tablebook.document.FailingTaskRunner();
        RulesPanelViewModel panel = new RulesPanelViewModel(document,
                new org.tablebook.document.Findings(document, RulesEngine.standard(), CLOCK, document.tasks()), CLOCK,
                ahead, dialogs, (ref, field) -> { }, java.util.Locale.ENGLISH, RulesPanelContext.alone());
        try (org.tablebook.testing.Told told = new org.tablebook.testing.Told()) {
            IllegalStateException broke = new IllegalStateException("rule broke");
            ahead.failWith(broke);
            java.time.LocalDateTime now = java.time.LocalDateTime.ofInstant(hours(5), CLOCK.getZone());
            panel.lookAheadTextProperty().set(now.plusDays(1).toString());
            panel.lookAhead();
            assertEquals(List.of(broke), told.failures(), "logged and told through the one failure path");
            assertEquals(List.of(), dialogs.errors, "no dialog of its own");
            assertTrue(panel.failedProperty().get());
            assertEquals(org.tablebook.ui.common.Messages.format("rules.failed", "rule broke"),
                    panel.summaryProperty().get());
            assertEquals(List.of(), panel.findings(), "no findings of now passed off as the moment's");

            panel.lookAheadTextProperty().set(now.plusDays(2).toString());
            panel.lookAhead();
            assertEquals(1, told.failures().size(), "told once");

            ahead.failWith(null);
            panel.lookAhead();
            assertFalse(panel.failedProperty().get());
            assertEquals(Severity.ERROR, panel.findings().stream()
                    .filter(f -> f.finding().ruleId().equals("REPORT_BACK_OVERDUE")).findFirst().orElseThrow()
                    .finding().severity());
            panel.backToNow();
            assertFalse(panel.failedProperty().get());
        }
    }

    @Test
    void aMomentThatCannotBeReadIsExplainedAndNothingMoves() {
        viewModel.lookAheadTextProperty().set("friday");
        viewModel.lookAhead();
        assertTrue(viewModel.lookAheadErrorProperty().get().contains("is not a date"),
                viewModel.lookAheadErrorProperty().get());
        assertFalse(viewModel.lookingAheadProperty().get());
        assertEquals(Severity.WARNING, find("REPORT_BACK_OVERDUE").orElseThrow().finding().severity());
    }

    @Test
    void anAcknowledgementOfOtherFactsIsShownAsLapsed() {
        dialogs.textAnswers.add(Optional.of("Reported by phone"));
        viewModel.acknowledge(find("REPORT_BACK_OVERDUE").orElseThrow());
        assertTrue(find("REPORT_BACK_OVERDUE").orElseThrow().acknowledged());
        // A day later the warning is an error: other facts, so the acknowledgement lapses, visibly.
        viewModel.lookAheadTextProperty().set(java.time.LocalDateTime.ofInstant(
                hours(5).plus(java.time.Duration.ofDays(1)), CLOCK.getZone()).toString());
        viewModel.lookAhead();
        EvaluatedFinding error = find("REPORT_BACK_OVERDUE").orElseThrow();
        assertFalse(error.acknowledged());
        String note = viewModel.lapsedNote(error).orElseThrow();
        assertTrue(note.startsWith("Acknowledged on Mar 2 by Dana Reyes for different facts"), note);
        assertTrue(viewModel.explanation(error).contains(note));
    }

    @Test
    void whyNamesTheTimeTheRuleReads() {
        String why = viewModel.explanation(find("REPORT_BACK_OVERDUE").orElseThrow());
        assertTrue(why.contains("Time: A duration between moments"), why);
    }

    @Test
    void inSpanishTheFindingsAndTheirTitlesAreInSpanishAndTheQuotationStaysEnglish() {
        RulesPanelViewModel spanish = new RulesPanelViewModel(document, RulesEngine.standard(), CLOCK,
                new org.tablebook.document.ImmediateTaskRunner(), dialogs, (ref, field) -> { }, java.util.Locale.forLanguageTag("es"));
        EvaluatedFinding solo = spanish.findings().stream().filter(f -> f.finding().ruleId().equals("SIDEBAR_SOLO"))
                .findFirst().orElseThrow();
        assertEquals("Representante solo en una reunión aparte", spanish.title(solo));
        assertTrue(spanish.message(solo).startsWith("Solo Dana Reyes de nuestra parte"), spanish.message(solo));
        assertTrue(spanish.subjectLabel(solo).startsWith("Reunión aparte sobre Wages"), spanish.subjectLabel(solo));
        String why = spanish.explanation(solo);
        assertTrue(why.contains("At least two people from the union take part"), why);
        assertTrue(why.contains("Participan al menos dos personas del sindicato"), why);
    }

    @Test
    void inSpanishAnAcknowledgementIsNamedInSpanishOnTheHistory() {
        org.tablebook.testing.InSpanish.run(() -> {
            RulesPanelViewModel spanish = new RulesPanelViewModel(document, RulesEngine.standard(), CLOCK,
                    new org.tablebook.document.ImmediateTaskRunner(), dialogs, (ref, field) -> { },
                    org.tablebook.domain.Language.SPANISH.locale());
            EvaluatedFinding solo = spanish.findings().stream().filter(f -> f.finding().ruleId().equals("SIDEBAR_SOLO"))
                    .findFirst().orElseThrow();
            dialogs.textAnswers.add(Optional.of("Se unió por teléfono"));
            spanish.acknowledge(solo);
        });
        assertEquals(List.of(), dialogs.errors);
        assertTrue(file.audit().stream().anyMatch(a -> a.label()
                .equals("Reconocer \u201cRepresentante solo en una reunión aparte\u201d")),
                () -> file.audit().stream().map(a -> a.label()).toList().toString());
    }

    @Test
    void whyQuotesThePrincipleAndNamesItsSource() {
        String why = viewModel.explanation(find("SIDEBAR_SOLO").orElseThrow());
        assertTrue(why.contains("At least two people from the union take part"), why);
        assertTrue(why.contains("a union negotiating guide"), why);
        assertTrue(why.contains("To put it right: Add a second rep."), why);
    }

    @Test
    void anAcknowledgementNeedsAReasonThenDimsTheFindingAndIsKept() {
        EvaluatedFinding solo = find("SIDEBAR_SOLO").orElseThrow();
        int errors = viewModel.errorCountProperty().get();
        dialogs.textAnswers.add(Optional.of("   "));
        viewModel.acknowledge(solo);
        assertFalse(find("SIDEBAR_SOLO").orElseThrow().acknowledged(), "a blank reason records nothing");

        dialogs.textAnswers.add(Optional.of("Our second rep joined by phone"));
        viewModel.acknowledge(solo);
        EvaluatedFinding after = find("SIDEBAR_SOLO").orElseThrow();
        assertTrue(after.acknowledged());
        assertEquals("Our second rep joined by phone", after.acknowledgement().orElseThrow().reason());
        assertEquals("Dana Reyes", after.acknowledgement().orElseThrow().by());
        assertEquals(errors - 1, viewModel.errorCountProperty().get());
        assertEquals(1, viewModel.acknowledgedCountProperty().get());
        // Acknowledged findings come after the open ones of their severity.
        EvaluatedFinding lastError = viewModel.findings().stream()
                .filter(f -> f.finding().severity() == Severity.ERROR).reduce((a, b) -> b).orElseThrow();
        assertTrue(lastError.acknowledged());
        assertEquals(1, file.store().loadSnapshot().acknowledgements().size());
        assertTrue(file.store().audit().list().stream()
                .anyMatch(a -> a.label().startsWith("Acknowledge") && a.entity().name().equals("RULE_ACKNOWLEDGEMENT")));
    }

    @Test
    void anAcknowledgementLapsesWhenTheFindingsFactsChange() {
        EvaluatedFinding solo = find("SIDEBAR_SOLO").orElseThrow();
        dialogs.textAnswers.add(Optional.of("Accepted for now"));
        viewModel.acknowledge(solo);
        assertTrue(find("SIDEBAR_SOLO").orElseThrow().acknowledged());
        // The sidebar is recorded as having started later: the facts behind the finding changed.
        Sidebar moved = sidebar.withTimes(minutes(15), minutes(40), CLOCK.instant());
        document.change("Edit sidebar times", w -> {
            w.update(moved);
            return moved;
        }, x -> { }, e -> { throw new AssertionError(e); });
        EvaluatedFinding again = find("SIDEBAR_SOLO").orElseThrow();
        assertFalse(again.acknowledged(), "the acknowledgement must lapse");
        assertEquals(1, file.store().loadSnapshot().acknowledgements().size(), "but it is never deleted");
    }

    @Test
    void aFixedSidebarNoLongerShowsTheFinding() {
        addSecondRep();
        assertTrue(find("SIDEBAR_SOLO").isEmpty());
    }

    @Test
    void whileLookingAheadAChangeIsJudgedAsOfThatMoment() {
        String tomorrow = java.time.LocalDateTime.ofInstant(hours(5).plus(java.time.Duration.ofDays(1)),
                CLOCK.getZone()).toString();
        viewModel.lookAheadTextProperty().set(tomorrow);
        viewModel.lookAhead();
        assertTrue(find("SIDEBAR_SOLO").isPresent());

        addSecondRep();

        assertTrue(find("SIDEBAR_SOLO").isEmpty(), "the change is judged");
        assertEquals(Severity.ERROR, find("REPORT_BACK_OVERDUE").orElseThrow().finding().severity(),
                "as of the moment looked ahead to, not now");
        assertTrue(viewModel.lookingAheadProperty().get());
    }

    /** A second rep of ours joins the sidebar: SIDEBAR_SOLO no longer holds. */
    private void addSecondRep() {
        Person ours2 = new Person("second", "Sam Ortiz", org.tablebook.domain.Side.OURS,
                org.tablebook.domain.PersonRole.COMMITTEE_MEMBER, false, true, CLOCK.instant(), CLOCK.instant());
        List<String> attendees = new ArrayList<>(sidebar.attendeeIds());
        attendees.add(ours2.id());
        Sidebar withTwo = new Sidebar(sidebar.id(), sidebar.purpose(), sidebar.requestedBy(), sidebar.suggestedAt(),
                sidebar.teamInformedAt(), sidebar.teamAuthorizedAt(), sidebar.repsChosenBy(), sidebar.instructionsSay(),
                sidebar.instructionsDoNotSay(), sidebar.noNotesRule(), sidebar.notRepeatedRule(),
                sidebar.notUsedInLitigationRule(), sidebar.scheduledAt(), sidebar.startedAt(), sidebar.endedAt(),
                sidebar.location(), attendees, sidebar.agendaDemandIds(), sidebar.confidentialNotes(),
                sidebar.createdAt(), CLOCK.instant());
        document.change("Add a rep", w -> {
            w.insert(ours2);
            w.update(withTwo);
            return withTwo;
        }, x -> { }, e -> { throw new AssertionError(e); });
    }

    @Test
    void whileASidebarRunsTheMinuteTickFindsItTooLongOnceTheClockPassesTheLimit() throws Exception {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person dana = b.ours("Dana Reyes");
        Person sam = b.ours("Sam Ortiz");
        b.sidebar("Scheduling").attendees(dana, sam).startedAt(minutes(0)).add();
        MutableClock clock = new MutableClock(minutes(89));
        try (OpenNegotiation running = OpenNegotiation.holding(b.build(), dir.resolve("running"), clock, "Dana Reyes")) {
            NegotiationDocument doc = running.document();
            RulesPanelViewModel panel = new RulesPanelViewModel(doc, RulesEngine.standard(), clock, doc.tasks(), dialogs,
                    (ref, field) -> { });
            assertTrue(panel.findings().stream().noneMatch(f -> f.finding().ruleId().equals("SIDEBAR_TOO_LONG")));
            clock.advance(java.time.Duration.ofMinutes(2));
            panel.minuteTick();
            assertTrue(panel.findings().stream().anyMatch(f -> f.finding().ruleId().equals("SIDEBAR_TOO_LONG")));
        }
    }

    @Test
    void countsReadAsASentence() {
        assertEquals("Nothing breaks the ground rules.", RulesPanelViewModel.describeCounts(0, 0, 0, 0));
        assertEquals("1 error, 2 warnings, 1 note (3 acknowledged)", RulesPanelViewModel.describeCounts(1, 2, 1, 3));
    }

    @Test
    void noFileMeansNoFindings() {
        document.show(null);
        assertTrue(viewModel.findings().isEmpty());
        assertEquals(0, viewModel.errorCountProperty().get());
    }

    @Test
    void withNoFileOpenThePanelSaysNothingIsOpenNotThatNothingBreaksTheRules() {
        document.show(null);
        viewModel.evaluate();
        assertEquals("No negotiation is open: there is nothing to check against the ground rules.",
                viewModel.emptyTextProperty().get());
        assertEquals("No negotiation open", viewModel.summaryProperty().get());
    }
}
