package org.tablebook.rules;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the rules as a key of the rules bundle and its arguments, written out only when a
 * person reads it ({@link RuleTexts#render}). Arguments are kept as values: a {@link
 * java.time.LocalDate}, a {@link java.time.ZonedDateTime} or a {@link java.time.Duration} is
 * formatted in the reader's language, a nested Text or a list of them rendered in turn, numbers
 * as numbers; any other value (a person's name, a demand's title) is written as it is.
 *
 * @param key the bundle key, or null for a literal (the one argument, as it is)
 */
public record Text(String key, List<Object> args) {

    public Text {
        args = List.copyOf(args);
        if (key == null && (args.size() != 1 || !(args.get(0) instanceof String))) {
            throw new IllegalArgumentException("A literal text holds exactly one string.");
        }
    }

    public static Text of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        return new Text(key, List.of(args));
    }

    /** Text a person typed, or text from outside the rules, shown as it is in every language. */
    public static Text literal(String text) {
        return new Text(null, List.of(Objects.requireNonNull(text, "text")));
    }

    public boolean isLiteral() {
        return key == null;
    }
}
