package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.SampleNegotiation;

/** A plain PDF carries every font it uses and looks none up on the computer it is made on. */
class PdfFontsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void theSamplesPdfsEmbedTheirFontsAndLookNoneUp() throws Exception {
        NegotiationSnapshot sample = SampleNegotiation.build(CLOCK);
        Exporter exporter = new Exporter(CLOCK);
        for (ExportRequest request : List.of(ExportRequest.members(sample, ExportFormat.PDF),
                ExportRequest.committee(sample, ExportFormat.PDF, List.of()))) {
            int before = EmbeddedFontMapper.systemLookups();
            byte[] bytes = exporter.render(request, ProgressListener.NONE);
            assertTrue(FontMappers.instance() instanceof EmbeddedFontMapper, "the standard fonts are answered in the app");
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                List<String> fonts = new ArrayList<>();
                for (PDPage page : pdf.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), request.audience() + ": " + font.getName() + " is embedded");
                        fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
                    }
                }
                assertEquals(List.of("DejaVuSans", "DejaVuSans-Bold"), fonts.stream().distinct().sorted().toList(),
                        request.audience() + ": the sample needs no fallback");
            }
            assertEquals(before, EmbeddedFontMapper.systemLookups(), request.audience() + ": no system font looked up");
        }
    }
}
