package org.tablebook.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.ValidationException;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.export.contract.ContractImport;
import org.tablebook.rules.TaTextMissingRule;
import org.tablebook.testing.OpenNegotiation;

/** The contract's writes through the document: import, take a pass's text into a TA, correct it, undo. */
class ContractChangesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T14:30:00Z"), ZoneId.of("America/Chicago"));

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private NegotiationDocument document;

    @BeforeEach
    void open() throws Exception {
        file = OpenNegotiation.holding(SampleNegotiation.build(CLOCK), dir, CLOCK, "Dana Reyes");
        document = file.document();
    }

    @AfterEach
    void close() {
        file.close();
    }

    private <T> T change(String label, java.util.function.Function<org.tablebook.store.Changes, T> work) {
        List<Object> done = new ArrayList<>();
        document.change(label, work, done::add, e -> done.add(e));
        @SuppressWarnings("unchecked")
        T result = (T) done.get(0);
        return result;
    }

    private TentativeAgreement badgeTa(NegotiationSnapshot s) {
        return s.agreements().stream().filter(a -> a.text().startsWith("Article 31.4")).findFirst().orElseThrow();
    }

    @Test
    void makingATaFromTheAcceptedPassClearsTheMissingTextWarningAndUndoBringsItBack() {
        NegotiationSnapshot s = document.snapshot();
        TentativeAgreement ta = badgeTa(s);
        Proposal accepted = s.proposals().stream().filter(p -> p.id().equals(s.languageOf(ta.demandId()).stream()
                .filter(l -> l.role() == LanguageRole.PROPOSED).findFirst().orElseThrow().proposalId()))
                .findFirst().orElseThrow();
        assertEquals(1, new TaTextMissingRule().check(s, CLOCK, s.negotiation().ruleSettings()).size());

        List<SectionLanguage> agreed = change("Take the agreed text",
                w -> ContractChanges.takeAgreedText(w, s, ta, accepted, CLOCK.instant()));
        assertEquals(1, agreed.size());
        NegotiationSnapshot after = document.snapshot();
        assertEquals(List.of(), new TaTextMissingRule().check(after, CLOCK, after.negotiation().ruleSettings()));

        SectionLanguage edited = change("Correct the agreed text", w -> ContractChanges.editAgreedText(w,
                agreed.get(0), "ID badges show the first name only.", CLOCK.instant()));
        assertEquals("ID badges show the first name only.", document.snapshot().sectionLanguage().stream()
                .filter(l -> l.id().equals(edited.id())).findFirst().orElseThrow().text());

        List<Object> undone = new ArrayList<>();
        document.undo(undone::add, e -> undone.add(e));
        document.undo(undone::add, e -> undone.add(e));
        NegotiationSnapshot back = document.snapshot();
        assertEquals(1, new TaTextMissingRule().check(back, CLOCK, back.negotiation().ruleSettings()).size());
    }

    @Test
    void importingTheContractAgainKeepsTheSectionsDemandsPointAtAndRefusesToDropThem() throws Exception {
        NegotiationSnapshot s = document.snapshot();
        String md = """
                # Article 1 Recognition

                ## 1.1 Bargaining Unit

                The Employer recognizes the Union.

                # Article 14 Hours of Work

                ## 14.6 Overtime

                Overtime shall be offered to volunteers.
                """;
        List<ContractSection> imported = ContractImport.toRecords(ContractImport.markdown(md), CLOCK.instant());
        Object refused = change("Import the current contract",
                w -> ContractChanges.replaceCurrentContract(w, s, imported, CLOCK.instant()));
        assertInstanceOf(ValidationException.class, refused);
        assertTrue(((ValidationException) refused).getMessage().startsWith("Article 15 Staffing, 15.3 Floating is not "
                + "in the imported file"), ((ValidationException) refused).getMessage());
        assertEquals(s.contractSections(), document.snapshot().contractSections(), "nothing is imported");

        // A file holding every section the demands change goes in; the overtime section keeps its record.
        String overtimeId = s.contract().stream().filter(c -> c.number().equals("14.6")).findFirst().orElseThrow().id();
        StringBuilder full = new StringBuilder();
        String article = null;
        for (ContractSection c : s.contract()) {
            if (!c.articleNumber().equals(article)) {
                article = c.articleNumber();
                full.append("# Article ").append(article).append(' ').append(c.articleTitle()).append("\n\n");
            }
            full.append("## ").append(c.number()).append(' ').append(c.title()).append("\n\n")
                    .append(c.number().equals("14.6") ? "Overtime shall be offered to volunteers." : c.text() == null
                            ? "Reserved." : c.text()).append("\n\n");
        }
        List<ContractSection> again = ContractImport.toRecords(ContractImport.markdown(full.toString()), CLOCK.instant());
        assertEquals(s.contract().size(), (int) change("Import the current contract",
                w -> ContractChanges.replaceCurrentContract(w, s, again, CLOCK.instant())));
        assertEquals("Overtime shall be offered to volunteers.",
                document.snapshot().contractSection(overtimeId).orElseThrow().text());
    }
}
