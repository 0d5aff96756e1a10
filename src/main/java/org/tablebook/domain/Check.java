package org.tablebook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/** The checks the records share, each failing with a message a person can act on. */
public final class Check {
    /** Longest text any field accepts; a guard against pasted files, not a style limit. */
    public static final int MAX_TEXT = 100_000;
    /** Most entries any list accepts (attendees, agenda, vague words); the same kind of guard. */
    public static final int MAX_LIST = 10_000;

    private Check() {
    }

    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "Every record needs an id.");
        }
        if (value.length() > 64) {
            throw new ValidationException(field, "An id is at most 64 characters; this one has " + value.length() + ".");
        }
        printable(field, "An id", value, false);
        return value;
    }

    public static String required(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, label + " is required.");
        }
        return text(field, label, value.strip());
    }

    /** Optional text: null becomes "", and the length is bounded. */
    public static String text(String field, String label, String value) {
        if (value == null) {
            return "";
        }
        if (value.length() > MAX_TEXT) {
            throw new ValidationException(field, label + " is too long (" + value.length()
                    + " characters); keep it under " + MAX_TEXT + ".");
        }
        printable(field, label, value, true);
        return value;
    }

    /**
     * Refuses what no keyboard types and no screen or printout shows: control characters (a tab and
     * a line break are allowed where {@code lineBreaks}) and half of a character (a lone UTF-16
     * surrogate, which would otherwise be written to the file as "?"). A line break may be CR LF.
     */
    public static String printable(String field, String label, String value, boolean lineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw new ValidationException(field, label + " holds half of a character (U+"
                        + String.format("%04X", (int) c) + ") at position " + (i + 1)
                        + "; the text was damaged when it was copied. Type that part again.");
            }
            // A Windows line end (CR LF) is a line break too; a carriage return alone is not.
            boolean lineEnd = c == '\n' || c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n';
            if (Character.getType(c) == Character.CONTROL && !(lineBreaks && (c == '\t' || lineEnd))) {
                throw new ValidationException(field, label + " holds an invisible control character (U+"
                        + String.format("%04X", (int) c) + ") at position " + (i + 1)
                        + "; remove it" + (lineBreaks ? ": only tabs and line breaks may be kept." : "."));
            }
        }
        return value;
    }

    /** A list of texts: at most {@link #MAX_LIST} entries, each one checked as {@link #text}. */
    public static List<String> texts(String field, String label, List<String> values) {
        if (values == null) {
            return List.of();
        }
        size(field, label, values);
        for (String v : values) {
            if (v == null) {
                throw new ValidationException(field, label + " contains an empty entry.");
            }
            text(field, label, v);
        }
        return values;
    }

    private static void size(String field, String label, List<?> values) {
        if (values.size() > MAX_LIST) {
            throw new ValidationException(field, label + " has " + values.size() + " entries; keep it under "
                    + MAX_LIST + ".");
        }
    }

    public static <T> T present(String field, String label, T value) {
        if (value == null) {
            throw new ValidationException(field, label + " is required.");
        }
        return value;
    }

    public static int notNegative(String field, String label, int value) {
        if (value < 0) {
            throw new ValidationException(field, label + " cannot be negative (it is " + value + ").");
        }
        return value;
    }

    public static long notNegative(String field, String label, long value) {
        if (value < 0) {
            throw new ValidationException(field, label + " cannot be negative (it is " + value + ").");
        }
        return value;
    }

    /** {@code later} may equal {@code earlier}; it may not come before it. Nulls are not compared. */
    public static void notBefore(String field, String laterLabel, Instant later, String earlierLabel, Instant earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new ValidationException(field, laterLabel + " (" + later + ") cannot come before "
                    + earlierLabel + " (" + earlier + ").");
        }
    }

    public static void notBefore(String field, String laterLabel, LocalDate later, String earlierLabel, LocalDate earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new ValidationException(field, laterLabel + " (" + later + ") cannot come before "
                    + earlierLabel + " (" + earlier + ").");
        }
    }

    public static void notBefore(String field, String laterLabel, LocalTime later, String earlierLabel, LocalTime earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new ValidationException(field, laterLabel + " (" + later + ") cannot come before "
                    + earlierLabel + " (" + earlier + ").");
        }
    }

    /** An immutable copy without nulls or repeats, order kept. */
    public static List<String> ids(String field, String label, List<String> values) {
        if (values == null) {
            return List.of();
        }
        size(field, label, values);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException(field, label + " contains an empty entry.");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new ValidationException(field, label + " lists the same entry twice.");
        }
        values.forEach(v -> id(field, v));
        return List.copyOf(values);
    }

    /** A present amount that is not below zero. */
    public static java.math.BigDecimal notNegative(String field, String label, java.math.BigDecimal value) {
        present(field, label, value);
        if (value.signum() < 0) {
            throw new ValidationException(field, label + " cannot be negative (it is " + value.toPlainString() + ").");
        }
        return value;
    }

    public static Instant timestamps(String field, Instant createdAt, Instant updatedAt) {
        present("createdAt", "Created at", createdAt);
        present("updatedAt", "Updated at", updatedAt);
        notBefore(field, "Updated at", updatedAt, "created at", createdAt);
        return updatedAt;
    }
}
