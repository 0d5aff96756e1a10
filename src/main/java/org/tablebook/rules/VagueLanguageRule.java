package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.TentativeAgreement;

/**
 * VAGUE_LANGUAGE (INFO): a proposal whose summary, text or proposed contract language, or an
 * agreement whose text or agreed contract language, contains
 * any of {@code vagueWords}: case-insensitive, as whole words or phrases (so "unreasonable" does
 * not match "reasonable"; spaces inside a phrase match any run of whitespace). One finding per
 * record, naming the words found in the settings' order and pointing at the first one inside its text
 * (the contract language first), so the redline view can mark it. The fingerprint holds the words found and
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
            patterns.put(word, VagueWords.word(word));
        }
        if (patterns.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<String> listed = List.copyOf(patterns.keySet());
        for (Proposal proposal : snapshot.proposals()) {
            List<SectionLanguage> language = languageOf(snapshot, proposal.demandId(), LanguageRole.PROPOSED,
                    proposal.id());
            List<String> inText = found(patterns, proposal.text());
            List<String> inSummary = found(patterns, proposal.summary());
            List<String> inLanguage = found(patterns, language);
            if (inText.isEmpty() && inSummary.isEmpty() && inLanguage.isEmpty()) {
                continue;
            }
            List<String> found = listed.stream().filter(w -> inText.contains(w) || inSummary.contains(w)
                    || inLanguage.contains(w)).toList();
            Object print = language.isEmpty() ? Fingerprint.later(proposal.summary(), proposal.text())
                    : Fingerprint.later(proposal.summary(), proposal.text(), texts(language));
            Finding f = finding(proposal, RecordNames.proposal(snapshot, proposal),
                    Text.of("VAGUE_LANGUAGE.proposal", quoted(found)), "fix.editWording",
                    inText.isEmpty() && inLanguage.isEmpty() ? "summary" : "text", found, print);
            findings.add(placed(f, listed, language, proposal, proposal.text(), proposal.summary()));
        }
        for (TentativeAgreement agreement : snapshot.agreements()) {
            List<SectionLanguage> language = languageOf(snapshot, agreement.demandId(), LanguageRole.AGREED,
                    agreement.id());
            List<String> inText = found(patterns, agreement.text());
            List<String> inLanguage = found(patterns, language);
            if (inText.isEmpty() && inLanguage.isEmpty()) {
                continue;
            }
            List<String> found = listed.stream().filter(w -> inText.contains(w) || inLanguage.contains(w)).toList();
            Object print = language.isEmpty() ? Fingerprint.later(agreement.text())
                    : Fingerprint.later(agreement.text(), texts(language));
            Finding f = finding(agreement, RecordNames.agreement(snapshot, agreement),
                    Text.of("VAGUE_LANGUAGE.agreement", quoted(found)), "fix.editWording", "text", found, print);
            findings.add(placed(f, listed, language, agreement, agreement.text(), ""));
        }
        return findings;
    }

    /**
     * Points the finding at the first vague word: in the contract language first (by section), then
     * in the record's own text, then its summary.
     */
    private static Finding placed(Finding f, List<String> words, List<SectionLanguage> language,
            org.tablebook.domain.Entity record, String text, String summary) {
        for (SectionLanguage l : language) {
            VagueWords.Place p = VagueWords.first(l.text(), words);
            if (p != null) {
                return f.at(new Finding.Place(EntityRef.of(l), "text", p.start(), p.end()));
            }
        }
        VagueWords.Place p = VagueWords.first(text, words);
        if (p != null) {
            return f.at(new Finding.Place(EntityRef.of(record), "text", p.start(), p.end()));
        }
        p = VagueWords.first(summary, words);
        return p == null ? f : f.at(new Finding.Place(EntityRef.of(record), "summary", p.start(), p.end()));
    }

    /** The proposed (or agreed) language of one pass (or TA), in contract order. */
    private static List<SectionLanguage> languageOf(NegotiationSnapshot s, String demandId, LanguageRole role,
            String ownerId) {
        if (s.sectionLanguage().isEmpty()) {
            return List.of();
        }
        List<SectionLanguage> onDemand = s.languageOf(demandId);
        if (onDemand.isEmpty()) {
            return List.of();
        }
        return onDemand.stream().filter(l -> l.role() == role
                && ownerId.equals(role == LanguageRole.PROPOSED ? l.proposalId() : l.agreementId()))
                .sorted(java.util.Comparator.comparingInt((SectionLanguage l) -> s.contractSection(l.sectionId())
                        .map(org.tablebook.domain.ContractSection::position).orElse(0)))
                .toList();
    }

    private static List<String> found(Map<String, VagueWords.WholeWord> patterns, List<SectionLanguage> language) {
        if (language.isEmpty()) {
            return List.of();
        }
        return patterns.entrySet().stream().filter(e -> language.stream().anyMatch(l -> e.getValue().in(l.text())))
                .map(Map.Entry::getKey).toList();
    }

    private static String texts(List<SectionLanguage> language) {
        return String.join("\u001e", language.stream().map(SectionLanguage::text).toList());
    }

    /** The words standing in the text, in the settings' order. */
    private static List<String> found(Map<String, VagueWords.WholeWord> patterns, String text) {
        List<String> found = List.of();
        for (Map.Entry<String, VagueWords.WholeWord> e : patterns.entrySet()) {
            if (e.getValue().in(text)) {
                if (found.isEmpty()) {
                    found = new ArrayList<>();
                }
                found.add(e.getKey());
            }
        }
        return found;
    }

    private static List<Text> quoted(List<String> words) {
        return words.stream().map(w -> Text.of("quoted", w)).toList();
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.TENTATIVE_AGREEMENT, EntityKind.PROPOSAL, EntityKind.DEMAND,
                EntityKind.SECTION_LANGUAGE, EntityKind.CONTRACT_SECTION);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
