package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Demand;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Side;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.MutableClock;

/**
 * The JSON backup carries the audit trail: a file restored from it says who recorded what and
 * when, keeps each person's undo and redo history, and writes the same backup again.
 */
class BackupAuditTrailTest {
    private static final String DANA = "Dana Reyes";
    private static final String SAM = "Sam Ortiz";
    private static final String IMPORTER = "someone-else";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T14:00:00Z"));
    private TablebookStore original;

    private StoreOptions options() {
        return StoreOptions.defaults(clock, dir.resolve("backups"));
    }

    /** A file with changes by two people, an undo and a redo. */
    @BeforeEach
    void twoPeopleWork() throws Exception {
        original = TablebookStore.createFrom(dir.resolve("a.tablebook"), ReportFixture.snapshot(), DANA,
                "Import sample.json", options());
        clock.advance(Duration.ofMinutes(5));
        Demand added = Demand.create("U-99", "Parking", Side.OURS, clock.instant());
        original.write(SAM, "Add a demand", w -> {
            w.insert(added);
            return null;
        });
        clock.advance(Duration.ofMinutes(5));
        Demand first = original.loadSnapshot().demands().get(0);
        Demand renamed = new Demand(first.id(), first.code(), first.article(), first.title() + " (revised)",
                first.description(), first.publicSummary(), first.proposedBy(), first.category(), first.priority(),
                first.subject(), first.origin(), first.originNote(), first.status(), first.confidential(),
                first.createdAt(), clock.instant());
        original.write(DANA, "Edit a demand", w -> {
            w.update(renamed);
            return null;
        });
        clock.advance(Duration.ofMinutes(5));
        original.history().undo(SAM);
        clock.advance(Duration.ofMinutes(5));
        original.history().undo(DANA);
        clock.advance(Duration.ofMinutes(5));
        original.history().redo(DANA);
    }

    @AfterEach
    void close() {
        original.close();
    }

    private String backupOf(TablebookStore store) {
        byte[] bytes = new Exporter(clock).render(ExportRequest.backup(store.loadSnapshot(), store.audit().list()),
                ProgressListener.NONE);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void theRestoredFileHoldsTheSameRecordsTrailAndUndoHistory() throws Exception {
        String json = backupOf(original);
        Backup backup = new BackupReader().read(json);
        try (TablebookStore restored = TablebookStore.createFrom(dir.resolve("b.tablebook"), backup.snapshot(),
                backup.auditTrail(), IMPORTER, "Import a.json", options())) {
            NegotiationSnapshot snapshot = original.loadSnapshot();
            List<AuditEntry> trail = original.audit().list();
            assertEquals(snapshot, restored.loadSnapshot());
            assertEquals(trail, restored.audit().list(), "every row: number, change, label, time, actor, before, "
                    + "after and undo link");
            Set<String> actors = restored.audit().list().stream().map(AuditEntry::actor).collect(Collectors.toSet());
            assertEquals(Set.of(DANA, SAM), actors, "who recorded what is kept; the importer is not written in");
            assertTrue(trail.stream().filter(r -> r.revertsChangeId() != null).count() >= 3, "undo links are written");
            assertEquals(original.history().of(DANA), restored.history().of(DANA));
            assertEquals(original.history().of(SAM), restored.history().of(SAM));
            assertEquals(json, backupOf(restored), "the restored file writes the same backup");

            // The history works on: Sam can redo what he undid before the backup was made.
            assertEquals("Add a demand", restored.history().redo(SAM).orElseThrow().label());
            assertEquals("Parking", restored.loadSnapshot().demands().get(restored.loadSnapshot().demands().size() - 1)
                    .title());
        }
    }

    @Test
    void aBackupWithoutATrailIsRecordedAsOneImportByTheImporter() throws Exception {
        Backup backup = new BackupReader().read(new BackupWriter().write(original.loadSnapshot()));
        try (TablebookStore restored = TablebookStore.createFrom(dir.resolve("b.tablebook"), backup.snapshot(),
                backup.auditTrail(), IMPORTER, "Import a.json", options())) {
            assertEquals(original.loadSnapshot(), restored.loadSnapshot());
            assertEquals(Set.of("Import a.json"), restored.audit().list().stream().map(AuditEntry::label)
                    .collect(Collectors.toSet()));
            assertEquals(Set.of(IMPORTER), restored.audit().list().stream().map(AuditEntry::actor)
                    .collect(Collectors.toSet()));
        }
    }

    private String refusedAfter(java.util.function.Consumer<com.fasterxml.jackson.databind.node.ArrayNode> change)
            throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(backupOf(original));
        change.accept((com.fasterxml.jackson.databind.node.ArrayNode) root.get("auditTrail"));
        String text = JSON.writeValueAsString(root);
        return assertThrows(BackupFormatException.class, () -> new BackupReader().read(text)).getMessage();
    }

    @Test
    void aTrailThatCannotHaveBeenWrittenIsRefused() throws Exception {
        String undoPointsNowhere = refusedAfter(trail -> {
            for (var row : trail) {
                if (!row.get("revertsChangeId").isNull()) {
                    ((ObjectNode) row).put("revertsChangeId", "no-such-change");
                    return;
                }
            }
        });
        assertTrue(undoPointsNowhere.contains("field revertsChangeId") && undoPointsNowhere.contains("no-such-change"),
                undoPointsNowhere);
        String outOfOrder = refusedAfter(trail -> ((ObjectNode) trail.get(1)).put("seq", 1));
        assertTrue(outOfOrder.startsWith("auditTrail[1], field seq:"), outOfOrder);
        String createWithoutRecord = refusedAfter(trail -> ((ObjectNode) trail.get(0)).putNull("afterJson"));
        assertTrue(createWithoutRecord.startsWith("auditTrail[0], field afterJson:"), createWithoutRecord);
        String badJson = refusedAfter(trail -> ((ObjectNode) trail.get(0)).put("afterJson", "{not json"));
        assertTrue(badJson.contains("not readable"), badJson);
        String missingActor = refusedAfter(trail -> ((ObjectNode) trail.get(0)).put("actor", " "));
        assertTrue(missingActor.startsWith("auditTrail[0], field actor:"), missingActor);
    }
}
