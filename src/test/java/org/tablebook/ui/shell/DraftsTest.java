package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.DraftFile;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.Workspace;
import org.tablebook.store.StoreOptions;
import org.tablebook.ui.agreements.InformationRequestsViewModel;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.team.TeamViewModel;

/** What was typed and not saved is kept beside the file, and offered back after the app was killed. */
class DraftsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private PreferencesStore preferences;
    private Workspace workspace;
    private final FakeDialogService dialogs = new FakeDialogService();
    private MainWindowViewModel window;
    private TeamViewModel team;
    private InformationRequestsViewModel requests;

    /** One run of the app: a window and two sections over the file. */
    private void startApp() {
        preferences = new PreferencesStore(dir.resolve("preferences.json"));
        preferences.update(p -> p.withUserName("Sam"));
        workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")));
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        NegotiationDocument document = new NegotiationDocument(workspace, tasks, () -> "Sam");
        window = new MainWindowViewModel(document, preferences, tasks, dialogs, CLOCK, dir.resolve("n.tablebook"));
        team = new TeamViewModel(document, dialogs, CLOCK);
        requests = new InformationRequestsViewModel(document, dialogs, CLOCK);
        window.unsavedEdits().register(Section.TEAM, team.editor());
        window.unsavedEdits().register(Section.INFORMATION_REQUESTS, requests.editor());
        window.start(Optional.empty());
    }

    /** The process dies: nothing is asked, nothing is saved, the file is simply let go. */
    private void kill() {
        workspace.close();
        preferences.close();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
        preferences.close();
    }

    @Test
    void anEditTypedBeforeAKillIsOfferedBackOnTheNextOpen() throws Exception {
        startApp();
        Path file = window.fileProperty().get();
        team.newPerson();
        team.nameProperty().set("Morgan Hale");
        team.save();
        team.nameProperty().set("Morgan Hale-Ruiz");
        requests.newRequest();
        requests.subjectProperty().set("Staffing numbers by unit");

        List<DraftFile.Draft> kept = DraftFile.read(file);
        assertEquals(2, kept.size(), kept::toString);
        assertTrue(Files.readString(DraftFile.beside(file)).contains("Morgan Hale-Ruiz"));
        assertFalse(window.snapshotProperty().get().people().stream().anyMatch(p -> p.name().endsWith("Ruiz")),
                "the draft is beside the file, not in it");
        kill();

        dialogs.confirmAnswers.add(true);
        startApp();
        assertTrue(dialogs.questions.stream().anyMatch(q -> q.contains("Morgan Hale") && q.contains("New information")),
                dialogs.questions::toString);
        assertEquals("Morgan Hale-Ruiz", team.nameProperty().get(), "the edit is back in its editor");
        assertTrue(team.editor().isDirty(), "and still to be saved");
        assertEquals("Staffing numbers by unit", requests.subjectProperty().get());
        assertTrue(requests.editor().isCreating());

        team.save();
        requests.editor().cancel();
        assertFalse(Files.exists(DraftFile.beside(file)), "nothing unsaved, no drafts");
    }

    @Test
    void draftsNotWantedAreLetGo() {
        startApp();
        Path file = window.fileProperty().get();
        team.newPerson();
        team.nameProperty().set("Morgan Hale");
        kill();
        dialogs.confirmAnswers.add(false);
        startApp();
        assertFalse(team.editor().isEditing());
        assertFalse(Files.exists(DraftFile.beside(file)));
    }
}
