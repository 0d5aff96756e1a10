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

    /** The words met so far, each made ready once: a list of vague words is short, and read on every evaluation. */
    private static final Map<String, WholeWord> READY = new ConcurrentHashMap<>();

    private VagueWords() {
    }

    /** The word ready to be found, made once per word. */
    static WholeWord word(String word) {
        WholeWord w = READY.get(word);
        if (w == null) {
            if (READY.size() > 1_000) {
                READY.clear();
            }
            w = new WholeWord(word);
            READY.put(word, w);
        }
        return w;
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
            WholeWord w = word(word);
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

    /**
     * The first place, or null: the first of {@link #in}, found without finding the others (the
     * earliest start, the longest there, the first word of the list on a tie).
     */
    public static Place first(String text, List<String> words) {
        if (text == null || text.isEmpty() || words == null || words.isEmpty()) {
            return null;
        }
        Place first = null;
        for (String word : words) {
            if (word == null || word.isBlank()) {
                continue;
            }
            int[] at = word(word).find(text, 0);
            if (at != null && (first == null || at[0] < first.start()
                    || (at[0] == first.start() && at[1] > first.end()))) {
                first = new Place(word, at[0], at[1]);
            }
        }
        return first;
    }

    /**
     * A word or phrase, found only where it stands whole, as the expression
     * {@code (?<![\p{L}\p{N}_])word(?![\p{L}\p{N}_])} (case-insensitive, Unicode) finds it, but
     * without trying that expression at every character of every text: on a large negotiation that
     * took most of the rules' time. The expression compares a letter by its lower case of its upper
     * case; the places where the least common letter of the word's first part stands, in any case
     * that compares equal, are found with {@link String#indexOf(int, int)}; only where the whole
     * first part compares equal and no letter stands before it is the expression tried.
     */
    static final class WholeWord {
        private static final Map<Character, char[]> VARIANTS = new ConcurrentHashMap<>();
        /** ASCII letters from the most common in English and Spanish prose to the least. */
        private static final String COMMON = "eaotinsrhldcumpfgybvwkxjqz";
        private final Pattern pattern;
        /** The first part as typed, and as the expression compares it; null when it holds a character beyond the basic plane. */
        private final char[] typed;
        private final char[] folded;
        /** Where in the first part the least common letter stands, and every character equal to it. */
        private final int anchor;
        private final char[] anchors;

        WholeWord(String word) {
            StringBuilder regex = new StringBuilder();
            String[] parts = word.strip().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
            }
            regex.append("(?![\\p{L}\\p{N}_])");
            pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            char[] first = parts[0].toCharArray();
            char[] f = new char[first.length];
            int rarest = 0;
            boolean plain = first.length > 0;
            for (int i = 0; i < first.length && plain; i++) {
                int folded = fold(first[i]);
                plain = !Character.isSurrogate(first[i]) && folded <= 0xFFFF;
                f[i] = (char) folded;
                if (commonness(first[i]) < commonness(first[rarest])) {
                    rarest = i;
                }
            }
            typed = plain ? first : null;
            folded = plain ? f : null;
            anchor = rarest;
            anchors = plain ? VARIANTS.computeIfAbsent(first[rarest], WholeWord::variants) : null;
        }

        /** How often a character stands in prose, roughly: the lower, the rarer. */
        private static int commonness(char c) {
            int at = COMMON.indexOf(Character.toLowerCase(c));
            return at < 0 ? (Character.isLetter(c) ? 0 : -1) : COMMON.length() - at;
        }

        /** Every character the expression takes for {@code c}: itself, and every one whose lower case of upper case is that of {@code c}. */
        private static char[] variants(char c) {
            int folded = fold(c);
            StringBuilder all = new StringBuilder();
            for (int x = 0; x <= 0xFFFF; x++) {
                if (x == c || x == folded || fold(x) == folded) {
                    all.append((char) x);
                }
            }
            return all.toString().toCharArray();
        }

        private static int fold(int c) {
            if (c < 0x80) {
                return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
            }
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        boolean in(String text) {
            if (typed == null) {
                return findByExpression(text, 0) != null;
            }
            int last = text.length() - typed.length;
            for (char letter : anchors) {
                for (int at = text.indexOf(letter, anchor); at >= 0; at = text.indexOf(letter, at + 1)) {
                    int start = at - anchor;
                    if (start > last) {
                        break;
                    }
                    if (firstPartAt(text, start) && boundaryBefore(text, start) && pattern.matcher(text)
                            .useTransparentBounds(true).useAnchoringBounds(false).region(start, text.length())
                            .lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The first whole occurrence at or after {@code from}: its start and end, or null. */
        int[] find(String text, int from) {
            if (typed == null) {
                return findByExpression(text, from);
            }
            int best = -1;
            int bestEnd = -1;
            Matcher m = null;
            int last = text.length() - typed.length;
            for (char letter : anchors) {
                for (int at = text.indexOf(letter, from + anchor); at >= 0; at = text.indexOf(letter, at + 1)) {
                    int start = at - anchor;
                    if (start > last || (best >= 0 && start >= best)) {
                        break;
                    }
                    if (!firstPartAt(text, start) || !boundaryBefore(text, start)) {
                        continue;
                    }
                    if (m == null) {
                        m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    if (m.region(start, text.length()).lookingAt()) {
                        best = start;
                        bestEnd = m.end();
                        break;
                    }
                }
            }
            return best < 0 ? null : new int[] {best, bestEnd};
        }

        /** Whether the first part stands at {@code start} as the expression compares it. */
        private boolean firstPartAt(String text, int start) {
            for (int j = 0; j < typed.length; j++) {
                char c = text.charAt(start + j);
                if (c != typed[j] && c != folded[j] && fold(c) != folded[j]) {
                    return false;
                }
            }
            return true;
        }

        private int[] findByExpression(String text, int from) {
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
