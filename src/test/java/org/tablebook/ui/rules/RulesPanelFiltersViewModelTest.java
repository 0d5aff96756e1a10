package org.tablebook.ui.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.Findings;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.PreferencesStore;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.RulesEngine;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.testing.SoloSidebar;
import org.tablebook.ui.common.FakeDialogService;

/** The rules panel's filters, its folding away, and the findings new since the last look. */
class RulesPanelFiltersViewModelTest {
    private static final Clock CLOCK = SnapshotBuilder.clockAt(hours(5));
    private static final String FILE = "/meetings/local-12.tablebook";

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private NegotiationDocument document;
    private Findings findings;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SimpleObjectProperty<Set<String>> open = new SimpleObjectProperty<>(Set.of());
    private final SimpleObjectProperty<String> openFile = new SimpleObjectProperty<>(FILE);
    private PreferencesStore preferences;
    private Sidebar sidebar;
    private Demand demand;

    @BeforeEach
    void setUp() throws Exception {
        // SIDEBAR_SOLO (ERROR) and REPORT_BACK_OVERDUE (WARNING) on the sidebar; the demand has no
        // origin: DEMAND_WITHOUT_MEMBER_SOURCE (INFO) on the demand.
        SoloSidebar fixture = SoloSidebar.build();
        demand = fixture.demand();
        sidebar = fixture.sidebar();
        file = OpenNegotiation.holding(fixture.snapshot(), dir, CLOCK, "Dana Reyes");
        document = file.document();
        findings = new Findings(document, RulesEngine.standard(), CLOCK, document.tasks());
        preferences = new PreferencesStore(dir.resolve("preferences.json"));
    }

    @AfterEach
    void tearDown() {
        preferences.close();
        file.close();
    }

    private RulesPanelViewModel panel(PreferencesStore prefs) {
        RulesPanelContext context = new RulesPanelContext(List.of("Demands", "Sidebars"),
                ref -> ref.kind() == EntityKind.DEMAND ? "Demands" : "Sidebars", open, openFile, prefs);
        return new RulesPanelViewModel(document, findings, CLOCK, document.tasks(), dialogs, (ref, field) -> { },
                Locale.ENGLISH, context);
    }

    private static Set<String> rules(RulesPanelViewModel viewModel) {
        return viewModel.findings().stream().map(f -> f.finding().ruleId()).collect(java.util.stream.Collectors.toSet());
    }

    private static Set<String> subjects(RulesPanelViewModel viewModel) {
        return viewModel.findings().stream().map(f -> f.finding().subject().id())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aClickOnACountShowsOnlyThatSeverityAndASecondClickShowsAllAgain() {
        RulesPanelViewModel viewModel = panel(preferences);
        int all = viewModel.findings().size();
        int errors = viewModel.errorCountProperty().get();
        assertFalse(viewModel.filteredProperty().get());

        viewModel.toggleSeverity(Severity.ERROR);
        assertTrue(viewModel.findings().stream().allMatch(f -> f.finding().severity() == Severity.ERROR));
        assertTrue(rules(viewModel).contains("SIDEBAR_SOLO"));
        assertEquals(errors, viewModel.errorCountProperty().get(), "the counts stay the whole file's");
        assertTrue(viewModel.filteredProperty().get());
        assertEquals("Showing " + viewModel.findings().size() + " of " + all, viewModel.shownSummaryProperty().get());

        viewModel.toggleSeverity(Severity.INFO);
        assertEquals(Set.of("DEMAND_WITHOUT_MEMBER_SOURCE"), rules(viewModel));
        viewModel.toggleSeverity(Severity.INFO);
        assertEquals(all, viewModel.findings().size());
        assertFalse(viewModel.filteredProperty().get());
    }

    @Test
    void aSectionShowsOnlyTheFindingsOnItsRecords() {
        RulesPanelViewModel viewModel = panel(preferences);
        assertEquals(List.of("All sections", "Demands", "Sidebars"), viewModel.sectionChoices());
        viewModel.sectionChoiceProperty().set("Demands");
        assertEquals(Set.of(demand.id()), subjects(viewModel));
        viewModel.sectionChoiceProperty().set("Sidebars");
        assertEquals(Set.of(sidebar.id()), subjects(viewModel));
        assertTrue(rules(viewModel).containsAll(Set.of("SIDEBAR_SOLO", "REPORT_BACK_OVERDUE")));
        viewModel.clearFilters();
        assertEquals(Set.of(demand.id(), sidebar.id()), subjects(viewModel));
    }

    @Test
    void thisRecordFollowsTheRecordOpenInTheSectionOnShow() {
        RulesPanelViewModel viewModel = panel(preferences);
        viewModel.thisRecordProperty().set(true);
        assertTrue(viewModel.findings().isEmpty(), "nothing is open yet");
        assertTrue(viewModel.emptyTextProperty().get().startsWith("No record is open"),
                viewModel.emptyTextProperty().get());

        open.set(Set.of(sidebar.id()));
        assertEquals(Set.of(sidebar.id()), subjects(viewModel));
        open.set(Set.of(demand.id()));
        assertEquals(Set.of("DEMAND_WITHOUT_MEMBER_SOURCE"), rules(viewModel));

        // Combined with a severity that record has none of: nothing matches, and the panel says so.
        viewModel.toggleSeverity(Severity.ERROR);
        assertTrue(viewModel.findings().isEmpty());
        assertEquals("No finding matches these filters.", viewModel.emptyTextProperty().get());
    }

    @Test
    void foldedAwayIsRememberedAcrossRestarts() throws Exception {
        RulesPanelViewModel viewModel = panel(preferences);
        assertFalse(viewModel.collapsedProperty().get());
        viewModel.toggleCollapsed();
        assertTrue(viewModel.collapsedProperty().get());
        preferences.close();

        preferences = new PreferencesStore(dir.resolve("preferences.json"));
        assertTrue(preferences.get().rulesPanel().collapsed());
        RulesPanelViewModel restarted = panel(preferences);
        assertTrue(restarted.collapsedProperty().get());
        restarted.toggleCollapsed();
        assertFalse(preferences.get().rulesPanel().collapsed());
    }

    @Test
    void aFindingThatCameUpSinceTheLastLookIsNewUntilSeen() throws Exception {
        RulesPanelViewModel viewModel = panel(preferences);
        // The first look at a file takes what is there as seen.
        assertEquals(0, viewModel.newCountProperty().get());
        assertTrue(viewModel.findings().stream().noneMatch(viewModel::isNew));

        Demand parking = SnapshotBuilder.union().demand("U-2", "Parking").id("demand-parking").noOrigin().add();
        file.insert(parking);
        EvaluatedFinding fresh = viewModel.findings().stream()
                .filter(f -> f.finding().subject().id().equals(parking.id())).findFirst().orElseThrow();
        assertTrue(viewModel.isNew(fresh));
        assertEquals(1, viewModel.newCountProperty().get());
        assertTrue(viewModel.findings().stream().filter(viewModel::isNew).allMatch(f -> f == fresh));

        // Remembered by file in the preferences: a restart still shows it new.
        preferences.close();
        preferences = new PreferencesStore(dir.resolve("preferences.json"));
        RulesPanelViewModel restarted = panel(preferences);
        assertEquals(1, restarted.newCountProperty().get());

        restarted.markAllSeen();
        assertEquals(0, restarted.newCountProperty().get());
        assertTrue(preferences.get().rulesPanel().seenIn(FILE).contains(RulesPanelViewModel.seenKey(fresh.finding())));
        assertEquals(0, panel(preferences).newCountProperty().get());
    }

    @Test
    void askingWhyOrOpeningAFindingMarksItSeen() {
        RulesPanelViewModel viewModel = panel(preferences);
        Demand parking = SnapshotBuilder.union().demand("U-2", "Parking").id("demand-parking").noOrigin().add();
        Demand lockers = SnapshotBuilder.union().demand("U-3", "Lockers").id("demand-lockers").noOrigin().add();
        file.insert(parking, lockers);
        assertEquals(2, viewModel.newCountProperty().get());
        EvaluatedFinding first = viewModel.findings().stream()
                .filter(f -> f.finding().subject().id().equals(parking.id())).findFirst().orElseThrow();
        viewModel.explain(first);
        assertFalse(viewModel.isNew(first));
        assertEquals(1, viewModel.newCountProperty().get());
        EvaluatedFinding second = viewModel.findings().stream()
                .filter(f -> f.finding().subject().id().equals(lockers.id())).findFirst().orElseThrow();
        viewModel.open(second);
        assertEquals(0, viewModel.newCountProperty().get());
    }

    @Test
    void theSeenFindingsAreKeptPerFile() {
        panel(preferences);
        Demand parking = SnapshotBuilder.union().demand("U-2", "Parking").id("demand-parking").noOrigin().add();
        file.insert(parking);
        // Another file, never looked at: its first look takes everything as seen.
        openFile.set("/meetings/other.tablebook");
        Demand lockers = SnapshotBuilder.union().demand("U-3", "Lockers").id("demand-lockers").noOrigin().add();
        file.insert(lockers);
        RulesPanelViewModel viewModel = panel(preferences);
        assertEquals(0, viewModel.newCountProperty().get());
        // Back to the first file: what was new there still is, and what came up meanwhile too.
        openFile.set(FILE);
        Demand canteen = SnapshotBuilder.union().demand("U-4", "Canteen").id("demand-canteen").noOrigin().add();
        file.insert(canteen);
        assertEquals(3, viewModel.newCountProperty().get());
    }

    @Test
    void theFirstLookAtAnotherFileWaitsForThatFilesFindings() {
        RulesPanelViewModel viewModel = panel(preferences);
        // The window names the new file before its findings are worked out: the ones on show
        // still belong to the file before, and are not taken as seen in the new one.
        openFile.set("/meetings/other.tablebook");
        assertEquals(0, viewModel.newCountProperty().get());
        Demand parking = SnapshotBuilder.union().demand("U-2", "Parking").id("demand-parking").noOrigin().add();
        file.insert(parking);
        assertEquals(0, viewModel.newCountProperty().get(), "the new file's first findings are its baseline");
        assertTrue(preferences.get().rulesPanel().seenIn("/meetings/other.tablebook").stream()
                .anyMatch(k -> k.contains(parking.id())));
    }
}
