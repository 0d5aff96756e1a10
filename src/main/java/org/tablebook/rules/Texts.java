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

    /** A moment as a date and a time of day in the negotiation's zone ("Mar 3, 14:05"). */
    static ZonedDateTime dateTime(Instant at, ZoneId zone) {
        return at.atZone(zone);
    }

    /** A user's text made fit for a one-line label: whitespace collapsed, long text cut with an ellipsis. */
    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= LABEL_LENGTH) {
            return flat;
        }
        return flat.substring(0, LABEL_LENGTH - 1).stripTrailing() + "\u2026";
    }
}
