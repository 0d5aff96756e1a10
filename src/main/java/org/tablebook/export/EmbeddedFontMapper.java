package org.tablebook.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The PDF renderer registers the fourteen standard PDF fonts (Helvetica, Times, Courier, ...) on
 * every export, and PDFBox looks each one up among the system's fonts, printing "Using fallback
 * font" for every one it does not find. The exports never write with them (every face is the
 * embedded DejaVu Sans or a fallback embedded from a file), so they are answered here with the
 * embedded DejaVu Sans: no font folder is scanned and nothing is printed. Any other font is
 * looked up as PDFBox would.
 */
final class EmbeddedFontMapper implements FontMapper {
    private static final AtomicInteger SYSTEM_LOOKUPS = new AtomicInteger();

    private final FontMapper system;
    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    private EmbeddedFontMapper(FontMapper system, byte[] regular, byte[] bold) {
        this.system = system;
        this.regular = parse(regular);
        this.bold = parse(bold);
    }

    /** Puts the mapper in place for the whole program, once. */
    static synchronized void install(byte[] regular, byte[] bold) {
        if (!(FontMappers.instance() instanceof EmbeddedFontMapper)) {
            FontMappers.set(new EmbeddedFontMapper(FontMappers.instance(), regular, bold));
        }
    }

    /** How many fonts have been looked up among the system's since the program started. */
    static int systemLookups() {
        return SYSTEM_LOOKUPS.get();
    }

    private static TrueTypeFont parse(byte[] ttf) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded font cannot be read", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return standardOr(baseFont, () -> system.getTrueTypeFont(baseFont, descriptor));
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return standardOr(baseFont, () -> system.getFontBoxFont(baseFont, descriptor));
    }

    /** A standard font answered with the embedded one, or any other looked up among the system's. */
    @SuppressWarnings("unchecked")
    private <T extends FontBoxFont> FontMapping<T> standardOr(String baseFont, Supplier<FontMapping<T>> lookUp) {
        if (Standard14Fonts.containsName(baseFont)) {
            TrueTypeFont font = baseFont.toLowerCase(Locale.ROOT).contains("bold") ? bold : regular;
            return new FontMapping<>((T) font, false);
        }
        SYSTEM_LOOKUPS.incrementAndGet();
        return lookUp.get();
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        SYSTEM_LOOKUPS.incrementAndGet();
        return system.getCIDFont(baseFont, descriptor, systemInfo);
    }
}
