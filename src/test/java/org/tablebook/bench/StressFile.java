package org.tablebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.StressNegotiation;
import org.tablebook.domain.sample.StressNegotiation.Edit;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.Edits;
import org.tablebook.testing.MutableClock;

/**
 * The stress file the benchmarks open: {@link StressNegotiation} at its full size written with
 * {@code createFrom} (one CREATE audit row per record), then the generated everyday edits, each one
 * user action through {@link TablebookStore#write}, until the audit trail holds 100,000 rows.
 * Always the same content for the same seed; written under a temporary name and moved into place
 * once complete, so a half-written file is never measured.
 */
public final class StressFile {
    public static final long SEED = 1127;
    public static final int AUDIT_ROWS = 100_000;
    /** The clock the negotiation is dated by, and the rules are evaluated at. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T22:00:00Z"), ZoneId.of("America/Chicago"));
    private static final String ACTOR = "Dana Reyes";

    private StressFile() {
    }

    /** The stress negotiation as built, before any edit. */
    public static NegotiationSnapshot snapshot() {
        return StressNegotiation.build(SEED, CLOCK);
    }

    /** Writes the stress file at {@code file} unless it is already there; returns how long writing took. */
    public static Duration ensure(Path file) throws Exception {
        if (Files.exists(file)) {
            return Duration.ZERO;
        }
        long t0 = System.nanoTime();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + suffix));
        }
        NegotiationSnapshot snapshot = snapshot();
        MutableClock audit = new MutableClock(CLOCK.instant().minus(Duration.ofDays(31)), CLOCK.getZone());
        StoreOptions options = StoreOptions.defaults(audit, file.toAbsolutePath().getParent().resolve("backups"));
        long rows;
        long edits = 0;
        try (TablebookStore store = TablebookStore.createFrom(partial, snapshot, ACTOR,
                "Import the stress negotiation", options)) {
            rows = snapshot.entities().count();
            System.err.printf("  %d records written in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
            Iterator<Edit> stream = StressNegotiation.edits(snapshot, SEED + 1, CLOCK);
            while (rows < AUDIT_ROWS) {
                Edit edit = stream.next();
                audit.advance(Duration.ofSeconds(20));
                Edits.write(store, ACTOR, edit);
                rows += Edits.auditRows(edit);
                edits++;
            }
        }
        long counted = count(partial, "SELECT count(*) FROM audit_entry");
        if (counted != rows) {
            throw new IllegalStateException("The audit trail holds " + counted + " rows, not the " + rows + " written.");
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        System.err.printf("  %d edits, %d audit rows, %.1f MB, in %.1f s%n", edits, rows, Files.size(file) / 1e6,
                took.toMillis() / 1e3);
        return took;
    }

    static long count(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** {@code StressFile FILE}: writes the stress file (if it is not there yet). */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/stress.tablebook");
        Duration took = ensure(file);
        System.out.println(took.isZero() ? file + " is already there." : "Wrote " + file + " in " + took.toMillis()
                + " ms.");
    }
}
