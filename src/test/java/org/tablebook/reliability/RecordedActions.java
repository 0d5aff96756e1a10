package org.tablebook.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.StressNegotiation;
import org.tablebook.domain.sample.StressNegotiation.Edit;
import org.tablebook.domain.sample.StressNegotiation.Size;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/**
 * The recorded actions the reliability tests replay: a small generated negotiation and the seeded
 * stream of everyday edits on it. The same seed always gives the same records and the same
 * actions, so a test can say exactly what a file must hold after the first {@code n} of them.
 */
final class RecordedActions {
    static final Size SIZE = new Size(24, 80, 400, 12, 40, 40);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T22:00:00Z"), ZoneId.of("America/Chicago"));
    static final String ACTOR = "Dana Reyes";
    static final String CREATE_LABEL = "Create the recorded negotiation";

    private final long seed;
    private final NegotiationSnapshot start;

    RecordedActions(long seed) {
        this.seed = seed;
        this.start = StressNegotiation.build(seed, SIZE, CLOCK);
    }

    NegotiationSnapshot start() {
        return start;
    }

    /** A fresh stream of the actions, from the first. */
    Iterator<Edit> stream() {
        return StressNegotiation.edits(start, seed + 1, CLOCK);
    }

    /** The first {@code n} actions. */
    List<Edit> first(int n) {
        Iterator<Edit> stream = stream();
        List<Edit> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(stream.next());
        }
        return out;
    }

    /** Every record the file must hold after the first {@code n} actions. */
    Map<EntityRef, Entity> after(int n) {
        return StressNegotiation.apply(start, first(n));
    }

    /** Writes the starting negotiation into a new file. */
    Path create(Path file, StoreOptions options) throws Exception {
        TablebookStore.createFrom(file, start, ACTOR, CREATE_LABEL, options).close();
        return file;
    }

    /**
     * The number of actions committed to a store after its creation. The trail is streamed, never
     * held: a long run's trail does not fit in the writer's small heap.
     */
    static int committedCount(TablebookStore store) {
        int[] changes = {0};
        String[] last = {null};
        String[] first = {null};
        store.audit().forEach(e -> {
            if (!e.changeId().equals(last[0])) {
                if (changes[0]++ == 0) {
                    first[0] = e.label();
                }
                last[0] = e.changeId();
            }
        });
        if (!CREATE_LABEL.equals(first[0])) {
            throw new IllegalStateException("The file does not start with the recorded negotiation: " + first[0]);
        }
        return changes[0] - 1;
    }

    /**
     * A file's audit trail in one pass: how many actions were committed after the creation, and a
     * digest of what must match between two files that lived through the same actions: the number
     * of rows and, row by row, the action's label and actor, the record, what was done and the
     * record before and after, each change by its place in the trail. (Times and change ids are the
     * writer's own and differ.) Streamed, so a long trail is compared without being held.
     */
    record Trail(int committed, String digest) {
    }

    static Trail trail(TablebookStore store) {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long[] rows = {0, -1};
        String[] last = {null};
        String[] first = {null};
        store.audit().forEach(e -> {
            if (!e.changeId().equals(last[0])) {
                if (++rows[1] == 0) {
                    first[0] = e.label();
                }
                last[0] = e.changeId();
            }
            rows[0]++;
            String row = String.join("\u0000", Long.toString(rows[1]), e.label(), e.actor(), e.entity().name(),
                    e.entityId(), e.action().name(), String.valueOf(e.beforeJson()), String.valueOf(e.afterJson()));
            digest.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        });
        if (!CREATE_LABEL.equals(first[0])) {
            throw new IllegalStateException("The file does not start with the recorded negotiation: " + first[0]);
        }
        return new Trail((int) rows[1], rows[0] + " rows in " + (rows[1] + 1) + " changes, "
                + java.util.HexFormat.of().formatHex(digest.digest()));
    }

    static Map<EntityRef, Entity> records(NegotiationSnapshot snapshot) {
        return snapshot.entities().collect(Collectors.toMap(EntityRef::of, e -> e));
    }
}
