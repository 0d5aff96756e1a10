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
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.common.PassFormViewModel;

/** The proposed text of a pass, entered in the pass form for the sections its demand changes. */
class PassLanguageViewModelTest {
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
        PassLanguageViewModelTest.assertRedlineAgainstPrevious(viewModel, logged);
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
}
