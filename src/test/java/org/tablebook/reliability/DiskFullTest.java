package org.tablebook.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.export.ExportFormat;
import org.tablebook.export.ExportRequest;
import org.tablebook.export.Exporter;
import org.tablebook.export.ProgressListener;
import org.tablebook.store.StoreException;
import org.tablebook.store.StoreOpenException;
import org.tablebook.store.StoreOpenException.Problem;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/**
 * A disk that fills up: the change, the backup, the new file or the export that does not fit is
 * refused with a sentence that says the disk is full, nothing of it is written, what was there
 * stays as it was, and once space is freed the work goes on. Runs on a small tmpfs; skipped, with
 * a message, on a machine that does not allow mounting one.
 */
class DiskFullTest {
    private static final long SEED = 1850;

    @TempDir
    Path dir;

    private SmallDisk disk;
    private final RecordedActions actions = new RecordedActions(SEED);

    @BeforeEach
    void mount() throws Exception {
        disk = SmallDisk.mount(dir.resolve("small-disk"), 4096);
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    private StoreOptions options(Path backups) {
        return StoreOptions.defaults(Clock.systemUTC(), backups);
    }

    /** A pass with a long text: a change big enough to need new pages. */
    private Proposal bigPass(NegotiationSnapshot s, int n) {
        return new Proposal(java.util.UUID.nameUUIDFromBytes(("big-" + n).getBytes()).toString(),
                s.demands().get(0).id(), Side.THEIRS, s.sessions().get(0).date(), null, ProposalKind.COUNTER,
                "Their full counter, pasted in", "Article 20.1 ".repeat(4_000), RecordedActions.CLOCK.instant(),
                RecordedActions.CLOCK.instant());
    }

    @Test
    void aChangeThatDoesNotFitIsRefusedWholeAndTheFileGoesOnOnceSpaceIsFreed() throws Exception {
        Path file = actions.create(disk.folder().resolve("local-512.tablebook"), options(dir.resolve("backups")));
        try (TablebookStore store = TablebookStore.open(file, options(dir.resolve("backups")))) {
            NegotiationSnapshot before = store.loadSnapshot();
            store.write(RecordedActions.ACTOR, "Log a pass", w -> {
                w.insert(bigPass(before, 0));
                return null;
            });
            NegotiationSnapshot afterFirst = store.loadSnapshot();
            int trail = store.audit().list().size();
            disk.fill();

            StoreException e = assertThrows(StoreException.class, () -> {
                for (int n = 1; n < 50; n++) {
                    int k = n;
                    store.write(RecordedActions.ACTOR, "Log a long pass", w -> {
                        w.insert(bigPass(before, k));
                        return null;
                    });
                }
            });
            assertEquals("The change \"Log a long pass\" was not saved: the disk is full. Free some space and try "
                    + "again.", e.getMessage());
            assertEquals(afterFirst, store.loadSnapshot(), "nothing of the refused change was kept");
            assertEquals(trail, store.audit().list().size(), "nor written to the audit trail");

            disk.free();
            store.write(RecordedActions.ACTOR, "Log a long pass", w -> {
                w.insert(bigPass(before, 99));
                return null;
            });
        }
        assertEquals("ok", KillTest.integrityCheck(file));
        try (TablebookStore again = TablebookStore.open(file, options(dir.resolve("backups")))) {
            NegotiationSnapshot s = again.loadSnapshot();
            assertEquals(actions.start().proposals().size() + 2, s.proposals().size());
        }
    }

    @Test
    void aBackupThatDoesNotFitStopsTheOpenAndLeavesTheFileAsItWas() throws Exception {
        Path file = actions.create(dir.resolve("local-512.tablebook"), options(dir.resolve("first-backups")));
        byte[] bytes = Files.readAllBytes(file);
        Path backups = disk.folder().resolve("backups");
        Files.createDirectories(backups);
        disk.fill();

        StoreOpenException e = assertThrows(StoreOpenException.class, () -> TablebookStore.open(file, options(backups)));
        assertEquals(Problem.UNREADABLE, e.problem());
        assertEquals("Tablebook could not make a backup of " + file + " in " + backups + " before opening it, so it "
                + "has not opened it: the disk is full. Free some disk space or choose another backup folder.",
                e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file), "the file is as it was");
        assertEquals(List.of(), names(backups), "no partial backup is left");

        disk.free();
        try (TablebookStore store = TablebookStore.open(file, options(backups))) {
            assertEquals(actions.start(), store.loadSnapshot());
        }
    }

    @Test
    void aNewFileThatDoesNotFitIsNotLeftHalfWritten() throws Exception {
        // Room for the empty schema and part of the negotiation, not for all of it.
        disk.fill(160);
        Path target = disk.folder().resolve("imported.tablebook");
        StoreOpenException e = assertThrows(StoreOpenException.class,
                () -> TablebookStore.createFrom(target, actions.start(), RecordedActions.ACTOR,
                        options(dir.resolve("backups"))));
        assertTrue(e.getMessage().startsWith("Tablebook could not create " + target + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("the disk is full. Free some space and try again."), e.getMessage());
        assertEquals(List.of("filler.bin"), names(disk.folder()), "nothing is left of the new file");
    }

    @Test
    void anExportThatDoesNotFitLeavesTheLastOneAsItWas() throws Exception {
        Path summary = disk.folder().resolve("membership-summary.html");
        Files.writeString(summary, "<p>Last week's summary</p>");
        disk.fill();
        IOException e = assertThrows(IOException.class, () -> new Exporter(RecordedActions.CLOCK).export(
                ExportRequest.members(actions.start(), ExportFormat.HTML), summary, ProgressListener.NONE));
        assertTrue(String.valueOf(e.getMessage()).contains("No space left on device"), e.getMessage());
        assertEquals("<p>Last week's summary</p>", Files.readString(summary));
        assertEquals(List.of("filler.bin", "membership-summary.html"), names(disk.folder()),
                "no partial export is left");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
