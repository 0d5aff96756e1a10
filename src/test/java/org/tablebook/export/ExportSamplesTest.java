package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Writes one document of each kind to target/export-samples so that people can look at them, and
 * checks what can be checked of a PDF: pages, embedded fonts, text that prints.
 */
class ExportSamplesTest {
    static final Path SAMPLES = Path.of("target", "export-samples");
    private final Exporter exporter = new Exporter(ReportFixture.CLOCK);

    private Path write(ExportRequest request, String name) throws Exception {
        Files.createDirectories(SAMPLES);
        Path file = SAMPLES.resolve(name + "." + request.format().extension());
        exporter.export(request, file, ProgressListener.NONE);
        return file;
    }

    private static String text(PDDocument pdf) throws Exception {
        return new PDFTextStripper().getText(pdf);
    }

    /** Every font is embedded, DejaVu Sans for the text; a fallback only for what it lacks. */
    private static void assertFontsEmbedded(PDDocument pdf) throws Exception {
        boolean dejaVu = false;
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                dejaVu |= font.getName().contains("DejaVuSans");
            }
        }
        assertTrue(dejaVu, "the text is set in DejaVu Sans");
    }

    @Test
    void membershipSummary() throws Exception {
        var snapshot = ReportFixture.snapshot();
        Path pdfFile = write(ExportRequest.members(snapshot, ExportFormat.PDF), "membership-summary");
        write(ExportRequest.members(snapshot, ExportFormat.HTML), "membership-summary");
        write(ExportRequest.members(snapshot, ExportFormat.MARKDOWN), "membership-summary");
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            String text = text(pdf);
            assertFontsEmbedded(pdf);
            assertTrue(text.contains("Riverside General 2026 contract"));
            assertTrue(text.contains("Page 1 of " + pdf.getNumberOfPages()), "page numbers in the footer");
            assertEquals("Riverside General 2026 contract: bargaining update of March 14, 2026", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void committeeReportIsMarkedOnEveryPageAndPrintsNames() throws Exception {
        var request = ExportRequest.committee(ReportFixture.snapshot(), ExportFormat.PDF, ReportFixture.findings());
        Path pdfFile = write(request, "committee-report");
        write(request.withPageSize(PageSize.A4), "committee-report-a4");
        write(ExportRequest.committee(ReportFixture.snapshot(), ExportFormat.HTML, ReportFixture.findings()),
                "committee-report");
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            assertTrue(pdf.getNumberOfPages() > 1);
            assertFontsEmbedded(pdf);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(pdf).contains("CONFIDENTIAL"), "page " + page + " is marked");
            }
            String text = text(pdf);
            assertTrue(text.contains("Zoë Ærøskøbing"), "accented Latin names print");
            assertTrue(text.contains("李小龍"), "a name no font here draws is still in the text layer");
            assertTrue(text.contains(ReportFixture.SIDEBAR_NOTES));
        }
    }

    @Test
    void committeeReportInSpanishIsMarkedOnEveryPage() throws Exception {
        var request = ExportRequest.committee(ReportFixture.snapshot(), ExportFormat.PDF, ReportFixture.findings())
                .inLanguages(java.util.List.of(org.tablebook.domain.Language.SPANISH));
        Path pdfFile = write(request, "committee-report-es");
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains("CONFIDENCIAL") && text.contains("Página"), "page " + page + " is marked");
            }
        }
    }

    @Test
    void sinceReport() throws Exception {
        var request = ExportRequest.since(ReportFixture.snapshot(), ExportFormat.PDF,
                Instant.parse("2026-03-01T00:00:00Z"), ReportFixture.audit(), ReportFixture.findings());
        Path pdfFile = write(request, "changes-since");
        write(ExportRequest.since(ReportFixture.snapshot(), ExportFormat.HTML, Instant.parse("2026-03-01T00:00:00Z"),
                ReportFixture.audit(), ReportFixture.findings()), "changes-since");
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            assertFontsEmbedded(pdf);
            String text = text(pdf);
            assertTrue(text.contains("CONFIDENTIAL"));
            assertTrue(text.contains("5.5% each year"));
            assertFalse(text.contains("2% each year"), "a pass before the chosen moment is not listed");
        }
    }
}
