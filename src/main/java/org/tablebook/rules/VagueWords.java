package org.tablebook.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the words the team calls vague stand in a text, found as {@link VagueLanguageRule} finds
 * them: whole words or phrases, in any case. The redline view marks them with it.
 */
public final class VagueWords {
    /** One vague word in a text: the word of the list, and where it stands (end exclusive). */
    public record Place(String word, int start, int end) {
    }

    private VagueWords() {
    }

    /** Every place a word of {@code words} stands in {@code text}, in reading order, none overlapping. */
    public static List<Place> in(String text, List<String> words) {
        if (text == null || text.isEmpty() || words == null || words.isEmpty()) {
            return List.of();
        }
        List<Place> all = new ArrayList<>();
        for (String word : words) {
            if (word == null || word.isBlank()) {
                continue;
            }
            WholeWord w = new WholeWord(word);
            for (int[] at = w.find(text, 0); at != null; at = w.find(text, at[1])) {
                all.add(new Place(word, at[0], at[1]));
            }
        }
        all.sort(Comparator.comparingInt(Place::start).thenComparing(Comparator.comparingInt(Place::end).reversed()));
        List<Place> out = new ArrayList<>();
        int end = 0;
        for (Place p : all) {
            if (p.start() >= end) {
                out.add(p);
                end = p.end();
            }
        }
        return out;
    }

    /** The first place, or null. */
    public static Place first(String text, List<String> words) {
        List<Place> places = in(text, words);
        return places.isEmpty() ? null : places.get(0);
    }

    /**
     * A word or phrase, found only where it stands whole, as the expression
     * {@code (?<![\p{L}\p{N}_])word(?![\p{L}\p{N}_])} (case-insensitive, Unicode) finds it, but
     * without trying that expression at every character of every text: on a large negotiation that
     * took most of the rules' time. The places where the word's first letter stands, in any case,
     * are found with {@link String#indexOf(int, int)}; only there is the expression tried, and the
     * character before checked.
     */
    static final class WholeWord {
        private static final Map<Integer, int[]> VARIANTS = new ConcurrentHashMap<>();
        private final Pattern pattern;
        private final int[] firstLetters;

        WholeWord(String word) {
            StringBuilder regex = new StringBuilder();
            String[] parts = word.strip().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
            }
            regex.append("(?![\\p{L}\\p{N}_])");
            pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            int first = parts[0].codePointAt(0);
            firstLetters = first > 0xFFFF ? null : VARIANTS.computeIfAbsent(first, WholeWord::variants);
        }

        /** Every character a case-insensitive match may start with (a few more do no harm). */
        private static int[] variants(int c) {
            int folded = fold(c);
            return java.util.stream.IntStream.rangeClosed(0, 0xFFFF)
                    .filter(x -> x == c || x == folded || fold(x) == folded
                            || Character.toUpperCase(x) == Character.toUpperCase(c)
                            || Character.toLowerCase(x) == Character.toLowerCase(c))
                    .toArray();
        }

        private static int fold(int c) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        boolean in(String text) {
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (firstLetters == null) {
                int from = 0;
                while (from <= text.length() && m.find(from)) {
                    if (boundaryBefore(text, m.start())) {
                        return true;
                    }
                    from = m.start() + 1;
                }
                return false;
            }
            for (int letter : firstLetters) {
                for (int at = text.indexOf(letter); at >= 0; at = text.indexOf(letter, at + 1)) {
                    if (boundaryBefore(text, at) && m.region(at, text.length()).lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The first whole occurrence at or after {@code from}: its start and end, or null. */
        int[] find(String text, int from) {
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int at = from;
            while (at <= text.length() && m.find(at)) {
                if (boundaryBefore(text, m.start())) {
                    return new int[] {m.start(), m.end()};
                }
                at = m.start() + 1;
            }
            return null;
        }

        private static boolean boundaryBefore(String text, int at) {
            return at == 0 || !isWordChar(text.codePointBefore(at));
        }

        /** What the class [\p{L}\p{N}_] matches. */
        private static boolean isWordChar(int codePoint) {
            int type = Character.getType(codePoint);
            return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER || codePoint == '_';
        }
    }

}
