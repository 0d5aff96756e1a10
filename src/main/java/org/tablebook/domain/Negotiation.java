package org.tablebook.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one negotiation a file holds: who sits at the table, the dates that drive the deadline
 * rules, and the rule thresholds the team chose.
 *
 * @param bargainingUnit who "we" are: the unit or membership the agreement covers (reference 002, feature 6)
 * @param newDemandDeadline after it, tabling a new demand of ours is "bargaining backwards"
 * @param otherPartyNoticeOn when notice of the contract's end was given to the other party
 * @param mediationNoticeOn when the mediation service was notified
 * @param sector set by hand; presets the notice periods ({@link Sector#presets})
 * @param zone the time zone the table meets in (an IANA id such as America/New_York), or null for
 *     the computer's own: calendar-day rules count days there
 * @param strikeOn the first day of a strike or picketing, when one is planned
 * @param strikeNoticeOn when notice of that strike was given (NLRA section 8(g) for health care)
 */
public record Negotiation(
        String id,
        String title,
        NegotiationKind kind,
        String ourParty,
        String otherParty,
        String bargainingUnit,
        LocalDate startedOn,
        LocalDate contractExpiresOn,
        LocalDate newDemandDeadline,
        LocalDate otherPartyNoticeOn,
        LocalDate mediationNoticeOn,
        RuleSettings ruleSettings,
        Sector sector,
        String zone,
        LocalDate strikeOn,
        LocalDate strikeNoticeOn,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    /** A negotiation as the first schema knew it: private sector, the computer's zone, no strike. */
    public Negotiation(String id, String title, NegotiationKind kind, String ourParty, String otherParty,
            String bargainingUnit, LocalDate startedOn, LocalDate contractExpiresOn, LocalDate newDemandDeadline,
            LocalDate otherPartyNoticeOn, LocalDate mediationNoticeOn, RuleSettings ruleSettings, Instant createdAt,
            Instant updatedAt) {
        this(id, title, kind, ourParty, otherParty, bargainingUnit, startedOn, contractExpiresOn, newDemandDeadline,
                otherPartyNoticeOn, mediationNoticeOn, ruleSettings, Sector.PRIVATE, null, null, null, createdAt,
                updatedAt);
    }

    public Negotiation {
        Check.id("id", id);
        title = Check.required("title", "label.theNegotiationsTitle", title);
        Check.present("kind", "label.theKindOfNegotiation", kind);
        ourParty = Check.text("ourParty", "label.ourParty", ourParty);
        otherParty = Check.text("otherParty", "label.theOtherParty", otherParty);
        bargainingUnit = Check.text("bargainingUnit", "label.theBargainingUnit", bargainingUnit);
        Check.notBefore("contractExpiresOn", "label.theContractsExpiry", contractExpiresOn, "label.theStartOfBargaining", startedOn);
        Check.notBefore("newDemandDeadline", "label.theNewDemandDeadline", newDemandDeadline, "label.theStartOfBargaining", startedOn);
        ruleSettings = ruleSettings == null ? RuleSettings.DEFAULTS : ruleSettings;
        sector = sector == null ? Sector.PRIVATE : sector;
        zone = zone == null || zone.isBlank() ? null : zone.strip();
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw Check.refusal("zone", "record.zoneUnknown", zone);
            }
        }
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    /** A fresh negotiation with only a title, as the app creates for a new file. */
    public static Negotiation create(String title, NegotiationKind kind, Instant now) {
        return new Negotiation(Ids.newId(), title, kind, "", "", "", null, null, null, null, null,
                RuleSettings.DEFAULTS, now, now);
    }

    /** The negotiation's own zone, if one is set. */
    public Optional<ZoneId> zoneId() {
        return Optional.ofNullable(zone).map(ZoneId::of);
    }

    /** The same negotiation with another sector, its notice periods preset for it. */
    public Negotiation withSector(Sector newSector, Instant now) {
        return new Negotiation(id, title, kind, ourParty, otherParty, bargainingUnit, startedOn, contractExpiresOn,
                newDemandDeadline, otherPartyNoticeOn, mediationNoticeOn, newSector.presets(ruleSettings), newSector,
                zone, strikeOn, strikeNoticeOn, createdAt, now);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.NEGOTIATION;
    }
}
