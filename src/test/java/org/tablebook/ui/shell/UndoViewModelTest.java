package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.testing.OpenNegotiation;

/** Edit > Undo and Redo: named after the action, read from the file, the same after a restart. */
class UndoViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private OpenNegotiation negotiation;
    private final FakeDialogService dialogs = new FakeDialogService();

    @AfterEach
    void tearDown() {
        negotiation.close();
    }

    private NegotiationDocument open(String actor) throws Exception {
        Path file = dir.resolve("test.tablebook");
        negotiation = file.toFile().exists() ? OpenNegotiation.of(file, CLOCK, actor)
                : new OpenNegotiation(dir, CLOCK, actor);
        return negotiation.document();
    }

    private void addPerson(NegotiationDocument document, String name) {
        Person p = Person.create(name, Side.OURS, PersonRole.STAFF, false, CLOCK.instant());
        document.change("Add " + name, w -> {
            w.insert(p);
            return p;
        }, x -> { }, e -> {
            throw new AssertionError(e);
        });
    }

    @Test
    void theMenuNamesTheActionAndIsDisabledWhenThereIsNothingToUndo() throws Exception {
        NegotiationDocument document = open("Dana Reyes");
        UndoViewModel undo = new UndoViewModel(document, dialogs);
        assertEquals("Undo", undo.undoLabelProperty().get());
        assertFalse(undo.canUndoProperty().get(), "creating the file is nothing to undo");
        addPerson(document, "Pat Kim");
        assertEquals("Undo Add Pat Kim", undo.undoLabelProperty().get());
        assertTrue(undo.canUndoProperty().get());
        assertFalse(undo.canRedoProperty().get());
        undo.undo();
        assertEquals("Redo Add Pat Kim", undo.redoLabelProperty().get());
        assertFalse(undo.canUndoProperty().get());
        assertTrue(document.snapshot().people().isEmpty());
    }

    @Test
    void theStacksAreTheSameAfterARestart() throws Exception {
        NegotiationDocument document = open("Dana Reyes");
        UndoViewModel undo = new UndoViewModel(document, dialogs);
        addPerson(document, "Pat Kim");
        addPerson(document, "Lee Park");
        undo.undo();
        negotiation.close();

        NegotiationDocument again = open("Dana Reyes");
        UndoViewModel after = new UndoViewModel(again, dialogs);
        assertEquals("Undo Add Pat Kim", after.undoLabelProperty().get());
        assertEquals("Redo Add Lee Park", after.redoLabelProperty().get());
        after.redo();
        assertEquals(List.of("Pat Kim", "Lee Park"), again.snapshot().people().stream().map(Person::name).toList());
    }

    @Test
    void someoneElseOpeningTheFileHasTheirOwnStacks() throws Exception {
        NegotiationDocument document = open("Dana Reyes");
        addPerson(document, "Pat Kim");
        negotiation.close();
        NegotiationDocument sams = open("Sam Ortiz");
        UndoViewModel undo = new UndoViewModel(sams, dialogs);
        assertFalse(undo.canUndoProperty().get());
        undo.undo();
        assertEquals(1, sams.snapshot().people().size(), "Sam cannot undo what Dana did");
        assertTrue(dialogs.errors.isEmpty());
    }
}
