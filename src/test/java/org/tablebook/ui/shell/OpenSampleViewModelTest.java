package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.Workspace;

/** File > Open sample negotiation: a fresh copy in the data folder, an older one replaced only after asking. */
class OpenSampleViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private PreferencesStore preferences;
    private Workspace workspace;
    private final FakeDialogService dialogs = new FakeDialogService();
    private MainWindowViewModel viewModel;
    private Path sample;

    @BeforeEach
    void setUp() {
        preferences = new PreferencesStore(dir.resolve("preferences.json"));
        preferences.update(p -> p.withUserName("Sam Ortiz"));
        workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")));
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        viewModel = new MainWindowViewModel(new NegotiationDocument(workspace, tasks, () -> "Sam Ortiz"), preferences,
                tasks, dialogs, CLOCK, dir.resolve("negotiation.tablebook"));
        sample = dir.resolve("sample-negotiation.tablebook");
    }

    @AfterEach
    void tearDown() {
        workspace.close();
        preferences.close();
    }

    @Test
    void writesAFreshSampleBesideTheDefaultFileAndOpensIt() {
        viewModel.start(Optional.empty());

        viewModel.openSample();

        assertTrue(dialogs.questions.isEmpty(), "nothing to replace, so nothing to ask");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals(sample, viewModel.sampleFile());
        assertEquals(sample, viewModel.fileProperty().get());
        assertEquals(SampleNegotiation.build(CLOCK), viewModel.snapshotProperty().get());
        assertEquals(SampleNegotiation.TITLE + " \u2014 Tablebook", viewModel.windowTitleProperty().get());
        assertEquals(sample.toString(), preferences.get().recentFiles().get(0));
        assertTrue(viewModel.lastChangeProperty().get().contains("by Sam Ortiz"), viewModel.lastChangeProperty().get());
        assertTrue(Files.exists(dir.resolve("negotiation.tablebook")), "the team's own file is left as it was");
    }

    @Test
    void asksBeforeReplacingAnOlderSampleAndKeepsItWhenTheAnswerIsNo() throws Exception {
        viewModel.start(Optional.empty());
        viewModel.openSample();
        renameSomeoneInTheOpenFile();
        dialogs.confirmAnswers.add(false);

        viewModel.openSample();

        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.questions.get(0).contains("sample-negotiation.tablebook"), dialogs.questions.get(0));
        assertTrue(hasRenamedPerson(viewModel.snapshotProperty().get()), "the sample with the change is still open");
    }

    @Test
    void replacesTheOpenSampleWithAFreshCopyWhenTheAnswerIsYes() throws Exception {
        viewModel.start(Optional.empty());
        viewModel.openSample();
        renameSomeoneInTheOpenFile();
        dialogs.confirmAnswers.add(true);

        viewModel.openSample();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals(sample, viewModel.fileProperty().get());
        assertFalse(hasRenamedPerson(viewModel.snapshotProperty().get()));
        assertEquals(SampleNegotiation.build(CLOCK), viewModel.snapshotProperty().get());
        assertFalse(Files.exists(dir.resolve("sample-negotiation.tablebook.new")), "no half-written copy is left");
    }

    @Test
    void replacesAnOlderSampleThatIsNotOpen() throws Exception {
        viewModel.start(Optional.empty());
        viewModel.openSample();
        renameSomeoneInTheOpenFile();
        viewModel.open(dir.resolve("negotiation.tablebook"));
        dialogs.confirmAnswers.add(true);

        viewModel.openSample();

        assertEquals(sample, viewModel.fileProperty().get());
        assertFalse(hasRenamedPerson(viewModel.snapshotProperty().get()));
    }

    @Test
    void refusesToReplaceASampleOpenInAnotherWindow() throws Exception {
        viewModel.start(Optional.empty());
        TablebookStore.createFrom(sample, SampleNegotiation.build(CLOCK), "Sam Ortiz",
                StoreOptions.defaults(CLOCK, dir.resolve("backups"))).close();
        try (TablebookStore elsewhere = TablebookStore.open(sample, StoreOptions.defaults(CLOCK, dir.resolve("backups")))) {
            dialogs.confirmAnswers.add(true);

            viewModel.openSample();

            assertEquals(1, dialogs.errors.size());
            assertTrue(dialogs.errors.get(0).contains("open in another Tablebook window"), dialogs.errors.get(0));
            assertEquals(dir.resolve("negotiation.tablebook"), viewModel.fileProperty().get());
            assertEquals(SampleNegotiation.build(CLOCK), elsewhere.loadSnapshot());
        }
    }

    private void renameSomeoneInTheOpenFile() {
        Person maria = viewModel.snapshotProperty().get().people().get(0);
        Person renamed = new Person(maria.id(), "Maria D. (renamed)", maria.side(), maria.role(), maria.canAgree(),
                maria.active(), maria.createdAt(), CLOCK.instant());
        workspace.store().write("Sam Ortiz", "Rename", w -> {
            w.update(renamed);
            return null;
        });
        viewModel.reload();
        assertTrue(hasRenamedPerson(viewModel.snapshotProperty().get()));
    }

    private static boolean hasRenamedPerson(NegotiationSnapshot snapshot) {
        return snapshot.people().stream().anyMatch(p -> p.name().equals("Maria D. (renamed)"));
    }
}
