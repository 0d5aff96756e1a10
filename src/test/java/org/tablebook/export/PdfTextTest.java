package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
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
        for (Audience audience : List.of(Audience.MEMBERS, Audience.COMMITTEE)) {
            byte[] bytes = pdf(exporter, namesInOtherScripts(), audience);
            // Kept for a person to look at, beside the other samples.
            Files.createDirectories(ExportSamplesTest.SAMPLES);
            Files.write(ExportSamplesTest.SAMPLES.resolve("scripts-" + audience.name().toLowerCase()
                    + ".pdf"), bytes);
            assertNamesInTheTextLayer(bytes, audience);
        }
    }

    /**
     * Debian's fonts-droid-fallback (DroidSansFallbackFull.ttf, 4 MB, Chinese, Japanese and Korean),
     * common on desktops through ImageMagick and Ghostscript, taken as the fallback for the Chinese
     * name: embedded like any other, and the text layer keeps every name and the whole body. Its
     * glyphs are wider than the empty boxes drawn where no font has the character, so the line
     * wraps at another place; the names are found whatever the line breaks.
     */
    @Test
    void aLargeCjkFallbackFontKeepsTheWholeTextLayer() throws Exception {
        List<Path> fonts = new ArrayList<>(FallbackFonts.fontconfig().stream().map(FallbackFonts.Indexed::file).toList());
        Path droid = java.util.stream.Stream.concat(DROID_FALLBACK.stream(), fonts.stream()
                .filter(f -> f.getFileName().toString().equals("DroidSansFallbackFull.ttf")))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        Assumptions.assumeTrue(droid != null, "DroidSansFallbackFull.ttf is on this machine (fonts-droid-fallback, "
                + "or -Dtablebook.test.droidFont=FILE)");
        if (!fonts.contains(droid)) {
            fonts.add(droid);
        }
        Exporter withDroid = new Exporter(CLOCK, FallbackFonts.of(fonts));
        for (Audience audience : List.of(Audience.MEMBERS, Audience.COMMITTEE)) {
            byte[] bytes = pdf(withDroid, namesInOtherScripts(), audience);
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                List<String> embedded = new ArrayList<>();
                for (var page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        embedded.add(page.getResources().getFont(name).getName());
                    }
                }
                assertTrue(embedded.stream().anyMatch(f -> f.contains("DroidSansFallback")),
                        audience + ": the Chinese name is drawn from Droid Sans Fallback: " + embedded);
            }
            assertNamesInTheTextLayer(bytes, audience);
        }
    }

    /** Where a test run is told the font is, or where Debian installs it; else wherever fontconfig lists it. */
    private static final List<Path> DROID_FALLBACK = java.util.stream.Stream.of(
            System.getProperty("tablebook.test.droidFont"), "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/tmp/droid/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf").filter(java.util.Objects::nonNull)
            .map(Path::of).toList();

    private static NegotiationSnapshot namesInOtherScripts() {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.ours(GREEK);
        b.ours(CYRILLIC);
        b.ours(ARABIC);
        b.ours(ETHIOPIC);
        b.ours(CHINESE);
        b.demand("U-1", "Wages for " + GREEK).publicSummary(CYRILLIC + " / " + ARABIC + " / " + ETHIOPIC + " / "
                + CHINESE + " / " + EMOJI).add();
        return b.build();
    }

    /**
     * Every name, and the body around them, in the PDF's extracted text. Line breaks fall where
     * the fonts' widths put them, so text and names are compared without spaces and line ends.
     */
    private static void assertNamesInTheTextLayer(byte[] bytes, Audience audience) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String extracted = new PDFTextStripper().getText(pdf);
            String text = withoutSpaces(extracted);
            for (String name : List.of(GREEK, CYRILLIC, ARABIC, ETHIOPIC, CHINESE, EMOJI)) {
                assertTrue(text.contains(withoutSpaces(name)) || text.contains(withoutSpaces(reversedWords(name))),
                        audience + ": " + name + " in:\n" + extracted);
            }
            assertTrue(text.contains(withoutSpaces("Wages for " + GREEK)), audience + ": the body, in:\n" + extracted);
            assertFalse(text.contains("#"), audience + ": no character replaced by #:\n" + extracted);
        }
    }

    private static String withoutSpaces(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** An Arabic name as a reader without right-to-left support extracts it. */
    private static String reversedWords(String name) {
        return new StringBuilder(name).reverse().toString();
    }
}
