package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.SampleNegotiation;

class ContractExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T14:30:00Z"), ZoneId.of("America/Chicago"));
    private final NegotiationSnapshot sample = SampleNegotiation.build(CLOCK);

    @Test
    void theWordDocumentHoldsTheTaTextsInArticleOrderAndMarksChanges() throws Exception {
        byte[] docx = new Exporter(CLOCK).render(ExportRequest.contract(sample, ExportFormat.DOCX), ProgressListener.NONE);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<String> headings = paragraphs.stream().filter(p -> p.startsWith("Article ")).distinct().toList();
            assertEquals(List.of("Article 1 Recognition", "Article 14 Hours of Work", "Article 15 Staffing",
                    "Article 20 Wages", "Article 31 Workplace Safety"), headings);
            assertTrue(paragraphs.contains("Two trained security officers shall be posted in the Emergency "
                    + "Department on every shift."), "the TA's text is in the clean copy");
            assertTrue(paragraphs.contains("20.1 Wage Rates [OPEN: still on the table]"));
            List<String> struck = new ArrayList<>();
            List<String> underlined = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    if (r.isStrikeThrough()) {
                        struck.add(r.text());
                    } else if (r.getUnderline() != org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE) {
                        underlined.add(r.text());
                    }
                }
            }
            assertTrue(struck.contains("The Employer shall provide"), struck.toString());
            assertTrue(underlined.contains(" Two trained"), underlined.toString());
        }
    }

    @Test
    void thePdfRendersTheRedlineAndTheCleanCopy() throws Exception {
        byte[] pdf = new Exporter(CLOCK).render(ExportRequest.contract(sample, ExportFormat.PDF), ProgressListener.NONE);
        Path out = Path.of("target", "export-samples");
        Files.createDirectories(out);
        Files.write(out.resolve("new-contract.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Redline against the current contract") && text.contains("Clean copy"));
            assertTrue(text.contains("OPEN"));
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            ImageIO.write(page, "png", out.resolve("new-contract-page1.png").toFile());
            assertTrue(page.getWidth() > 0 && page.getHeight() > 0);
        }
    }

    @Test
    void theNewContractSpeaksSpanishAroundTheContractsOwnText() throws Exception {
        ExportRequest docxRequest = ExportRequest.contract(sample, ExportFormat.DOCX)
                .inLanguages(List.of(org.tablebook.domain.Language.SPANISH));
        byte[] docx = new Exporter(CLOCK).render(docxRequest, ProgressListener.NONE);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("Artículo 20 Wages")), paragraphs.toString());
            assertTrue(paragraphs.stream().noneMatch(p -> p.startsWith("Article ")), "no English heading");
        }
        byte[] pdf = new Exporter(CLOCK).render(ExportRequest.contract(sample, ExportFormat.PDF)
                .inLanguages(List.of(org.tablebook.domain.Language.SPANISH)), ProgressListener.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(!text.contains("Redline against the current contract") && !text.contains("Clean copy"), text);
            assertTrue(text.contains("de mayo de 2026"), "the date in Spanish");
        }
    }
}
