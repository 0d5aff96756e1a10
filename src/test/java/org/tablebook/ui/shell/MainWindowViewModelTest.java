package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
import org.tablebook.store.StoreOptions;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.Workspace;

class MainWindowViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private PreferencesStore preferences;
    private Workspace workspace;
    private final FakeDialogService dialogs = new FakeDialogService();
    private MainWindowViewModel viewModel;

    @BeforeEach
    void setUp() {
        preferences = new PreferencesStore(dir.resolve("preferences.json"));
        workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")));
        viewModel = newViewModel();
    }

    private MainWindowViewModel newViewModel() {
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        return new MainWindowViewModel(new NegotiationDocument(workspace, tasks, () -> "Sam"), preferences, tasks,
                dialogs, CLOCK, dir.resolve("negotiation.tablebook"));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
        preferences.close();
    }

    @Test
    void theFirstStartAsksTheNameThenCreatesAndOpensTheDefaultFile() {
        dialogs.textAnswers.add(Optional.of("  Dana Reyes "));
        viewModel.start(Optional.empty());
        assertEquals("Dana Reyes", viewModel.userNameProperty().get());
        assertEquals("Dana Reyes", preferences.get().userName());
        assertTrue(Files.exists(dir.resolve("negotiation.tablebook")));
        assertNotNull(viewModel.snapshotProperty().get());
        assertEquals("New negotiation \u2014 Tablebook", viewModel.windowTitleProperty().get());
        assertEquals(dir.resolve("negotiation.tablebook").toString(), preferences.get().lastFile());
        assertTrue(viewModel.lastChangeProperty().get().contains("by Dana Reyes"), viewModel.lastChangeProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void inSpanishTheFirstFilesCreationIsNamedInSpanishOnTheHistory() {
        org.tablebook.testing.InSpanish.run(() -> {
            dialogs.textAnswers.add(Optional.of("Dana Reyes"));
            viewModel.start(Optional.empty());
        });
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals(List.of("Crear la negociación"),
                workspace.store().audit().list().stream().map(a -> a.label()).distinct().toList());
    }

    @Test
    void aKnownNameIsNotAskedAgainAndTheLastFileReopens() throws Exception {
        preferences.update(p -> p.withUserName("Sam"));
        Path other = dir.resolve("other.tablebook");
        workspace.create(other, "Other", org.tablebook.domain.NegotiationKind.COMMUNITY_AGREEMENT, "Sam");
        workspace.close();
        preferences.update(p -> p.withOpened(other.toString()));
        viewModel.start(Optional.empty());
        assertTrue(dialogs.questions.isEmpty());
        assertEquals("Other", viewModel.snapshotProperty().get().negotiation().title());
        assertEquals(other, viewModel.fileProperty().get());
    }

    @Test
    void aFileThatCannotBeOpenedIsExplainedAndTheWindowOffersNewOrOpen() throws Exception {
        preferences.update(p -> p.withUserName("Sam"));
        Path junk = dir.resolve("notes.tablebook");
        Files.writeString(junk, "These are my notes, not a negotiation.");
        viewModel.start(Optional.of(junk));
        assertEquals(1, dialogs.errors.size());
        assertNull(viewModel.snapshotProperty().get());
        assertEquals("These are my notes, not a negotiation.", Files.readString(junk));
    }

    @Test
    void openingAMissingRecentFileRemovesItFromTheList() {
        preferences.update(p -> p.withUserName("Sam").withOpened("/nowhere/gone.tablebook"));
        viewModel = newViewModel();
        assertEquals(List.of("/nowhere/gone.tablebook"), viewModel.recentFiles());
        viewModel.openRecent("/nowhere/gone.tablebook");
        assertEquals(1, dialogs.errors.size());
        assertTrue(viewModel.recentFiles().isEmpty());
    }

    @Test
    void newFileShowsTheFormThenWritesEverythingInOneFileAndOpensIt() {
        preferences.update(p -> p.withUserName("Sam"));
        viewModel.setNewNegotiationForm(form -> {
            form.details().titleProperty().set("Local 1199 \u2013 Riverside Health");
            form.fileNameProperty().set("Riverside 2027");
            form.details().otherPartyProperty().set("Riverside Health");
            form.details().contractExpiresOnProperty().set("2026-06-30");
            form.ours().get(0).nameProperty().set("Dana Reyes");
            form.theirs().get(0).nameProperty().set("Pat Lee");
            form.yourNameProperty().set("Dana Reyes");
            assertTrue(form.create(() -> { }));
        });
        viewModel.newFile();
        assertTrue(Files.exists(dir.resolve("Riverside 2027.tablebook")));
        var snapshot = viewModel.snapshotProperty().get();
        assertEquals("Local 1199 \u2013 Riverside Health", snapshot.negotiation().title());
        assertEquals("Riverside Health", snapshot.negotiation().otherParty());
        assertEquals(java.time.LocalDate.parse("2026-06-30"), snapshot.negotiation().contractExpiresOn());
        assertEquals(List.of("Dana Reyes", "Pat Lee"), snapshot.people().stream().map(p -> p.name()).toList());
        assertEquals(dir.resolve("Riverside 2027.tablebook").toString(), viewModel.recentFiles().get(0));
        assertEquals("Dana Reyes", viewModel.userNameProperty().get(), "the name given in the form records from now on");
        assertEquals("Dana Reyes", preferences.get().userName());
        assertTrue(viewModel.lastChangeProperty().get().contains("by Dana Reyes"), viewModel.lastChangeProperty().get());
    }

    @Test
    void newFileRefusesToOverwriteAnExistingFileAndKeepsTheForm() throws Exception {
        preferences.update(p -> p.withUserName("Sam"));
        Path existing = dir.resolve("existing.tablebook");
        Files.writeString(existing, "keep me");
        List<org.tablebook.ui.settings.NewNegotiationViewModel> shown = new java.util.ArrayList<>();
        viewModel.setNewNegotiationForm(form -> {
            shown.add(form);
            form.details().titleProperty().set("Riverside");
            form.fileNameProperty().set("existing");
            assertFalse(form.create(() -> { }));
        });
        viewModel.newFile();
        assertTrue(shown.get(0).errors().get("fileName").contains("already exists"), shown.get(0).errors().all()::toString);
        assertEquals("Riverside", shown.get(0).details().titleProperty().get(), "what was typed stays");
        assertEquals("keep me", Files.readString(existing));
        assertNull(viewModel.snapshotProperty().get());
    }

    @Test
    void fileCloseLeavesNoNegotiationOpenAndTheNextStartOpensTheDefaultFile() {
        preferences.update(p -> p.withUserName("Sam"));
        viewModel.start(Optional.empty());
        Path opened = viewModel.fileProperty().get();
        assertNotNull(viewModel.snapshotProperty().get());
        viewModel.closeFile();
        assertNull(viewModel.snapshotProperty().get());
        assertNull(viewModel.fileProperty().get());
        assertTrue(workspace.current().isEmpty(), "the file is closed and its lock let go");
        assertEquals("No negotiation file open", viewModel.statusTextProperty().get());
        assertNull(preferences.get().lastFile());
        assertEquals(opened.toString(), viewModel.recentFiles().get(0), "it stays in Open recent");
    }

    @Test
    void theNameRecordedUnderCanBeChangedAtAnyTime() {
        preferences.update(p -> p.withUserName("Sam"));
        viewModel.start(Optional.empty());
        dialogs.textAnswers.add(Optional.of("  Dana Reyes "));
        viewModel.changeUserName();
        assertEquals("Dana Reyes", viewModel.userNameProperty().get());
        assertEquals("Dana Reyes", preferences.get().userName());

        dialogs.textAnswers.add(Optional.of("   "));
        viewModel.changeUserName();
        assertEquals("Dana Reyes", preferences.get().userName(), "an empty name is refused, said so");
        assertEquals(1, dialogs.errors.size());

        dialogs.textAnswers.add(Optional.empty());
        viewModel.changeUserName();
        assertEquals("Dana Reyes", preferences.get().userName(), "Cancel changes nothing");
    }

    @Test
    void cancellingTheFirstQuestionRecordsUnderTheLoginNameAndTheQuestionSaysSo() {
        String login = System.getProperty("user.name");
        viewModel.start(Optional.empty());
        assertEquals(login, viewModel.userNameProperty().get());
        assertEquals(login, preferences.get().userName());
        assertTrue(dialogs.questions.get(0).contains("If you cancel, your changes are recorded as \u201c" + login + "\u201d"),
                dialogs.questions.get(0));
        assertTrue(dialogs.questions.get(0).contains("Recording as"), dialogs.questions.get(0));
    }

    @Test
    void theThemeChoiceIsRemembered() {
        assertFalse(viewModel.darkThemeProperty().get());
        viewModel.setDarkTheme(true);
        assertTrue(preferences.get().darkTheme());
    }

    @Test
    void aBackupIsCheckedThenImportedIntoANewFileAndOpened() throws Exception {
        preferences.update(p -> p.withUserName("Sam"));
        org.tablebook.domain.NegotiationSnapshot sample = org.tablebook.domain.sample.SampleNegotiation.build(CLOCK);
        Path json = dir.resolve("riverside.json");
        Files.writeString(json, new org.tablebook.export.BackupWriter().write(sample));
        dialogs.fileAnswers.add(Optional.of(json));
        dialogs.fileAnswers.add(Optional.of(dir.resolve("restored")));
        viewModel.importBackup();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals(dir.resolve("restored.tablebook"), viewModel.fileProperty().get());
        assertEquals(sample, viewModel.snapshotProperty().get());
    }

    @Test
    void inSpanishTheImportIsNamedInSpanishAndATakenNameIsRefusedInSpanish() throws Exception {
        preferences.update(p -> p.withUserName("Sam"));
        Path json = dir.resolve("riverside.json");
        Files.writeString(json, new org.tablebook.export.BackupWriter().write(
                org.tablebook.domain.sample.SampleNegotiation.build(CLOCK)));
        Files.writeString(dir.resolve("taken.tablebook"), "");
        org.tablebook.testing.InSpanish.run(() -> {
            dialogs.fileAnswers.add(Optional.of(json));
            dialogs.fileAnswers.add(Optional.of(dir.resolve("taken")));
            viewModel.importBackup();
            assertEquals(List.of("Ya existe allí un archivo llamado taken.tablebook. Una copia de seguridad se importa "
                    + "en un archivo nuevo: elija un nombre que no esté en uso."), dialogs.errors);
            dialogs.errors.clear();
            dialogs.fileAnswers.add(Optional.of(json));
            dialogs.fileAnswers.add(Optional.of(dir.resolve("restored")));
            viewModel.importBackup();
        });
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertTrue(workspace.store().audit().list().stream().anyMatch(a -> a.label().equals("Importar riverside.json")),
                () -> workspace.store().audit().list().stream().map(a -> a.label()).toList().toString());
    }

    @Test
    void aBrokenBackupIsExplainedAndNothingIsWritten() throws Exception {
        preferences.update(p -> p.withUserName("Sam"));
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "{ \"format\": \"tablebook-backup\", \"formatVersion\": 99 }");
        dialogs.fileAnswers.add(Optional.of(json));
        dialogs.fileAnswers.add(Optional.of(dir.resolve("never")));
        viewModel.importBackup();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).endsWith("Nothing was written."), dialogs.errors.get(0));
        assertFalse(Files.exists(dir.resolve("never.tablebook")));
    }

    @Test
    void choosingALanguageIsRememberedForTheNextStartAndSaidSo() {
        org.tablebook.domain.Language other = viewModel.language() == org.tablebook.domain.Language.SPANISH
                ? org.tablebook.domain.Language.ENGLISH : org.tablebook.domain.Language.SPANISH;
        viewModel.chooseLanguage(other);
        assertEquals(other, preferences.get().chosenLanguage().orElseThrow());
        assertEquals(1, dialogs.informations.size());
        assertTrue(dialogs.informations.get(0).contains("next start") || dialogs.informations.get(0).contains("próximo"),
                dialogs.informations::toString);
    }

    @Test
    void aNamedPipeIsRefusedAtOnceWhenOpenedOrImported() throws Exception {
        preferences.update(p -> p.withUserName("Sam"));
        Path pipe = dir.resolve("pipe.tablebook");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        viewModel.open(pipe);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("is a named pipe, not a Tablebook file"), dialogs.errors.get(0));
        dialogs.fileAnswers.add(Optional.of(pipe));
        viewModel.importBackup();
        assertEquals(2, dialogs.errors.size());
        assertTrue(dialogs.errors.get(1).startsWith(pipe + " is not an ordinary file"), dialogs.errors.get(1));
        assertTrue(dialogs.errors.get(1).endsWith("Nothing was written."), dialogs.errors.get(1));
    }
}
