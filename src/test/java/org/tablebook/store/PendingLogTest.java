package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Side;

/**
 * A file whose last changes are still in its write-ahead log, as after a crash or a power cut:
 * they are committed, so opening must see them, read-only too.
 */
class PendingLogTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixtures.T0);

    /** A copy of a file and its -wal taken while the store was open, after a committed change. */
    private Path crashedCopy(Demand lastChange) throws Exception {
        Fixtures f = new Fixtures();
        Path file = dir.resolve("live.tablebook");
        Path copy = Files.createDirectories(dir.resolve("after-crash")).resolve("riverside.tablebook");
        try (TablebookStore store = TablebookStore.create(file, f.negotiation, Fixtures.ACTOR,
                Fixtures.options(dir, clock))) {
            f.populate(store);
            Fixtures.insert(store, Fixtures.ACTOR, lastChange);
            Files.copy(file, copy);
            Files.copy(Connections.sibling(file, "-wal"), Connections.sibling(copy, "-wal"));
        }
        assertTrue(Files.size(Connections.sibling(copy, "-wal")) > 0);
        return copy;
    }

    @Test
    void theLastChangesAreThereWhenOpenedForWriting() throws Exception {
        Demand last = Demand.create("U-77", "Committed just before the crash", Side.OURS, Fixtures.at(40));
        Path copy = crashedCopy(last);
        try (TablebookStore store = TablebookStore.open(copy, Fixtures.options(dir, clock))) {
            assertEquals(last, store.loadSnapshot().demand(last.id()).orElseThrow());
        }
        Path backup = Backups.list(dir.resolve("backups"), copy).get(0);
        try (TablebookStore store = TablebookStore.open(backup, StoreOptions.defaults(clock, dir.resolve("more")))) {
            assertEquals(last, store.loadSnapshot().demand(last.id()).orElseThrow(), "the backup has them too");
        }
    }

    @Test
    void theLastChangesAreThereWhenOpenedReadOnly() throws Exception {
        Demand last = Demand.create("U-78", "Committed just before the crash", Side.OURS, Fixtures.at(40));
        Path copy = crashedCopy(last);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("r--r--r--"));
        String before = Fixtures.sha256(copy);
        try (TablebookStore store = TablebookStore.open(copy, Fixtures.options(dir, clock))) {
            assertTrue(store.readOnly());
            assertEquals(last, store.loadSnapshot().demand(last.id()).orElseThrow());
        }
        assertEquals(before, Fixtures.sha256(copy), "read-only: the log is read, never folded into the file");
    }
}
