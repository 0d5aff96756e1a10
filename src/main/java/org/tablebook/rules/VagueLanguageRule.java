package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.TentativeAgreement;

/**
 * VAGUE_LANGUAGE (INFO): a proposal whose summary or text, or an agreement whose text, contains
 * any of {@code vagueWords}: case-insensitive, as whole words or phrases (so "unreasonable" does
 * not match "reasonable"; spaces inside a phrase match any run of whitespace). One finding per
 * record, naming the words found in the settings' order. The fingerprint holds the words found and
 * a hash of the wording, so editing the text or the word list lapses an acknowledgement.
 *
 * <p>Time: No clock: it reads the wording.
 */
public final class VagueLanguageRule extends AbstractRule {
    public static final String ID = "VAGUE_LANGUAGE";

    public VagueLanguageRule() {
        super(ID, Severity.INFO, Sources.DRAFTING_PRACTICE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Map<String, WholeWord> patterns = new LinkedHashMap<>();
        for (String word : settings.vagueWords()) {
            patterns.put(word, new WholeWord(word));
        }
        if (patterns.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Proposal proposal : snapshot.proposals()) {
            List<String> inText = found(patterns, proposal.text());
            List<String> inSummary = found(patterns, proposal.summary());
            List<String> found = patterns.keySet().stream().filter(w -> inText.contains(w) || inSummary.contains(w)).toList();
            if (!found.isEmpty()) {
                findings.add(finding(proposal, RecordNames.proposal(snapshot, proposal),
                        Text.of("VAGUE_LANGUAGE.proposal", quoted(found)), "fix.editWording", inText.isEmpty() ? "summary" : "text",
                        found, Fingerprint.of(proposal.summary(), proposal.text())));
            }
        }
        for (TentativeAgreement agreement : snapshot.agreements()) {
            List<String> found = found(patterns, agreement.text());
            if (!found.isEmpty()) {
                findings.add(finding(agreement, RecordNames.agreement(snapshot, agreement),
                        Text.of("VAGUE_LANGUAGE.agreement", quoted(found)), "fix.editWording", "text", found, Fingerprint.of(agreement.text())));
            }
        }
        return findings;
    }

    /**
     * A word or phrase, found only where it stands whole, as the expression
     * {@code (?<![\p{L}\p{N}_])word(?![\p{L}\p{N}_])} (case-insensitive, Unicode) finds it, but
     * without trying that expression at every character of every text: on a large negotiation that
     * took most of the rules' time. The places where the word's first letter stands, in any case,
     * are found with {@link String#indexOf(int, int)}; only there is the expression tried, and the
     * character before checked.
     */
    private static final class WholeWord {
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

    private static List<String> found(Map<String, WholeWord> patterns, String text) {
        return patterns.entrySet().stream().filter(e -> e.getValue().in(text)).map(Map.Entry::getKey).toList();
    }

    private static List<Text> quoted(List<String> words) {
        return words.stream().map(w -> Text.of("quoted", w)).toList();
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.TENTATIVE_AGREEMENT, EntityKind.PROPOSAL, EntityKind.DEMAND);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
