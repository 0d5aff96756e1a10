package org.tablebook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An obligation of the agreement being watched after the table. A breach starts the grievance
 * window, which in union contracts may be as short as 10 to 20 days (reference 002, feature 7).
 *
 * @param clause the agreement clause, when the item is not tied to a tentative agreement
 * @param agreementId the tentative agreement it comes from, or null
 */
public record ComplianceItem(
        String id,
        String clause,
        String agreementId,
        String obligation,
        String responsibleParty,
        LocalDate dueOn,
        ComplianceStatus status,
        LocalDate breachNoticedOn,
        LocalDate grievanceFiledOn,
        int grievanceWindowDays,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public ComplianceItem {
        Check.id("id", id);
        clause = Check.text("clause", "label.theClause", clause);
        if (clause.isBlank() && agreementId == null) {
            throw Check.refusal("clause", "record.complianceNeedsClause");
        }
        obligation = Check.required("obligation", "label.theObligation", obligation);
        responsibleParty = Check.text("responsibleParty", "label.theResponsibleParty", responsibleParty);
        Check.present("status", "label.theStatus", status);
        if (status == ComplianceStatus.BREACHED && breachNoticedOn == null) {
            throw Check.refusal("breachNoticedOn", "record.breachNeedsDate");
        }
        Check.notBefore("grievanceFiledOn", "label.theGrievance", grievanceFiledOn, "label.theBreachBeingNoticed", breachNoticedOn);
        Check.notNegative("grievanceWindowDays", "label.theGrievanceWindow", grievanceWindowDays);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    /** The last day a grievance can be filed, once a breach has been noticed. */
    /** The last day to file in calendar days; {@link #lastDayToFile(RuleSettings)} counts as the contract does. */
    public Optional<LocalDate> lastDayToFile() {
        return Optional.ofNullable(breachNoticedOn).map(d -> d.plusDays(grievanceWindowDays));
    }

    /** The last day to file, counted in the negotiation's unit (calendar or working days). */
    public Optional<LocalDate> lastDayToFile(RuleSettings settings) {
        return Optional.ofNullable(breachNoticedOn).map(d -> settings.windowEnd(d, grievanceWindowDays));
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.COMPLIANCE_ITEM;
    }
}
