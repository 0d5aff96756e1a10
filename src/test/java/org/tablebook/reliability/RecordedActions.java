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

    /** The labels of the actions committed to a store after its creation, in the order they were made. */
    static List<String> committedLabels(TablebookStore store) {
        List<String> labels = new ArrayList<>();
        String last = null;
        for (AuditEntry e : store.audit().list()) {
            if (!e.changeId().equals(last)) {
                labels.add(e.label());
                last = e.changeId();
            }
        }
        if (labels.isEmpty() || !labels.get(0).equals(CREATE_LABEL)) {
            throw new IllegalStateException("The file does not start with the recorded negotiation: " + labels);
        }
        return labels.subList(1, labels.size());
    }

    static Map<EntityRef, Entity> records(NegotiationSnapshot snapshot) {
        return snapshot.entities().collect(Collectors.toMap(EntityRef::of, e -> e));
    }
}
