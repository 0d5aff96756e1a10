package org.tablebook.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The first pages of a PDF as PNG images, for the app's preview of exactly what will be written. */
public final class PreviewPages {
    private PreviewPages() {
    }

    /**
     * @param maxPages how many pages at most (a preview, not a viewer)
     * @param dpi 72 is the page's own size; 96 reads comfortably on a laptop screen
     */
    public static List<byte[]> render(byte[] pdf, int maxPages, float dpi, ProgressListener progress)
            throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int count = Math.min(maxPages, document.getNumberOfPages());
            for (int i = 0; i < count; i++) {
                if (progress.isCancelled()) {
                    throw new java.util.concurrent.CancellationException("Preview cancelled.");
                }
                BufferedImage image = renderer.renderImageWithDPI(i, dpi);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
                progress.progress((i + 1.0) / count, "Page " + (i + 1) + " of " + count);
            }
        }
        return pages;
    }

    /** The number of pages of a PDF. */
    public static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
