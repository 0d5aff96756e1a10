package org.tablebook.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The one negotiation a file holds: who sits at the table, the dates that drive the deadline
 * rules, and the rule thresholds the team chose.
 *
 * @param bargainingUnit who "we" are: the unit or membership the agreement covers (reference 002, feature 6)
 * @param newDemandDeadline after it, tabling a new demand of ours is "bargaining backwards"
 * @param otherPartyNoticeOn when notice of the contract's end was given to the other party
 * @param mediationNoticeOn when the mediation service was notified
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
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public Negotiation {
        Check.id("id", id);
        title = Check.required("title", "The negotiation's title", title);
        Check.present("kind", "The kind of negotiation", kind);
        ourParty = Check.text("ourParty", "Our party", ourParty);
        otherParty = Check.text("otherParty", "The other party", otherParty);
        bargainingUnit = Check.text("bargainingUnit", "The bargaining unit", bargainingUnit);
        Check.notBefore("contractExpiresOn", "The contract's expiry", contractExpiresOn, "the start of bargaining", startedOn);
        Check.notBefore("newDemandDeadline", "The new-demand deadline", newDemandDeadline, "the start of bargaining", startedOn);
        ruleSettings = ruleSettings == null ? RuleSettings.DEFAULTS : ruleSettings;
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    /** A fresh negotiation with only a title, as the app creates for a new file. */
    public static Negotiation create(String title, NegotiationKind kind, Instant now) {
        return new Negotiation(Ids.newId(), title, kind, "", "", "", null, null, null, null, null,
                RuleSettings.DEFAULTS, now, now);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.NEGOTIATION;
    }
}
