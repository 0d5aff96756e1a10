package org.tablebook.export;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Escaping for user text placed in Markdown, so that a title such as "*Wages* & [benefits]"
 * prints as written in CommonMark and in GitHub-style tables. Characters that only mean something
 * at the start of a line (list markers, quotes, numbered lists) are escaped only there, so that
 * ordinary text such as "U-12" or "3.5%" stays readable in a plain-text email.
 */
final class Markdown {
    /** Always markup: emphasis, code, links, HTML, table cells, headings' closing sequence. */
    private static final String ANYWHERE = "\\`*_[]<>|~#";
    /** An ampersand is markup only where it starts an entity such as "&amp;" or "&#35;". */
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    /** Markup at the start of a line: a list item, a quote, a setext underline, "1." or "1)". */
    private static final Pattern LINE_START = Pattern.compile("^(?:[-+=>]|(\\d{1,9})([.)]))");

    private Markdown() {
    }

    /** One line of text: markup escaped, line breaks turned into spaces. */
    static String inline(String text) {
        return escape(text.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    /** A table cell: one line, with the pipe escaped so it cannot end the cell. */
    static String cell(String text) {
        return inline(text);
    }

    /**
     * Paragraphs: each line escaped, including what would start a list, a quote or a heading;
     * single line breaks kept as hard breaks and blank lines as paragraph breaks.
     */
    static String block(String text) {
        String[] paragraphs = text.strip().split("\\R\\s*\\R");
        return Arrays.stream(paragraphs)
                .map(p -> p.lines().map(String::strip).filter(l -> !l.isEmpty()).map(Markdown::line)
                        .collect(Collectors.joining("  \n")))
                .filter(p -> !p.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    private static String line(String text) {
        String escaped = escape(text);
        var m = LINE_START.matcher(escaped);
        if (!m.find()) {
            return escaped;
        }
        return m.group(1) != null ? m.group(1) + "\\" + escaped.substring(m.group(1).length())
                : "\\" + escaped;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 && cp != '\t') {
                return;
            }
            if (cp < 128 && ANYWHERE.indexOf(cp) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
        });
        return ENTITY.matcher(out).replaceAll("\\\\&");
    }
}
