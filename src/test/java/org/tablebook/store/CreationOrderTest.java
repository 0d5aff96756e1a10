package org.tablebook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityKind;
import org.tablebook.testing.MutableClock;

/**
 * Records read in rowid order come out in creation order, records created at the same instant in
 * rowid order: what {@code ORDER BY created_at, rowid} gives, whatever order they were written in.
 */
class CreationOrderTest {
    @TempDir
    Path dir;

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** A record with only what the order looks at; {@code row} stands for its rowid. */
    private record R(int row, Instant createdAt) implements Entity {
        @Override
        public String id() {
            return "r" + row;
        }

        @Override
        public Instant updatedAt() {
            return createdAt;
        }

        @Override
        public EntityKind entityKind() {
            return EntityKind.PROPOSAL;
        }
    }

    @Test
    void recordsInOrderStayAsTheyAre() {
        List<R> records = rows(0, 1, 1, 2, 5, 5, 9);
        assertEquals(expected(records), Table.inCreationOrder(new ArrayList<>(records)));
    }

    @Test
    void recordsPutBackByAnUndoGoToTheirPlaceAfterTheirTies() {
        // 20,000 in order, then a block written later with older times, some equal to times before.
        List<R> records = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            records.add(new R(records.size(), T0.plusSeconds(i)));
        }
        for (int i = 0; i < 56; i++) {
            records.add(new R(records.size(), T0.plusSeconds(19_000 + i * 7L)));
        }
        records.add(new R(records.size(), T0.plusSeconds(3)));
        records.add(new R(records.size(), T0.plusSeconds(30_000)));
        List<R> ordered = Table.inCreationOrder(new ArrayList<>(records));
        assertEquals(expected(records), ordered);
        assertEquals(List.of(3, 20_056), ordered.subList(3, 5).stream().map(R::row).toList());
    }

    @Test
    void oneRecordFarAheadOfTheRest() {
        List<R> records = new ArrayList<>(rows(0, 100, 1, 2, 3, 4, 100, 5, 0));
        assertEquals(expected(records), Table.inCreationOrder(new ArrayList<>(records)));
    }

    @Test
    void anyOrderComesOutAsTheStableSortGivesIt() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(60);
            int[] seconds = new int[n];
            for (int i = 0; i < n; i++) {
                // Mostly increasing, with ties, and some rows out of place.
                seconds[i] = random.nextInt(5) == 0 ? random.nextInt(n + 1) : i / 2;
            }
            List<R> records = rows(seconds);
            assertEquals(expected(records), Table.inCreationOrder(new ArrayList<>(records)), "seed " + seed);
        }
    }

    @Test
    void partsReadApartComeOutAsTheWholeWould() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(40);
            int[] seconds = new int[n];
            for (int i = 0; i < n; i++) {
                seconds[i] = random.nextInt(4) == 0 ? random.nextInt(n + 1) : i;
            }
            List<R> records = rows(seconds);
            // Cut into two or three parts, as two connections read them; a part may be empty.
            int a = random.nextInt(n + 1);
            int b = a + random.nextInt(n - a + 1);
            List<Table.Rows<R>> parts = new ArrayList<>();
            for (List<R> part : List.of(records.subList(0, a), records.subList(a, b), records.subList(b, n))) {
                parts.add(new Table.Rows<>(new ArrayList<>(part), firstOutOfOrder(part)));
            }
            boolean three = round % 2 == 0;
            assertEquals(expected(records.subList(0, three ? n : b)),
                    Table.joinedInCreationOrder(three ? parts : parts.subList(0, 2)), "seed " + seed);
        }
    }

    /** How many come in order before the first that does not; -1 when all do. */
    private static int firstOutOfOrder(List<R> part) {
        for (int i = 1; i < part.size(); i++) {
            if (part.get(i - 1).createdAt().isAfter(part.get(i).createdAt())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aFileReadsBackInCreationOrderWhateverOrderItsRowsWereWrittenIn() throws Exception {
        Fixtures f = new Fixtures();
        try (TablebookStore store = TablebookStore.create(dir.resolve("riverside.tablebook"), f.negotiation,
                Fixtures.ACTOR, Fixtures.options(dir, new MutableClock(Fixtures.T0)))) {
            Fixtures.insert(store, Fixtures.ACTOR, f.lee);
            Fixtures.insert(store, Fixtures.ACTOR, f.dana);
            Fixtures.insert(store, Fixtures.ACTOR, f.sam);
            assertEquals(List.of(f.dana, f.sam, f.lee), store.loadSnapshot().people());
        }
    }

    private static List<R> rows(int... seconds) {
        List<R> out = new ArrayList<>();
        for (int s : seconds) {
            out.add(new R(out.size(), T0.plusSeconds(s)));
        }
        return out;
    }

    /** ORDER BY created_at, rowid. */
    private static List<R> expected(List<R> records) {
        return records.stream().sorted(Comparator.comparing(R::createdAt).thenComparing(R::row)).toList();
    }
}
