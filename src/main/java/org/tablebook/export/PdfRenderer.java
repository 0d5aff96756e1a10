package org.tablebook.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Lays out an export's XHTML as a PDF with OpenHTMLtoPDF. DejaVu Sans is embedded (subset to the
 * characters used) so accented and non-Latin names print on any reader; characters it lacks are
 * drawn from the system's fonts ({@link FallbackFonts}), also embedded. Nothing outside the
 * document is ever fetched, and no font is looked up among the system's for a page DejaVu Sans
 * draws whole ({@link EmbeddedFontMapper}).
 */
final class PdfRenderer {
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final Pattern FAMILY = Pattern.compile("font-family:\\s*\"" + FONT_FAMILY + "\"");
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    static {
        // The renderer reports every CSS property it does not know on java.util.logging; the
        // exports' templates are tested, so those reports are noise in the app's log.
        XRLog.setLoggingEnabled(false);
        EmbeddedFontMapper.install(REGULAR, BOLD);
    }

    private PdfRenderer() {
    }

    /** The embedded regular face, for working out which characters it lacks. */
    static byte[] regularFont() {
        return REGULAR;
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page with the fallback fonts named after DejaVu Sans wherever it is chosen, so that a
     * character DejaVu Sans lacks is drawn from the first of them that has it.
     */
    static String withFallbacks(String xhtml, List<String> fallbacks) {
        if (fallbacks.isEmpty()) {
            return xhtml;
        }
        String families = fallbacks.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "));
        return FAMILY.matcher(xhtml).replaceAll(Matcher.quoteReplacement("font-family: \"" + FONT_FAMILY + "\", "
                + families));
    }

    /**
     * The PDF of an XHTML page, titled by its {@code <title>}. Progress goes from 0 to 1 over layout and writing; cancellation is
     * checked between the two, which are the long steps.
     */
    static byte[] render(String xhtml, FallbackFonts fonts, BooleanSupplier cancelled, DoubleConsumer progress) {
        List<FallbackFonts.Face> fallbacks = fonts.forText(xhtml);
        int[] undrawable = fonts.undrawable(xhtml);
        List<String> families = new ArrayList<>();
        fallbacks.forEach(f -> families.add(f.family()));
        if (undrawable.length > 0) {
            families.add(LastResortFont.FAMILY);
        }
        String page = withFallbacks(xhtml, families);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(page, null)
                .withProducer("Tablebook")
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        for (FallbackFonts.Face face : fallbacks) {
            builder.useFont(face.file().toFile(), face.family());
        }
        if (undrawable.length > 0) {
            // What no font draws still goes into the text layer, as a box on the page.
            byte[] lastResort = LastResortFont.build(undrawable);
            builder.useFont(() -> new ByteArrayInputStream(lastResort), LastResortFont.FAMILY, 400, FontStyle.NORMAL, true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            progress.accept(0.6);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("The export was cancelled.");
            }
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
        progress.accept(1.0);
        return out.toByteArray();
    }
}
