package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.BackgroundTask;
import org.tablebook.document.Findings;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.TaskRunner;
import org.tablebook.document.Workspace;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;
import org.tablebook.store.StoreOptions;
import org.tablebook.testing.MadeUpRules;
import org.tablebook.testing.SnapshotBuilder;

/**
 * The findings the window shows arrive with their facts' fingerprints worked out on the file's
 * thread: the rules panel reads one for every finding each time they arrive, and on a large file
 * hashing them on the JavaFX thread held up the window as the file opened.
 */
class FingerprintsWorkedOutOffTheWindowThreadTest {
    private static final Clock CLOCK = SnapshotBuilder.clockAt(SnapshotBuilder.hours(5));
    private static final String WORKER = "file thread of the test";

    @TempDir
    Path dir;
    private Workspace workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    /** Runs the work on a thread of its own, then hands the outcome over on the test's thread. */
    private static final class OtherThreadRunner implements TaskRunner {
        @Override
        public <T> void run(BackgroundTask<T> task) {
            List<Runnable> outcome = new ArrayList<>();
            Thread worker = new Thread(() -> TaskRunner.execute(task, outcome::add), WORKER);
            worker.start();
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            outcome.forEach(Runnable::run);
        }
    }

    /** A fact that notes the thread that writes it out, which is what hashing it does. */
    private static final class Watched {
        final List<String> writtenOn = new CopyOnWriteArrayList<>();

        @Override
        public String toString() {
            writtenOn.add(Thread.currentThread().getName());
            return "watched";
        }
    }

    /** A rule that finds demand d1 breaking it, with {@code fact} among the finding's facts. */
    private static Rule oneFinding(Watched fact) {
        return MadeUpRules.finding("SIDEBAR_SOLO", Severity.ERROR, (snapshot, clock) -> List.of(new Finding(
                "SIDEBAR_SOLO", Severity.ERROR, new EntityRef(EntityKind.DEMAND, "d1"), Text.literal("Demand U-1"),
                Text.literal("Demand U-1 breaks the rule."), Text.literal("Open the demand"), null,
                new Object[] {fact}, null)));
    }

    @Test
    void theFindingsArriveWithTheirFingerprintsWorkedOutOnTheFilesThread() {
        TaskRunner runner = new OtherThreadRunner();
        workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")));
        NegotiationDocument document = new NegotiationDocument(workspace, runner, () -> "Dana");
        document.show(SnapshotBuilder.union().build());
        Watched fact = new Watched();
        Findings findings = new Findings(document, RulesEngine.of(List.of(oneFinding(fact))), CLOCK, runner);
        findings.refresh();

        assertEquals(1, findings.evaluation().findings().size());
        assertFalse(fact.writtenOn.isEmpty(), "the fingerprint is worked out before the findings arrive");
        String fingerprint = findings.evaluation().findings().get(0).finding().factsFingerprint();
        assertEquals(List.of(WORKER), List.copyOf(fact.writtenOn).stream().distinct().toList(),
                "hashed on the file's thread only, and not again when read");
        assertEquals(Fingerprint.of("watched"), fingerprint);
    }
}
