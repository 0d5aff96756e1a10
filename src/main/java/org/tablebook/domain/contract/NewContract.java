package org.tablebook.domain.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;

/**
 * The new contract: the current contract with every TA's agreed text applied, in article order.
 * Sections no TA touches stay as they were; sections a live demand still changes are marked open;
 * a section a demand adds is in the new contract once a TA gives it text (or marked open until then).
 */
public final class NewContract {

    /** Where a section of the new contract stands. */
    public enum State { UNCHANGED, AGREED, OPEN }

    /**
     * One section of the new contract.
     *
     * @param before the current contract's text, or null for a section the current contract lacks
     * @param text the new contract's text
     * @param agreed the agreed language applied to it, oldest TA first; the last one's text is {@code text}
     */
    public record Section(ContractSection section, State state, String before, String text,
            List<SectionLanguage> agreed) {

        public Redline redline() {
            return Redline.of(before, text);
        }
    }

    private final List<Section> sections;

    private NewContract(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    public List<Section> sections() {
        return sections;
    }

    /** The new contract from the snapshot's contract and the live TAs (not reopened). */
    public static NewContract assemble(NegotiationSnapshot s) {
        List<Section> out = new ArrayList<>();
        for (ContractSection section : s.contract()) {
            List<SectionLanguage> agreed = new ArrayList<>();
            Set<String> changingDemands = new LinkedHashSet<>();
            for (SectionLanguage l : s.sectionLanguage()) {
                if (!l.sectionId().equals(section.id())) {
                    continue;
                }
                if (l.role() == LanguageRole.AGREED) {
                    s.agreement(l.agreementId()).filter(NewContract::live).ifPresent(ta -> agreed.add(l));
                } else if (s.demand(l.demandId()).map(NewContract::stillOnTheTable).orElse(false)) {
                    changingDemands.add(l.demandId());
                }
            }
            agreed.sort(Comparator.comparing((SectionLanguage l) -> s.agreement(l.agreementId()).orElseThrow().reachedOn())
                    .thenComparing(SectionLanguage::createdAt));
            agreed.forEach(l -> changingDemands.remove(l.demandId()));
            String before = section.text();
            if (!agreed.isEmpty()) {
                out.add(new Section(section, changingDemands.isEmpty() ? State.AGREED : State.OPEN, before,
                        agreed.get(agreed.size() - 1).text(), List.copyOf(agreed)));
            } else if (!changingDemands.isEmpty()) {
                out.add(new Section(section, State.OPEN, before, before == null ? "" : before, List.of()));
            } else if (before != null) {
                out.add(new Section(section, State.UNCHANGED, before, before, List.of()));
            }
        }
        return new NewContract(out);
    }

    private static boolean live(TentativeAgreement ta) {
        return ta.status() != TaStatus.REOPENED;
    }

    private static boolean stillOnTheTable(Demand d) {
        return d.status() == DemandStatus.DRAFT || d.status() == DemandStatus.ON_TABLE;
    }
}
