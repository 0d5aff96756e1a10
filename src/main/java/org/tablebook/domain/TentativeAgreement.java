package org.tablebook.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A tentative agreement on a demand. A sidebar-sourced agreement stays TENTATIVE until the whole
 * team approves it (references 000 and 001); none becomes RATIFIED without a ratification vote,
 * which the negotiation snapshot checks.
 *
 * @param confirmedSessionId the on-the-record session that confirmed it; null until then
 */
public record TentativeAgreement(
        String id,
        String demandId,
        String text,
        String publicText,
        TaSource source,
        String sidebarId,
        LocalDate reachedOn,
        LocalDate initialedByUsOn,
        LocalDate initialedByThemOn,
        Instant teamApprovedAt,
        String confirmedSessionId,
        TaStatus status,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public TentativeAgreement {
        Check.id("id", id);
        Check.id("demandId", demandId);
        text = Check.required("text", "The agreed text", text);
        publicText = Check.text("publicText", "The public text", publicText);
        Check.present("source", "Where it was reached", source);
        if (source == TaSource.SIDEBAR && (sidebarId == null || sidebarId.isBlank())) {
            throw new ValidationException("sidebarId", "An agreement reached in a sidebar must name that sidebar.");
        }
        if (source == TaSource.TABLE && sidebarId != null) {
            throw new ValidationException("sidebarId", "An agreement reached at the table has no sidebar; choose SIDEBAR as its source to link one.");
        }
        Check.present("reachedOn", "The date it was reached", reachedOn);
        Check.notBefore("initialedByUsOn", "Our initials", initialedByUsOn, "the date it was reached", reachedOn);
        Check.notBefore("initialedByThemOn", "Their initials", initialedByThemOn, "the date it was reached", reachedOn);
        Check.present("status", "The status", status);
        if (source == TaSource.SIDEBAR && status.isBeyondTentative() && teamApprovedAt == null) {
            throw new ValidationException("status", "An agreement from a sidebar stays TENTATIVE until the whole team "
                    + "approves it: the sidebar reps have no authority to agree alone. Record the team's approval first.");
        }
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.TENTATIVE_AGREEMENT;
    }
}
