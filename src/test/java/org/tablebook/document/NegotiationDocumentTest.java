package org.tablebook.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.testing.MutableClock;
import org.tablebook.testing.OpenNegotiation;

/** The one door to the open file: undo and redo, their stacks, the audit trail, the last change. */
class NegotiationDocumentTest {
    private static final Instant T0 = Instant.parse("2026-03-03T14:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0);
    private OpenNegotiation file;
    private NegotiationDocument document;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, clock, "Dana Reyes");
        document = file.document();
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private void add(String name) {
        Person p = Person.create(name, Side.OURS, PersonRole.STAFF, false, clock.instant());
        document.change("Add " + name, w -> {
            w.insert(p);
            return p;
        }, x -> { }, e -> {
            throw new AssertionError(e);
        });
    }

    private static <T> T only(List<T> values) {
        assertEquals(1, values.size(), values::toString);
        return values.get(0);
    }

    @Test
    void undoAndRedoPublishTheSnapshotAndNameWhatTheyDid() {
        add("Pat Kim");
        List<UndoStacks> stacks = new ArrayList<>();
        document.undoStacks(stacks::add);
        assertEquals(Optional.of("Add Pat Kim"), only(stacks).nextUndo());

        List<Optional<String>> done = new ArrayList<>();
        document.undo(done::add, e -> {
            throw new AssertionError(e);
        });
        assertEquals(Optional.of("Add Pat Kim"), only(done));
        assertTrue(document.snapshot().people().isEmpty(), "the screens see the undo at once");

        done.clear();
        document.redo(done::add, e -> {
            throw new AssertionError(e);
        });
        assertEquals(Optional.of("Add Pat Kim"), only(done));
        assertEquals("Pat Kim", only(document.snapshot().people()).name());
    }

    @Test
    void theAuditTrailAndTheLastChangeAreReadThroughTheDocument() {
        add("Pat Kim");
        clock.advance(Duration.ofHours(1));
        Instant between = clock.instant();
        clock.advance(Duration.ofHours(1));
        add("Lee Park");

        List<List<AuditEntry>> since = new ArrayList<>();
        document.auditSince(between, since::add, e -> {
            throw new AssertionError(e);
        });
        assertEquals("Add Lee Park", only(only(since)).label());

        List<Optional<AuditEntry>> last = new ArrayList<>();
        document.lastChange(last::add, e -> {
            throw new AssertionError(e);
        });
        AuditEntry latest = only(last).orElseThrow();
        assertEquals("Add Lee Park", latest.label());
        assertEquals("Dana Reyes", latest.actor());
    }
}
