package org.tablebook.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.StressNegotiation.Edit;
import org.tablebook.store.Backups;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.Edits;
import org.tablebook.testing.MutableClock;

/**
 * The rolling backups give the negotiation back exactly as it was when each was taken: every
 * record and the whole audit trail, whether the backup is opened where it is (as the message about
 * a damaged file suggests) or copied back over the file. Also when the file was last closed by a
 * crash, with its latest actions still only in the write-ahead log.
 */
class BackupRestoreTest {
    private static final long SEED = 512;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T08:00:00Z"));

    /** What the file held when it was opened: what that open's backup must hold. */
    private record AsOpened(NegotiationSnapshot snapshot, List<AuditEntry> trail) {
    }

    @Test
    void eachKeptBackupRestoresTheNegotiationAsOfItsOpen() throws Exception {
        RecordedActions actions = new RecordedActions(SEED);
        StoreOptions options = StoreOptions.defaults(clock, dir.resolve("backups"));
        Path file = actions.create(dir.resolve("riverside.tablebook"), options);
        Iterator<Edit> stream = actions.stream();
        List<AsOpened> opens = new ArrayList<>();
        for (int day = 0; day < 12; day++) {
            clock.advance(Duration.ofHours(9));
            try (TablebookStore store = TablebookStore.open(file, options)) {
                opens.add(new AsOpened(store.loadSnapshot(), store.audit().list()));
                for (int i = 0; i < 15; i++) {
                    clock.advance(Duration.ofMinutes(3));
                    Edits.write(store, RecordedActions.ACTOR, stream.next());
                }
            }
        }
        List<Path> kept = Backups.list(dir.resolve("backups"), file);
        assertEquals(StoreOptions.DEFAULT_BACKUPS_KEPT, kept.size());
        StoreOptions elsewhere = StoreOptions.defaults(clock, dir.resolve("backups-of-backups"));
        for (int i = 0; i < kept.size(); i++) {
            AsOpened expected = opens.get(opens.size() - 1 - i);
            try (TablebookStore backup = TablebookStore.open(kept.get(i), elsewhere)) {
                assertFalse(backup.readOnly());
                assertEquals(expected.snapshot(), backup.loadSnapshot(), "backup " + kept.get(i).getFileName());
                assertEquals(expected.trail(), backup.audit().list(), "the trail of " + kept.get(i).getFileName());
            }
        }

        // Restoring the oldest kept backup over the file gives the negotiation of that morning back.
        Path oldest = kept.get(kept.size() - 1);
        AsOpened thatMorning = opens.get(opens.size() - kept.size());
        Files.copy(oldest, file, StandardCopyOption.REPLACE_EXISTING);
        try (TablebookStore restored = TablebookStore.open(file, options)) {
            assertEquals(thatMorning.snapshot(), restored.loadSnapshot());
            assertEquals(thatMorning.trail(), restored.audit().list());
        }
    }

    @Test
    void aBackupTakenAfterACrashHoldsEveryActionCommittedBeforeIt() throws Exception {
        RecordedActions actions = new RecordedActions(SEED);
        Path file = actions.create(dir.resolve("crashed.tablebook"), StoreOptions.defaults(clock, dir.resolve("b")));
        Path nativeDir = Files.createDirectories(dir.resolve("native"));
        int reported;
        try (Child child = Child.start(file, dir.resolve("child-backups"), nativeDir, SEED)) {
            assertEquals("READY 0", child.awaitLine());
            child.awaitCommitted(40);
            reported = child.killAndDrain();
        }
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        assertTrue(Files.exists(wal) && Files.size(wal) > 0, "the crash left the latest actions in the log");
        StoreOptions options = StoreOptions.defaults(clock, dir.resolve("backups"));
        AsOpened afterCrash;
        try (TablebookStore store = TablebookStore.open(file, options)) {
            afterCrash = new AsOpened(store.loadSnapshot(), store.audit().list());
            int held = RecordedActions.committedCount(store);
            assertTrue(held >= reported && held <= reported + 1, held + " held, " + reported + " reported");
            Edits.write(store, RecordedActions.ACTOR, actions.first(held + 1).get(held));
        }
        Path backup = Backups.list(dir.resolve("backups"), file).get(0);
        try (TablebookStore restored = TablebookStore.open(backup, StoreOptions.defaults(clock, dir.resolve("bb")))) {
            assertEquals(afterCrash.snapshot(), restored.loadSnapshot());
            assertEquals(afterCrash.trail(), restored.audit().list());
        }
    }
}
