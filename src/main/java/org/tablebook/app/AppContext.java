package org.tablebook.app;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import javafx.stage.Window;
import org.tablebook.domain.EntityKind;
import org.tablebook.store.StoreOptions;
import org.tablebook.ui.agreements.AgreementsView;
import org.tablebook.ui.agreements.AgreementsViewModel;
import org.tablebook.ui.agreements.InformationRequestsViewModel;
import org.tablebook.ui.agreements.MemorandumViewModel;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FxTaskRunner;
import org.tablebook.ui.common.Navigator;
import org.tablebook.ui.common.NegotiationDocument;
import org.tablebook.ui.common.PreferencesStore;
import org.tablebook.ui.common.SectionView;
import org.tablebook.ui.common.TaskRunner;
import org.tablebook.ui.common.Workspace;
import org.tablebook.ui.compliance.ComplianceView;
import org.tablebook.ui.compliance.ComplianceViewModel;
import org.tablebook.ui.dashboard.DashboardView;
import org.tablebook.ui.dashboard.DashboardViewModel;
import org.tablebook.ui.shell.FxDialogService;
import org.tablebook.ui.shell.MainWindow;
import org.tablebook.ui.shell.MainWindowViewModel;
import org.tablebook.ui.shell.Section;
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
    private MainWindowViewModel mainWindow;

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
        mainWindow = new MainWindowViewModel(document, preferences, tasks, dialogs, clock, folders.defaultFile());
        return mainWindow;
    }

    /** Every section's view, built once the window (the dialogs' owner) exists. */
    public void installSections(MainWindow window, DialogService dialogs) {
        Map<Section, SectionView> views = new EnumMap<>(Section.class);
        // A link to a record shows its section, then asks the section to select it (sections that
        // cannot select by id yet are simply shown).
        Navigator navigator = (ref, field) -> {
            Section section = sectionOf(ref.kind());
            mainWindow.sectionProperty().set(section);
            SectionView view = views.get(section);
            if (view != null) {
                view.reveal(ref, field);
            }
        };
        views.put(Section.TEAM, new TeamView(new TeamViewModel(document, dialogs, clock)));
        views.put(Section.AGREEMENTS, new AgreementsView(new AgreementsViewModel(document, dialogs, clock, navigator),
                new MemorandumViewModel(document, dialogs, clock), new InformationRequestsViewModel(document, dialogs, clock)));
        views.put(Section.COMPLIANCE, new ComplianceView(new ComplianceViewModel(document, dialogs, clock)));
        views.put(Section.DASHBOARD, new DashboardView(new DashboardViewModel(document, clock, navigator,
                kind -> mainWindow.sectionProperty().set(sectionOf(kind)))));
        views.forEach(window::setSectionView);
    }

    /** The section where records of a kind are kept. */
    static Section sectionOf(EntityKind kind) {
        return switch (kind) {
            case DEMAND, PROPOSAL -> Section.DEMANDS;
            case TABLE_SESSION -> Section.SESSIONS;
            case SIDEBAR, SIDEBAR_TOPIC, REPORT_BACK -> Section.SIDEBARS;
            case TENTATIVE_AGREEMENT, RATIFICATION, INFORMATION_REQUEST -> Section.AGREEMENTS;
            case PERSON -> Section.TEAM;
            case COMPLIANCE_ITEM -> Section.COMPLIANCE;
            case NEGOTIATION, RULE_ACKNOWLEDGEMENT -> Section.DASHBOARD;
        };
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
