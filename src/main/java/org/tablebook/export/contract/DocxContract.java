package org.tablebook.export.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.tablebook.domain.Check;

/**
 * Reads a Word contract: paragraphs in the style "Heading 1" are articles, "Heading 2" and deeper
 * sections, other paragraphs their text. Problems are named by paragraph number, counting from 1.
 */
final class DocxContract {
    private DocxContract() {
    }

    static List<ImportedSection> read(Path file) throws IOException, ContractImportException {
        try (InputStream in = Files.newInputStream(file)) {
            XWPFDocument doc;
            try {
                doc = new XWPFDocument(in);
            } catch (IOException | RuntimeException e) {
                throw new ContractImportException(List.of(Check.phrase("import.notDocx", file.getFileName())));
            }
            try (doc) {
                ContractOutline outline = new ContractOutline("import.place.paragraph");
                int n = 0;
                for (XWPFParagraph p : doc.getParagraphs()) {
                    n++;
                    int level = headingLevel(doc, p);
                    if (level > 0) {
                        outline.heading(level, p.getText(), n);
                    } else {
                        outline.paragraph(p.getText(), n);
                    }
                }
                return outline.finish();
            }
        }
    }

    /** 1 for "Heading 1", 2 for "Heading 2" and so on; 0 for body text. */
    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return 0;
        }
        String name = id;
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        if (style != null && style.getName() != null) {
            name = style.getName();
        }
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.startsWith("heading") && n.length() > "heading".length()) {
            try {
                return Integer.parseInt(n.substring("heading".length()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
