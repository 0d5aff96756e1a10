package org.tablebook.export.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds articles and sections from a file's headings and paragraphs, in order, whatever the file
 * format: an article heading ("Article 7 Hours of Work"), a section heading ("7.2 Overtime" or
 * "Section 7.2 Overtime"), and the paragraphs under a section. Collects every problem with its place
 * instead of stopping at the first.
 */
final class ContractOutline {
    private static final Pattern ARTICLE = Pattern.compile(
            "(?i)article\\s+([0-9]+[A-Za-z]?|[IVXLCDM]+)\\s*[.:\\-–—]?\\s*(.*)");
    private static final Pattern SECTION = Pattern.compile(
            "(?i)(?:section\\s+|§\\s*)?([0-9]+(?:\\.[0-9]+)+|[0-9]+[A-Za-z]?)\\s*[.:\\-–—]?\\s*(.*)");

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

    /** @param placeWord how a place is named in messages: "Line" or "Paragraph" */
    ContractOutline(String placeWord) {
        this.placeWord = placeWord;
    }

    /** A heading at {@code level} (1 for an article, 2 or deeper for a section). */
    void heading(int level, String heading, int place) {
        String h = heading.strip();
        if (level <= 1) {
            finishSection();
            finishArticle();
            Matcher m = ARTICLE.matcher(h);
            if (!m.matches()) {
                problem(place, "the article heading \"" + h + "\" does not start with \"Article\" and its number, "
                        + "as in \"Article 7 Hours of Work\".");
                articleNumber = null;
                return;
            }
            articleNumber = m.group(1);
            if (!seenArticles.add(articleNumber.toUpperCase(java.util.Locale.ROOT))) {
                problem(place, "article " + articleNumber + " appears twice.");
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
            problem(place, "the section \"" + h + "\" comes before any article; put an \"Article\" heading above it.");
            return;
        }
        finishSection();
        Matcher m = SECTION.matcher(h);
        if (!m.matches()) {
            problem(place, "the section heading \"" + h + "\" does not start with its number, as in \"7.2 Overtime\".");
            number = null;
            return;
        }
        number = m.group(1);
        title = m.group(2).strip();
        text = new StringBuilder();
        articleHasSections = true;
        for (ImportedSection s : sections) {
            if (s.articleNumber().equals(articleNumber) && s.number().equals(number)) {
                problem(place, "section " + number + " appears twice in article " + articleNumber + ".");
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
                problem(place, "text comes before the first article; start the file with an \"Article\" heading.");
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
            problems.add(placeWord + " 1: the file holds no article; articles start with a heading such as "
                    + "\"Article 1 Recognition\".");
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
            problem(articleAt, "article " + articleNumber + " has no text and no sections.");
        }
    }

    private void problem(int place, String message) {
        problems.add(placeWord + " " + place + ": " + message);
    }
}
