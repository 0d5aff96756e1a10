package org.tablebook.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.StressNegotiation;
import org.tablebook.domain.sample.StressNegotiation.Edit;
import org.tablebook.domain.sample.StressNegotiation.Op;
import org.tablebook.domain.sample.StressNegotiation.Size;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.Edits;

/**
 * The snapshot a document keeps by applying what each action wrote equals the file read afresh,
 * after every kind of everyday action, its undo and its redo.
 */
class IncrementalSnapshotTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T22:00:00Z"), ZoneId.of("America/Chicago"));
    private static final Size SIZE = new Size(24, 80, 400, 12, 40, 40);
    private static final String ACTOR = "Dana Reyes";
    private static final int ACTIONS = 100;

    @TempDir
    Path dir;

    @Test
    void everyActionItsUndoAndItsRedoLeaveTheSnapshotAsAFreshRead() throws Exception {
        for (long seed : new long[] {3, 17}) {
            NegotiationSnapshot start = StressNegotiation.build(seed, SIZE, CLOCK);
            Path file = dir.resolve("n" + seed + ".tablebook");
            TablebookStore.createFrom(file, start, ACTOR, StoreOptions.defaults(CLOCK, dir.resolve("b"))).close();
            try (Workspace workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")))) {
                NegotiationDocument document = new NegotiationDocument(workspace, new ImmediateTaskRunner(),
                        () -> ACTOR);
                document.show(workspace.open(file).snapshot());
                Iterator<Edit> edits = StressNegotiation.edits(start, seed + 1, CLOCK);
                Set<String> kinds = new java.util.TreeSet<>();
                for (int i = 0; i < ACTIONS; i++) {
                    Edit edit = edits.next();
                    kinds.add(edit.label().replaceAll(" [A-Z]-\\d+.*| \".*", ""));
                    NegotiationSnapshot before = document.snapshot();
                    document.change(edit.label(), w -> {
                        Edits.apply(w, edit);
                        return null;
                    }, done -> { }, e -> {
                        throw new AssertionError(e);
                    });
                    check(document, edit.label());
                    untouchedListsAreKept(before, document.snapshot(), edit);
                    if (i % 3 == 0) {
                        workspace.store().history().undo(ACTOR);
                        document.show(document.catchUp());
                        check(document, "undo " + edit.label());
                        workspace.store().history().redo(ACTOR);
                        document.show(document.catchUp());
                        check(document, "redo " + edit.label());
                    }
                }
                for (int i = 0; i < 12; i++) {
                    workspace.store().history().undo(ACTOR);
                    document.show(document.catchUp());
                    check(document, "undo " + i + " of the last actions");
                }
                assertTrue(kinds.size() >= 8, "too few kinds of action: " + kinds);
            }
        }
    }

    /** A record re-created by an undo goes back among those created at the same time, as the file lists it. */
    @Test
    void aDeletedPassPutBackByUndoTakesItsPlaceByCreationTime() throws Exception {
        NegotiationSnapshot start = StressNegotiation.build(5, SIZE, CLOCK);
        Path file = dir.resolve("undo.tablebook");
        TablebookStore.createFrom(file, start, ACTOR, StoreOptions.defaults(CLOCK, dir.resolve("b"))).close();
        try (Workspace workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")))) {
            NegotiationDocument document = new NegotiationDocument(workspace, new ImmediateTaskRunner(), () -> ACTOR);
            document.show(workspace.open(file).snapshot());
            var pass = start.proposals().get(start.proposals().size() / 2);
            document.change("Delete pass", w -> {
                w.delete(org.tablebook.domain.EntityRef.of(pass));
                return null;
            }, done -> { }, e -> {
                throw new AssertionError(e);
            });
            check(document, "delete");
            workspace.store().history().undo(ACTOR);
            document.show(document.catchUp());
            check(document, "undo the deletion");
            assertTrue(document.snapshot().proposals().contains(pass));
        }
    }

    private static void check(NegotiationDocument document, String after) {
        NegotiationSnapshot fresh = document.workspace().store().loadSnapshot();
        assertEquals(fresh, document.snapshot(), "after " + after);
        fresh.checkConsistency();
    }

    /** The snapshot followed the action rather than reading the file: lists it did not touch are the same lists. */
    private static void untouchedListsAreKept(NegotiationSnapshot before, NegotiationSnapshot after, Edit edit) {
        Set<EntityKind> touched = EnumSet.noneOf(EntityKind.class);
        for (Op op : edit.ops()) {
            if (op instanceof StressNegotiation.Insert i) {
                touched.add(i.record().entityKind());
            } else if (op instanceof StressNegotiation.Update u) {
                touched.add(u.record().entityKind());
            } else if (op instanceof StressNegotiation.Delete d) {
                touched.add(d.ref().kind());
            }
        }
        for (EntityKind kind : EntityKind.values()) {
            if (kind != EntityKind.NEGOTIATION && !touched.contains(kind)) {
                assertSame(before.recordsOf(kind), after.recordsOf(kind), kind + " was read again after "
                        + edit.label());
            }
        }
    }
}
