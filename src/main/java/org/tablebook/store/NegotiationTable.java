package org.tablebook.store;

import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Sector;
import org.tablebook.domain.ValidationException;

/** The one negotiation of a file; its rule settings are kept as JSON. */
final class NegotiationTable extends Table<Negotiation> {
    NegotiationTable() {
        super(EntityKind.NEGOTIATION, Negotiation.class, "negotiation", List.of("id", "title", "kind", "our_party",
                "other_party", "bargaining_unit", "started_on", "contract_expires_on", "new_demand_deadline",
                "other_party_notice_on", "mediation_notice_on", "rule_settings", "sector", "zone", "strike_on",
                "strike_notice_on", "created_at", "updated_at"), List.of());
    }

    @Override
    Object[] values(Negotiation n) {
        return new Object[] {n.id(), n.title(), n.kind(), n.ourParty(), n.otherParty(), n.bargainingUnit(),
            n.startedOn(), n.contractExpiresOn(), n.newDemandDeadline(), n.otherPartyNoticeOn(), n.mediationNoticeOn(),
            settingsJson(n.ruleSettings()), n.sector(), n.zone(), n.strikeOn(), n.strikeNoticeOn(), n.createdAt(),
            n.updatedAt()};
    }

    @Override
    Negotiation read(Sql.Row r, Lists lists) throws SQLException {
        return new Negotiation(r.text(), r.text(), r.enumOf(NegotiationKind.class), r.text(), r.text(), r.text(),
                r.date(), r.date(), r.date(), r.date(), r.date(), settings(r.text()), r.enumOf(Sector.class), r.text(),
                r.date(), r.date(), r.instant(), r.instant());
    }

    private static String settingsJson(RuleSettings settings) {
        try {
            return Json.mapper().writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new StoreException("The rule settings could not be written: " + e.getOriginalMessage(), e);
        }
    }

    private static RuleSettings settings(String json) {
        try {
            return Json.mapper().readValue(json, RuleSettings.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("The negotiation's rule settings in the file cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    @Override
    void checkDeletable(Sql sql, Negotiation n) {
        throw Check.refusal("id", "store.negotiationNotDeleted");
    }

    @Override
    ValidationException duplicate(Negotiation n) {
        return Check.refusal("id", "store.duplicate.negotiation");
    }

    @Override
    String describe(Sql sql, Negotiation n) {
        return Check.words("store.record.negotiation", n.title());
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.deleteFile");
    }
}
