package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which fonts a PDF falls back on, and the font made for what none of them draws. */
class FallbackFontsTest {
    @Test
    void textDejaVuSansDrawsNeedsNoFallback() {
        assertEquals(List.of(), FallbackFonts.forText("Zoë Ærøskøbing, Светлана, Αλέξανδρος"));
        assertEquals(0, FallbackFonts.undrawable("Zoë Ærøskøbing").length);
    }

    @Test
    void aFolderScanIndexesRegularTrueTypeFontsOnly(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("DejaVuSans.ttf"), PdfRenderer.regularFont());
        Files.write(dir.resolve("DejaVuSans-Bold.ttf"), PdfRenderer.regularFont());
        Files.writeString(dir.resolve("Broken-Regular.ttf"), "not a font");
        List<?> fonts = FallbackFonts.scan(List.of(dir, dir.resolve("missing")));
        assertEquals(1, fonts.size(), "the bold face and the broken file are left out: " + fonts);
        var font = (FallbackFonts.Indexed) fonts.get(0);
        assertTrue(font.covers('A') && font.covers('Ж'));
        assertFalse(font.covers(0x1200), "no Ethiopic in DejaVu Sans");
    }

    @Test
    void theLastResortFontHasAGlyphOfItsOwnForEachCharacter() throws Exception {
        int[] cps = {0x200D, 0x674E, 0x1F469};
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(LastResortFont.build(cps)))) {
            var cmap = font.getUnicodeCmapLookup();
            assertEquals(4, font.getNumberOfGlyphs());
            assertEquals(1, cmap.getGlyphId(0x200D));
            assertEquals(2, cmap.getGlyphId(0x674E));
            assertEquals(3, cmap.getGlyphId(0x1F469));
            assertEquals(0, cmap.getGlyphId('A'), "nothing else");
            assertEquals(0, font.getAdvanceWidth(1), "a joiner takes no room");
            assertNotEquals(0, font.getAdvanceWidth(2), "a character takes the room of a box");
            assertEquals(LastResortFont.FAMILY, font.getNaming().getFontFamily());
        }
    }
}
