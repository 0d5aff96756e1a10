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
        Map<String, VagueWords.WholeWord> patterns = new LinkedHashMap<>();
        for (String word : settings.vagueWords()) {
            patterns.put(word, new VagueWords.WholeWord(word));
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

    private static List<String> found(Map<String, VagueWords.WholeWord> patterns, String text) {
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
