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
        assertEquals(List.of(), FallbackFonts.system().forText("Zoë Ærøskøbing, Светлана, Αλέξανδρος"));
        assertEquals(0, FallbackFonts.system().undrawable("Zoë Ærøskøbing").length);
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

    /** A font file that draws exactly these characters, named as an installed font would be. */
    private static Path font(Path dir, String name, int... cps) throws Exception {
        return Files.write(dir.resolve(name), LastResortFont.build(cps));
    }

    @Test
    void eachMissingCharacterComesFromThePreferredFontThatHasIt(@TempDir Path dir) throws Exception {
        int ethiopic = 0x1230;
        int han = 0x674E;
        int thai = 0x0E01;
        Path mono = font(dir, "AMono-Regular.ttf", ethiopic, han);
        Path serif = font(dir, "BSerif-Regular.ttf", ethiopic, han, thai);
        Path sans = font(dir, "ZSans-Regular.ttf", ethiopic);
        Path broken = Files.writeString(dir.resolve("ASans-Regular.ttf"), "not a font");
        FallbackFonts fonts = FallbackFonts.of(List.of(mono, serif, sans, broken));

        // Sans-serif first, then serif, monospace last, whatever their names' order; the broken file never.
        // Listed in that order too, not in the characters' (Thai comes before Ethiopic), since the page
        // tries them in turn: the Ethiopic both have is drawn from the sans-serif.
        assertEquals(List.of(new FallbackFonts.Face(sans, "Tablebook Fallback 1"),
                new FallbackFonts.Face(serif, "Tablebook Fallback 2")),
                fonts.forText("Zoë ሰላም " + new String(Character.toChars(han)) + new String(Character.toChars(thai))));
        assertEquals(List.of(new FallbackFonts.Face(serif, "Tablebook Fallback 1")),
                fonts.forText("李"), "only the fonts the text needs, numbered from one");
        assertEquals(List.of(), fonts.forText("Zoë Ærøskøbing, Светлана"), "DejaVu Sans draws it all");
        assertEquals(0, fonts.undrawable("ሰ李ก").length);
        assertEquals(List.of(0x1F469), java.util.Arrays.stream(fonts.undrawable("Ana \uD83D\uDC69 ሰ")).boxed().toList(),
                "what no font has");
    }

    @Test
    void aFontListWithNothingUsableLeavesEveryMissingCharacterToTheLastResort(@TempDir Path dir) throws Exception {
        FallbackFonts none = FallbackFonts.of(List.of(Files.writeString(dir.resolve("Sans-Regular.ttf"), "x"),
                dir.resolve("Missing-Regular.ttf")));
        assertEquals(List.of(), none.forText("ሰላም"));
        assertEquals(3, none.undrawable("ሰላም").length);
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
