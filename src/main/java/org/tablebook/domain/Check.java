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

    private static final String BUNDLE = "org.tablebook.domain.checks";
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile(
            "^(The|A|An|Our|Their|El|La|Los|Las|Lo|Su|Sus|Nuestra|Nuestro|Nuestras|Nuestros|Un|Una) ");

    private Check() {
    }

    /**
     * A refusal in the language the program speaks: the text of {@code key} in the checks bundle
     * with its arguments. An argument that is itself a key of that bundle ({@code "label.theDueDate"},
     * as the records name their fields) is written out in the same language; any other text (a
     * label a screen already wrote in its language, a value) is written as it is.
     */
    public static ValidationException refusal(String field, String key, Object... args) {
        return new ValidationException(field, words(key, args));
    }

    /** The text of {@code key} in the checks bundle, in the language the program speaks. */
    public static String words(String key, Object... args) {
        String text = phrase(key, args);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Language.current().locale()) + text.substring(1);
    }

    /**
     * The same text as {@link #words} as it stands inside a sentence another key writes: not
     * capitalized ("has 2 passes", "remove those first").
     */
    public static String phrase(String key, Object... args) {
        java.util.ResourceBundle bundle = Bundles.load(BUNDLE, Language.current().locale());
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String text && text.startsWith("label.") && bundle.containsKey(text)) {
                shown[i] = Bundles.format(bundle, text);
            } else if (i == 0 && shown[i] instanceof String label) {
                // A screen's label ("The due date", "La fecha") stands inside the sentence; it starts it again below.
                shown[i] = ARTICLE.matcher(label).replaceFirst(m -> m.group().toLowerCase(Language.current().locale()));
            }
        }
        String text = Bundles.format(bundle, key, shown);
        if (Language.current() == Language.SPANISH) {
            // "a el inicio" and "de el contrato" are written "al inicio", "del contrato".
            text = text.replace(" a el ", " al ").replace(" de el ", " del ");
        }
        return text;
    }

    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw refusal(field, "check.idMissing");
        }
        if (value.length() > 64) {
            throw refusal(field, "check.idTooLong", value.length());
        }
        printable(field, "label.anId", value, false);
        return value;
    }

    public static String required(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            throw refusal(field, "check.required", label);
        }
        return text(field, label, value.strip());
    }

    /** Optional text: null becomes "", and the length is bounded. */
    public static String text(String field, String label, String value) {
        if (value == null) {
            return "";
        }
        if (value.length() > MAX_TEXT) {
            throw refusal(field, "check.tooLong", label, value.length(), MAX_TEXT);
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
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw refusal(field, "check.halfCharacter", label, String.format("%04X", (int) c), i + 1);
            }
            // A Windows line end (CR LF) is a line break too; a carriage return alone is not.
            boolean lineEnd = c == '\n' || c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n';
            if (Character.getType(c) == Character.CONTROL && !(lineBreaks && (c == '\t' || lineEnd))) {
                throw refusal(field, lineBreaks ? "check.controlCharacter.lineBreaksKept" : "check.controlCharacter",
                        label, String.format("%04X", (int) c), i + 1);
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
                throw refusal(field, "check.emptyEntry", label);
            }
            text(field, label, v);
        }
        return values;
    }

    private static void size(String field, String label, List<?> values) {
        if (values.size() > MAX_LIST) {
            throw refusal(field, "check.tooMany", label, values.size(), MAX_LIST);
        }
    }

    public static <T> T present(String field, String label, T value) {
        if (value == null) {
            throw refusal(field, "check.required", label);
        }
        return value;
    }

    public static int notNegative(String field, String label, int value) {
        if (value < 0) {
            throw refusal(field, "check.negative", label, String.valueOf(value));
        }
        return value;
    }

    public static long notNegative(String field, String label, long value) {
        if (value < 0) {
            throw refusal(field, "check.negative", label, String.valueOf(value));
        }
        return value;
    }

    /** {@code later} may equal {@code earlier}; it may not come before it. Nulls are not compared. */
    public static void notBefore(String field, String laterLabel, Instant later, String earlierLabel, Instant earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw refusal(field, "check.notBefore", laterLabel, later.toString(), earlierLabel, earlier.toString());
        }
    }

    public static void notBefore(String field, String laterLabel, LocalDate later, String earlierLabel, LocalDate earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw refusal(field, "check.notBefore", laterLabel, later.toString(), earlierLabel, earlier.toString());
        }
    }

    public static void notBefore(String field, String laterLabel, LocalTime later, String earlierLabel, LocalTime earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw refusal(field, "check.notBefore", laterLabel, later.toString(), earlierLabel, earlier.toString());
        }
    }

    /** An immutable copy without nulls or repeats, order kept. */
    public static List<String> ids(String field, String label, List<String> values) {
        if (values == null) {
            return List.of();
        }
        size(field, label, values);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw refusal(field, "check.emptyEntry", label);
        }
        if (values.stream().distinct().count() != values.size()) {
            throw refusal(field, "check.twice", label);
        }
        values.forEach(v -> id(field, v));
        return List.copyOf(values);
    }

    /** A present amount that is not below zero. */
    public static java.math.BigDecimal notNegative(String field, String label, java.math.BigDecimal value) {
        present(field, label, value);
        if (value.signum() < 0) {
            throw refusal(field, "check.negative", label, value.toPlainString());
        }
        return value;
    }

    public static Instant timestamps(String field, Instant createdAt, Instant updatedAt) {
        present("createdAt", "label.createdAt", createdAt);
        present("updatedAt", "label.updatedAt", updatedAt);
        notBefore(field, "label.updatedAt", updatedAt, "label.createdAt", createdAt);
        return updatedAt;
    }
}
