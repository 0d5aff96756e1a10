package org.tablebook.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.Workspace;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Side;
import org.tablebook.store.StoreOptions;
import org.tablebook.ui.common.FakeDialogService;

/** A form refuses on the field, as the import does, text holding a control character or half of a character. */
class ControlCharactersInFormsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Workspace workspace;
    private TeamViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")));
        Workspace.OpenedFile opened = workspace.create(dir.resolve("t.tablebook"), "Test", NegotiationKind.UNION_CONTRACT,
                "Dana");
        NegotiationDocument document = new NegotiationDocument(workspace, new ImmediateTaskRunner(), () -> "Dana");
        document.show(opened.snapshot());
        viewModel = new TeamViewModel(document, new FakeDialogService(), CLOCK);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void anEscapeSequenceInANameIsRefusedOnTheFieldAndNothingIsWritten() {
        viewModel.newPerson();
        viewModel.nameProperty().set("Dana \u001B]0;owned\u0007");
        viewModel.sideProperty().set(Side.OURS);
        viewModel.save();
        assertTrue(viewModel.errors().get("name").contains("control character (U+001B)"), viewModel.errors().get("name"));
        assertTrue(workspace.store().loadSnapshot().people().isEmpty());
    }

    @Test
    void halfOfACharacterIsRefusedAWholeOneSaved() {
        viewModel.newPerson();
        viewModel.sideProperty().set(Side.OURS);
        viewModel.nameProperty().set("Dana \uD83D");
        viewModel.save();
        assertTrue(viewModel.errors().get("name").contains("half of a character"), viewModel.errors().get("name"));
        viewModel.nameProperty().set("Dana \uD83D\uDE00");
        viewModel.save();
        assertEquals("Dana \uD83D\uDE00", workspace.store().loadSnapshot().people().get(0).name());
    }
}
