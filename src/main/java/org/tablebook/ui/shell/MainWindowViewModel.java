package org.tablebook.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.Durations;
import org.tablebook.domain.Language;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.export.BackupFormatException;
import org.tablebook.export.Backup;
import org.tablebook.export.BackupReader;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.store.StoreOpenException;
import org.tablebook.document.BackgroundTask;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.UnsavedEdits;
import org.tablebook.document.DraftFile;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.Preferences;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.TaskRunner;
import org.tablebook.document.Workspace;
import org.tablebook.document.Workspace.OpenedFile;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.settings.NewNegotiationViewModel;

/**
 * The main window's state: which file is open, which section is shown, who is recording, and
 * the File menu's commands. Every file operation runs on the background runner.
 */
public final class MainWindowViewModel {
    /** The sample negotiation's file name in the data folder. */
    public static final String SAMPLE_FILE_NAME = "sample-negotiation.tablebook";

    private final Workspace workspace;
    private final NegotiationDocument document;
    private final PreferencesStore preferences;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Path defaultFile;

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.DASHBOARD);
    private final UnsavedEdits<Section> edits;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(Messages.get("window.title.none"));
    private final ReadOnlyStringWrapper userName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(Messages.get("status.noFile"));
    private final ReadOnlyStringWrapper lastChange = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper darkTheme = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    // One read-only view, kept: it listens to recentFiles weakly, so a fresh one per call would
    // lose the window's listener once collected.
    private final ObservableList<String> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);
    private final ReadOnlyStringWrapper sidebarClock = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sidebarOverLimit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper sidebarClockHelp = new ReadOnlyStringWrapper("");
    private java.util.function.Consumer<NewNegotiationViewModel> newNegotiationForm = form -> { };

    public MainWindowViewModel(NegotiationDocument document, PreferencesStore preferences, TaskRunner tasks,
            DialogService dialogs, Clock clock, Path defaultFile) {
        this.document = document;
        this.workspace = document.workspace();
        this.preferences = preferences;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.defaultFile = defaultFile;
        this.edits = new UnsavedEdits<>(dialogs, s -> Messages.get(s.key()));
        edits.onAsk(section::set);
        edits.onChange(this::keepDrafts);
        Preferences p = preferences.get();
        userName.set(p.userName());
        document.snapshotProperty().addListener((obs, was, is) -> {
            if (is != null) {
                windowTitle.set(Messages.format("window.title", is.negotiation().title()));
                if (was != null) {
                    refreshLastChange();
                }
            }
            tick();
        });
        darkTheme.set(p.darkTheme());
        recentFiles.setAll(p.recentFiles());
    }

    /**
     * Opens what the app should show first: the file given on the command line, else the last
     * file, else the default file in the data folder (created on the very first start). Asks the
     * person's name first if nobody has given it yet.
     */
    public void start(Optional<Path> requested) {
        ensureUserName();
        Preferences p = preferences.get();
        Optional<Path> last = Optional.ofNullable(p.lastFile()).map(Path::of).filter(Files::exists);
        Path first = requested.or(() -> last).orElse(defaultFile);
        busy.set(true);
        statusText.set(Messages.format("status.opening", first));
        BackgroundTask.of(() -> {
            if (first.equals(defaultFile) && !Files.exists(defaultFile)) {
                return workspace.create(defaultFile, Messages.get("shell.mainWindowViewModel.newNegotiation"),
                        NegotiationKind.UNION_CONTRACT, actor(), Messages.get("audit.create"));
            }
            // Shown before it is checked: the check and the backup follow, and writes wait for them.
            return workspace.openForShowing(first);
        }).onSuccess(opened -> {
            if (opened.checking()) {
                finishOpening();
                if (workspace.current().isEmpty()) {
                    return;
                }
            }
            show(opened);
            if (checking.get()) {
                statusText.set(Messages.format("status.checking", opened.file()));
            }
        })
                .onFailure(e -> {
                    openFailed(e);
                    showNoFile();
                })
                .onFinally(() -> busy.set(false))
                .runWith(tasks);
    }

    /**
     * The integrity check, lock and backup of the file shown at start, on the background thread
     * before any write queued after it. A file that fails is closed with the usual message.
     */
    private void finishOpening() {
        checking.set(true);
        BackgroundTask.of(workspace::finishOpening)
                .onSuccess(done -> {
                    checking.set(false);
                    done.ifPresent(o -> {
                        readOnly.set(o.readOnly());
                        if (document.snapshot() != null) {
                            document.show(o.snapshot());
                        }
                    });
                    if (file.get() != null) {
                        restoreStatus();
                    }
                })
                .onFailure(e -> {
                    checking.set(false);
                    openFailed(e);
                    showNoFile();
                })
                .runWith(tasks);
    }

    /** True while the file on show is checked and backed up before its first write ("Checking the file…"). */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Says a file could not be opened: in the store's own words when it refused the file, else described. */
    private void openFailed(Throwable e) {
        dialogs.showError(Messages.get("dialog.openFailed.title"),
                e instanceof StoreOpenException ? e.getMessage() : describe(e));
    }

    /**
     * The first start asks the person's name. The question says what cancelling does: changes are
     * then recorded under the computer's login name until a name is given in the status bar.
     */
    private void ensureUserName() {
        if (!preferences.get().userName().isBlank()) {
            return;
        }
        String login = loginName();
        String name = dialogs.askText(Messages.get("dialog.userName.title"),
                Messages.format("dialog.userName.question", login), login).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(login);
        preferences.update(pr -> pr.withUserName(name));
        userName.set(name);
    }

    /**
     * "Recording as ..." was clicked: asks for the name to record changes under from now on. What
     * is already in the file's history keeps the name it was recorded with.
     */
    public void changeUserName() {
        dialogs.askText(Messages.get("dialog.rename.title"), Messages.get("dialog.rename.question"),
                userName.get()).map(String::strip).ifPresent(name -> {
                    if (name.isEmpty()) {
                        dialogs.showError(Messages.get("dialog.rename.title"), Messages.get("dialog.rename.empty"));
                        return;
                    }
                    preferences.update(pr -> pr.withUserName(name));
                    userName.set(name);
                });
    }

    /** The computer's login name: what changes are recorded under when nobody gave a name. */
    private static String loginName() {
        String login = System.getProperty("user.name", "").strip();
        return login.isEmpty() ? Messages.get("shell.mainWindowViewModel.teamMember") : login;
    }

    /** Every section's editors: the dot on a section with an unsaved edit, and the question before leaving it. */
    public UnsavedEdits<Section> unsavedEdits() {
        return edits;
    }

    /** Shows another section, after asking about an unsaved edit in the one on show. */
    public void goTo(Section target) {
        Section current = section.get();
        if (target == current) {
            return;
        }
        edits.leave(current, () -> section.set(target));
    }

    /** Quitting or closing the window: runs {@code exit} once every unsaved edit is saved or discarded. */
    public void quit(Runnable exit) {
        edits.leaveAll(exit);
    }

    public void openFile() {
        edits.leaveAll(this::chooseAndOpen);
    }

    private void chooseAndOpen() {
        Path folder = Optional.ofNullable(file.get()).map(Path::getParent).orElse(defaultFile.getParent());
        dialogs.chooseFileToOpen(Messages.get("dialog.open.title"), folder).ifPresent(this::open);
    }

    public void openRecent(String path) {
        edits.leaveAll(() -> open(Path.of(path)));
    }

    public void open(Path path) {
        busy.set(true);
        statusText.set(Messages.format("status.opening", path));
        BackgroundTask.of(() -> workspace.open(path))
                .onSuccess(this::show)
                .onFailure(e -> {
                    if (e instanceof StoreOpenException s && s.problem() == StoreOpenException.Problem.MISSING) {
                        preferences.update(p -> p.withoutRecent(path.toString()));
                        recentFiles.setAll(preferences.get().recentFiles());
                    }
                    openFailed(e);
                    restoreStatus();
                })
                .onFinally(() -> busy.set(false))
                .runWith(tasks);
    }

    /**
     * File > New negotiation: once every unsaved edit is saved or discarded, shows the form that asks
     * for the file, the negotiation's details, both teams and the person's name, all written in one
     * step.
     */
    public void newFile() {
        edits.leaveAll(() -> newNegotiationForm.accept(newNegotiation()));
    }

    /** The form's model, in the folder of the open file (or the data folder). */
    public NewNegotiationViewModel newNegotiation() {
        Path folder = Optional.ofNullable(file.get()).map(Path::getParent).orElse(defaultFile.getParent());
        return new NewNegotiationViewModel(clock, dialogs, folder, userName.get(), this::create);
    }

    /** Where File > New negotiation shows its form (the window's dialog). */
    public void setNewNegotiationForm(java.util.function.Consumer<NewNegotiationViewModel> form) {
        this.newNegotiationForm = java.util.Objects.requireNonNull(form);
    }

    /**
     * Writes the new negotiation, with its teams, as one new file and opens it. The name given in the
     * form becomes the name changes are recorded under, from the file's first entry on.
     */
    private void create(NewNegotiationViewModel.NewNegotiation made, Runnable onCreated,
            java.util.function.Consumer<String> onFailed) {
        busy.set(true);
        String recorder = made.userName();
        BackgroundTask.of(() -> workspace.createFrom(made.file(), made.snapshot(), recorder,
                        Messages.get("audit.newNegotiation")))
                .onSuccess(opened -> {
                    if (!recorder.equals(userName.get())) {
                        preferences.update(p -> p.withUserName(recorder));
                        userName.set(recorder);
                    }
                    show(opened);
                    onCreated.run();
                })
                .onFailure(e -> {
                    restoreStatus();
                    onFailed.accept(e instanceof StoreOpenException ? e.getMessage() : describe(e));
                })
                .onFinally(() -> busy.set(false))
                .runWith(tasks);
    }

    /**
     * File > Close: once every unsaved edit is saved or discarded, closes the file (its lock is let
     * go) and shows the window's "no negotiation open" state with New, Open, Open recent and the
     * sample. The closed file stays in Open recent; the next start opens the default file, not it.
     */
    public void closeFile() {
        if (document.snapshot() == null) {
            return;
        }
        edits.leaveAll(() -> {
            busy.set(true);
            BackgroundTask.of(() -> {
                workspace.close();
                return true;
            }).onSuccess(closed -> {
                preferences.update(Preferences::withoutLastFile);
                showNoFile();
            }).onFailure(e -> {
                dialogs.showError(Messages.get("dialog.closeFailed.title"), describe(e));
                restoreStatus();
            }).onFinally(() -> busy.set(false)).runWith(tasks);
        });
    }

    /**
     * File > Import backup: the JSON is checked in full first; only then is a new file chosen and
     * written. On any problem nothing is written and the message names the place.
     */
    public void importBackup() {
        edits.leaveAll(this::chooseAndImport);
    }

    private void chooseAndImport() {
        Path folder = Optional.ofNullable(file.get()).map(Path::getParent).orElse(defaultFile.getParent());
        Optional<Path> json = dialogs.chooseBackupToOpen(Messages.get("import.choose.title"), folder);
        if (json.isEmpty()) {
            return;
        }
        if (Files.exists(json.get()) && !Files.isRegularFile(json.get())) {
            // Reading a named pipe would wait forever for a writer.
            dialogs.showError(Messages.get("import.refused.title"), Messages.format("import.notOrdinaryFile", json.get()));
            return;
        }
        busy.set(true);
        statusText.set(Messages.format("import.checking", json.get().getFileName()));
        BackgroundTask.of(() -> new BackupReader().read(json.get()))
                .onSuccess(backup -> {
                    busy.set(false);
                    restoreStatus();
                    String stem = json.get().getFileName().toString().replaceFirst("(?i)\\.json$", "");
                    dialogs.chooseFileToCreate(Messages.get("import.target.title"), json.get().getParent(),
                            stem + ".tablebook").map(MainWindowViewModel::withExtension)
                            .ifPresent(target -> writeImport(json.get(), backup, target));
                })
                .onFailure(BackupFormatException.class, e -> {
                    busy.set(false);
                    restoreStatus();
                    dialogs.showError(Messages.get("import.refused.title"), Messages.format("import.refused", e.getMessage()));
                })
                .onFailure(e -> {
                    busy.set(false);
                    restoreStatus();
                    dialogs.showError(Messages.get("import.refused.title"), Messages.format("import.refused", describe(e)));
                })
                .runWith(tasks);
    }

    private void writeImport(Path json, Backup backup, Path target) {
        if (Files.exists(target)) {
            dialogs.showError(Messages.get("dialog.createFailed.title"),
                    Messages.format("import.exists", target.getFileName()));
            return;
        }
        busy.set(true);
        BackgroundTask.of(() -> workspace.createFrom(target, backup.snapshot(), backup.auditTrail(), actor(),
                        Messages.format("import.change", json.getFileName())))
                .onSuccess(this::show)
                .onFailure(e -> {
                    dialogs.showError(Messages.get("dialog.createFailed.title"), describe(e));
                    restoreStatus();
                })
                .onFinally(() -> busy.set(false))
                .runWith(tasks);
    }

    /**
     * File > Open sample negotiation: writes a fresh copy of the sample into the data folder and
     * opens it. An older sample there (perhaps changed while trying things out) is replaced only
     * after asking; nothing else is touched.
     */
    public void openSample() {
        edits.leaveAll(this::openSampleNow);
    }

    private void openSampleNow() {
        Path sample = sampleFile();
        BackgroundTask.of(() -> Files.exists(sample))
                .onSuccess(exists -> {
                    if (exists && !dialogs.confirm(Messages.get("dialog.sample.replace.title"),
                            Messages.format("dialog.sample.replace.text", sample), Messages.get("dialog.sample.replace.ok"))) {
                        return;
                    }
                    writeSample(sample);
                })
                .onFailure(e -> dialogs.showError(Messages.get("dialog.sample.failed.title"), describe(e)))
                .runWith(tasks);
    }

    private void writeSample(Path sample) {
        busy.set(true);
        statusText.set(Messages.get("status.sample"));
        boolean sampleWasOpen = sample.toAbsolutePath().normalize().equals(file.get());
        BackgroundTask.of(() -> workspace.createReplacing(sample, SampleNegotiation.build(clock), actor(),
                        Messages.get("audit.sample")))
                .onSuccess(this::show)
                .onFailure(e -> {
                    dialogs.showError(Messages.get("dialog.sample.failed.title"),
                            e instanceof StoreOpenException ? e.getMessage() : describe(e));
                    if (sampleWasOpen && workspace.current().isEmpty()) {
                        showNoFile();
                    } else {
                        restoreStatus();
                    }
                })
                .onFinally(() -> busy.set(false))
                .runWith(tasks);
    }

    /**
     * Recomputes the status bar's sidebar clock: the running sidebar's time since its stored start
     * by the injected clock, against the negotiation's time limit. The window calls it once a
     * second; it is empty while no sidebar runs.
     */
    public void tick() {
        NegotiationSnapshot s = document.snapshot();
        List<Sidebar> running = s == null ? List.of() : s.runningSidebars();
        if (running.isEmpty()) {
            sidebarClock.set("");
            sidebarClockHelp.set("");
            sidebarOverLimit.set(false);
            return;
        }
        Sidebar first = running.get(0);
        Duration elapsed = Duration.between(first.startedAt(), clock.instant());
        int limitMinutes = s.negotiation().ruleSettings().sidebarTimeLimitMinutes();
        Duration limit = Duration.ofMinutes(limitMinutes);
        sidebarOverLimit.set(limitMinutes > 0 && elapsed.compareTo(limit) > 0);
        String one = limitMinutes > 0
                ? Messages.format("sidebars.status.clock", Durations.clock(elapsed), Durations.human(limit))
                : Messages.format("sidebars.status.clockNoLimit", Durations.clock(elapsed));
        sidebarClockHelp.set(Messages.format("sidebars.status.help", first.purpose()));
        sidebarClock.set(running.size() == 1 ? one
                : Messages.format("sidebars.status.clockMany", running.size(), Durations.clock(elapsed)));
    }

    /** Shows the Sidebars section (the status bar's clock was clicked). */
    public void showSidebars() {
        section.set(Section.SIDEBARS);
    }

    /** Where File > Open sample negotiation writes the sample: beside the default file. */
    public Path sampleFile() {
        return defaultFile.resolveSibling(SAMPLE_FILE_NAME);
    }

    static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".tablebook") ? path : path.resolveSibling(name + ".tablebook");
    }

    /** Reads the open file again, after a change made elsewhere in the window. */
    public void reload() {
        if (workspace.current().isEmpty()) {
            return;
        }
        document.reload(e -> dialogs.showError(Messages.get("file.readFailed"), describe(e)));
    }

    /** The language the window speaks now (chosen at start). */
    public Language language() {
        return Language.current();
    }

    /** The language for the next start: remembered in the preferences, said so at once. */
    public void chooseLanguage(Language chosen) {
        preferences.update(p -> p.withLanguage(chosen));
        if (chosen != Language.current()) {
            dialogs.showInformation(Messages.get("language.changed.title"),
                    Messages.get("language.changed." + chosen.code()));
        }
    }

    public void setDarkTheme(boolean dark) {
        darkTheme.set(dark);
        preferences.update(p -> p.withDarkTheme(dark));
    }

    /** Keeps what is typed and not saved beside the file, off the JavaFX thread. */
    private void keepDrafts() {
        Path at = file.get();
        if (at == null || readOnly.get()) {
            return;
        }
        List<DraftFile.Draft> drafts = edits.drafts();
        BackgroundTask.of(() -> {
            DraftFile.write(at, drafts);
            return at;
        }).onFailure(e -> statusText.set(Messages.get("status.draftsNotKept"))).runWith(tasks);
    }

    /** Drafts left beside a file by a crash or a kill are offered back when it is opened. */
    private void offerDrafts(Path opened) {
        BackgroundTask.of(() -> DraftFile.read(opened)).onSuccess(drafts -> {
            if (drafts.isEmpty() || !opened.equals(file.get())) {
                return;
            }
            String names = String.join("\n", drafts.stream().map(d -> "\u2022 " + d.recordName()).toList());
            if (dialogs.confirm(Messages.get("drafts.title"), Messages.format("drafts.question", names),
                    Messages.get("drafts.restore"))) {
                // Sections are built when first shown: show each draft's section so its editor exists.
                drafts.forEach(d -> java.util.Arrays.stream(Section.values())
                        .filter(s -> s.name().equals(d.section())).findFirst().ifPresent(section::set));
                List<String> lost = edits.restore(drafts);
                if (!lost.isEmpty()) {
                    dialogs.showInformation(Messages.get("drafts.title"),
                            Messages.format("drafts.lost", String.join(", ", lost)));
                }
            }
            keepDrafts();
        }).onFailure(e -> { }).runWith(tasks);
    }

    private void show(OpenedFile opened) {
        file.set(opened.file());
        readOnly.set(opened.readOnly());
        document.show(opened.snapshot());
        windowTitle.set(Messages.format("window.title", opened.snapshot().negotiation().title()));
        preferences.update(p -> p.withOpened(opened.file().toString()));
        recentFiles.setAll(preferences.get().recentFiles());
        restoreStatus();
        refreshLastChange();
        offerDrafts(opened.file());
    }

    private void refreshLastChange() {
        document.lastChange(latest -> lastChange.set(latest.map(this::describeChange)
                .orElse(Messages.get("status.noChange"))), e -> lastChange.set(""));
    }

    private String describeChange(AuditEntry entry) {
        return Messages.format("status.lastChange", DateTexts.current().dateTime(entry.at(), zone()), entry.actor());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private void showNoFile() {
        file.set(null);
        document.show(null);
        readOnly.set(false);
        windowTitle.set(Messages.get("window.title.none"));
        statusText.set(Messages.get("status.noFile"));
        lastChange.set("");
    }

    private void restoreStatus() {
        statusText.set(file.get() == null ? Messages.get("status.noFile")
                : Messages.format("status.file", file.get()));
    }

    private String actor() {
        return userName.get().isBlank() ? loginName() : userName.get();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ReadOnlyObjectProperty<NegotiationSnapshot> snapshotProperty() {
        return document.snapshotProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userNameProperty() {
        return userName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty darkThemeProperty() {
        return darkTheme.getReadOnlyProperty();
    }

    /** "“Wages” is running. Click to go to it." */
    public ReadOnlyStringProperty sidebarClockHelpProperty() {
        return sidebarClockHelp.getReadOnlyProperty();
    }

    /** "Sidebar 0:12:05 · limit 1 h 30 min", or empty while no sidebar runs. */
    public ReadOnlyStringProperty sidebarClockProperty() {
        return sidebarClock.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sidebarOverLimitProperty() {
        return sidebarOverLimit.getReadOnlyProperty();
    }

    public ObservableList<String> recentFiles() {
        return recentFilesView;
    }
}
