package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 */
public final class FinalLanguageDiffersFromTaRule extends AbstractRule {
    public static final String ID = "FINAL_LANGUAGE_DIFFERS_FROM_TA";

    public FinalLanguageDiffersFromTaRule() {
        super(ID, Severity.ERROR, "New contract differs from a TA", new Principle(
                "The final contract says exactly what the tentative agreements say; the committee checks the "
                        + "assembled language against every TA before it goes to the members.",
                Sources.BARGAINING_PRACTICE));
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
                findings.add(finding(ta, RecordNames.agreement(snapshot, ta), "The new contract's "
                                + section.section().label() + " does not read as this agreement says: another "
                                + "agreement on the same section gives it different words.",
                        "Settle the section's text", "text", section.section().id(), agreed.text(), section.text()));
            }
        }
        return findings;
    }
}
