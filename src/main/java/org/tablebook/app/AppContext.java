package org.tablebook.app;

import org.tablebook.ui.contract.ContractView;
import org.tablebook.ui.contract.ContractViewModel;
import org.tablebook.ui.costing.BaselineViewModel;
import org.tablebook.ui.costing.CostingView;
import org.tablebook.ui.costing.CostingViewModel;
import org.tablebook.ui.costing.PassCostingViewModel;
import java.time.Clock;
import java.util.Locale;
import javafx.stage.Window;
import org.tablebook.store.StoreOptions;
import org.tablebook.ui.agreements.AgreementsView;
import org.tablebook.ui.agreements.AgreementsViewModel;
import org.tablebook.ui.agreements.InformationRequestsView;
import org.tablebook.ui.agreements.InformationRequestsViewModel;
import org.tablebook.ui.agreements.MemorandumView;
import org.tablebook.ui.agreements.MemorandumViewModel;
import org.tablebook.ui.common.DialogService;
import org.tablebook.document.FxTaskRunner;
import org.tablebook.ui.common.Navigator;
import org.tablebook.document.Findings;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.TaskRunner;
import org.tablebook.document.Workspace;
import org.tablebook.ui.demands.DemandsView;
import org.tablebook.ui.demands.DemandsViewModel;
import org.tablebook.ui.sessions.SessionsView;
import org.tablebook.ui.sessions.SessionsViewModel;
import org.tablebook.ui.compliance.ComplianceView;
import org.tablebook.ui.compliance.ComplianceViewModel;
import org.tablebook.ui.dashboard.DashboardView;
import org.tablebook.ui.dashboard.DashboardViewModel;
import org.tablebook.ui.shell.FxDialogService;
import org.tablebook.ui.shell.MainWindow;
import org.tablebook.ui.shell.MainWindowViewModel;
import org.tablebook.ui.shell.Section;
import org.tablebook.export.Exporter;
import org.tablebook.rules.RulesEngine;
import org.tablebook.ui.export.ExportDialog;
import org.tablebook.ui.export.ExportViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import org.tablebook.domain.EntityRef;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.rules.RulesPanelContext;
import org.tablebook.ui.rules.RulesPanelView;
import org.tablebook.ui.rules.RulesPanelViewModel;
import org.tablebook.ui.settings.NegotiationSettingsDialog;
import org.tablebook.ui.settings.NegotiationSettingsViewModel;
import org.tablebook.ui.sidebars.SidebarsView;
import org.tablebook.ui.sidebars.SidebarsViewModel;
import org.tablebook.ui.shell.UndoViewModel;
import org.tablebook.ui.team.TeamView;
import org.tablebook.ui.team.TeamViewModel;
import org.tablebook.ui.common.UnsavedEdits;

/**
 * The composition root: builds every service once, with constructors, and hands them to the view
 * models. Nothing else in the app creates services or reaches for globals.
 */
public final class AppContext implements AutoCloseable {
    private final Clock clock;
    private final DataFolders folders;
    private final PreferencesStore preferences;
    private final FxTaskRunner tasks = new FxTaskRunner("tablebook-file");
    // Exports get a thread of their own, so a long PDF never holds up the next change to the file.
    private final FxTaskRunner exportTasks = new FxTaskRunner("tablebook-export");
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
        installSections(window, dialogs, null);
    }

    /**
     * Every section's view; {@code host} (the application's, null without one) opens an export
     * where the system's desktop cannot.
     */
    public void installSections(MainWindow window, DialogService dialogs, javafx.application.HostServices host) {
        // A link to a record shows its section and asks the section to select it; the
        // negotiation's own fields open its settings.
        Navigator navigator = window::reveal;
        // One set of findings for the panel and the dashboard, worked out once per change.
        Findings findings = new Findings(document, RulesEngine.standard(), clock, tasks);
        // An editor shows its record's own findings from the same set.
        document.shareFindings(findings);
        // Each section is built the first time it is shown: start-up builds only the first.
        window.setSectionView(Section.DASHBOARD, () -> new DashboardView(new DashboardViewModel(
                shown(window, Section.DASHBOARD), findings, clock, navigator,
                kind -> window.select(Section.of(kind) == null ? Section.DASHBOARD : Section.of(kind)))));
        UnsavedEdits<Section> edits = window.unsavedEdits();
        // A section's editors join the unsaved-edit watch when the section is first built.
        window.setSectionView(Section.DEMANDS, () -> {
            DemandsViewModel demands = new DemandsViewModel(shown(window, Section.DEMANDS), dialogs, clock, navigator);
            edits.register(Section.DEMANDS, demands.editor().editor());
            return new DemandsView(demands);
        });
        window.setSectionView(Section.SESSIONS, () -> {
            SessionsViewModel sessions = new SessionsViewModel(shown(window, Section.SESSIONS), dialogs, clock);
            edits.register(Section.SESSIONS, sessions.editor());
            return new SessionsView(sessions);
        });
        window.setSectionView(Section.SIDEBARS, () -> {
            SidebarsViewModel sidebars = new SidebarsViewModel(shown(window, Section.SIDEBARS), dialogs, clock);
            edits.register(Section.SIDEBARS, sidebars.editor().editor(), sidebars.reportBack().editor());
            edits.register(Section.SIDEBARS, sidebars.topicEditors(), sidebars::revealTopic);
            return new SidebarsView(sidebars);
        });
        window.setSectionView(Section.AGREEMENTS, () -> {
            AgreementsViewModel agreements = new AgreementsViewModel(shown(window, Section.AGREEMENTS), dialogs, clock,
                    navigator);
            edits.register(Section.AGREEMENTS, agreements.editor());
            return new AgreementsView(agreements);
        });
        window.setSectionView(Section.MEMORANDUM, () -> {
            MemorandumViewModel memorandum = new MemorandumViewModel(shown(window, Section.MEMORANDUM), dialogs, clock);
            edits.register(Section.MEMORANDUM, memorandum.editor());
            return new MemorandumView(memorandum);
        });
        window.setSectionView(Section.INFORMATION_REQUESTS, () -> {
            InformationRequestsViewModel requests = new InformationRequestsViewModel(
                    shown(window, Section.INFORMATION_REQUESTS), dialogs, clock);
            edits.register(Section.INFORMATION_REQUESTS, requests.editor());
            return new InformationRequestsView(requests);
        });
        window.setSectionView(Section.TEAM, () -> {
            TeamViewModel team = new TeamViewModel(shown(window, Section.TEAM), dialogs, clock);
            edits.register(Section.TEAM, team.editor());
            return new TeamView(team);
        });
        window.setSectionView(Section.COMPLIANCE, () -> {
            ComplianceViewModel compliance = new ComplianceViewModel(shown(window, Section.COMPLIANCE), dialogs, clock);
            edits.register(Section.COMPLIANCE, compliance.editor());
            return new ComplianceView(compliance);
        });
        window.setSectionView(Section.COSTING, () -> {
            NegotiationDocument costing = shown(window, Section.COSTING);
            BaselineViewModel baseline = new BaselineViewModel(costing, dialogs, clock);
            PassCostingViewModel passes = new PassCostingViewModel(costing, dialogs, clock);
            edits.register(Section.COSTING, baseline.editor(), passes.editor());
            return new CostingView(new CostingViewModel(costing, baseline, passes));
        });
        ContractViewModel[] contract = new ContractViewModel[1];
        window.setSectionView(Section.CONTRACT, () -> {
            contract[0] = new ContractViewModel(shown(window, Section.CONTRACT), dialogs, clock, exportTasks);
            edits.register(Section.CONTRACT, contract[0].editor());
            return new ContractView(contract[0]);
        });
        // The import runs in the Contract section, where its progress and any problems are shown.
        window.setImportContractAction(() -> {
            window.select(Section.CONTRACT);
            if (contract[0] != null && window.shownProperty(Section.CONTRACT).getValue()) {
                contract[0].importContract();
            }
        });

        RulesPanelViewModel rules = new RulesPanelViewModel(document, findings, clock, tasks, dialogs, navigator,
                Locale.getDefault(), rulesPanelContext(window, edits));
        RulesPanelView rulesPanel = new RulesPanelView(rules);
        window.setRulesPanel(rulesPanel, rules.collapsedProperty());
        window.setRulesAction(() -> java.util.Optional.ofNullable(rulesPanel.lookup("#rulesList"))
                .orElse(rulesPanel).requestFocus());
        NegotiationSettingsDialog settings = new NegotiationSettingsDialog(
                new NegotiationSettingsViewModel(document, dialogs, clock));
        window.setNegotiationSettingsAction(field -> settings.show(window.getScene().getWindow(), field));
        // The export dialog and its exporter (which looks for the fonts PDFs fall back on) are made
        // the first time an export is asked for: at start they held up the first window.
        ExportDialog[] export = new ExportDialog[1];
        window.setExportAction(() -> {
            if (export[0] == null) {
                export[0] = new ExportDialog(new ExportViewModel(document, new Exporter(clock), RulesEngine.standard(),
                        clock, exportTasks, dialogs, preferences, new DesktopFiles(host), DataFolders::documentsFolder));
            }
            export[0].show(window.getScene().getWindow());
        });
        window.setUndo(new UndoViewModel(document, dialogs));
    }

    /**
     * The rules panel's view of the window: the sections to filter by (and the negotiation's own
     * settings), the records open in the section on show, and the file, by whose path the findings
     * seen are remembered in the preferences.
     */
    private RulesPanelContext rulesPanelContext(MainWindow window, UnsavedEdits<Section> edits) {
        String settings = Messages.get("rules.section.negotiation");
        List<String> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            sections.add(Messages.get(s.key()));
        }
        sections.add(settings);
        Function<EntityRef, String> sectionOf = ref -> {
            Section s = Section.of(ref.kind());
            return s == null ? settings : Messages.get(s.key());
        };
        ObservableValue<Set<String>> open = Bindings.createObjectBinding(
                () -> edits.openRecords().getOrDefault(window.sectionProperty().getValue(), Set.of()),
                edits.openRecords(), window.sectionProperty());
        ObservableValue<String> file = window.fileProperty().map(p -> p.toAbsolutePath().toString());
        return new RulesPanelContext(sections, sectionOf, open, file, preferences);
    }

    /** The document as a section sees it: a section not on screen rebuilds nothing until shown again. */
    private NegotiationDocument shown(MainWindow window, Section section) {
        return document.whileShown(window.shownProperty(section));
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

    public NegotiationDocument document() {
        return document;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Finishes queued writes, closes the file, and saves the preferences. */
    @Override
    public void close() {
        exportTasks.close();
        tasks.close();
        workspace.close();
        preferences.close();
    }
}
