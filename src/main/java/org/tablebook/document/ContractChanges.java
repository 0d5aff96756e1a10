package org.tablebook.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tablebook.domain.Check;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Ids;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.store.Changes;

/**
 * The contract's writes, each for one user action inside {@link NegotiationDocument#change}: so
 * every one is audited and can be undone like any other change.
 */
public final class ContractChanges {
    private ContractChanges() {
    }

    /**
     * Makes {@code imported} the current contract: a section with the same article and number keeps
     * its record (and the demands pointing at it) and takes the new text; new ones are added; a
     * section no longer in the file is removed, unless a demand still points at it, which refuses
     * the whole import. Returns how many sections the contract has now.
     */
    public static int replaceCurrentContract(Changes w, NegotiationSnapshot s, List<ContractSection> imported,
            Instant at) {
        // In contract order, so a refusal names the first section missing from the file.
        Map<String, ContractSection> existing = new LinkedHashMap<>();
        for (ContractSection c : s.contract()) {
            if (c.inCurrentContract()) {
                existing.put(key(c), c);
            }
        }
        int position = 0;
        for (ContractSection c : imported) {
            ContractSection before = existing.remove(key(c));
            if (before == null) {
                w.insert(new ContractSection(c.id(), c.articleNumber(), c.articleTitle(), c.number(), c.title(),
                        c.text(), position, at, at));
            } else {
                w.update(new ContractSection(before.id(), c.articleNumber(), c.articleTitle(), c.number(), c.title(),
                        c.text(), position, before.createdAt(), at));
            }
            position++;
        }
        for (ContractSection gone : existing.values()) {
            boolean inUse = s.sectionLanguage().stream().anyMatch(l -> l.sectionId().equals(gone.id()));
            if (inUse) {
                throw Check.refusal("contract", "contract.sectionStillChanged", gone.label());
            }
            w.delete(EntityRef.of(gone));
        }
        return imported.size();
    }

    /**
     * Gives a TA the text of the pass it accepts, section by section, replacing any agreed text the
     * TA held for those sections. Returns the agreed language written.
     */
    public static List<SectionLanguage> takeAgreedText(Changes w, NegotiationSnapshot s, TentativeAgreement ta,
            Proposal accepted, Instant at) {
        if (!accepted.demandId().equals(ta.demandId())) {
            throw Check.refusal("proposalId", "contract.passOnAnotherDemand");
        }
        List<SectionLanguage> out = new ArrayList<>();
        for (SectionLanguage proposed : s.languageOf(ta.demandId())) {
            if (proposed.role() != LanguageRole.PROPOSED || !proposed.proposalId().equals(accepted.id())) {
                continue;
            }
            Optional<SectionLanguage> held = agreedText(s, ta, proposed.sectionId());
            SectionLanguage agreed = held.map(h -> new SectionLanguage(h.id(), LanguageRole.AGREED, h.sectionId(),
                    h.demandId(), accepted.id(), ta.id(), proposed.text(), h.createdAt(), at))
                    .orElseGet(() -> SectionLanguage.agreed(Ids.newId(), proposed.sectionId(), ta, accepted.id(),
                            proposed.text(), at));
            if (held.isPresent()) {
                w.update(agreed);
            } else {
                w.insert(agreed);
            }
            out.add(agreed);
        }
        if (out.isEmpty()) {
            throw Check.refusal("proposalId", "contract.passProposesNoLanguage");
        }
        return out;
    }

    /** Corrects the agreed text of one section of a TA. */
    public static SectionLanguage editAgreedText(Changes w, SectionLanguage agreed, String text, Instant at) {
        if (agreed.role() != LanguageRole.AGREED) {
            throw Check.refusal("text", "contract.onlyAgreedTextCorrected");
        }
        SectionLanguage edited = agreed.withText(text, at);
        w.update(edited);
        return edited;
    }

    /** The sections a demand changes, in contract order. */
    public static List<ContractSection> sectionsChangedBy(NegotiationSnapshot s, String demandId) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (SectionLanguage l : s.languageOf(demandId)) {
            if (l.role() == LanguageRole.CHANGES) {
                ids.add(l.sectionId());
            }
        }
        return s.contract().stream().filter(c -> ids.contains(c.id())).toList();
    }

    /**
     * Makes {@code changed} the sections the demand changes: a new article among them (not in the
     * file yet) is added to the contract, a section taken off loses its pointer. A section on which
     * the demand's passes or TAs hold language cannot be taken off: its text would lose its place.
     */
    public static void writeSectionsChanged(Changes w, NegotiationSnapshot s, Demand demand,
            List<ContractSection> changed, Instant at) {
        Map<String, SectionLanguage> pointers = new LinkedHashMap<>();
        for (SectionLanguage l : s.languageOf(demand.id())) {
            if (l.role() == LanguageRole.CHANGES) {
                pointers.put(l.sectionId(), l);
            }
        }
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (ContractSection c : changed) {
            keep.add(c.id());
            if (s.contractSection(c.id()).isEmpty()) {
                w.insert(c);
            }
            if (!pointers.containsKey(c.id())) {
                w.insert(SectionLanguage.changes(Ids.newId(), c.id(), demand.id(), at));
            }
        }
        for (SectionLanguage gone : pointers.values()) {
            if (keep.contains(gone.sectionId())) {
                continue;
            }
            boolean hasText = s.languageOf(demand.id()).stream().anyMatch(l -> l.role() != LanguageRole.CHANGES
                    && l.sectionId().equals(gone.sectionId()));
            if (hasText) {
                String name = s.contractSection(gone.sectionId()).map(ContractSection::label).orElse(gone.sectionId());
                throw Check.refusal("sections", "contract.sectionHoldsLanguage", name);
            }
            w.delete(EntityRef.of(gone));
        }
    }

    private static Optional<SectionLanguage> agreedText(NegotiationSnapshot s, TentativeAgreement ta, String sectionId) {
        return s.languageOf(ta.demandId()).stream().filter(l -> l.role() == LanguageRole.AGREED
                && ta.id().equals(l.agreementId()) && l.sectionId().equals(sectionId)).findFirst();
    }

    private static String key(ContractSection c) {
        return c.articleNumber() + "\u0000" + c.number();
    }
}
