package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.AuditAction;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ValidationException;
import org.tablebook.domain.sample.SampleNegotiation;

/** A whole negotiation written into a new file in one action: the sample, and later the JSON import. */
class CreateFromTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-12T14:30:00Z"));

    @Test
    void theSampleComesBackEqualAfterARoundTrip() throws Exception {
        NegotiationSnapshot sample = SampleNegotiation.build(clock);
        Path file = dir.resolve("sample.tablebook");
        try (TablebookStore store = TablebookStore.createFrom(file, sample, Fixtures.ACTOR, Fixtures.options(dir, clock))) {
            assertEquals(sample, store.loadSnapshot());
        }
        clock.advance(Duration.ofMinutes(5));
        try (TablebookStore reopened = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            assertEquals(sample, reopened.loadSnapshot());
        }
    }

    @Test
    void aSnapshotWithEveryFieldFilledComesBackEqual() throws Exception {
        NegotiationSnapshot snapshot = new Fixtures().snapshot();
        try (TablebookStore store = TablebookStore.createFrom(dir.resolve("f.tablebook"), snapshot, Fixtures.ACTOR,
                Fixtures.options(dir, clock))) {
            assertEquals(snapshot, store.loadSnapshot());
        }
    }

    @Test
    void everyRecordIsAuditedAsCreatedInOneChange() throws Exception {
        NegotiationSnapshot sample = SampleNegotiation.build(clock.withZone(ZoneId.of("America/Chicago")));
        try (TablebookStore store = TablebookStore.createFrom(dir.resolve("s.tablebook"), sample, "Dana Reyes",
                "Open the sample negotiation", Fixtures.options(dir, clock))) {
            List<AuditEntry> trail = store.audit().list();
            assertEquals(sample.entities().count(), trail.size());
            assertTrue(trail.stream().allMatch(e -> e.action() == AuditAction.CREATE));
            assertTrue(trail.stream().allMatch(e -> e.actor().equals("Dana Reyes")));
            assertTrue(trail.stream().allMatch(e -> e.label().equals("Open the sample negotiation")));
            assertTrue(trail.stream().allMatch(e -> e.at().equals(clock.instant())));
            assertEquals(1, trail.stream().map(AuditEntry::changeId).distinct().count());
            Set<EntityRef> audited = trail.stream().map(e -> new EntityRef(e.entity(), e.entityId()))
                    .collect(Collectors.toSet());
            assertEquals(sample.entities().map(EntityRef::of).collect(Collectors.toSet()), audited);
            assertEquals(trail, store.audit().latestChange());
        }
    }

    @Test
    void refusesAFileThatExistsAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("taken.tablebook");
        Files.writeString(file, "someone's notes");
        String before = Fixtures.sha256(file);

        StoreOpenException e = assertThrows(StoreOpenException.class, () -> TablebookStore.createFrom(file,
                SampleNegotiation.build(clock), Fixtures.ACTOR, Fixtures.options(dir, clock)));

        assertEquals(StoreOpenException.Problem.UNREADABLE, e.problem());
        assertTrue(e.getMessage().contains("will not overwrite it"), e.getMessage());
        assertEquals(before, Fixtures.sha256(file));
    }

    @Test
    void refusesAnInconsistentSnapshotBeforeMakingAFile() {
        Fixtures f = new Fixtures();
        Proposal stray = new Proposal("pr-stray", "no-such-demand", f.proposal.side(), f.proposal.passedOn(), null,
                f.proposal.kind(), "A pass on nothing", "", f.proposal.createdAt(), f.proposal.updatedAt());
        NegotiationSnapshot broken = new NegotiationSnapshot(f.negotiation, List.of(f.dana), List.of(f.wages),
                List.of(stray), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        Path file = dir.resolve("broken.tablebook");

        ValidationException e = assertThrows(ValidationException.class, () -> TablebookStore.createFrom(file, broken,
                Fixtures.ACTOR, Fixtures.options(dir, clock)));

        assertEquals("demandId", e.field());
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("broken.tablebook.lock")));
    }

    @Test
    void aFileOpenForWritingIsInUseUntilClosed() throws Exception {
        Path file = dir.resolve("open.tablebook");
        TablebookStore store = TablebookStore.createFrom(file, new Fixtures().snapshot(), Fixtures.ACTOR,
                Fixtures.options(dir, clock));
        assertTrue(TablebookStore.isInUse(file));
        store.close();
        assertFalse(TablebookStore.isInUse(file));
        assertFalse(TablebookStore.isInUse(dir.resolve("nothing-here.tablebook")));
        assertFalse(Files.exists(dir.resolve("open.tablebook.lock")), "checking leaves no lock file behind");
    }

    @Test
    void whatAKilledCreationLeftDoesNotBlockTheNextAndIsCleared() throws Exception {
        Path file = dir.resolve("imported.tablebook");
        // As a creation killed half-way leaves it: a hidden half-built file with its log, and the lock file.
        Path debris = Files.writeString(dir.resolve(".imported.tablebook-3k2j9.creating"), "half a database");
        Files.writeString(dir.resolve(".imported.tablebook-3k2j9.creating-wal"), "half a log");
        Files.writeString(dir.resolve("imported.tablebook.lock"), "Tablebook, process 999999\n");
        Path otherDebris = Files.writeString(dir.resolve(".other.tablebook-aaaa.creating"), "another name's");
        NegotiationSnapshot snapshot = new Fixtures().snapshot();
        try (TablebookStore store = TablebookStore.createFrom(file, snapshot, Fixtures.ACTOR,
                Fixtures.options(dir, clock))) {
            assertEquals(snapshot, store.loadSnapshot());
        }
        assertFalse(Files.exists(debris));
        assertFalse(Files.exists(dir.resolve(".imported.tablebook-3k2j9.creating-wal")));
        assertTrue(Files.exists(otherDebris), "only this name's debris is cleared");
        assertEquals(List.of(".other.tablebook-aaaa.creating", "imported.tablebook"),
                Fixtures.names(dir).stream().filter(n -> !n.equals("backups")).toList());
    }

    @Test
    void aNewFileIsBuiltBesideItsNameAndAppearsOnlyWhole() throws Exception {
        Path file = dir.resolve("whole.tablebook");
        try (TablebookStore store = TablebookStore.createFrom(file, new Fixtures().snapshot(), Fixtures.ACTOR,
                Fixtures.options(dir, clock))) {
            assertEquals(file.toRealPath(), store.file());
            assertEquals(TablebookStore.APPLICATION_ID, FileHeader.read(file).applicationId());
            assertEquals(new Fixtures().snapshot().people().size(), store.loadSnapshot().people().size());
        }
        assertTrue(Fixtures.names(dir).stream().noneMatch(n -> n.endsWith(".creating")), Fixtures.names(dir).toString());
        try (TablebookStore again = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            assertEquals(new Fixtures().snapshot(), again.loadSnapshot());
        }
    }

    @Test
    void everyConnectionThatWritesIsInWriteAheadLogModeWithAFullSync() throws Exception {
        Path file = dir.resolve("durable.tablebook");
        try (TablebookStore created = TablebookStore.create(file, new Fixtures().negotiation, Fixtures.ACTOR,
                Fixtures.options(dir, clock))) {
            assertEquals("synchronous=2 journal_mode=wal", StoreProbe.durability(created));
        }
        try (TablebookStore opened = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            assertEquals("synchronous=2 journal_mode=wal", StoreProbe.durability(opened));
        }
        try (TablebookStore imported = TablebookStore.createFrom(dir.resolve("imported.tablebook"),
                new Fixtures().snapshot(), Fixtures.ACTOR, Fixtures.options(dir, clock))) {
            assertEquals("synchronous=2 journal_mode=wal", StoreProbe.durability(imported));
        }
    }
}
