package org.tablebook.domain;

import java.time.Instant;

/**
 * One demand, ours or the other side's.
 *
 * @param description internal: what the committee means by it, never shown to members
 * @param publicSummary what members may read in the membership summary
 * @param origin where in members' needs it came from; null when nobody recorded it
 * @param confidential a confidential demand never appears in anything that leaves the committee
 */
public record Demand(
        String id,
        String code,
        String article,
        String title,
        String description,
        String publicSummary,
        Side proposedBy,
        DemandCategory category,
        DemandPriority priority,
        DemandSubject subject,
        DemandOrigin origin,
        String originNote,
        DemandStatus status,
        boolean confidential,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public Demand {
        Check.id("id", id);
        code = Check.required("code", "label.theDemandsCode", code);
        if (code.length() > 32) {
            throw Check.refusal("code", "record.demandCodeTooLong");
        }
        article = Check.text("article", "label.theArticle", article);
        title = Check.required("title", "label.theDemandsTitle", title);
        description = Check.text("description", "label.theDescription", description);
        publicSummary = Check.text("publicSummary", "label.thePublicSummary", publicSummary);
        Check.present("proposedBy", "label.whoProposedIt", proposedBy);
        Check.present("category", "label.theCategory", category);
        Check.present("priority", "label.thePriority", priority);
        subject = subject == null ? DemandSubject.UNKNOWN : subject;
        originNote = Check.text("originNote", "label.theOriginNote", originNote);
        Check.present("status", "label.theStatus", status);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    public static Demand create(String code, String title, Side proposedBy, Instant now) {
        return new Demand(Ids.newId(), code, "", title, "", "", proposedBy, DemandCategory.OTHER,
                DemandPriority.MEDIUM, DemandSubject.UNKNOWN, null, "", DemandStatus.DRAFT, false, now, now);
    }

    /** The same demand in another status, refused when the lifecycle does not allow the move. */
    public Demand withStatus(DemandStatus target, Instant now) {
        return new Demand(id, code, article, title, description, publicSummary, proposedBy, category, priority,
                subject, origin, originNote, status.moveTo(target), confidential, createdAt, now);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.DEMAND;
    }
}
