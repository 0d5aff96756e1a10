package org.tablebook.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Values findings hand to their texts, and how a person's own words are fitted into a label. */
final class Texts {
    private static final int LABEL_LENGTH = 60;

    private Texts() {
    }

    /** A date written with its year ("Mar 3, 2026"), for dates that may lie in another year. */
    record WithYear(LocalDate date) {
    }

    static WithYear withYear(LocalDate date) {
        return new WithYear(date);
    }

    /** A moment written with its seconds ("Mar 3, 14:05:30"), set against another in the same minute. */
    record WithSeconds(ZonedDateTime at) {
    }

    /** A moment as a date and a time of day in the negotiation's zone ("Mar 3, 14:05"). */
    static ZonedDateTime dateTime(Instant at, ZoneId zone) {
        return at.atZone(zone);
    }

    /** A user's text made fit for a one-line label: whitespace collapsed, long text cut with an ellipsis. */
    static String shorten(String text) {
        String flat = collapseSpaces(text.strip());
        if (flat.length() <= LABEL_LENGTH) {
            return flat;
        }
        return flat.substring(0, LABEL_LENGTH - 1).stripTrailing() + "\u2026";
    }

    /**
     * Each run of the characters {@code \s} stands for (space, tab, line breaks, form feed) as one
     * space, as {@code replaceAll("\\s+", " ")} does, without an expression.
     */
    static String collapseSpaces(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
