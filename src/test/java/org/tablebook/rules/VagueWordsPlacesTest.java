package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Where the vague words stand, as the redline view marks them and VAGUE_LANGUAGE points at the
 * first: every place the plain definition of a whole word finds (one expression per word, matches
 * taken one after the other), in reading order, none overlapping; and the first place found
 * without the others is the first of them. Seeded random texts full of near misses, letters that
 * compare equal in another case (the Kelvin sign, the long s, the dotless i) among them.
 */
class VagueWordsPlacesTest {
    private static final List<String> WORDS = List.of("reasonable", "and/or", "provided that", "as is", "ß-rule",
            "kind", "is", "AS", "/");
    private static final List<String> PIECES = List.of("reasonable", "REASONABLE", "Reaſonable", "unreasonable",
            "reasonably", "and/or", "and/ or", "AND/OR", "provided", "that", "PROVIDED\n\tTHAT", "provided  that",
            "as", "is", "as is", "aſ iſ", "asis", "ß-rule", "SS-RULE", "ẞ-RULE", "\u212Aind", "kınd", "KIND", "_",
            "9", "٣", "é", "Ω", "\u2163", " ", " ", "\n", ",", ".", "-", "/", "(", ")");

    @Test
    void thePlacesAreThoseOfTheDefinitionAndTheFirstIsTheirFirst() {
        long seed = 20261207;
        Random random = new Random(seed);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i >= 0; i--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String t = text.toString();
            List<String> words = new ArrayList<>(WORDS);
            java.util.Collections.shuffle(words, random);
            words = words.subList(0, 1 + random.nextInt(words.size()));
            List<VagueWords.Place> expected = definition(t, words);
            String where = "seed " + seed + ", case " + n + ": " + words + " in \"" + t + "\"";
            assertEquals(expected, VagueWords.in(t, words), where);
            assertEquals(expected.isEmpty() ? null : expected.get(0), VagueWords.first(t, words), where);
        }
    }

    private static List<VagueWords.Place> definition(String text, List<String> words) {
        List<VagueWords.Place> all = new ArrayList<>();
        for (String word : words) {
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}_])");
            String[] parts = word.strip().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
            }
            regex.append("(?![\\p{L}\\p{N}_])");
            Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text);
            while (m.find()) {
                all.add(new VagueWords.Place(word, m.start(), m.end()));
            }
        }
        all.sort(Comparator.comparingInt(VagueWords.Place::start)
                .thenComparing(Comparator.comparingInt(VagueWords.Place::end).reversed()));
        List<VagueWords.Place> out = new ArrayList<>();
        int end = 0;
        for (VagueWords.Place p : all) {
            if (p.start() >= end) {
                out.add(p);
                end = p.end();
            }
        }
        return out;
    }

    @Test
    void aLabelsSpacesAreCollapsedAsTheExpressionCollapsesThem() {
        Random random = new Random(7);
        List<String> pieces = List.of(" ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "a", "Wages",
                "ß", "-");
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i >= 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = text.toString();
            assertEquals(t.replaceAll("\\s+", " "), Texts.collapseSpaces(t), "case " + n + ": \"" + t + "\"");
        }
    }
}
