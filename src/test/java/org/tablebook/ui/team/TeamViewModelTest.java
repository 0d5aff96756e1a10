package org.tablebook.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.domain.TableSession;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.shell.UndoViewModel;

class TeamViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private NegotiationDocument document;
    private final FakeDialogService dialogs = new FakeDialogService();
    private TeamViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, CLOCK, "Dana");
        document = file.document();
        viewModel = new TeamViewModel(document, dialogs, CLOCK);
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private Person add(String name, Side side) {
        viewModel.newPerson();
        viewModel.nameProperty().set(name);
        viewModel.sideProperty().set(side);
        viewModel.save();
        return viewModel.list().selectedProperty().get();
    }

    @Test
    void addingAPersonWritesItAndSelectsIt() {
        Person p = add("Dana Reyes", Side.OURS);
        assertEquals("Dana Reyes", p.name());
        assertEquals(List.of("Dana Reyes"), viewModel.list().rows().stream().map(Person::name).toList());
        assertEquals(1, file.store().loadSnapshot().people().size());
        assertFalse(viewModel.editor().dirtyProperty().get());
    }

    @Test
    void aBlankNameIsRefusedOnTheFieldAndNothingIsWritten() {
        viewModel.newPerson();
        viewModel.nameProperty().set("   ");
        viewModel.save();
        assertEquals("The person's name is required.", viewModel.editor().errors().get("name"));
        assertTrue(file.store().loadSnapshot().people().isEmpty());
        viewModel.nameProperty().set("D");
        assertFalse(viewModel.editor().errors().has("name"));
    }

    @Test
    void editingAndCancellingPutsTheStoredValuesBack() {
        add("Dana Reyes", Side.OURS);
        viewModel.nameProperty().set("Dana R.");
        assertTrue(viewModel.editor().dirtyProperty().get());
        viewModel.editor().cancel();
        assertEquals("Dana Reyes", viewModel.nameProperty().get());
        viewModel.roleProperty().set(PersonRole.CHIEF_NEGOTIATOR);
        viewModel.save();
        assertEquals(PersonRole.CHIEF_NEGOTIATOR, file.store().loadSnapshot().people().get(0).role());
    }

    @Test
    void searchAndInactiveFilterTheList() {
        add("Dana Reyes", Side.OURS);
        add("Pat Kim", Side.THEIRS);
        viewModel.list().searchProperty().set("pat");
        assertEquals(List.of("Pat Kim"), viewModel.list().rows().stream().map(Person::name).toList());
        viewModel.list().searchProperty().set("");
        viewModel.deactivate();
        assertEquals(List.of("Dana Reyes"), viewModel.list().rows().stream().map(Person::name).toList());
        viewModel.showInactiveProperty().set(true);
        assertEquals(2, viewModel.list().rows().size());
    }

    @Test
    void someoneWhoAttendedASessionIsNeverDeletedAndTheMessageSaysWhy() {
        Person dana = add("Dana Reyes", Side.OURS);
        TableSession session = new TableSession(Ids.newId(), LocalDate.of(2026, 3, 3), null, null, "", List.of(dana.id()),
                "", CLOCK.instant(), CLOCK.instant());
        document.change("Add session", w -> {
            w.insert(session);
            return session;
        }, s -> { }, e -> { throw new AssertionError(e); });
        viewModel.list().selectedProperty().set(viewModel.list().rows().get(0));
        viewModel.delete();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Dana Reyes appears in 1 table session."), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("Deactivate them instead"));
        assertEquals(1, file.store().loadSnapshot().people().size());
    }

    @Test
    void aBlankNameShowsOnTheFieldWhileTypingButNotOnAFreshForm() {
        viewModel.newPerson();
        assertFalse(viewModel.editor().errors().has("name"));
        viewModel.nameProperty().set("D");
        viewModel.nameProperty().set("");
        assertEquals("The person's name is required.", viewModel.editor().errors().get("name"));
        viewModel.nameProperty().set("Dana");
        assertFalse(viewModel.editor().errors().has("name"));
    }

    @Test
    void undoAndRedoOfAddingEditingAndDeletingAPerson() {
        UndoViewModel undo = new UndoViewModel(document, dialogs);
        add("Dana Reyes", Side.OURS);
        assertEquals("Undo Add Dana Reyes", undo.undoLabelProperty().get());
        viewModel.roleProperty().set(PersonRole.CHIEF_NEGOTIATOR);
        viewModel.save();
        dialogs.confirmAnswers.add(true);
        viewModel.delete();
        assertTrue(file.store().loadSnapshot().people().isEmpty());

        undo.undo();
        assertEquals(PersonRole.CHIEF_NEGOTIATOR, file.store().loadSnapshot().people().get(0).role(), "back from deletion");
        undo.undo();
        assertEquals(PersonRole.COMMITTEE_MEMBER, file.store().loadSnapshot().people().get(0).role(), "the edit undone");
        undo.undo();
        assertTrue(file.store().loadSnapshot().people().isEmpty(), "the addition undone");
        assertTrue(viewModel.list().rows().isEmpty());
        assertFalse(undo.canUndoProperty().get());

        undo.redo();
        assertEquals(List.of("Dana Reyes"), viewModel.list().rows().stream().map(Person::name).toList());
        undo.redo();
        assertEquals(PersonRole.CHIEF_NEGOTIATOR, file.store().loadSnapshot().people().get(0).role());
        assertEquals("Redo Delete Dana Reyes", undo.redoLabelProperty().get());
    }

    @Test
    void someoneWhoAppearsNowhereCanBeDeletedAfterConfirming() {
        add("Dana Reyes", Side.OURS);
        dialogs.confirmAnswers.add(true);
        viewModel.delete();
        assertTrue(file.store().loadSnapshot().people().isEmpty());
        assertTrue(viewModel.list().rows().isEmpty());
    }

    @Test
    void inSpanishTheTeamsChangesAreNamedInSpanishOnTheHistoryAndEditUndo() {
        UndoViewModel undo = new UndoViewModel(document, dialogs);
        org.tablebook.testing.InSpanish.run(() -> {
            add("Dana Reyes", Side.OURS);
            viewModel.nameProperty().set("Dana R.");
            viewModel.save();
            viewModel.deactivate();
            assertEquals("Deshacer «Desactivar a Dana R.»", undo.undoLabelProperty().get());
            add("Pat Kim", Side.THEIRS);
            dialogs.confirmAnswers.add(true);
            viewModel.delete();
        });
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Añadir a Dana Reyes", "Editar a Dana R.", "Desactivar a Dana R.", "Añadir a Pat Kim",
                "Eliminar a Pat Kim"), file.audit().stream().skip(1).map(a -> a.label()).distinct().toList());
    }

    @Test
    void selectingByIdFindsEvenAnInactivePerson() {
        Person dana = add("Dana Reyes", Side.OURS);
        add("Pat Kim", Side.THEIRS);
        viewModel.list().selectedProperty().set(viewModel.list().rows().stream().filter(p -> p.id().equals(dana.id()))
                .findFirst().orElseThrow());
        viewModel.deactivate();
        viewModel.list().searchProperty().set("pat");
        assertTrue(viewModel.list().select(dana.id()));
        assertEquals(dana.id(), viewModel.list().selectedProperty().get().id());
        assertTrue(viewModel.showInactiveProperty().get());
        assertEquals("", viewModel.list().searchProperty().get());
        assertFalse(viewModel.list().select("nobody"));
    }
}
