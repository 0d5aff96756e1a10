package org.tablebook.domain;

import java.time.Instant;

/**
 * Language for one contract section on a demand: that the demand changes the section, the text a
 * pass proposes for it, or the text a TA agreed for it.
 *
 * @param proposalId for PROPOSED, the pass; for AGREED, the pass the text was taken from (or null)
 * @param agreementId for AGREED, the tentative agreement; otherwise null
 * @param text the full text of the section; null for CHANGES
 */
public record SectionLanguage(
        String id,
        LanguageRole role,
        String sectionId,
        String demandId,
        String proposalId,
        String agreementId,
        String text,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public SectionLanguage {
        Check.id("id", id);
        Check.present("role", "label.whatTheLanguageIs", role);
        Check.id("sectionId", sectionId);
        Check.id("demandId", demandId);
        switch (role) {
            case CHANGES -> {
                if (proposalId != null || agreementId != null || text != null) {
                    throw Check.refusal("role", "record.changedSectionBare");
                }
            }
            case PROPOSED -> {
                Check.id("proposalId", proposalId);
                if (agreementId != null) {
                    throw Check.refusal("agreementId", "record.proposedOnPass");
                }
                text = Check.text("text", "label.theProposedText", text);
            }
            case AGREED -> {
                Check.id("agreementId", agreementId);
                text = Check.text("text", "label.theAgreedText", text);
            }
            default -> throw new IllegalStateException("Unknown role " + role);
        }
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    public static SectionLanguage changes(String id, String sectionId, String demandId, Instant at) {
        return new SectionLanguage(id, LanguageRole.CHANGES, sectionId, demandId, null, null, null, at, at);
    }

    public static SectionLanguage proposed(String id, String sectionId, Proposal pass, String text, Instant at) {
        return new SectionLanguage(id, LanguageRole.PROPOSED, sectionId, pass.demandId(), pass.id(), null, text, at, at);
    }

    public static SectionLanguage agreed(String id, String sectionId, TentativeAgreement ta, String fromPassId,
            String text, Instant at) {
        return new SectionLanguage(id, LanguageRole.AGREED, sectionId, ta.demandId(), fromPassId, ta.id(), text, at, at);
    }

    public SectionLanguage withText(String newText, Instant at) {
        return new SectionLanguage(id, role, sectionId, demandId, proposalId, agreementId, newText, createdAt, at);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.SECTION_LANGUAGE;
    }
}
