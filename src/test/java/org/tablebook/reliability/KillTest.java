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
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.Cli;
import org.tablebook.app.DataFolders;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.StressNegotiation.Edit;
import org.tablebook.document.Workspace;
import org.tablebook.document.Workspace.OpenedFile;
import org.tablebook.export.Exporter;
import org.tablebook.export.ExportRequest;
import org.tablebook.export.ProgressListener;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.StoreProbe;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.Edits;

/**
 * Nothing committed is ever lost, and nothing half-done is ever kept: a second JVM applies the
 * recorded actions to a file, reporting each commit, and is killed ({@code SIGKILL}, as when the
 * system ends a frozen app) at random moments: while it opens the file, around its first action, or
 * in the middle of its work, inside the action after a number of them drawn at random (so a seed
 * gives the same run on a fast machine and on a loaded one). After each kill the file passes SQLite's integrity check and holds exactly the first
 * {@code n} actions, whole, where {@code n} is at least the last one reported committed and at
 * most one more (committed just before its report could be printed: more than reported is fine,
 * as a commit's report may still have been in the pipe; nothing reported may be missing and
 * nothing may be half there); its audit trail matches, row
 * for row (label, actor, record, before and after), that of a file that went through the same
 * {@code n} actions without a kill. The next run opens it as the app does and goes on where it
 * stopped. 20 kills in a normal build; 200 with {@code -Dtablebook.longTests=true}, which also
 * logs how long each phase of each kill took (the writer's start, its work, the checks). Every
 * connection that writes is in write-ahead-log mode with {@code synchronous=FULL}.
 *
 * <p>Also killed: a migration of an older file half-way (the file keeps its older version, whole,
 * and the next open migrates it), and an import half-way (nothing is left that blocks its retry).
 */
class KillTest {
    private static final long SEED = Long.getLong("tablebook.killTest.seed", 20260504L);
    private static final boolean LONG = Boolean.getBoolean("tablebook.longTests");
    /** What SQLite says of a connection that keeps every commit through a power cut. */
    static final String DURABLE = "synchronous=2 journal_mode=wal";
    /** A writer killed in the middle of its work has done from 1 to this many actions since it started. */
    private static final int MOST_ACTIONS_BETWEEN_KILLS = 120;

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLosesNothingItReportedAndLeavesNothingHalfDone() throws Exception {
        int trials = LONG ? 200 : 20;
        Random random = new Random(SEED);
        RecordedActions actions = new RecordedActions(SEED);
        Path file = actions.create(dir.resolve("killed.tablebook"), options("backups"));
        Path backups = dir.resolve("child-backups");
        Path nativeDir = Files.createDirectories(dir.resolve("native"));
        // The same actions, applied without a kill: what the killed file's audit trail must match.
        Path referenceFile = actions.create(dir.resolve("reference.tablebook"), options("reference-backups"));
        int committed = 0;
        int killedWhileOpening = 0;
        List<Integer> perTrial = new ArrayList<>();
        try (TablebookStore referenceStore = TablebookStore.open(referenceFile, options("reference-backups"))) {
            assertEquals(DURABLE, StoreProbe.durability(referenceStore));
            Reference reference = new Reference(referenceStore, actions.stream());
            for (int trial = 1; trial <= trials; trial++) {
                String where = "seed " + SEED + ", trial " + trial;
                int reported;
                int momentSeen;
                Phases phases = new Phases();
                try (Child child = Child.start(file, backups, nativeDir, SEED)) {
                    int moment = random.nextInt(5);
                    momentSeen = moment;
                    if (moment == 0) {
                        // Killed while it starts: opening, checking, making the backup.
                        Thread.sleep(50 + random.nextInt(700));
                        killedWhileOpening += child.isAlive() ? 1 : 0;
                    } else {
                        assertEquals("READY " + committed, child.awaitLine(), where + ": it resumes after the last action");
                        phases.mark("ready");
                        assertEquals(DURABLE, child.durability(), where + ": the writer's connection");
                        if (moment == 1) {
                            // Around its first action.
                            Thread.sleep(random.nextInt(300));
                        } else {
                            // In the middle of its work, after a number of actions drawn at random (so a
                            // seed gives the same run on a fast or a loaded machine), somewhere inside the
                            // next: the reference follows what the child reports meanwhile.
                            child.awaitCommitted(committed + 1 + random.nextInt(MOST_ACTIONS_BETWEEN_KILLS),
                                    reference::writeUpTo);
                            Thread.sleep(random.nextInt(5));
                        }
                    }
                    phases.mark("work");
                    phases.childCpu(child);
                    phases.childTiming(child.errors());
                    reported = child.killAndDrain();
                    phases.mark("kill");
                }
                int atLeast = Math.max(reported, committed);
                int held;
                assertEquals("ok", integrityCheck(file), where);
                phases.mark("integrity");
                try (TablebookStore killed = TablebookStore.openForReading(file, options("reader-backups"))) {
                    phases.mark("reopen");
                    RecordedActions.Trail trail = RecordedActions.trail(killed);
                    phases.mark("trail");
                    held = trail.committed();
                    assertTrue(held >= atLeast, where + ": " + held + " actions in the file, but " + atLeast
                            + " were reported committed");
                    assertTrue(held <= atLeast + 1, where + ": " + held + " actions in the file, but only " + atLeast
                            + " were reported committed: at most one more may have been committed unreported (moment " + momentSeen
                            + ", reported " + reported + ", before " + committed + ")");
                    NegotiationSnapshot snapshot = killed.loadSnapshot();
                    snapshot.checkConsistency();
                    phases.mark("snapshot");
                    assertEquals(actions.after(held), RecordedActions.records(snapshot), where + ": the records");
                    phases.mark("replay");
                    reference.writeUpTo(held);
                    phases.mark("refwrite");
                    assertEquals(reference.digest(), trail.digest(), where + ": the audit trail, row for row");
                    phases.mark("reftrail");
                }
                if (LONG) {
                    System.out.println("Kill trial " + trial + " moment " + momentSeen + " held " + held + ": " + phases);
                }
                perTrial.add(held - committed);
                committed = held;
            }
        }
        System.out.printf("Kill test (seed %d): %d kills, %d while opening, %d actions committed in all, per run %s%n",
                SEED, trials, killedWhileOpening, committed, perTrial);
        assertTrue(committed >= trials * 5, "the writer got real work done between kills: " + committed);

        // The app opens the file, for writing, as it is after the last kill.
        try (Workspace workspace = new Workspace(options("app-backups"))) {
            OpenedFile opened = workspace.open(file);
            assertFalse(opened.readOnly());
            assertEquals(DURABLE, StoreProbe.durability(workspace.store()));
            assertEquals(actions.after(committed), RecordedActions.records(opened.snapshot()));
        }
    }

    @Test
    void aMigrationKilledHalfWayLeavesTheOlderVersionWholeAndTheNextOpenMigratesIt() throws Exception {
        int trials = LONG ? 20 : 3;
        Random random = new Random(SEED);
        RecordedActions actions = new RecordedActions(SEED);
        Path pristine = schemaOneFile(actions.create(dir.resolve("pristine.tablebook"), options("backups")));
        long rows = count(pristine, "SELECT count(*) FROM audit_entry");
        Path nativeDir = Files.createDirectories(dir.resolve("native"));
        int killedMidMigration = 0;
        for (int trial = 1; trial <= trials; trial++) {
            String where = "seed " + SEED + ", migration trial " + trial;
            Path file = dir.resolve("migrating-" + trial + ".tablebook");
            Files.copy(pristine, file);
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            try (Child child = Child.open(file, dir.resolve("child-backups"), nativeDir)) {
                // The log appears when the writable connection opens, after the checks and the
                // backup: the migration runs from then on, and is killed somewhere inside it.
                long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(Child.GUARD_SECONDS);
                while (!Files.exists(wal) && child.isAlive() && System.nanoTime() < guard) {
                    Thread.onSpinWait();
                }
                assertTrue(Files.exists(wal), where + ": the child never opened the file for writing: " + child.errors());
                Thread.sleep(random.nextInt(20));
                child.killAndDrain();
            }
            assertEquals("ok", integrityCheck(file), where);
            int version = (int) count(file, "PRAGMA user_version");
            boolean hasV2Column = count(file, "SELECT count(*) FROM pragma_table_info('audit_entry') "
                    + "WHERE name = 'reverts_change_id'") == 1;
            assertEquals(version >= 2, hasV2Column, where + ": version " + version + " with"
                    + (hasV2Column ? "" : "out") + " the column version 2 adds: a migration half kept");
            assertEquals(rows, count(file, "SELECT count(*) FROM audit_entry"), where + ": the audit trail");
            killedMidMigration += version == 1 ? 1 : 0;
            try (TablebookStore store = TablebookStore.open(file, options("app-backups"))) {
                assertFalse(store.readOnly(), where);
                assertEquals(DURABLE, StoreProbe.durability(store));
            }
            assertEquals(TablebookStore.SCHEMA_VERSION, count(file, "PRAGMA user_version"), where + ": migrated by the next open");
            assertEquals(rows, count(file, "SELECT count(*) FROM audit_entry"), where);
        }
        System.out.printf("Kill test (seed %d): %d kills during a migration, %d before it committed%n", SEED, trials,
                killedMidMigration);
        assertTrue(killedMidMigration >= 1, "at least one kill landed inside the migration");
    }

    /**
     * The recorded negotiation as schema 1 stored it, with a trail long enough (about 40,000 rows)
     * that building version 2's index takes a moment to kill into.
     */
    private static Path schemaOneFile(Path file) throws Exception {
        StoreProbe.downgradeToSchemaOne(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toUri().getRawPath());
                Statement s = c.createStatement()) {
            for (int i = 0; i < 6; i++) {
                s.execute("INSERT INTO audit_entry (change_id, label, at, actor, entity, entity_id, action) "
                        + "SELECT change_id, label, at, actor || ' ' || seq, entity, entity_id, action FROM audit_entry");
            }
            s.execute("PRAGMA user_version = 1");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return file;
    }

    @Test
    void aKilledImportLeavesNothingThatBlocksItsRetry() throws Exception {
        int trials = LONG ? 20 : 3;
        Random random = new Random(SEED);
        RecordedActions actions = new RecordedActions(SEED);
        Path json = dir.resolve("backup.json");
        new Exporter(RecordedActions.CLOCK).export(ExportRequest.backup(actions.start()), json, ProgressListener.NONE);
        Path nativeDir = Files.createDirectories(dir.resolve("native"));
        int killedMidImport = 0;
        for (int trial = 1; trial <= trials; trial++) {
            String where = "seed " + SEED + ", import trial " + trial;
            Path target = dir.resolve("imported-" + trial + ".tablebook");
            String hidden = "." + target.getFileName() + "-";
            try (Child child = Child.run(nativeDir, ImportRunner.class, dir.resolve("data").toString(),
                    json.toString(), target.toString())) {
                // Killed once it has begun to write the new file.
                long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(Child.GUARD_SECONDS);
                while (!hasEntryStartingWith(hidden) && !Files.exists(target) && child.isAlive()
                        && System.nanoTime() < guard) {
                    Thread.onSpinWait();
                }
                Thread.sleep(random.nextInt(100));
                child.killAndDrain();
            }
            killedMidImport += Files.exists(target) ? 0 : 1;
            if (Files.exists(target)) {
                // Finished before the kill: then it is whole.
                try (TablebookStore store = TablebookStore.openForReading(target, options("reader-backups"))) {
                    assertEquals(actions.start(), store.loadSnapshot(), where);
                }
                continue;
            }
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            int code = new Cli(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                    new java.io.PrintStream(err, true), Clock.systemUTC(), new DataFolders(dir.resolve("data")))
                    .run(new String[] {"import", json.toString(), target.toString()});
            assertEquals(Cli.OK, code, where + ": the retry: " + err);
            assertFalse(hasEntryStartingWith(hidden), where + ": the killed import's debris is cleared");
            try (TablebookStore store = TablebookStore.openForReading(target, options("reader-backups"))) {
                assertEquals(actions.start(), store.loadSnapshot(), where);
            }
        }
        System.out.printf("Kill test (seed %d): %d kills during an import, %d before it finished%n", SEED, trials,
                killedMidImport);
        assertTrue(killedMidImport >= 1, "at least one kill landed inside the import");
    }

    private boolean hasEntryStartingWith(String prefix) throws Exception {
        try (var names = Files.list(dir)) {
            return names.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
        }
    }

    /**
     * The file that goes through the same actions without a kill, and its audit trail's digest,
     * computed again only when it has grown.
     */
    private static final class Reference {
        private final TablebookStore store;
        private final Iterator<Edit> stream;
        private int done;
        private int digestAt = -1;
        private String digest;

        Reference(TablebookStore store, Iterator<Edit> stream) {
            this.store = store;
            this.stream = stream;
        }

        /** Applies the actions up to the {@code n}th, if it is not there yet. */
        void writeUpTo(int n) {
            for (; done < n; done++) {
                Edits.write(store, RecordedActions.ACTOR, stream.next());
            }
        }

        String digest() {
            if (digestAt != done) {
                digest = RecordedActions.trail(store).digest();
                digestAt = done;
            }
            return digest;
        }
    }

    /** Wall time of each phase of a trial, and the CPU time of both JVMs, for the log. */
    private static final class Phases {
        private final StringBuilder out = new StringBuilder();
        private final long cpuStart = cpu();
        private long last = System.nanoTime();
        private final long start = last;
        private long childCpu = -1;

        void mark(String phase) {
            long now = System.nanoTime();
            out.append(phase).append('=').append(TimeUnit.NANOSECONDS.toMillis(now - last)).append("ms ");
            last = now;
        }

        void childTiming(String errors) {
            errors.lines().filter(l -> l.startsWith("TIMING ")).forEach(l -> out.append("[").append(l.substring(7))
                    .append("] "));
        }

        void childCpu(Child child) {
            childCpu = child.cpuMillis();
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        @Override
        public String toString() {
            return out + "| wall=" + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + "ms cpu="
                    + TimeUnit.NANOSECONDS.toMillis(cpu() - cpuStart) + "ms child-cpu=" + childCpu + "ms";
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

    private static long count(Path file, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toUri().getRawPath() + "?mode=ro");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private StoreOptions options(String backups) {
        return StoreOptions.defaults(Clock.systemUTC(), dir.resolve(backups));
    }
}
