package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.domain.ValidationException;

/** Loading a whole negotiation, and writes that succeed or fail whole. */
class SnapshotTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixtures.T0);

    private TablebookStore create(Fixtures f) throws Exception {
        return TablebookStore.create(dir.resolve("riverside.tablebook"), f.negotiation, Fixtures.ACTOR,
                Fixtures.options(dir, clock));
    }

    @Test
    void aPopulatedFileLoadsIntoTheSnapshotThatWasWritten() throws Exception {
        Fixtures f = new Fixtures();
        try (TablebookStore store = create(f)) {
            f.populate(store);
            assertEquals(f.snapshot(), store.loadSnapshot());
        }
        try (TablebookStore store = TablebookStore.open(dir.resolve("riverside.tablebook"), Fixtures.options(dir, clock))) {
            NegotiationSnapshot loaded = store.loadSnapshot();
            assertEquals(f.snapshot(), loaded);
            loaded.checkConsistency();
            assertEquals(List.of(f.proposal), loaded.proposalsOf(f.wages.id()));
            assertEquals(List.of(f.proposal), store.loadSnapshot().proposalsOf(f.wages.id()));
            assertEquals(List.of(f.topic), store.loadSnapshot().topicsOf(f.sidebar.id()));
            assertEquals(java.util.Optional.of(f.reportBack), store.loadSnapshot().reportBackOf(f.sidebar.id()));
            assertEquals(List.of(f.agreement), store.loadSnapshot().agreementsOf(f.wages.id()));
        }
    }

    @Test
    void listsKeepCreationOrderWhateverTheOrderOfWriting() throws Exception {
        Fixtures f = new Fixtures();
        Person late = Person.create("Created last", Side.OURS, PersonRole.STAFF, false, Fixtures.at(300));
        Person early = Person.create("Created first", Side.OURS, PersonRole.STAFF, false, Fixtures.at(-300));
        Person sameA = Person.create("Same instant A", Side.OURS, PersonRole.STAFF, false, Fixtures.at(100));
        Person sameB = Person.create("Same instant B", Side.OURS, PersonRole.STAFF, false, Fixtures.at(100));
        // Sub-second instants that sort differently as variable-width text (".5Z" before "Z").
        Person whole = Person.create("On the second", Side.OURS, PersonRole.STAFF, false,
                java.time.Instant.parse("2026-03-02T12:00:00Z"));
        Person half = Person.create("Half a second later", Side.OURS, PersonRole.STAFF, false,
                java.time.Instant.parse("2026-03-02T12:00:00.5Z"));
        try (TablebookStore store = create(f)) {
            store.write(Fixtures.ACTOR, "Add people", w -> {
                for (Person p : List.of(half, late, sameA, whole, early, sameB)) {
                    w.insert(p);
                }
                return null;
            });
            assertEquals(List.of(early, sameA, sameB, whole, half, late), store.loadSnapshot().people());
            assertEquals(List.of(early, sameA, sameB, whole, half, late), store.loadSnapshot().people());
        }
    }

    @Test
    void aWriteWhoseSecondRowFailsIsRolledBackWholeWithNoAuditRows() throws Exception {
        Fixtures f = new Fixtures();
        try (TablebookStore store = create(f)) {
            f.populate(store);
            NegotiationSnapshot before = store.loadSnapshot();
            int auditBefore = store.audit().list().size();
            Demand fresh = Demand.create("U-50", "Tuition support", Side.OURS, Fixtures.at(40));
            Proposal orphan = new Proposal("pr-orphan", "d-no-such-demand", Side.OURS, LocalDate.of(2026, 3, 9), null,
                    ProposalKind.INITIAL, "Tuition 1,000 a year", "", Fixtures.at(40), Fixtures.at(40));

            ValidationException e = assertThrows(ValidationException.class,
                    () -> store.write(Fixtures.ACTOR, "Table a demand", w -> {
                        w.insert(fresh);
                        w.insert(orphan);
                        return null;
                    }));
            assertEquals("demandId", e.field());
            assertEquals("The demand this proposal refers to is not in this negotiation; it may have just been deleted.",
                    e.getMessage());
            assertEquals(before, store.loadSnapshot());
            assertEquals(auditBefore, store.audit().list().size());

            RuntimeException own = assertThrows(IllegalStateException.class,
                    () -> store.write(Fixtures.ACTOR, "Table a demand", w -> {
                        w.insert(fresh);
                        throw new IllegalStateException("the caller changed its mind");
                    }));
            assertEquals("the caller changed its mind", own.getMessage());
            assertEquals(before, store.loadSnapshot());
            assertEquals(auditBefore, store.audit().list().size());

            store.write(Fixtures.ACTOR, "Table a demand", w -> {
                w.insert(fresh);
                w.insert(new Proposal("pr-ok", fresh.id(), Side.OURS, LocalDate.of(2026, 3, 9), null,
                        ProposalKind.INITIAL, "Tuition 1,000 a year", "", Fixtures.at(40), Fixtures.at(40)));
                return null;
            });
            var rows = store.audit().latestChange();
            assertEquals(2, rows.size());
            assertEquals("Table a demand", rows.get(0).label());
            assertEquals(rows.get(0).changeId(), rows.get(1).changeId());
        }
    }

    /**
     * 2,000 demands and 20,000 proposals, random but seeded: the file loads into the same snapshot.
     * The load time is printed, not asserted (the machine is shared).
     */
    @Test
    void aLargeNegotiationLoadsWhole() throws Exception {
        long seed = 20_260_302L;
        Random random = new Random(seed);
        Fixtures f = new Fixtures();
        List<Demand> demands = new ArrayList<>();
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            java.time.Instant at = Fixtures.at(100 + i);
            demands.add(new Demand("d-" + i, (i % 2 == 0 ? "U-" : "E-") + i, "Art. " + random.nextInt(40),
                    "Demand " + i, "Internal note " + random.nextLong(), "Summary " + i, Side.values()[i % 2],
                    DemandCategory.values()[random.nextInt(4)], DemandPriority.values()[random.nextInt(4)],
                    DemandSubject.values()[random.nextInt(3)],
                    random.nextBoolean() ? null : DemandOrigin.values()[random.nextInt(6)], "", DemandStatus.ON_TABLE,
                    random.nextInt(10) == 0, at, at));
        }
        for (int i = 0; i < 20_000; i++) {
            java.time.Instant at = Fixtures.at(3_000).plusMillis(i);
            proposals.add(new Proposal("pr-" + i, "d-" + random.nextInt(2_000), Side.values()[random.nextInt(2)],
                    LocalDate.of(2026, 3, 1).plusDays(random.nextInt(90)), null,
                    ProposalKind.values()[random.nextInt(4)], "Pass " + i, "Text of pass " + i + " ".repeat(
                            random.nextInt(200)), at, at));
        }
        try (TablebookStore store = create(f)) {
            long writeStart = System.nanoTime();
            store.write(Fixtures.ACTOR, "Import", w -> {
                demands.forEach(w::insert);
                proposals.forEach(w::insert);
                return null;
            });
            long written = System.nanoTime();
            NegotiationSnapshot loaded = store.loadSnapshot();
            long loadedAt = System.nanoTime();
            System.out.printf("seed %d: wrote 22,000 records in %d ms, loaded them in %d ms%n", seed,
                    (written - writeStart) / 1_000_000, (loadedAt - written) / 1_000_000);
            assertEquals(demands, loaded.demands(), "seed " + seed);
            assertEquals(proposals, loaded.proposals(), "seed " + seed);
            assertEquals(22_001, store.audit().list().size());
        }
        try (TablebookStore store = TablebookStore.open(dir.resolve("riverside.tablebook"), Fixtures.options(dir, clock))) {
            NegotiationSnapshot loaded = null;
            for (int round = 1; round <= 3; round++) {
                long start = System.nanoTime();
                loaded = store.loadSnapshot();
                System.out.printf("seed %d: reopened file, load %d took %d ms%n", seed, round,
                        (System.nanoTime() - start) / 1_000_000);
            }
            assertEquals(proposals.size(), loaded.proposals().size(), "seed " + seed);
        }
    }

    /** Any text a person may type comes back exactly, in the rows and in the audit trail. */
    @Test
    void anyTextComesBackExactly() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String[] pieces = {"a", "Z", "0", " ", "\n", "\t", "'", "\"", "\\", "%", "_", ";", "--", "é", "ß", "ø", "中", "文",
            "😀", "🇺🇳", "\u00a0", "\u200b", "DROP TABLE demand;", "NULL", "\r\n"};
        Fixtures f = new Fixtures();
        List<Demand> demands = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            demands.add(new Demand("d-" + i, "U-" + i, text(random, pieces, 5), "T" + text(random, pieces, 20).strip()
                    + "x", text(random, pieces, 200), text(random, pieces, 50), Side.OURS, DemandCategory.OTHER,
                    DemandPriority.LOW, DemandSubject.UNKNOWN, null, text(random, pieces, 10), DemandStatus.DRAFT,
                    random.nextBoolean(), Fixtures.at(i), Fixtures.at(i)));
        }
        try (TablebookStore store = create(f)) {
            store.write(Fixtures.ACTOR, "Import", w -> {
                demands.forEach(w::insert);
                return null;
            });
            assertEquals(demands, store.loadSnapshot().demands(), "seed " + seed);
            var trail = store.audit().latestChange();
            for (int i = 0; i < demands.size(); i++) {
                assertEquals(demands.get(i), Json.mapper().readValue(trail.get(i).afterJson(), Demand.class),
                        "seed " + seed);
            }
        }
    }

    private static String text(Random random, String[] pieces, int max) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }
}
