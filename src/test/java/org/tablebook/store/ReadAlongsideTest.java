package org.tablebook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.testing.MutableClock;

/**
 * The passes of a large file are read on a second connection while the store's own reads the
 * rest, and the snapshot is still one state of the file: when another connection commits between
 * the start of the store's read and the start of the second one, the passes are read on the
 * store's connection instead.
 */
class ReadAlongsideTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixtures.T0);
    private final Fixtures f = new Fixtures();

    private Path populatedFile() {
        Path file = dir.resolve("riverside.tablebook");
        try (TablebookStore store = TablebookStore.create(file, f.negotiation, Fixtures.ACTOR,
                Fixtures.options(dir, clock))) {
            f.populate(store);
        } catch (StoreOpenException e) {
            throw new AssertionError(e);
        }
        return file;
    }

    /** The store opened for work, reading its passes alongside however few there are. */
    private TablebookStore openReadingAlongside(Path file) throws StoreOpenException {
        TablebookStore store = TablebookStore.open(file, Fixtures.options(dir, clock));
        store.alongside().fromRows(0);
        return store;
    }

    @Test
    void thePassesReadAlongsideMakeTheSameSnapshot() throws Exception {
        Path file = populatedFile();
        try (TablebookStore store = openReadingAlongside(file)) {
            assertEquals(f.snapshot(), store.loadSnapshot());
            assertEquals(f.snapshot(), store.loadSnapshot());
            assertEquals(2, store.alongside().readAlongside());
            assertEquals(0, store.alongside().readOnOwn());
        }
    }

    @Test
    void aSecondReadThatFailsIsMadeOnTheStoresOwnConnection() throws Exception {
        Path file = populatedFile();
        try (TablebookStore store = openReadingAlongside(file)) {
            store.alongside().hooks(() -> {
            }, () -> {
                throw new IllegalStateException("the second connection broke");
            });
            assertEquals(f.snapshot(), store.loadSnapshot());
            assertEquals(0, store.alongside().readAlongside());
            assertEquals(1, store.alongside().readOnOwn());
        }
    }

    @Test
    void passesReadPartlyOnEachConnectionComeOutInCreationOrder() throws Exception {
        Path file = populatedFile();
        try (TablebookStore store = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            // 40 more passes, every fifth one written late with an earlier time (as an undo puts one back).
            for (int i = 0; i < 40; i++) {
                Instant at = Fixtures.at(i % 5 == 4 ? 7 : 30 + i);
                Fixtures.insert(store, Fixtures.ACTOR, new Proposal("pr-more-" + i, f.wages.id(), Side.THEIRS,
                        LocalDate.of(2026, 3, 4), null, ProposalKind.COUNTER, "Counter " + i, "", at, at));
            }
        }
        NegotiationSnapshot onOne;
        try (TablebookStore store = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            onOne = store.loadSnapshot();
            assertEquals(0, store.alongside().readAlongside());
        }
        try (TablebookStore store = openReadingAlongside(file)) {
            NegotiationSnapshot onTwo = store.loadSnapshot();
            assertEquals(1, store.alongside().readAlongside());
            assertEquals(onOne, onTwo);
            assertEquals(41, onTwo.proposals().size());
            assertEquals(List.of("pr-1", "pr-more-4", "pr-more-9"),
                    onTwo.proposals().subList(0, 3).stream().map(Proposal::id).toList());
        }
    }

    @Test
    void aSmallFileOrOneOpenedForReadingIsReadOnOneConnection() throws Exception {
        Path file = populatedFile();
        try (TablebookStore store = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            assertEquals(f.snapshot(), store.loadSnapshot());
            assertEquals(0, store.alongside().readAlongside() + store.alongside().readOnOwn());
        }
        try (TablebookStore store = TablebookStore.openForReading(file, Fixtures.options(dir, clock))) {
            assertNull(store.alongside());
            assertEquals(f.snapshot(), store.loadSnapshot());
        }
    }

    @Test
    void aCommitBeforeTheSecondReadBeganSendsThePassesBackToTheStoresConnection() throws Exception {
        Path file = populatedFile();
        try (TablebookStore store = openReadingAlongside(file);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            // The store's read has begun; another connection changes a pass before the second read begins.
            store.alongside().hooks(() -> execute(other, "UPDATE proposal SET summary = 'Changed meanwhile'"), () -> {
            });
            NegotiationSnapshot read = store.loadSnapshot();
            assertEquals(f.snapshot(), read);
            assertEquals(0, store.alongside().readAlongside());
            assertEquals(1, store.alongside().readOnOwn());

            store.alongside().hooks(() -> {
            }, () -> {
            });
            NegotiationSnapshot after = store.loadSnapshot();
            assertEquals("Changed meanwhile", after.proposals().get(0).summary());
            assertEquals(1, store.alongside().readAlongside());
        }
    }

    @Test
    void aCommitAfterBothReadsBeganIsInNeither() throws Exception {
        Path file = populatedFile();
        try (TablebookStore store = openReadingAlongside(file);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            store.alongside().hooks(() -> {
            }, () -> execute(other, "UPDATE proposal SET summary = 'Changed meanwhile'; "
                    + "UPDATE demand SET title = 'Changed meanwhile'"));
            assertEquals(f.snapshot(), store.loadSnapshot());
            assertEquals(1, store.alongside().readAlongside());

            store.alongside().hooks(() -> {
            }, () -> {
            });
            assertNotEquals(f.snapshot(), store.loadSnapshot());
            assertEquals("Changed meanwhile", store.loadSnapshot().demands().get(0).title());
        }
    }

    private static void execute(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
