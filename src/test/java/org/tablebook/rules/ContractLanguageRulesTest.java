package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.Severity;
import org.tablebook.domain.sample.SampleNegotiation;

class ContractLanguageRulesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T14:30:00Z"), ZoneId.of("America/Chicago"));
    private final NegotiationSnapshot sample = SampleNegotiation.build(CLOCK);

    private static NegotiationSnapshot withLanguage(NegotiationSnapshot s, List<SectionLanguage> language) {
        return new NegotiationSnapshot(s.negotiation(), s.people(), s.demands(), s.proposals(), s.sessions(),
                s.sidebars(), s.topics(), s.reportBacks(), s.agreements(), s.ratifications(), s.informationRequests(),
                s.complianceItems(), s.acknowledgements(), s.contractSections(), language);
    }

    @Test
    void twoTasGivingOneSectionDifferentWordsIsAnErrorOnTheOneTheContractDoesNotFollow() {
        List<Finding> findings = new FinalLanguageDiffersFromTaRule().check(sample, CLOCK, sample.negotiation().ruleSettings());
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        String overtimeTa = sample.agreements().stream().filter(a -> a.text().startsWith("Article 14.6"))
                .findFirst().orElseThrow().id();
        assertEquals(List.of(FinalLanguageDiffersFromTaRule.ID, Severity.ERROR,
                        new EntityRef(EntityKind.TENTATIVE_AGREEMENT, overtimeTa), "text"),
                List.of(f.ruleId(), f.severity(), f.subject(), f.field()));
        assertEquals("The new contract's Article 14 Hours of Work, 14.6 Overtime does not read as this agreement "
                + "says: another agreement on the same section gives it different words.", f.message());
    }

    @Test
    void whenTheTasAgreeWordForWordThereIsNoFinding() {
        String floatText = sample.sectionLanguage().stream().filter(l -> l.role() == LanguageRole.AGREED
                && l.text().contains("13 consecutive")).findFirst().orElseThrow().text();
        List<SectionLanguage> same = sample.sectionLanguage().stream()
                .map(l -> l.role() == LanguageRole.AGREED && l.text().contains("12 consecutive")
                        ? l.withText(floatText.replace(" ", "  "), l.updatedAt()) : l).toList();
        NegotiationSnapshot s = withLanguage(sample, same);
        assertEquals(List.of(), new FinalLanguageDiffersFromTaRule().check(s, CLOCK, s.negotiation().ruleSettings()));
    }

    @Test
    void aTaOnADemandThatChangesSectionsButHoldsNoTextIsAWarning() {
        List<Finding> findings = new TaTextMissingRule().check(sample, CLOCK, sample.negotiation().ruleSettings());
        String badgeTa = sample.agreements().stream().filter(a -> a.text().startsWith("Article 31.4"))
                .findFirst().orElseThrow().id();
        assertEquals(List.of(new EntityRef(EntityKind.TENTATIVE_AGREEMENT, badgeTa)),
                findings.stream().map(Finding::subject).toList());
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void typingTheAgreedTextClearsTheWarning() {
        var badgeTa = sample.agreements().stream().filter(a -> a.text().startsWith("Article 31.4")).findFirst()
                .orElseThrow();
        String section = sample.languageOf(badgeTa.demandId()).get(0).sectionId();
        List<SectionLanguage> language = new java.util.ArrayList<>(sample.sectionLanguage());
        language.add(SectionLanguage.agreed("typed", section, badgeTa, null, "Badges show first names.",
                badgeTa.createdAt()));
        NegotiationSnapshot s = withLanguage(sample, language);
        assertEquals(List.of(), new TaTextMissingRule().check(s, CLOCK, s.negotiation().ruleSettings()));
    }
}
