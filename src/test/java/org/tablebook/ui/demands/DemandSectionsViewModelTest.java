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
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.FakeDialogService;

/** A demand points at the contract sections it changes, a new article among them. */
class DemandSectionsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

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
