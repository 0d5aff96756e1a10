package org.tablebook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.GrievanceWindowUnit;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Sector;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;

/** The audit trail's JSON keeps the negotiation's sector, zone and strike and a sidebar's announcement, so undo restores them. */
class JsonSchemaSixTest {
    @Test
    void theNewFieldsSurviveTheTrailsJson() throws Exception {
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        Negotiation n = Negotiation.create("Riverside", NegotiationKind.UNION_CONTRACT, t).withSector(Sector.HEALTH_CARE, t);
        n = new Negotiation(n.id(), n.title(), n.kind(), "", "", "", null, null, null, null, null,
                n.ruleSettings().withGrievanceWindow(GrievanceWindowUnit.WORKING_DAYS, List.of(LocalDate.of(2026, 7, 4))),
                n.sector(), "America/New_York", LocalDate.of(2026, 7, 10), null, t, t);
        assertEquals(n, Json.mapper().readValue(Json.mapper().writeValueAsString(n), Negotiation.class));

        Sidebar s = Sidebar.propose("wages", Side.THEIRS, t).withTimeAnnouncedAt(t.plusSeconds(60), t.plusSeconds(60));
        assertEquals(s, Json.mapper().readValue(Json.mapper().writeValueAsString(s), Sidebar.class));
        // A trail row written before schema 6 has none of them: the defaults apply.
        String old = Json.mapper().writeValueAsString(Sidebar.propose("hours", Side.OURS, t)).replace(",\"timeAnnouncedAt\":null", "");
        assertEquals(null, Json.mapper().readValue(old, Sidebar.class).timeAnnouncedAt());
    }
}
