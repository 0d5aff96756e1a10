package org.tablebook.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.store.StoreOpenException;
import org.tablebook.store.StoreOpenException.Problem;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.document.Workspace;

/**
 * Two Tablebook processes on one file while one of them is writing: the second is refused with a
 * sentence that says where the file is open, whether it is another app process or this one;
 * reading alongside (the command line's {@code check} and {@code export}) sees only whole actions;
 * and once the writer closes the file, it holds every action it reported and opens again.
 * (The lock itself, against a process that only holds the file, is tested in {@code LockTest}.)
 */
class TwoProcessesTest {
    private static final long SEED = 418;

    @TempDir
    Path dir;

    @Test
    void theSecondIsRefusedClearlyAndNeitherHarmsTheFile() throws Exception {
        RecordedActions actions = new RecordedActions(SEED);
        Path file = actions.create(dir.resolve("shared.tablebook"), options("backups"));
        Path nativeDir = Files.createDirectories(dir.resolve("native"));
        String lockedMessage = file + " is already open in another Tablebook window. Switch to that window, or "
                + "close the file there and open it again.";
        int stoppedAt;
        try (Child writer = Child.start(file, dir.resolve("writer-backups"), nativeDir, SEED)) {
            assertEquals("READY 0", writer.awaitLine());
            writer.awaitCommitted(5);

            // A second app process: refused, and it says so.
            try (Child second = Child.start(file, dir.resolve("second-backups"), nativeDir, SEED)) {
                assertEquals("REFUSED LOCKED: " + lockedMessage, second.awaitLine());
            }
            // This process, opening for writing as the window does: refused with the same sentence.
            try (Workspace workspace = new Workspace(options("app-backups"))) {
                StoreOpenException e = assertThrows(StoreOpenException.class, () -> workspace.open(file));
                assertEquals(Problem.LOCKED, e.problem());
                assertEquals(lockedMessage, e.getMessage());
                assertTrue(workspace.current().isEmpty());
            }

            // Reading alongside the writer sees whole actions only, and never holds it up.
            for (int i = 0; i < 5; i++) {
                int before = writer.lastCommitted();
                try (TablebookStore reader = TablebookStore.openForReading(file, options("reader-backups"))) {
                    NegotiationSnapshot snapshot = reader.loadSnapshot();
                    snapshot.checkConsistency();
                    // The trail is read after the snapshot, so it holds at least the actions the snapshot does.
                    int after = RecordedActions.committedCount(reader);
                    assertTrue(wholeActions(snapshot, actions, before, after),
                            "read " + i + ": the records are not those of a whole number of actions between "
                                    + before + " and " + after);
                }
                writer.awaitCommitted(writer.lastCommitted() + 3);
            }
            assertTrue(writer.isAlive(), "the writer was not disturbed: " + writer.errors());
            stoppedAt = writer.stop();
        }

        assertEquals("ok", KillTest.integrityCheck(file));
        try (Workspace workspace = new Workspace(options("app-backups"))) {
            Workspace.OpenedFile opened = workspace.open(file);
            assertFalse(opened.readOnly());
            assertEquals(actions.after(stoppedAt), RecordedActions.records(opened.snapshot()));
            assertEquals(stoppedAt, RecordedActions.committedCount(workspace.store()));
        }
        // And the first process's file opens in another process once more, where it left off.
        try (Child again = Child.start(file, dir.resolve("writer-backups"), nativeDir, SEED)) {
            assertEquals("READY " + stoppedAt, again.awaitLine());
            again.stop();
        }
        assertEquals(List.of(), Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".lock")).toList(), "no lock is left behind by a clean close");
    }

    /** Whether the snapshot holds exactly the first {@code k} actions, for some {@code k} from {@code from} to {@code to}. */
    private static boolean wholeActions(NegotiationSnapshot snapshot, RecordedActions actions, int from, int to) {
        Map<?, ?> records = RecordedActions.records(snapshot);
        for (int k = from; k <= to; k++) {
            if (actions.after(k).equals(records)) {
                return true;
            }
        }
        return false;
    }

    private StoreOptions options(String backups) {
        return StoreOptions.defaults(Clock.systemUTC(), dir.resolve(backups));
    }
}
