package org.tablebook.ui.demands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tablebook.document.ContractChanges;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.Side;
import org.tablebook.domain.Demand;
import org.tablebook.domain.contract.Redline;

/**
 * One section a demand changes, with each side's latest proposed text beside the current
 * contract's: where the two sides stand on the words.
 *
 * @param ours our latest pass proposing text for it, and that text; empty when we proposed none
 * @param theirs the same for the other side
 */
public record SideBySide(ContractSection section, Optional<Latest> ours, Optional<Latest> theirs) {

    /** A side's latest text on the section and the pass that proposed it. */
    public record Latest(Proposal pass, String text) {
    }

    /** The current contract's text, empty for a new article. */
    public String current() {
        return section.text() == null ? "" : section.text();
    }

    /** A side's latest text as a redline against the current contract. */
    public Optional<Redline> redline(Side side) {
        return (side == Side.OURS ? ours : theirs).map(l -> Redline.of(section.text(), l.text()));
    }

    static List<SideBySide> of(NegotiationSnapshot s, Demand d) {
        List<SideBySide> out = new ArrayList<>();
        List<Proposal> passes = s.proposalsOf(d.id());
        for (ContractSection c : ContractChanges.sectionsChangedBy(s, d.id())) {
            out.add(new SideBySide(c, latest(s, passes, c, Side.OURS), latest(s, passes, c, Side.THEIRS)));
        }
        return out;
    }

    private static Optional<Latest> latest(NegotiationSnapshot s, List<Proposal> passes, ContractSection c, Side side) {
        for (int i = passes.size() - 1; i >= 0; i--) {
            Proposal p = passes.get(i);
            if (p.side() != side) {
                continue;
            }
            for (SectionLanguage l : s.languageOf(p.demandId())) {
                if (l.role() == LanguageRole.PROPOSED && l.proposalId().equals(p.id()) && l.sectionId().equals(c.id())) {
                    return Optional.of(new Latest(p, l.text()));
                }
            }
        }
        return Optional.empty();
    }
}
