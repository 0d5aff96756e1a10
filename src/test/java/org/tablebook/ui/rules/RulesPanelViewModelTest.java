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
    void whyQuotesThePrincipleAndNamesItsSource() {
        String why = viewModel.explanation(find("SIDEBAR_SOLO").orElseThrow());
        assertTrue(why.contains("At least two people from the union take part"), why);
        assertTrue(why.contains("reference 000"), why);
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
        assertTrue(find("SIDEBAR_SOLO").isEmpty());
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
}
