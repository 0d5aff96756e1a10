package org.tablebook.rules;

import java.util.Objects;

/**
 * What a rule guards, in the words of the text it comes from.
 *
 * @param text quoted or closely paraphrased from the source
 * @param source the reference file name (for example {@code 000_66497e2942694ff8.txt}), or
 *     "bargaining practice", "labor-law practice" or "drafting practice"
 */
public record Principle(String text, String source) {
    public Principle {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (text.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("A principle needs its text and its source.");
        }
    }
}
