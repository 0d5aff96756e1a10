package org.tablebook.app;

import java.time.Clock;
import javafx.stage.Window;
import org.tablebook.store.StoreOptions;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FxTaskRunner;
import org.tablebook.ui.common.NegotiationDocument;
import org.tablebook.ui.common.PreferencesStore;
import org.tablebook.ui.common.TaskRunner;
import org.tablebook.ui.common.Workspace;
import org.tablebook.ui.demands.DemandsView;
import org.tablebook.ui.demands.DemandsViewModel;
import org.tablebook.ui.sessions.SessionsView;
import org.tablebook.ui.sessions.SessionsViewModel;
import org.tablebook.ui.shell.FxDialogService;
import org.tablebook.ui.shell.MainWindow;
import org.tablebook.ui.shell.MainWindowViewModel;
import org.tablebook.ui.shell.Section;
import org.tablebook.ui.shell.UndoViewModel;
import org.tablebook.ui.team.TeamView;
import org.tablebook.ui.team.TeamViewModel;

/**
 * The composition root: builds every service once, with constructors, and hands them to the view
 * models. Nothing else in the app creates services or reaches for globals.
 */
public final class AppContext implements AutoCloseable {
    private final Clock clock;
    private final DataFolders folders;
    private final PreferencesStore preferences;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final Workspace workspace;
    private final NegotiationDocument document;

    public AppContext(Clock clock, DataFolders folders) {
        this.clock = clock;
        this.folders = folders;
        this.preferences = new PreferencesStore(folders.preferencesFile());
        this.workspace = new Workspace(StoreOptions.defaults(clock, folders.backups()));
        this.document = new NegotiationDocument(workspace, tasks, this::actor);
    }

    /** The name written into the audit trail with every change. */
    private String actor() {
        String name = preferences.get().userName();
        return name.isBlank() ? System.getProperty("user.name", "Team member") : name;
    }

    public MainWindowViewModel mainWindowViewModel(DialogService dialogs) {
        return new MainWindowViewModel(document, preferences, tasks, dialogs, clock, folders.defaultFile());
    }

    /** Every section's view, built once the window (the dialogs' owner) exists. */
    public void installSections(MainWindow window, DialogService dialogs) {
        window.setSectionView(Section.TEAM, new TeamView(new TeamViewModel(document, dialogs, clock)));
        window.setSectionView(Section.DEMANDS, new DemandsView(new DemandsViewModel(document, dialogs, clock)));
        window.setSectionView(Section.SESSIONS, new SessionsView(new SessionsViewModel(document, dialogs, clock)));
        window.setUndo(new UndoViewModel(document, dialogs));
    }

    public DialogService dialogs(Window owner) {
        return new FxDialogService(owner);
    }

    public Clock clock() {
        return clock;
    }

    public DataFolders folders() {
        return folders;
    }

    public PreferencesStore preferences() {
        return preferences;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Finishes queued writes, closes the file, and saves the preferences. */
    @Override
    public void close() {
        tasks.close();
        workspace.close();
        preferences.close();
    }
}
