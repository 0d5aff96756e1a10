package org.tablebook.ui.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.ContractChanges;
import org.tablebook.domain.ContractSection;
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
import org.tablebook.ui.common.PassFormViewModel;

/**
 * Contract language on a demand: the sections it changes (a new article among them), the text each
 * pass proposes for them, the two sides' latest texts side by side, and the TA made from the accepted text.
 */
class DemandLanguageViewModelTest {
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

    private List<SectionLanguage> proposedBy(Proposal pass) {
        return file.snapshot().languageOf(pass.demandId()).stream()
                .filter(l -> l.role() == LanguageRole.PROPOSED && pass.id().equals(l.proposalId())).toList();
    }

    @Test
    void aNewPassStartsFromTheLatestTextAndWritesWhatIsTypedForTheSection() {
        Demand u5 = demand("U-5");
        viewModel.selectedProperty().set(u5);
        List<Proposal> before = file.snapshot().proposalsOf(u5.id());
        String latest = file.snapshot().languageOf(u5.id()).stream().filter(l -> l.role() == LanguageRole.PROPOSED
                && l.proposalId().equals(before.get(before.size() - 1).id())).findFirst().orElseThrow().text();
        viewModel.logPass();
        PassFormViewModel form = viewModel.passForm();
        assertEquals(1, form.sectionTexts().size());
        assertEquals(latest, form.sectionTexts().get(0).text().get(), "starts from the latest text passed");

        form.summaryProperty().set("Volunteers first, no more than 14 hours");
        form.sectionTexts().get(0).text().set("Overtime shall first be offered to volunteers. No employee shall be "
                + "required to work more than 14 hours in a day.");
        form.save();

        Proposal logged = file.snapshot().proposalsOf(u5.id()).get(before.size());
        assertEquals(1, proposedBy(logged).size());
        assertTrue(proposedBy(logged).get(0).text().contains("14 hours"));
        assertRedlineAgainstPrevious(viewModel, logged);
    }

    static void assertRedlineAgainstPrevious(DemandsViewModel viewModel, Proposal logged) {
        var entry = viewModel.passes().stream().filter(e -> e.proposal().id().equals(logged.id())).findFirst()
                .orElseThrow();
        var redlines = viewModel.redlinesOf(entry);
        assertEquals(1, redlines.size());
        assertTrue(redlines.get(0).againstPrevious().orElseThrow().marked().contains("__more than 14 hours in a day.__"),
                redlines.get(0).againstPrevious().orElseThrow().marked());
    }

    @Test
    void blankingAPassesTextDropsItsProposedLanguage() {
        Demand u5 = demand("U-5");
        viewModel.selectedProperty().set(u5);
        Proposal first = file.snapshot().proposalsOf(u5.id()).get(0);
        assertFalse(proposedBy(first).isEmpty());
        viewModel.editPass(viewModel.passes().get(0));
        viewModel.passForm().sectionTexts().get(0).text().set("  ");
        viewModel.passForm().save();
        assertEquals(List.of(), proposedBy(first));
    }

    @Test
    void deletingAPassTakesItsLanguageWithItAndKeepsTheTaTextTakenFromIt() {
        Demand u5 = demand("U-5");
        viewModel.selectedProperty().set(u5);
        List<Proposal> passes = file.snapshot().proposalsOf(u5.id());
        Proposal accepted = passes.get(1);
        SectionLanguage agreed = file.snapshot().languageOf(u5.id()).stream()
                .filter(l -> l.role() == LanguageRole.AGREED && accepted.id().equals(l.proposalId())).findFirst()
                .orElseThrow();
        viewModel.editPass(viewModel.passes().get(1));
        dialogs.confirmAnswers.push(true);
        viewModel.passForm().delete();

        assertEquals(passes.size() - 1, file.snapshot().proposalsOf(u5.id()).size());
        assertEquals(List.of(), proposedBy(accepted));
        SectionLanguage kept = file.snapshot().sectionLanguage().stream().filter(l -> l.id().equals(agreed.id()))
                .findFirst().orElseThrow();
        assertEquals(agreed.text(), kept.text());
        assertEquals(null, kept.proposalId());
    }

    private ContractSection section(String number) {
        return file.snapshot().contract().stream().filter(c -> c.number().equals(number)).findFirst().orElseThrow();
    }

    private List<String> changedBy(String code) {
        return ContractChanges.sectionsChangedBy(file.snapshot(), demand(code).id()).stream()
                .map(ContractSection::number).toList();
    }

    @Test
    void theEditorShowsTheSectionsADemandChangesAndAddsOneChosenInThePicker() {
        viewModel.selectedProperty().set(demand("U-5"));
        DemandEditorViewModel editor = viewModel.editor();
        assertEquals(List.of("14.6"), editor.sections().stream().map(ContractSection::number).toList());
        assertFalse(editor.editor().isDirty());

        editor.sectionToAddProperty().set(section("15.3"));
        editor.addSection();
        assertTrue(editor.editor().isDirty(), "a section added is an unsaved edit");
        editor.save();

        assertEquals(List.of("14.6", "15.3"), changedBy("U-5"));
        assertFalse(editor.editor().isDirty());
    }

    @Test
    void aNewArticleIsAddedToTheContractWithTheDemand() {
        viewModel.selectedProperty().set(demand("U-5"));
        DemandEditorViewModel editor = viewModel.editor();
        dialogs.textAnswers.push(Optional.of("40 Parking"));
        editor.newArticle();
        editor.save();

        ContractSection parking = file.snapshot().contract().stream().filter(c -> c.articleNumber().equals("40"))
                .findFirst().orElseThrow();
        assertEquals("Parking", parking.articleTitle());
        assertFalse(parking.inCurrentContract());
        assertTrue(ContractChanges.sectionsChangedBy(file.snapshot(), demand("U-5").id()).contains(parking));
    }

    @Test
    void aSectionHoldingThePassesLanguageCannotBeTakenOff() {
        viewModel.selectedProperty().set(demand("U-5"));
        DemandEditorViewModel editor = viewModel.editor();
        editor.removeSection(section("14.6"));
        editor.save();

        assertEquals(List.of("14.6"), changedBy("U-5"));
        assertTrue(editor.editor().errors().has("sections"), "the refusal is said beside the sections");
    }
}
