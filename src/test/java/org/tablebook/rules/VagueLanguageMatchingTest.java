package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tablebook.rules.RuleTesting.check;
import static org.tablebook.testing.SnapshotBuilder.BASE;
import static org.tablebook.testing.SnapshotBuilder.clockAt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.testing.SnapshotBuilder;

/**
 * The VAGUE_LANGUAGE rule finds a word exactly where the plain definition of a whole word does: a
 * case-insensitive match not preceded nor followed by a letter, a digit or an underscore, with any
 * run of whitespace inside a phrase. Seeded random texts full of near misses, compared with that
 * definition written as one regular expression. (That expression's look-behind sees half of a
 * letter written with two UTF-16 units, such as a mathematical script capital; the rule sees the
 * whole letter, so "𝒜reasonable" is not the word "reasonable": see the last test.)
 */
class VagueLanguageMatchingTest {
    private static final List<String> WORDS = List.of("reasonable", "and/or", "provided that", "as is", "ß-rule");
    private static final List<String> PIECES = List.of("reasonable", "REASONABLE", "Reasonable", "unreasonable",
            "reasonably", "and/or", "and/ or", "AND/OR", "provided", "that", "PROVIDED\n\tTHAT", "provided  that",
            "as", "is", "as is", "asis", "ß-rule", "SS-RULE", "ẞ-RULE", "_", "9", "٣", "é", "Ω", "\u2163", " ", " ",
            "\n", ",", ".", "-", "(", ")");

    private static boolean definition(String word, String text) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}_])");
        String[] parts = word.strip().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
        }
        regex.append("(?![\\p{L}\\p{N}_])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    @Test
    void theRuleFindsWhatTheDefinitionFinds() {
        long seed = 20260504;
        Random random = new Random(seed);
        Rule rule = new VagueLanguageRule();
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String t = text.toString().isBlank() ? "x" : text.toString();
            SnapshotBuilder b = SnapshotBuilder.union();
            Demand d = b.demand("U-1", "Wages").add();
            b.proposal(d).summary("Counter").text(t).add();
            b.settings(s -> s.vagueWords(WORDS.toArray(String[]::new)));
            List<String> expected = new ArrayList<>();
            WORDS.stream().filter(w -> definition(w, t)).forEach(expected::add);
            List<Finding> findings = check(rule, b.build(), clockAt(BASE));
            String found = findings.isEmpty() ? "" : findings.get(0).message();
            for (String w : WORDS) {
                assertEquals(expected.contains(w), found.contains("\u201c" + w + "\u201d"),
                        "seed " + seed + ", case " + n + ": \"" + w + "\" in \"" + t + "\"");
            }
        }
    }

    @Test
    void aLetterBeyondTheBasicPlaneIsALetterToo() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand d = b.demand("U-1", "Wages").add();
        b.proposal(d).summary("Counter").text("\uD835\uDC9Creasonable \uD835\uDC9C provided that").add();
        List<Finding> findings = check(new VagueLanguageRule(), b.build(), clockAt(BASE));
        assertEquals(1, findings.size());
        assertEquals("This proposal uses \u201cprovided that\u201d, which can be read more than one way: define the "
                + "terms or say exactly what is meant.", findings.get(0).message());
    }
}
