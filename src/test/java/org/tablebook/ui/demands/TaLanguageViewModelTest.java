package org.tablebook.ui.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.Side;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.rules.TaTextMissingRule;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.common.PassEntry;

/** The TA's language made from the accepted pass, and the two sides' latest texts side by side. */
class TaLanguageViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private FakeDialogService dialogs;
    private DemandsViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        file = OpenNegotiation.holding(SampleNegotiation.build(CLOCK), dir, CLOCK, "Dana");
        dialogs = new FakeDialogService();
        viewModel = new DemandsViewModel(file.document(), dialogs, CLOCK);
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private Demand demand(String code) {
        return file.snapshot().demands().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    private List<SectionLanguage> agreedOn(String demandId) {
        return file.snapshot().languageOf(demandId).stream().filter(l -> l.role() == LanguageRole.AGREED).toList();
    }

    @Test
    void theTwoSidesLatestTextsStandSideBySide() {
        viewModel.selectedProperty().set(demand("U-1"));
        assertEquals(1, viewModel.latestTexts().size());
        SideBySide wages = viewModel.latestTexts().get(0);
        assertEquals("20.1", wages.section().number());
        assertTrue(wages.ours().orElseThrow().text().contains("5%"), wages.ours().toString());
        assertTrue(wages.theirs().orElseThrow().text().contains("2.5%"), wages.theirs().toString());
        assertEquals(Side.OURS, wages.ours().orElseThrow().pass().side());
        assertFalse(wages.redline(Side.THEIRS).orElseThrow().unchanged());
    }

    @Test
    void aTaIsMadeFromTheAcceptedTextInOneUndoableChange() {
        Demand u1 = demand("U-1");
        assertEquals(DemandStatus.ON_TABLE, u1.status());
        viewModel.selectedProperty().set(u1);
        // Their latest pass with language: 2.5% a year.
        PassEntry theirs = viewModel.passes().stream().filter(e -> e.proposal().side() == Side.THEIRS)
                .filter(viewModel::canMakeTa).reduce((a, b) -> b).orElseThrow();
        viewModel.makeTaFrom(theirs);

        TentativeAgreement ta = file.snapshot().agreementsOf(u1.id()).get(0);
        List<SectionLanguage> agreed = agreedOn(u1.id());
        assertEquals(1, agreed.size());
        assertEquals(ta.id(), agreed.get(0).agreementId());
        assertEquals(theirs.proposal().id(), agreed.get(0).proposalId());
        assertTrue(agreed.get(0).text().contains("2.5%"));
        assertEquals(DemandStatus.TENTATIVELY_AGREED, demand("U-1").status());
        assertEquals(List.of(), new TaTextMissingRule().check(file.snapshot(), CLOCK,
                file.snapshot().negotiation().ruleSettings()).stream()
                .filter(f -> f.subject().id().equals(ta.id())).toList());

        file.document().undo(done -> { }, e -> { throw new AssertionError(e); });
        assertEquals(List.of(), file.snapshot().agreementsOf(u1.id()));
        assertEquals(List.of(), agreedOn(u1.id()));
    }

    @Test
    void aStandingTaTakesTheTextAfterAsking() {
        Demand u5 = demand("U-5");
        viewModel.selectedProperty().set(u5);
        PassEntry first = viewModel.passes().get(0);
        Proposal firstPass = first.proposal();
        dialogs.confirmAnswers.push(false);
        viewModel.makeTaFrom(first);
        assertFalse(agreedOn(u5.id()).stream().anyMatch(l -> firstPass.id().equals(l.proposalId())), "cancelled");

        dialogs.confirmAnswers.push(true);
        viewModel.makeTaFrom(first);
        assertTrue(agreedOn(u5.id()).stream().anyMatch(l -> firstPass.id().equals(l.proposalId())));
        assertEquals(1, file.snapshot().agreementsOf(u5.id()).size(), "no second TA");
    }
}
