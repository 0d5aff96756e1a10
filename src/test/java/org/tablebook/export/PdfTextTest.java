package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.testing.SnapshotBuilder;

/** What a PDF prints: long words within the page, and names in any script in its text layer. */
class PdfTextTest {
    private static final Clock CLOCK = SnapshotBuilder.clockAt(SnapshotBuilder.hours(3));
    /** The pages' right margin (19 mm), in points. */
    private static final float RIGHT_MARGIN = 19 / 25.4f * 72;
    private static final String GREEK = "Αλέξανδρος Παπαδόπουλος";
    private static final String CYRILLIC = "Светлана Иванова";
    private static final String ARABIC = "فاطمة الزهراء";
    /** Ethiopic is not in DejaVu Sans: printed from the system's fonts (fonts-noto-core). */
    private static final String ETHIOPIC = "ሰላም ታደሰ";
    /** Chinese, and an emoji sequence, that no font here draws: written in the text layer all the same. */
    private static final String CHINESE = "李小龍";
    private static final String EMOJI = "Ana \uD83D\uDC69\u200D\uD83D\uDD27\uD83C\uDFFD";

    private final Exporter exporter = new Exporter(CLOCK);

    private static byte[] pdf(Exporter exporter, NegotiationSnapshot s, Audience audience) {
        ExportRequest request = audience == Audience.MEMBERS ? ExportRequest.members(s, ExportFormat.PDF)
                : ExportRequest.committee(s, ExportFormat.PDF, List.of());
        return exporter.render(request, ProgressListener.NONE);
    }

    /** Every character drawn, and how far right it reaches. */
    private static final class Extent extends PDFTextStripper {
        float right;
        float pageWidth;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                pageWidth = p.getPageWidth();
            }
            super.writeString(text, positions);
        }
    }

    @Test
    void aLongWordBreaksInsteadOfRunningOffThePage() throws Exception {
        String word = "Reclassification".repeat(21) + "X".repeat(4);
        SnapshotBuilder b = SnapshotBuilder.union().title(word);
        b.ours("Dana Reyes");
        b.demand("U-1", word).description(word).publicSummary(word).add();
        NegotiationSnapshot s = b.build();
        for (Audience audience : List.of(Audience.MEMBERS, Audience.COMMITTEE)) {
            try (PDDocument pdf = Loader.loadPDF(pdf(exporter, s, audience))) {
                Extent extent = new Extent();
                String text = extent.getText(pdf);
                assertTrue(text.replaceAll("\\s", "").contains(word), audience + ": the whole word is printed");
                assertTrue(extent.right <= extent.pageWidth - RIGHT_MARGIN + 1, audience + ": the text reaches "
                        + extent.right + " pt on a page " + extent.pageWidth + " pt wide");
            }
        }
    }

    @Test
    void namesInOtherScriptsAreInTheTextLayer() throws Exception {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.ours(GREEK);
        b.ours(CYRILLIC);
        b.ours(ARABIC);
        b.ours(ETHIOPIC);
        b.ours(CHINESE);
        b.demand("U-1", "Wages for " + GREEK).publicSummary(CYRILLIC + " / " + ARABIC + " / " + ETHIOPIC + " / "
                + CHINESE + " / " + EMOJI).add();
        NegotiationSnapshot s = b.build();
        for (Audience audience : List.of(Audience.MEMBERS, Audience.COMMITTEE)) {
            byte[] bytes = pdf(exporter, s, audience);
            // Kept for a person to look at, beside the other samples.
            java.nio.file.Files.createDirectories(ExportSamplesTest.SAMPLES);
            java.nio.file.Files.write(ExportSamplesTest.SAMPLES.resolve("scripts-" + audience.name().toLowerCase()
                    + ".pdf"), bytes);
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(pdf);
                for (String name : List.of(GREEK, CYRILLIC, ARABIC, ETHIOPIC, CHINESE, EMOJI)) {
                    assertTrue(text.contains(name) || text.contains(reversedWords(name)),
                            audience + ": " + name + " in:\n" + text);
                }
                assertFalse(text.contains("#"), audience + ": no character replaced by #:\n" + text);
            }
        }
    }

    /** An Arabic name as a reader without right-to-left support extracts it. */
    private static String reversedWords(String name) {
        return new StringBuilder(name).reverse().toString();
    }
}
