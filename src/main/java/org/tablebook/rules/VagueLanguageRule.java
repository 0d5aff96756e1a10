package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 */
public final class VagueLanguageRule extends AbstractRule {
    public static final String ID = "VAGUE_LANGUAGE";

    public VagueLanguageRule() {
        super(ID, Severity.INFO, "Vague contract language", new Principle(
                "Write contract language that can be read only one way: \u201cand/or\u201d, \u201cprovided that\u201d "
                        + "and an undefined \u201creasonable\u201d invite disputes over what was agreed, and an ambiguity "
                        + "is read against the side that drafted it.", Sources.DRAFTING_PRACTICE));
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
                findings.add(finding(proposal, Labels.proposal(snapshot, proposal),
                        "This proposal uses " + quoted(found) + ", which can be read more than one way: define the "
                                + "terms or say exactly what is meant.",
                        "Edit the wording", inText.isEmpty() ? "summary" : "text",
                        found, Fingerprint.of(proposal.summary(), proposal.text())));
            }
        }
        for (TentativeAgreement agreement : snapshot.agreements()) {
            List<String> found = found(patterns, agreement.text());
            if (!found.isEmpty()) {
                findings.add(finding(agreement, Labels.agreement(snapshot, agreement),
                        "This agreement's text uses " + quoted(found) + ", which can be read more than one way: "
                                + "define the terms or say exactly what is meant.",
                        "Edit the wording", "text", found, Fingerprint.of(agreement.text())));
            }
        }
        return findings;
    }

    /**
     * A word or phrase, found only where it stands whole. The literal comes first in the pattern,
     * and the word boundary before it is checked only where the literal is found: a look-behind at
     * the start of the pattern is tried at every character of every text, which made this rule
     * take most of the rules' time on a large negotiation.
     */
    private static final class WholeWord {
        private final Pattern pattern;

        WholeWord(String word) {
            StringBuilder regex = new StringBuilder();
            String[] parts = word.strip().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
            }
            regex.append("(?![\\p{L}\\p{N}_])");
            pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        boolean in(String text) {
            Matcher m = pattern.matcher(text);
            int from = 0;
            while (from <= text.length() && m.find(from)) {
                if (m.start() == 0 || !isWordChar(text.codePointBefore(m.start()))) {
                    return true;
                }
                from = m.start() + 1;
            }
            return false;
        }

        /** What {@code [\p{L}\p{N}_]} matches. */
        private static boolean isWordChar(int codePoint) {
            int type = Character.getType(codePoint);
            return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER || codePoint == '_';
        }
    }

    private static List<String> found(Map<String, WholeWord> patterns, String text) {
        return patterns.entrySet().stream().filter(e -> e.getValue().in(text)).map(Map.Entry::getKey).toList();
    }

    private static String quoted(List<String> words) {
        return Texts.join(words.stream().map(w -> "\u201c" + w + "\u201d").toList());
    }
}
