package org.tablebook.export.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Reads the current contract from a file: Markdown ({@code #} marks an article, {@code ##} a
 * section), plain text (a line "Article 7 ..." starts an article, a line "7.2 ..." or "Section 7.2
 * ..." a section, blank lines separate paragraphs) or Word ({@code .docx}, see {@link DocxContract}).
 * Nothing is imported when anything is wrong: every problem is named with its line or paragraph.
 */
public final class ContractImport {
    private static final Pattern TEXT_ARTICLE = Pattern.compile("(?iu)(?:article|art\u00edculo)\\s+([0-9]+[A-Za-z]?|[IVXLCDM]+)\\b.*");
    private static final Pattern TEXT_SECTION = Pattern.compile("(?iu)(section\\s+|secci\u00f3n\\s+|§\\s*)?[0-9]+\\.[0-9]+(\\.[0-9]+)*\\s.*"
            + "|(?iu)(?:section|secci\u00f3n)\\s+[0-9]+[A-Za-z]?\\b.*");

    private ContractImport() {
    }

    /** The sections of the file, by its extension: .md/.markdown, .docx, anything else as plain text. */
    public static List<ImportedSection> read(Path file) throws IOException, ContractImportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            // Loaded only here: the Word library is large and has no place on the way to the first window.
            return DocxContract.read(file);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return name.endsWith(".md") || name.endsWith(".markdown") ? markdown(text) : plainText(text);
    }

    /** A Markdown contract: level-1 headings are articles, deeper headings sections. */
    public static List<ImportedSection> markdown(String text) throws ContractImportException {
        Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        Node document = parser.parse(text);
        TextContentRenderer render = TextContentRenderer.builder().build();
        ContractOutline outline = new ContractOutline("import.place.line");
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            int line = lineOf(block);
            if (block instanceof Heading h) {
                outline.heading(h.getLevel(), render.render(h).strip(), line);
            } else {
                outline.paragraph(render.render(block), line);
            }
        }
        return outline.finish();
    }

    /** A plain-text contract: heading lines start with "Article" or a section number. */
    public static List<ImportedSection> plainText(String text) throws ContractImportException {
        ContractOutline outline = new ContractOutline("import.place.line");
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        int paragraphAt = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            boolean article = TEXT_ARTICLE.matcher(line).matches() && line.length() <= 120;
            boolean section = !article && TEXT_SECTION.matcher(line).matches() && line.length() <= 120;
            if (line.isEmpty() || article || section) {
                if (paragraph.length() > 0) {
                    outline.paragraph(paragraph.toString(), paragraphAt);
                    paragraph.setLength(0);
                }
                if (article) {
                    outline.heading(1, line, number);
                } else if (section) {
                    outline.heading(2, line, number);
                }
                continue;
            }
            if (paragraph.length() == 0) {
                paragraphAt = number;
            } else {
                paragraph.append(' ');
            }
            paragraph.append(line);
        }
        if (paragraph.length() > 0) {
            outline.paragraph(paragraph.toString(), paragraphAt);
        }
        return outline.finish();
    }

    /** The imported sections as the current contract's records, in file order, positions from 0. */
    public static List<org.tablebook.domain.ContractSection> toRecords(List<ImportedSection> sections,
            java.time.Instant at) {
        java.util.List<org.tablebook.domain.ContractSection> out = new java.util.ArrayList<>();
        for (ImportedSection s : sections) {
            out.add(new org.tablebook.domain.ContractSection(org.tablebook.domain.Ids.newId(), s.articleNumber(),
                    s.articleTitle(), s.number(), s.title(), s.text(), out.size(), at, at));
        }
        return out;
    }

    private static int lineOf(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
