package org.tablebook.ui.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.hours;
import static org.tablebook.testing.SnapshotBuilder.minutes;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.Findings;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.QueuedTaskRunner;
import org.tablebook.document.Workspace;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.rules.RulesEngine;
import org.tablebook.store.StoreOptions;
import org.tablebook.testing.MadeUpRules;
import org.tablebook.testing.MutableClock;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.common.Messages;

/**
 * What the rules panel says before the findings of the file on show are worked out, and when they
 * cannot be: never "nothing breaks", never counts of zero.
 */
class RulesPanelPendingTest {
    private static final Clock CLOCK = SnapshotBuilder.clockAt(hours(5));

    @TempDir
    Path dir;
    private final QueuedTaskRunner runner = new QueuedTaskRunner();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Throwable> told = new ArrayList<>();
    private final Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
    private Workspace workspace;

    @AfterEach
    void tearDown() {
        Thread.currentThread().setUncaughtExceptionHandler(before);
        if (workspace != null) {
            workspace.close();
        }
    }

    /** A sidebar with one of ours alone in it: an error, a warning and a note. */
    private static NegotiationSnapshot breaking(String title) {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person dana = b.ours("Dana Reyes");
        Person pat = b.theirs("Pat Kim");
        var demand = b.demand("U-1", title).noOrigin().add();
        b.sidebar("Wages").attendees(dana, pat).agenda(demand).ran(minutes(10), minutes(40)).add();
        return b.build();
    }

    private NegotiationDocument document(NegotiationSnapshot snapshot) {
        workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")));
        NegotiationDocument document = new NegotiationDocument(workspace, runner, () -> "Dana");
        document.show(snapshot);
        return document;
    }

    private RulesPanelViewModel panel(NegotiationDocument document, Findings findings) {
        return new RulesPanelViewModel(document, findings, CLOCK, runner, dialogs, (ref, field) -> { },
                Locale.ENGLISH, RulesPanelContext.alone());
    }

    private void assertWorking(RulesPanelViewModel panel) {
        assertEquals(Messages.get("rules.working"), panel.summaryProperty().get());
        assertEquals(Messages.get("rules.working"), panel.emptyTextProperty().get());
        assertTrue(panel.workingProperty().get());
        assertEquals(List.of(), panel.findings(), "no findings of another file while this one's are worked out");
        for (String badge : List.of(panel.errorBadgeProperty().get(), panel.warningBadgeProperty().get(),
                panel.infoBadgeProperty().get())) {
            assertEquals(Messages.get("rules.count.working"), badge, "a count not known yet is not 0");
        }
    }

    @Test
    void beforeTheFirstFindingsArriveThePanelSaysTheyAreWorkedOutNotThatNothingBreaks() {
        NegotiationDocument document = document(breaking("Staffing ratios"));
        RulesPanelViewModel panel = panel(document, new Findings(document, RulesEngine.standard(), CLOCK, runner));

        assertWorking(panel);
        assertNotEquals(Messages.get("rules.rulesPanelViewModel.nothingBreaksTheGroundRules"),
                panel.summaryProperty().get());

        runner.drainNewestFirst();
        assertFalse(panel.workingProperty().get());
        assertTrue(panel.errorCountProperty().get() >= 1);
        assertEquals(String.valueOf(panel.errorCountProperty().get()), panel.errorBadgeProperty().get());
        assertTrue(panel.summaryProperty().get().startsWith(panel.errorCountProperty().get() + " error"));
    }

    @Test
    void anotherFileOpenedShowsNeitherTheFileBeforesFindingsNorZerosUntilItsOwnArrive() {
        NegotiationDocument document = document(breaking("Staffing ratios"));
        RulesPanelViewModel panel = panel(document, new Findings(document, RulesEngine.standard(), CLOCK, runner));
        runner.drainNewestFirst();
        assertFalse(panel.findings().isEmpty());

        // File > Open of another file.
        document.show(breaking("Overtime"));
        assertWorking(panel);

        runner.drainNewestFirst();
        assertFalse(panel.workingProperty().get());
        assertFalse(panel.findings().isEmpty());
    }

    @Test
    void aChangeToTheFileOnShowKeepsItsFindingsWhileTheNextAreWorkedOut() {
        MutableClock clock = new MutableClock(hours(5));
        NegotiationSnapshot first = breaking("Staffing ratios");
        NegotiationDocument document = document(first);
        RulesPanelViewModel panel = panel(document, new Findings(document, RulesEngine.standard(), clock, runner));
        runner.drainNewestFirst();
        int errors = panel.errorCountProperty().get();

        clock.advance(java.time.Duration.ofMinutes(1));
        panel.minuteTick();
        assertEquals(1, runner.size());
        assertFalse(panel.workingProperty().get(), "the file's own findings are still on show");
        assertEquals(String.valueOf(errors), panel.errorBadgeProperty().get());
    }

    @Test
    void findingsThatCannotBeWorkedOutSayTheRulesCouldNotBeCheckedAndAreLoggedOnce() {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> told.add(e));
        MutableClock clock = new MutableClock(hours(5));
        NegotiationDocument document = document(breaking("Staffing ratios"));
        Findings findings = new Findings(document, RulesEngine.of(List.of(MadeUpRules.failing("rule broke"))), clock, runner);
        RulesPanelViewModel panel = panel(document, findings);

        runner.drainNewestFirst();
        String failed = Messages.format("rules.failed", "rule broke");
        assertEquals(failed, panel.summaryProperty().get());
        assertEquals(failed, panel.emptyTextProperty().get());
        assertTrue(panel.failedProperty().get());
        assertFalse(panel.workingProperty().get());
        assertEquals(Messages.get("rules.count.failed"), panel.errorBadgeProperty().get());
        assertEquals(Findings.State.FAILED, findings.state());
        assertEquals(1, told.size(), "written to the log and told, as every unexpected failure is");

        // The next minute fails the same way: still said in the panel, not told again.
        clock.advance(java.time.Duration.ofMinutes(1));
        panel.minuteTick();
        runner.drainNewestFirst();
        assertEquals(failed, panel.summaryProperty().get());
        assertEquals(1, told.size());
        assertEquals(List.of(), dialogs.errors, "one dialog, the one for every unexpected failure");
    }
}
