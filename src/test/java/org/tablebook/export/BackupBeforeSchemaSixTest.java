package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.GrievanceWindowUnit;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Sector;

/**
 * A backup written before the negotiation had a sector, a zone and a strike, before a sidebar kept
 * when its time was announced and before grievance windows had a unit, still imports: the new
 * fields take their defaults. The fields themselves round-trip.
 */
class BackupBeforeSchemaSixTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOlderBackupImportsWithTheDefaults() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(new BackupWriter().write(ReportFixture.snapshot()));
        ObjectNode negotiation = (ObjectNode) root.get("negotiation");
        negotiation.remove(List.of("sector", "zone", "strikeOn", "strikeNoticeOn"));
        ((ObjectNode) negotiation.get("ruleSettings")).remove(List.of("grievanceWindowUnit", "holidays",
                "strikeNoticeDays"));
        for (JsonNode sidebar : root.get("sidebars")) {
            ((ObjectNode) sidebar).remove("timeAnnouncedAt");
        }

        NegotiationSnapshot read = new BackupReader().read(JSON.writeValueAsString(root)).snapshot();

        assertEquals(Sector.PRIVATE, read.negotiation().sector());
        assertNull(read.negotiation().zone());
        assertEquals(GrievanceWindowUnit.CALENDAR_DAYS, read.negotiation().ruleSettings().grievanceWindowUnit());
        assertEquals(10, read.negotiation().ruleSettings().strikeNoticeDays());
        assertEquals(ReportFixture.snapshot().sidebars().size(), read.sidebars().size());
    }

    @Test
    void theNewFieldsRoundTrip() throws Exception {
        NegotiationSnapshot sample = org.tablebook.domain.sample.SampleNegotiation.build(
                java.time.Clock.fixed(java.time.Instant.parse("2026-03-10T15:00:00Z"), java.time.ZoneOffset.UTC));
        NegotiationSnapshot read = new BackupReader().read(new BackupWriter().write(sample)).snapshot();
        assertEquals(sample.negotiation(), read.negotiation());
        assertEquals(sample.sidebars(), read.sidebars());
    }
}
