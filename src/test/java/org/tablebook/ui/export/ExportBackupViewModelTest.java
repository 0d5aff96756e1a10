package org.tablebook.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.Workspace;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Side;
import org.tablebook.export.Audience;
import org.tablebook.export.Backup;
import org.tablebook.export.BackupReader;
import org.tablebook.export.ExportFormat;
import org.tablebook.export.Exporter;
import org.tablebook.rules.RulesEngine;
import org.tablebook.store.StoreOptions;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.testing.TestFiles;
import org.tablebook.ui.common.FakeDialogService;

/** The backup made from the export dialog carries the file's whole audit trail. */
class ExportBackupViewModelTest {
    private static final Clock CLOCK = SnapshotBuilder.clockOn(SnapshotBuilder.day(10));

    @TempDir
    Path dir;
    private Workspace workspace;
    private PreferencesStore preferences;
    private ExportViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        SnapshotBuilder b = SnapshotBuilder.union().title("Riverside contract");
        b.ours("Dana Reyes");
        StoreOptions options = StoreOptions.defaults(CLOCK, dir.resolve("backups"));
        TestFiles.write(dir.resolve("n.tablebook"), b.build(), options);
        workspace = new Workspace(options);
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        NegotiationDocument document = new NegotiationDocument(workspace, tasks, () -> "Sam Ortiz");
        document.show(workspace.open(dir.resolve("n.tablebook")).snapshot());
        document.change("Add a demand", w -> {
            w.insert(Demand.create("U-1", "Safe staffing", Side.OURS, CLOCK.instant()));
            return null;
        }, s -> { }, e -> { throw new AssertionError(e); });
        preferences = new PreferencesStore(dir.resolve("preferences.json"));
        viewModel = new ExportViewModel(document, new Exporter(CLOCK), RulesEngine.standard(), CLOCK, tasks,
                new FakeDialogService(), preferences);
        viewModel.open();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
        preferences.close();
    }

    @Test
    void theJsonBackupHoldsTheAuditTrail() throws Exception {
        viewModel.audienceProperty().set(Audience.COMMITTEE);
        viewModel.formatProperty().set(ExportFormat.JSON);
        Path target = dir.resolve("backup.json");
        viewModel.exportTo(target);
        Backup backup = new BackupReader().read(target);
        assertFalse(backup.auditTrail().isEmpty());
        assertEquals(workspace.store().audit().list(), backup.auditTrail());
        assertEquals("Sam Ortiz", backup.auditTrail().get(backup.auditTrail().size() - 1).actor());
    }
}
