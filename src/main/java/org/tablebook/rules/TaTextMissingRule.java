package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.Severity;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;

/**
 * TA_TEXT_MISSING (WARNING): an agreement on a demand that changes contract sections, holding no
 * agreed text for them; the new contract cannot be assembled from it.
 *
 * <p>Time: No clock: it reads which language the agreement holds.
 */
public final class TaTextMissingRule extends AbstractRule {
    public static final String ID = "TA_TEXT_MISSING";

    public TaTextMissingRule() {
        super(ID, Severity.WARNING, Sources.BARGAINING_PRACTICE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (TentativeAgreement ta : snapshot.agreements()) {
            if (ta.status() == TaStatus.REOPENED) {
                continue;
            }
            List<SectionLanguage> language = snapshot.languageOf(ta.demandId());
            boolean changesSections = language.stream().anyMatch(l -> l.role() != LanguageRole.AGREED);
            boolean holdsText = language.stream().anyMatch(l -> l.role() == LanguageRole.AGREED
                    && ta.id().equals(l.agreementId()) && !l.text().isBlank());
            if (changesSections && !holdsText) {
                findings.add(finding(ta, RecordNames.agreement(snapshot, ta),
                        Text.of("TA_TEXT_MISSING.agreement"), "fix.takeTextFromPass", "text"));
            }
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.TENTATIVE_AGREEMENT, EntityKind.SECTION_LANGUAGE, EntityKind.DEMAND);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
