package org.tablebook.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.minutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Person;
import org.tablebook.export.Audience;
import org.tablebook.export.ExportFormat;
import org.tablebook.export.ExportLanguages;
import org.tablebook.export.Exporter;
import org.tablebook.rules.RulesEngine;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.QueuedTaskRunner;

class ExportViewModelTest {
    private static final Clock CLOCK = SnapshotBuilder.clockOn(SnapshotBuilder.day(10));

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private PreferencesStore preferences;
    private ExportViewModel viewModel;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void setUp() throws Exception {
        SnapshotBuilder b = SnapshotBuilder.union().title("Riverside contract");
        Person dana = b.ours("Dana Reyes");
        Person sam = b.ours("Sam Ortiz");
        b.demand("U-1", "Safe staffing").publicSummary("Enough nurses on every shift").add();
        b.demand("U-2", "Strike fund").confidential().add();
        b.session(SnapshotBuilder.day(3)).attendees(dana, sam).add();
        b.sidebar("Wages").attendees(dana, sam).ran(minutes(10), minutes(40)).add();
        file = OpenNegotiation.holding(b.build(), dir, CLOCK, "Dana Reyes");
        NegotiationDocument document = file.document();
        preferences = new PreferencesStore(dir.resolve("preferences.json"));
        viewModel = new ExportViewModel(document, new Exporter(CLOCK), RulesEngine.standard(), CLOCK, document.tasks(), dialogs,
                preferences);
        viewModel.open();
    }

    @AfterEach
    void tearDown() {
        file.close();
        preferences.close();
    }

    @Test
    void theFormatsOfferedFollowTheAudience() {
        assertEquals(List.of(ExportFormat.PDF, ExportFormat.HTML, ExportFormat.MARKDOWN), viewModel.formats());
        viewModel.formatProperty().set(ExportFormat.MARKDOWN);
        viewModel.audienceProperty().set(Audience.COMMITTEE);
        assertEquals(List.of(ExportFormat.PDF, ExportFormat.HTML, ExportFormat.JSON), viewModel.formats());
        assertEquals(ExportFormat.PDF, viewModel.formatProperty().get(), "Markdown is not offered to the committee");
    }

    @Test
    void aPreviewReplacedByANewerOneDoesNotSayItWasCancelledOverIt() {
        QueuedTaskRunner exports = new QueuedTaskRunner();
        NegotiationDocument document = file.document();
        ExportViewModel queued = new ExportViewModel(document, new Exporter(CLOCK), RulesEngine.standard(), CLOCK,
                exports, dialogs, preferences);
        queued.open();
        queued.refreshPreview();
        queued.formatProperty().set(ExportFormat.MARKDOWN);
        queued.refreshPreview();

        // The newer preview finishes first; the older one, cancelled, after it.
        exports.drainNewestFirst();

        assertEquals("", queued.statusProperty().get(), "the newer preview's status stays");
        assertFalse(queued.previewTextProperty().get().isEmpty(), "the newer preview is shown");
        assertFalse(queued.busyProperty().get());
    }

    @Test
    void thePdfPreviewShowsTheFirstPagesAsImages() {
        viewModel.refreshPreview();
        assertFalse(viewModel.previewPages().isEmpty());
        byte[] first = viewModel.previewPages().get(0);
        assertEquals((byte) 0x89, first[0]);
        assertEquals('P', first[1]);
        assertTrue(viewModel.previewNoteProperty().get().endsWith("page.")
                || viewModel.previewNoteProperty().get().endsWith("pages."), viewModel.previewNoteProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void theMarkdownPreviewIsTheTextAndKeepsTheConfidentialOut() {
        viewModel.formatProperty().set(ExportFormat.MARKDOWN);
        viewModel.refreshPreview();
        String text = viewModel.previewTextProperty().get();
        assertTrue(text.contains("Enough nurses on every shift"), text);
        assertFalse(text.contains("Strike fund"), text);
        assertFalse(text.contains("Dana Reyes"), text);
    }

    @Test
    void exportingWritesTheFileAndRemembersTheFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("reports")).resolve("summary.html");
        viewModel.formatProperty().set(ExportFormat.HTML);
        viewModel.exportTo(out);
        assertTrue(Files.readString(out).contains("Safe staffing"));
        assertEquals(out.toString(), viewModel.lastWrittenProperty().get());
        assertEquals(dir.resolve("reports"), viewModel.initialFolder());
        assertTrue(viewModel.statusProperty().get().startsWith("Wrote "));
    }

    @Test
    void theSinceReportStartsFromTheLastSessionAndRefusesAnImpossibleDate() throws Exception {
        viewModel.audienceProperty().set(Audience.SINCE);
        assertEquals(1, viewModel.sinceChoices().size());
        assertEquals(SnapshotBuilder.day(3).toString(), viewModel.sinceDateProperty().get());
        viewModel.sinceDateProperty().set("2026-02-30");
        Path out = dir.resolve("since.pdf");
        viewModel.exportTo(out);
        assertFalse(Files.exists(out));
        assertEquals("The date \"2026-02-30\" is not a real date: February 2026 has 28 days.",
                viewModel.sinceErrorProperty().get());
        assertEquals("Nothing was written.", viewModel.statusProperty().get());
        viewModel.sinceDateProperty().set("2026-03-01");
        assertEquals(null, viewModel.sinceErrorProperty().get());
        viewModel.exportTo(out);
        assertTrue(Files.size(out) > 1000);
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        Path out = dir.resolve("committee.pdf");
        viewModel.audienceProperty().set(Audience.COMMITTEE);
        // Cancel as soon as the work reports progress: what a person pressing Cancel does.
        viewModel.progressProperty().addListener((obs, was, is) -> viewModel.cancel());
        viewModel.exportTo(out);
        assertFalse(Files.exists(out));
        assertEquals("Cancelled. Nothing was written.", viewModel.statusProperty().get());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("committee")));
        }
    }

    @Test
    void theMoneyTickAddsTheSettledCostToTheSummaryOnly() throws Exception {
        java.time.Clock may = java.time.Clock.fixed(java.time.Instant.parse("2026-05-12T14:30:00Z"),
                java.time.ZoneId.of("America/Chicago"));
        try (OpenNegotiation sample = OpenNegotiation.holding(org.tablebook.domain.sample.SampleNegotiation.build(may),
                Files.createDirectories(dir.resolve("sample")), may, "Dana Reyes")) {
            ExportViewModel vm = new ExportViewModel(sample.document(), new Exporter(may), RulesEngine.standard(), may,
                    sample.document().tasks(), dialogs, preferences);
            vm.open();
            vm.formatProperty().set(ExportFormat.MARKDOWN);
            assertFalse(vm.withMoneyProperty().get(), "off until the committee ticks it");
            vm.refreshPreview();
            assertFalse(vm.previewTextProperty().get().contains("$1,250,415.00"), vm.previewTextProperty().get());

            vm.withMoneyProperty().set(true);
            vm.refreshPreview();
            String text = vm.previewTextProperty().get();
            assertTrue(text.contains("Settled so far, over the whole contract:** $1,250,415.00"), text);
            assertTrue(text.contains("Average per person per year:** $225.30"), text);
            Path out = dir.resolve("summary.md");
            vm.exportTo(out);
            assertTrue(Files.readString(out).contains("$1,250,415.00"));
        }
    }

    @Test
    void theSummaryCanBeWrittenInBothLanguagesTheCommitteeReportInEither() throws Exception {
        assertEquals(List.of(ExportLanguages.ENGLISH, ExportLanguages.SPANISH, ExportLanguages.BOTH),
                viewModel.languageChoices());
        viewModel.languagesProperty().set(ExportLanguages.BOTH);
        viewModel.formatProperty().set(ExportFormat.MARKDOWN);
        Path out = dir.resolve("summary.md");
        viewModel.exportTo(out);
        String text = Files.readString(out);
        assertTrue(text.contains("## At a glance") && text.contains("## De un vistazo"), text);
        assertTrue(viewModel.suggestedFileName().contains("membership-summary-en-es"), viewModel.suggestedFileName());

        viewModel.audienceProperty().set(Audience.COMMITTEE);
        assertEquals(List.of(ExportLanguages.ENGLISH, ExportLanguages.SPANISH), viewModel.languageChoices());
        assertEquals(ExportLanguages.ENGLISH, viewModel.languagesProperty().get(), "both is not offered for the committee");
        viewModel.audienceProperty().set(Audience.SINCE);
        assertEquals(List.of(ExportLanguages.ENGLISH, ExportLanguages.SPANISH), viewModel.languageChoices());
    }

    @Test
    void anExportOntoTheOpenNegotiationByAnyNameIsRefusedAndTheFileIsUntouched() throws Exception {
        Path file = this.file.store().file();
        byte[] before = Files.readAllBytes(file);
        Path link = Files.createSymbolicLink(dir.resolve("summary.pdf"), file);
        for (Path target : List.of(file, file.getParent().resolve("./" + file.getFileName()), link)) {
            dialogs.errors.clear();
            viewModel.exportTo(target);
            assertEquals("Nothing was written.", viewModel.statusProperty().get());
            assertEquals(1, dialogs.errors.size(), target.toString());
            assertTrue(dialogs.errors.get(0).contains("is the negotiation file itself"), dialogs.errors.get(0));
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the negotiation is byte for byte as it was");
        }
        assertTrue(Files.isSymbolicLink(link), "the link is left as it was");
    }

    /** A system that records what it was asked to open, or refuses as a desktop without a program would. */
    private static final class RecordingFiles implements org.tablebook.ui.common.SystemFiles {
        final List<String> asked = new java.util.ArrayList<>();
        boolean refuse;

        @Override
        public void open(Path file) throws java.io.IOException {
            asked.add("open " + file);
            if (refuse) {
                throw new java.io.IOException("no program opens .html files here");
            }
        }

        @Override
        public void showInFolder(Path file) throws java.io.IOException {
            asked.add("folder " + file);
            if (refuse) {
                throw new java.io.IOException("no file manager");
            }
        }
    }

    private ExportViewModel withSystem(RecordingFiles files, Path documents) {
        ExportViewModel vm = new ExportViewModel(file.document(), new Exporter(CLOCK), RulesEngine.standard(), CLOCK,
                file.document().tasks(), dialogs, preferences, files, () -> documents);
        vm.open();
        return vm;
    }

    @Test
    void theFirstExportIsOfferedTheDocumentsFolderThenWhereTheLastOneWent() throws Exception {
        Path documents = Files.createDirectories(dir.resolve("Documents"));
        ExportViewModel vm = withSystem(new RecordingFiles(), documents);
        assertEquals(documents, vm.initialFolder());

        Path reports = Files.createDirectories(dir.resolve("reports"));
        vm.formatProperty().set(ExportFormat.HTML);
        vm.exportTo(reports.resolve("summary.html"));
        assertEquals(reports, vm.initialFolder());
        vm.open();
        assertEquals(reports, withSystem(new RecordingFiles(), documents).initialFolder(), "remembered");

        // The folder of the last export has gone: the documents folder again.
        Files.delete(reports.resolve("summary.html"));
        Files.delete(reports);
        assertEquals(documents, withSystem(new RecordingFiles(), documents).initialFolder());
    }

    @Test
    void aWrittenExportCanBeOpenedOrShownInItsFolder() throws Exception {
        RecordingFiles files = new RecordingFiles();
        ExportViewModel vm = withSystem(files, dir);
        assertFalse(vm.canOpenWrittenProperty().get(), "nothing written yet");
        Path out = dir.resolve("summary.html");
        vm.formatProperty().set(ExportFormat.HTML);
        vm.exportTo(out);
        assertTrue(vm.canOpenWrittenProperty().get());
        vm.openWritten();
        vm.showWrittenInFolder();
        assertEquals(List.of("open " + out.toRealPath(), "folder " + out.toRealPath()), files.asked);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        vm.open();
        assertFalse(vm.canOpenWrittenProperty().get(), "the dialog opened again offers a new export");
    }

    @Test
    void aSystemThatCannotOpenTheExportSaysSoAndWhere() throws Exception {
        RecordingFiles files = new RecordingFiles();
        files.refuse = true;
        ExportViewModel vm = withSystem(files, dir);
        Path out = dir.resolve("summary.html");
        vm.formatProperty().set(ExportFormat.HTML);
        vm.exportTo(out);
        vm.openWritten();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("no program opens .html files here"), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("summary.html"), dialogs.errors.get(0));
        assertTrue(Files.exists(out), "the export stays written");
    }
}
