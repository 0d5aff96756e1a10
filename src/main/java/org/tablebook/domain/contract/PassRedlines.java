package org.tablebook.domain.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.SectionLanguage;

/**
 * The language a pass proposes, section by section, as redlines: against the current contract and
 * against the previous pass on the same demand (of either side) that proposed text for the section.
 */
public final class PassRedlines {
    /**
     * One section of a pass.
     *
     * @param previous the previous pass that proposed text for the section, if any
     * @param againstPrevious the redline against that pass's text, empty when there is none
     */
    public record SectionRedline(ContractSection section, String text, Redline againstContract,
            Optional<Proposal> previous, Optional<Redline> againstPrevious) {
    }

    private PassRedlines() {
    }

    public static List<SectionRedline> of(NegotiationSnapshot s, Proposal pass) {
        List<SectionRedline> out = new ArrayList<>();
        List<Proposal> passes = s.proposalsOf(pass.demandId());
        int at = passes.indexOf(pass);
        for (SectionLanguage l : s.languageOf(pass.demandId())) {
            if (l.role() != LanguageRole.PROPOSED || !l.proposalId().equals(pass.id())) {
                continue;
            }
            ContractSection section = s.contractSection(l.sectionId()).orElseThrow();
            Optional<Proposal> previous = Optional.empty();
            Optional<Redline> againstPrevious = Optional.empty();
            for (int i = at - 1; i >= 0 && previous.isEmpty(); i--) {
                Proposal earlier = passes.get(i);
                Optional<SectionLanguage> text = proposedText(s, earlier, section.id());
                if (text.isPresent()) {
                    previous = Optional.of(earlier);
                    againstPrevious = Optional.of(Redline.of(text.get().text(), l.text()));
                }
            }
            out.add(new SectionRedline(section, l.text(), Redline.of(section.text(), l.text()), previous,
                    againstPrevious));
        }
        out.sort(java.util.Comparator.comparingInt(r -> r.section().position()));
        return out;
    }

    private static Optional<SectionLanguage> proposedText(NegotiationSnapshot s, Proposal pass, String sectionId) {
        return s.languageOf(pass.demandId()).stream().filter(l -> l.role() == LanguageRole.PROPOSED
                && l.proposalId().equals(pass.id()) && l.sectionId().equals(sectionId)).findFirst();
    }
}
