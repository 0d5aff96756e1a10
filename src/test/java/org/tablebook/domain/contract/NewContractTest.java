package org.tablebook.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.sample.SampleNegotiation;

class NewContractTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T14:30:00Z"), ZoneId.of("America/Chicago"));

    /** The new contract as a reader checks it: each section, its state, and the redline against the old text. */
    static String marked(NewContract contract) {
        StringBuilder s = new StringBuilder();
        for (NewContract.Section section : contract.sections()) {
            s.append(section.section().label()).append(" [").append(section.state()).append("]\n")
                    .append(section.redline().marked()).append("\n\n");
        }
        return s.toString();
    }

    @Test
    void theSamplesNewContractAppliesEveryTaInArticleOrderAndMarksOpenSections() throws IOException {
        NegotiationSnapshot sample = SampleNegotiation.build(CLOCK);
        String actual = marked(NewContract.assemble(sample));
        if (Boolean.getBoolean("golden.update")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(
                    "src/test/resources/org/tablebook/domain/contract/new-contract.golden.txt"), actual);
        }
        assertEquals(golden("new-contract.golden.txt"), actual);
    }

    @Test
    void theLaterOfTwoTasOnOneSectionGivesItsText() {
        NegotiationSnapshot sample = SampleNegotiation.build(CLOCK);
        SectionLanguage overtime = sample.sectionLanguage().stream()
                .filter(l -> l.role() == org.tablebook.domain.LanguageRole.AGREED && l.text().contains("13 consecutive"))
                .findFirst().orElseThrow();
        var later = sample.agreements().stream().filter(a -> a.status() != org.tablebook.domain.TaStatus.REOPENED)
                .max(java.util.Comparator.comparing(org.tablebook.domain.TentativeAgreement::reachedOn)).orElseThrow();
        List<SectionLanguage> language = new ArrayList<>(sample.sectionLanguage());
        language.add(SectionLanguage.agreed("second", overtime.sectionId(), later, null,
                "Overtime shall be offered to volunteers.", later.createdAt()));
        NegotiationSnapshot twice = new NegotiationSnapshot(sample.negotiation(), sample.people(), sample.demands(),
                sample.proposals(), sample.sessions(), sample.sidebars(), sample.topics(), sample.reportBacks(),
                sample.agreements(), sample.ratifications(), sample.informationRequests(), sample.complianceItems(),
                sample.acknowledgements(), sample.contractSections(), language);
        NewContract.Section section = NewContract.assemble(twice).sections().stream()
                .filter(s -> s.section().id().equals(overtime.sectionId())).findFirst().orElseThrow();
        assertEquals("Overtime shall be offered to volunteers.", section.text());
        assertEquals(3, section.agreed().size(), "the overtime TA, the float pool TA and this one");
    }

    static String golden(String name) throws IOException {
        try (InputStream in = NewContractTest.class.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
