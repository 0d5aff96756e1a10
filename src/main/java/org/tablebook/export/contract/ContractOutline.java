package org.tablebook.export.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tablebook.domain.Check;

/**
 * Builds articles and sections from a file's headings and paragraphs, in order, whatever the file
 * format: an article heading ("Article 7 Hours of Work"), a section heading ("7.2 Overtime" or
 * "Section 7.2 Overtime"), and the paragraphs under a section. Collects every problem with its place
 * instead of stopping at the first.
 */
final class ContractOutline {
    private static final Pattern ARTICLE = Pattern.compile(
            "(?iu)(?:article|art\u00edculo)\\s+([0-9]+[A-Za-z]?|[IVXLCDM]+)\\s*[.:\\-–—]?\\s*(.*)");
    private static final Pattern SECTION = Pattern.compile(
            "(?iu)(?:section\\s+|secci\u00f3n\\s+|§\\s*)?([0-9]+(?:\\.[0-9]+)+|[0-9]+[A-Za-z]?)\\s*[.:\\-–—]?\\s*(.*)");

    /** "Line" or "Paragraph", in the language the program speaks. */
    private final String placeWord;
    private final List<ImportedSection> sections = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final java.util.Set<String> seenArticles = new java.util.HashSet<>();
    private String articleNumber;
    private String articleTitle;
    private String number;
    private String title;
    private StringBuilder text;
    private boolean articleHasSections;
    private int articleAt;

    /** @param placeKey how a place is named in messages: "import.place.line" or "import.place.paragraph" */
    ContractOutline(String placeKey) {
        this.placeWord = Check.words(placeKey);
    }

    /** A heading at {@code level} (1 for an article, 2 or deeper for a section). */
    void heading(int level, String heading, int place) {
        String h = heading.strip();
        if (level <= 1) {
            finishSection();
            finishArticle();
            Matcher m = ARTICLE.matcher(h);
            if (!m.matches()) {
                problem(place, "import.articleHeading", h);
                articleNumber = null;
                return;
            }
            articleNumber = m.group(1);
            if (!seenArticles.add(articleNumber.toUpperCase(java.util.Locale.ROOT))) {
                problem(place, "import.articleTwice", articleNumber);
            }
            articleTitle = m.group(2).strip();
            articleHasSections = false;
            articleAt = place;
            number = "";
            title = "";
            text = new StringBuilder();
            return;
        }
        if (articleNumber == null) {
            problem(place, "import.sectionBeforeArticle", h);
            return;
        }
        finishSection();
        Matcher m = SECTION.matcher(h);
        if (!m.matches()) {
            problem(place, "import.sectionHeading", h);
            number = null;
            return;
        }
        number = m.group(1);
        title = m.group(2).strip();
        text = new StringBuilder();
        articleHasSections = true;
        for (ImportedSection s : sections) {
            if (s.articleNumber().equals(articleNumber) && s.number().equals(number)) {
                problem(place, "import.sectionTwice", number, articleNumber);
            }
        }
    }

    /** A paragraph of text under the current heading. */
    void paragraph(String paragraph, int place) {
        String p = paragraph.strip();
        if (p.isEmpty()) {
            return;
        }
        if (articleNumber == null || number == null || text == null) {
            if (articleNumber == null && sections.isEmpty() && problems.isEmpty()) {
                problem(place, "import.textBeforeArticle");
            }
            return;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(p);
    }

    /** The sections, or every problem found. */
    List<ImportedSection> finish() throws ContractImportException {
        finishSection();
        finishArticle();
        if (sections.isEmpty() && problems.isEmpty()) {
            problem(1, "import.noArticle");
        }
        if (!problems.isEmpty()) {
            throw new ContractImportException(problems);
        }
        return List.copyOf(sections);
    }

    private void finishSection() {
        if (articleNumber == null || number == null || text == null) {
            return;
        }
        boolean articleText = number.isEmpty();
        if (articleText && text.length() == 0) {
            return;
        }
        sections.add(new ImportedSection(articleNumber, articleTitle, number, title, text.toString()));
        text = null;
    }

    private void finishArticle() {
        if (articleNumber != null && !articleHasSections
                && sections.stream().noneMatch(s -> s.articleNumber().equals(articleNumber))) {
            problem(articleAt, "import.articleEmpty", articleNumber);
        }
    }

    /** "Line 4: ...": the key's text with the place first; {@code args} are its {2}, {3}. */
    private void problem(int place, String key, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = placeWord;
        all[1] = place;
        System.arraycopy(args, 0, all, 2, args.length);
        problems.add(Check.words(key, all));
    }
}
