package org.tablebook.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.StressNegotiation.Edit;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.document.Workspace;
import org.tablebook.document.Workspace.OpenedFile;

/**
 * Nothing committed is ever lost, and nothing half-done is ever kept: a second JVM applies the
 * recorded actions to a file, reporting each commit, and is killed ({@code SIGKILL}, as when the
 * system ends a frozen app) at random moments, while it opens the file or in the middle of its
 * work. After each kill the file passes SQLite's integrity check and holds exactly the first
 * {@code n} actions, whole, where {@code n} is at least the last one reported committed (and at
 * most one more, committed just before its report could be printed). The next run opens it as the
 * app does and goes on where it stopped. 20 kills in a normal build; 200 with
 * {@code -Dtablebook.longTests=true}.
 */
class KillTest {
    private static final long SEED = Long.getLong("tablebook.killTest.seed", 20260504L);

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLosesNothingItReportedAndLeavesNothingHalfDone() throws Exception {
        int trials = Boolean.getBoolean("tablebook.longTests") ? 200 : 20;
        Random random = new Random(SEED);
        RecordedActions actions = new RecordedActions(SEED);
        Path file = actions.create(dir.resolve("killed.tablebook"), options("backups"));
        Path backups = dir.resolve("child-backups");
        Path nativeDir = Files.createDirectories(dir.resolve("native"));
        int committed = 0;
        int killedWhileOpening = 0;
        List<Integer> perTrial = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            String where = "seed " + SEED + ", trial " + trial;
            int reported;
            try (Child child = Child.start(file, backups, nativeDir, SEED)) {
                int moment = random.nextInt(5);
                if (moment == 0) {
                    // Killed while it starts: opening, checking, making the backup.
                    Thread.sleep(50 + random.nextInt(700));
                    killedWhileOpening += child.isAlive() ? 1 : 0;
                } else {
                    assertEquals("READY " + committed, child.awaitLine(), where + ": it resumes after the last action");
                    if (moment == 1) {
                        // Around its first action.
                        Thread.sleep(random.nextInt(300));
                    } else {
                        child.awaitCommitted(committed + 1);
                        Thread.sleep(random.nextInt(2_000));
                    }
                }
                reported = child.killAndDrain();
            }
            int held = check(file, actions, Math.max(reported, committed), where);
            perTrial.add(held - committed);
            committed = held;
        }
        System.out.printf("Kill test (seed %d): %d kills, %d while opening, %d actions committed in all, per run %s%n",
                SEED, trials, killedWhileOpening, committed, perTrial);
        assertTrue(committed >= trials * 5, "the writer got real work done between kills: " + committed);

        // The app opens the file, for writing, as it is after the last kill.
        try (Workspace workspace = new Workspace(options("app-backups"))) {
            OpenedFile opened = workspace.open(file);
            assertFalse(opened.readOnly());
            assertEquals(actions.after(committed), RecordedActions.records(opened.snapshot()));
        }
    }

    /**
     * The file is whole and holds the first {@code n} actions exactly, {@code n >= atLeast}; returns
     * {@code n}. (More than reported is fine: a commit's report may still have been in the pipe, or
     * unwritten, when the writer was killed. What matters is that nothing reported is missing and
     * nothing is half there.)
     */
    private int check(Path file, RecordedActions actions, int atLeast, String where) throws Exception {
        assertEquals("ok", integrityCheck(file), where);
        try (TablebookStore store = TablebookStore.openForReading(file, options("reader-backups"))) {
            List<String> labels = RecordedActions.committedLabels(store);
            int n = labels.size();
            assertTrue(n >= atLeast, where + ": " + n + " actions in the file, but " + atLeast
                    + " were reported committed");
            List<Edit> expected = actions.first(n);
            assertEquals(expected.stream().map(Edit::label).toList(), labels, where + ": the audit trail");
            NegotiationSnapshot snapshot = store.loadSnapshot();
            snapshot.checkConsistency();
            assertEquals(actions.after(n), RecordedActions.records(snapshot), where + ": the records");
            return n;
        }
    }

    static String integrityCheck(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toUri().getRawPath() + "?mode=ro");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            StringBuilder out = new StringBuilder();
            while (r.next()) {
                out.append(out.length() == 0 ? "" : "; ").append(r.getString(1));
            }
            return out.toString();
        }
    }

    private StoreOptions options(String backups) {
        return StoreOptions.defaults(Clock.systemUTC(), dir.resolve(backups));
    }
}
