package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tablebook.domain.NegotiationSnapshot;

class ExporterTest {
    private final NegotiationSnapshot sample = ReportFixture.snapshot();
    private final Exporter exporter = new Exporter(ReportFixture.CLOCK);

    /** Records every report and cancels once it has heard {@code cancelAfter} of them. */
    private static final class Recorder implements ProgressListener {
        final List<Double> fractions = new ArrayList<>();
        final List<String> steps = new ArrayList<>();
        final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void progress(double fraction, String step) {
            fractions.add(fraction);
            steps.add(step);
        }

        @Override
        public boolean isCancelled() {
            return fractions.size() >= cancelAfter;
        }
    }

    private ExportRequest request(Audience audience, ExportFormat format) {
        return new ExportRequest(sample, audience, format, ReportFixture.findings(), ReportFixture.audit(),
                Instant.parse("2026-03-01T00:00:00Z"), null);
    }

    @Test
    void eachAudienceOffersItsFormats() {
        assertEquals(Set.of(ExportFormat.PDF, ExportFormat.HTML, ExportFormat.MARKDOWN), Exporter.formatsFor(Audience.MEMBERS));
        assertEquals(Set.of(ExportFormat.PDF, ExportFormat.HTML, ExportFormat.JSON), Exporter.formatsFor(Audience.COMMITTEE));
        assertEquals(Set.of(ExportFormat.PDF, ExportFormat.DOCX), Exporter.formatsFor(Audience.CONTRACT));
        assertEquals(Set.of(ExportFormat.PDF, ExportFormat.HTML), Exporter.formatsFor(Audience.SINCE));
    }

    @Test
    void unsupportedCombinationsAreRefusedWithAReason() {
        IllegalArgumentException markdown = assertThrows(IllegalArgumentException.class,
                () -> exporter.render(request(Audience.COMMITTEE, ExportFormat.MARKDOWN), ProgressListener.NONE));
        assertEquals("Markdown is made for the membership summary, to paste into a newsletter or an email. Export the "
                + "committee report as PDF or HTML instead.", markdown.getMessage());
        IllegalArgumentException json = assertThrows(IllegalArgumentException.class,
                () -> exporter.previewHtml(request(Audience.MEMBERS, ExportFormat.JSON)));
        assertTrue(json.getMessage().contains("never made for members"), json.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> exporter.render(request(Audience.SINCE, ExportFormat.MARKDOWN), ProgressListener.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> exporter.render(request(Audience.SINCE, ExportFormat.JSON), ProgressListener.NONE));
    }

    @Test
    void theSinceReportNeedsAMoment() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExportRequest(sample, Audience.SINCE, ExportFormat.PDF, null, null, null, null));
        assertTrue(e.getMessage().startsWith("Choose the moment"));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void progressRunsFromZeroToOneWithoutGoingBack(ExportFormat format) throws Exception {
        Audience audience = format == ExportFormat.JSON ? Audience.COMMITTEE
                : format == ExportFormat.DOCX ? Audience.CONTRACT : Audience.MEMBERS;
        Recorder recorder = new Recorder(Integer.MAX_VALUE);
        exporter.export(request(audience, format), new ByteArrayOutputStream(), recorder);
        assertEquals(0.0, recorder.fractions.get(0));
        assertEquals(1.0, recorder.fractions.get(recorder.fractions.size() - 1));
        for (int i = 1; i < recorder.fractions.size(); i++) {
            assertTrue(recorder.fractions.get(i) >= recorder.fractions.get(i - 1), recorder.fractions.toString());
        }
        assertEquals("Done", recorder.steps.get(recorder.steps.size() - 1));
    }

    @Test
    void aCancelledExportWritesNothingAndLeavesTheOldFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.pdf");
        Files.writeString(file, "the previous export");
        for (int after = 1; after <= 4; after++) {
            Recorder recorder = new Recorder(after);
            assertThrows(CancellationException.class,
                    () -> exporter.export(request(Audience.COMMITTEE, ExportFormat.PDF), file, recorder));
            assertEquals("the previous export", Files.readString(file), "cancelled after " + after + " reports");
            try (var files = Files.list(dir)) {
                assertEquals(1, files.count(), "no temporary file is left behind");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(CancellationException.class,
                () -> exporter.export(request(Audience.MEMBERS, ExportFormat.PDF), out, new Recorder(2)));
        assertEquals(0, out.size(), "nothing reaches the stream");
    }

    @Test
    void anExportToAPathReplacesTheFileWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out").resolve("summary.md");
        exporter.export(request(Audience.MEMBERS, ExportFormat.MARKDOWN), file, ProgressListener.NONE);
        assertTrue(Files.readString(file).startsWith("# Riverside General 2026 contract\n"));
        Path pdf = dir.resolve("report.pdf");
        exporter.export(request(Audience.COMMITTEE, ExportFormat.PDF), pdf, ProgressListener.NONE);
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
    }

    @Test
    void theJsonExportIsTheBackup() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(ExportRequest.backup(sample), out, ProgressListener.NONE);
        assertArrayEquals(new BackupWriter().write(sample).getBytes(StandardCharsets.UTF_8), out.toByteArray());
        assertEquals(sample, new BackupReader().read(out.toString(StandardCharsets.UTF_8)).snapshot());
    }

    @Test
    void thePreviewIsTheDocumentOrWhatWillBeSent() {
        String html = exporter.previewHtml(request(Audience.MEMBERS, ExportFormat.PDF));
        assertEquals(MembershipRenderer.html(MembershipSummary.of(sample, ReportFixture.CLOCK), PageSize.LETTER), html);
        Xhtml markdown = Xhtml.parse(exporter.previewHtml(request(Audience.MEMBERS, ExportFormat.MARKDOWN)));
        assertTrue(markdown.text("//pre").startsWith("# Riverside General 2026 contract"));
        Xhtml backup = Xhtml.parse(exporter.previewHtml(ExportRequest.backup(sample)));
        assertTrue(backup.text("//h1").startsWith("CONFIDENTIAL backup"));
        assertTrue(backup.texts("//tr").contains("demands 6"));
        Xhtml since = Xhtml.parse(exporter.previewHtml(request(Audience.SINCE, ExportFormat.HTML)));
        assertTrue(since.text("//h1").equals("Riverside General 2026 contract"));
    }

    @Test
    void fileNamesSayWhatAndWhen() {
        assertEquals("riverside-general-2026-contract-membership-summary-2026-03-14.pdf",
                exporter.suggestedFileName(request(Audience.MEMBERS, ExportFormat.PDF)));
        assertEquals("riverside-general-2026-contract-committee-report-CONFIDENTIAL-2026-03-14.html",
                exporter.suggestedFileName(request(Audience.COMMITTEE, ExportFormat.HTML)));
        assertEquals("riverside-general-2026-contract-backup-2026-03-14.json",
                exporter.suggestedFileName(ExportRequest.backup(sample)));
        assertEquals("zoe-aeroskobing", Exporter.slug("Zoë Ærøskøbing"));
        assertEquals("negotiation", Exporter.slug("李小龍"));
    }

    @Test
    void sinceTheEndOfASession() {
        var session = sample.session(ReportFixture.S2).orElseThrow();
        Instant end = ExportRequest.endOf(session, ReportFixture.ZONE);
        assertEquals(Instant.parse("2026-02-17T18:30:00Z"), end, "12:30 PM in Chicago");
        String page = exporter.previewHtml(ExportRequest.since(sample, ExportFormat.HTML, end, ReportFixture.audit(),
                List.of()));
        assertFalse(page.contains("2% each year"), "the pass logged during that session came before its end");
        assertTrue(page.contains("5.5% each year"));
    }
}
