package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.SectionLanguage;

class ContractBackupTest {
    private static NegotiationSnapshot withContract() {
        NegotiationSnapshot s = ReportFixture.snapshot();
        Proposal pass = s.proposals().get(0);
        Instant at = pass.createdAt();
        ContractSection current = new ContractSection("cs-1", "7", "Hours of Work", "7.1", "Overtime",
                "Overtime is paid at time and a half.", 0, at, at);
        ContractSection added = new ContractSection("cs-2", "30", "Remote Work", "", "", null, 1, at, at);
        List<SectionLanguage> language = List.of(SectionLanguage.changes("sl-1", current.id(), pass.demandId(), at),
                SectionLanguage.proposed("sl-2", current.id(), pass, "Overtime is paid at double time.", at));
        return new NegotiationSnapshot(s.negotiation(), s.people(), s.demands(), s.proposals(), s.sessions(),
                s.sidebars(), s.topics(), s.reportBacks(), s.agreements(), s.ratifications(), s.informationRequests(),
                s.complianceItems(), s.acknowledgements(), List.of(current, added), language);
    }

    @Test
    void theContractAndItsLanguageComeBackExactly() throws Exception {
        NegotiationSnapshot original = withContract();
        String json = new BackupWriter().write(original);
        assertTrue(json.contains("\"contractSections\"") && json.contains("\"text\": null"), "a new section has no text");
        NegotiationSnapshot back = new BackupReader().read(json).snapshot();
        assertEquals(original, back);
        assertEquals(json, new BackupWriter().write(back));
    }

    @Test
    void aBackupWrittenBeforeContractsReadsWithNoContract() throws Exception {
        String json = new BackupWriter().write(ReportFixture.snapshot());
        List<String> lines = new ArrayList<>(List.of(json.split("\n", -1)));
        String old = String.join("\n", lines).replace(",\n  \"contractSections\": [],\n  \"sectionLanguage\": []", "");
        assertTrue(!old.contains("contractSections"), old.substring(Math.max(0, old.length() - 200)));
        assertEquals(ReportFixture.snapshot(), new BackupReader().read(old).snapshot());
    }
}
