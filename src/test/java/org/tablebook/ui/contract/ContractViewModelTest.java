package org.tablebook.ui.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.contract.NewContract;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.FakeDialogService;

/** The Contract section: importing the current contract, typing sections in, the new contract. */
class ContractViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);
    private static final String CONTRACT = """
            # Article 7 Hours of Work

            ## 7.1 Normal Hours

            The normal work week is forty hours.

            ## 7.2 Overtime

            Overtime is paid at time and a half.

            # Article 12 Wages

            Wages are set out in Appendix A.
            """;

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private FakeDialogService dialogs;
    private ContractViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, CLOCK);
        dialogs = new FakeDialogService();
        viewModel = new ContractViewModel(file.document(), dialogs, CLOCK, new ImmediateTaskRunner());
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private List<String> numbers() {
        return viewModel.list().rows().stream().map(c -> c.articleNumber() + "/" + c.number()).toList();
    }

    @Test
    void aContractChosenInTheFileChooserIsImportedAsOneUndoableChange() throws Exception {
        Path md = Files.writeString(dir.resolve("contract.md"), CONTRACT);
        dialogs.fileAnswers.push(java.util.Optional.of(md));
        viewModel.importContract();

        assertEquals(List.of("7/7.1", "7/7.2", "12/"), numbers());
        assertFalse(viewModel.importingProperty().get());
        assertTrue(viewModel.importProblems().isEmpty());
        assertTrue(viewModel.importStatusProperty().get().contains("contract.md"));
        assertEquals("Import the current contract from contract.md", file.audit().get(file.audit().size() - 1).label());
        // One change: one undo takes the whole contract away again.
        file.document().undo(done -> { }, e -> { throw new AssertionError(e); });
        assertEquals(List.of(), numbers());
    }

    @Test
    void aMalformedFileIsRefusedWithEveryProblemAtItsLineAndNothingWritten() throws Exception {
        Path md = Files.writeString(dir.resolve("bad.md"), "Some text first.\n\n## 3.1 Orphan\n\nMore.\n");
        int trail = file.audit().size();
        viewModel.importFrom(md);

        assertEquals(List.of(), numbers());
        assertEquals(trail, file.audit().size(), "nothing written");
        assertEquals(2, viewModel.importProblems().size());
        assertTrue(viewModel.importProblems().get(0).startsWith("Line 1:"), viewModel.importProblems().toString());
        assertTrue(viewModel.importProblems().get(1).startsWith("Line 3:"), viewModel.importProblems().toString());
        assertTrue(viewModel.importStatusProperty().get().contains("bad.md"));
        assertFalse(viewModel.importingProperty().get());
    }

    @Test
    void aSectionTypedInGoesAfterTheLastOfItsArticleAndMovesTheRestDown() throws Exception {
        viewModel.importFrom(Files.writeString(dir.resolve("contract.md"), CONTRACT));
        viewModel.list().selectedProperty().set(viewModel.list().rows().get(1));
        viewModel.newSection();
        assertEquals("7", viewModel.articleNumberProperty().get(), "a new section starts in the article selected");
        assertTrue(viewModel.editor().isDirty());
        viewModel.numberProperty().set("7.3");
        viewModel.titleProperty().set("Call-in Pay");
        viewModel.textProperty().set("An employee called in is paid four hours at least.");
        viewModel.save();

        assertEquals(List.of("7/7.1", "7/7.2", "7/7.3", "12/"), numbers());
        assertEquals("7.3", viewModel.list().selectedProperty().get().number());
        assertFalse(viewModel.editor().isDirty());
    }

    @Test
    void aSectionWithoutTextIsANewArticleOutsideTheCurrentContract() throws Exception {
        viewModel.newSection();
        viewModel.articleNumberProperty().set("32");
        viewModel.articleTitleProperty().set("Parking");
        viewModel.save();

        ContractSection added = viewModel.list().rows().get(0);
        assertFalse(added.inCurrentContract());
        assertEquals(List.of(), NewContract.assemble(file.snapshot()).sections(), "no TA has given it text yet");
    }

    @Test
    void editingASectionIsKeptAndCanBeCancelled() throws Exception {
        viewModel.importFrom(Files.writeString(dir.resolve("contract.md"), CONTRACT));
        viewModel.list().selectedProperty().set(viewModel.list().rows().get(0));
        viewModel.textProperty().set("The normal work week is thirty-six hours.");
        assertTrue(viewModel.editor().isDirty());
        viewModel.editor().cancel();
        assertEquals("The normal work week is forty hours.", viewModel.textProperty().get());
        viewModel.textProperty().set("The normal work week is thirty-six hours.");
        viewModel.save();
        assertEquals("The normal work week is thirty-six hours.", file.snapshot().contract().get(0).text());
    }

    @Test
    void theNewContractListsEverySectionWithASummary() throws Exception {
        viewModel.importFrom(Files.writeString(dir.resolve("contract.md"), CONTRACT));
        assertEquals(3, viewModel.newContract().size());
        assertTrue(viewModel.newContract().stream().allMatch(s -> s.state() == NewContract.State.UNCHANGED));
        assertEquals("The new contract: 3 sections, 0 changed by a TA, 0 still open.",
                viewModel.newContractSummaryProperty().get());
    }
}
