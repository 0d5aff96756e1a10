package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.Severity;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.contract.NewContract;
import org.tablebook.domain.contract.Redline;

/**
 * FINAL_LANGUAGE_DIFFERS_FROM_TA (ERROR): the new contract's text of a section is not what a TA on
 * it says, word for word: two TAs settled the same section differently, or the agreed text was
 * changed after the fact. The check the committee does by hand, line by line, before signing.
 *
 * <p>Time: No clock: it compares the agreed texts with the assembled contract.
 */
public final class FinalLanguageDiffersFromTaRule extends AbstractRule {
    public static final String ID = "FINAL_LANGUAGE_DIFFERS_FROM_TA";

    public FinalLanguageDiffersFromTaRule() {
        super(ID, Severity.ERROR, Sources.BARGAINING_PRACTICE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (NewContract.Section section : NewContract.assemble(snapshot).sections()) {
            for (SectionLanguage agreed : section.agreed()) {
                if (Redline.of(agreed.text(), section.text()).unchanged()) {
                    continue;
                }
                TentativeAgreement ta = snapshot.agreement(agreed.agreementId()).orElseThrow();
                findings.add(finding(ta, RecordNames.agreement(snapshot, ta),
                        Text.of("FINAL_LANGUAGE_DIFFERS_FROM_TA.section", section.section().label()),
                        "fix.settleSectionText", "text", section.section().id(), agreed.text(), section.text()));
            }
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.CONTRACT_SECTION, EntityKind.SECTION_LANGUAGE, EntityKind.TENTATIVE_AGREEMENT,
                EntityKind.DEMAND);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
