package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.Workspace;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.store.StoreOptions;
import org.tablebook.ui.agreements.InformationRequestsViewModel;
import org.tablebook.ui.common.DialogService.Unsaved;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.common.RecordEditor;
import java.time.LocalDate;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.Entity;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.ui.agreements.MemorandumViewModel;
import org.tablebook.ui.compliance.ComplianceViewModel;
import org.tablebook.ui.sidebars.SidebarsViewModel;
import org.tablebook.ui.team.TeamViewModel;

/**
 * Every way of leaving an unsaved edit asks Save / Discard / Cancel naming the record, and each
 * answer does what it says: Save writes it and goes on, Discard drops it and goes on, Cancel stays.
 */
class UnsavedEditsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private PreferencesStore preferences;
    private Workspace workspace;
    private final FakeDialogService dialogs = new FakeDialogService();
    private MainWindowViewModel viewModel;
    private NegotiationDocument document;
    private Path other;
    private final List<String> exits = new ArrayList<>();

    private TeamViewModel team;
    private ComplianceViewModel compliance;
    private InformationRequestsViewModel requests;
    private SidebarsViewModel sidebars;
    private MemorandumViewModel memorandum;
    private org.tablebook.ui.costing.BaselineViewModel baseline;

    /** Each editor, and the section it is in. */
    enum Editor {
        TEAM(Section.TEAM), COMPLIANCE(Section.COMPLIANCE), REQUESTS(Section.INFORMATION_REQUESTS), SIDEBAR(Section.SIDEBARS),
        REPORT_BACK(Section.SIDEBARS), TOPIC(Section.SIDEBARS), MEMORANDUM(Section.MEMORANDUM), CLASSIFICATION(Section.COSTING);

        final Section section;

        Editor(Section section) {
            this.section = section;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        preferences = new PreferencesStore(dir.resolve("preferences.json"));
        preferences.update(p -> p.withUserName("Sam"));
        workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")));
        other = dir.resolve("other.tablebook");
        workspace.create(other, "Other", NegotiationKind.UNION_CONTRACT, "Sam");
        workspace.close();
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        document = new NegotiationDocument(workspace, tasks, () -> "Sam");
        viewModel = new MainWindowViewModel(document, preferences, tasks, dialogs, CLOCK,
                dir.resolve("negotiation.tablebook"));
        viewModel.start(Optional.empty());
        team = new TeamViewModel(document, dialogs, CLOCK);
        compliance = new ComplianceViewModel(document, dialogs, CLOCK);
        requests = new InformationRequestsViewModel(document, dialogs, CLOCK);
        viewModel.unsavedEdits().register(Section.TEAM, team.editor());
        viewModel.unsavedEdits().register(Section.COMPLIANCE, compliance.editor());
        viewModel.unsavedEdits().register(Section.INFORMATION_REQUESTS, requests.editor());
        sidebars = new SidebarsViewModel(document, dialogs, CLOCK);
        viewModel.unsavedEdits().register(Section.SIDEBARS, sidebars.editor().editor(), sidebars.reportBack().editor());
        viewModel.unsavedEdits().register(Section.SIDEBARS, sidebars.topicEditors(), sidebars::revealTopic);
        memorandum = new MemorandumViewModel(document, dialogs, CLOCK);
        viewModel.unsavedEdits().register(Section.MEMORANDUM, memorandum.editor());
        baseline = new org.tablebook.ui.costing.BaselineViewModel(document, dialogs, CLOCK);
        viewModel.unsavedEdits().register(Section.COSTING, baseline.editor(),
                new org.tablebook.ui.costing.PassCostingViewModel(document, dialogs, CLOCK).editor());
    }

    private void insert(Entity... records) {
        document.change("Set up", w -> {
            for (Entity e : records) {
                w.insert(e);
            }
            return records;
        }, done -> { }, e -> {
            throw new AssertionError(e);
        });
    }

    @AfterEach
    void tearDown() {
        workspace.close();
        preferences.close();
    }

    private RecordEditor<?> type(Editor which) {
        viewModel.sectionProperty().set(which.section);
        Instant t = CLOCK.instant().minusSeconds(3_600);
        switch (which) {
            case TEAM -> {
                team.newPerson();
                team.nameProperty().set("Morgan Hale");
                return team.editor();
            }
            case COMPLIANCE -> {
                compliance.newItem();
                compliance.obligationProperty().set("Post the schedule two weeks ahead");
                compliance.clauseProperty().set("Art. 12.3");
                compliance.responsiblePartyProperty().set("Employer");
                return compliance.editor();
            }
            case SIDEBAR -> {
                sidebars.newSidebar();
                sidebars.editor().purposeProperty().set("Overtime caps");
                return sidebars.editor().editor();
            }
            case REPORT_BACK -> {
                insert(Sidebar.propose("Staffing ratios", Side.THEIRS, t).withTimes(t, t.plusSeconds(1_800),
                        t.plusSeconds(1_800)));
                sidebars.selectedProperty().set(sidebars.rows().get(0));
                assertFalse(sidebars.reportBack().editor().isDirty(), "a report-back due is not an edit by itself");
                sidebars.reportBack().summaryProperty().set("Ratios close; nights nowhere.");
                return sidebars.reportBack().editor();
            }
            case TOPIC -> {
                Demand ratios = Demand.create("U-12", "Staffing ratios", Side.OURS, t).withStatus(DemandStatus.ON_TABLE, t);
                Sidebar ended = Sidebar.propose("Staffing ratios", Side.THEIRS, t).withTimes(t, t.plusSeconds(1_800),
                        t.plusSeconds(1_800));
                insert(ratios, ended, new org.tablebook.domain.SidebarTopic(Ids.newId(), ended.id(), ratios.id(), "", "",
                        "", null, "", null, t, t));
                sidebars.selectedProperty().set(sidebars.rows().get(0));
                sidebars.topics().get(0).ourPositionProperty().set("1:4 on days");
                return sidebars.topicEditors().get(0);
            }
            case MEMORANDUM -> {
                Demand wages = Demand.create("U-1", "Wages", Side.OURS, t).withStatus(DemandStatus.ON_TABLE, t)
                        .withStatus(DemandStatus.TENTATIVELY_AGREED, t);
                insert(wages, new TentativeAgreement(Ids.newId(), wages.id(), "Agreed language", "", TaSource.TABLE,
                        null, LocalDate.of(2026, 3, 2), null, null, null, null, TaStatus.CONFIRMED, t, t));
                memorandum.chooseAll();
                memorandum.putChosenInMemorandum();
                memorandum.voteOnProperty().set("2026-03-03");
                memorandum.eligibleProperty().set("120");
                memorandum.yesProperty().set("80");
                memorandum.noProperty().set("20");
                // Save records the vote, after its own question.
                dialogs.confirmAnswers.push(true);
                return memorandum.editor();
            }
            case CLASSIFICATION -> {
                org.tablebook.testing.CostingEntries.termAndClerk(baseline);
                return baseline.editor();
            }
            default -> {
                requests.newRequest();
                requests.subjectProperty().set("Staffing numbers by unit");
                return requests.editor();
            }
        }
    }

    private boolean written(Editor which) {
        NegotiationSnapshot s = document.snapshot();
        return switch (which) {
            case TEAM -> s.people().stream().anyMatch(p -> p.name().equals("Morgan Hale"));
            case COMPLIANCE -> s.complianceItems().stream()
                    .anyMatch(c -> c.obligation().equals("Post the schedule two weeks ahead"));
            case SIDEBAR -> s.sidebars().stream().anyMatch(x -> x.purpose().equals("Overtime caps"));
            case REPORT_BACK -> s.reportBacks().stream().anyMatch(r -> r.summary().startsWith("Ratios close"));
            case TOPIC -> s.topics().stream().anyMatch(x -> x.ourPosition().equals("1:4 on days"));
            case MEMORANDUM -> s.ratifications().stream().anyMatch(r -> Integer.valueOf(120).equals(r.eligibleVoters()));
            case CLASSIFICATION -> s.classifications().stream().anyMatch(c -> c.name().equals("Clerk"));
            default -> s.informationRequests().stream().anyMatch(r -> r.subject().equals("Staffing numbers by unit"));
        };
    }

    enum Way { NAVIGATE, OPEN_RECENT, NEW_FILE, QUIT }

    /** Runs a way of leaving. */
    private Runnable leave(Way way) {
        return switch (way) {
            case NAVIGATE -> () -> viewModel.goTo(Section.DASHBOARD);
            case OPEN_RECENT -> () -> viewModel.openRecent(other.toString());
            case NEW_FILE -> () -> {
                viewModel.setNewNegotiationForm(form -> {
                    form.details().titleProperty().set("Fresh");
                    form.fileNameProperty().set("fresh");
                    form.create(() -> { });
                });
                viewModel.newFile();
            };
            case QUIT -> () -> viewModel.quit(() -> exits.add("quit"));
        };
    }

    private boolean left(Way way) {
        return switch (way) {
            case NAVIGATE -> viewModel.sectionProperty().get() == Section.DASHBOARD;
            case OPEN_RECENT -> other.equals(viewModel.fileProperty().get());
            case NEW_FILE -> dir.resolve("fresh.tablebook").equals(viewModel.fileProperty().get());
            case QUIT -> exits.contains("quit");
        };
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Editor s : Editor.values()) {
            for (Way w : Way.values()) {
                for (Unsaved a : Unsaved.values()) {
                    all.add(Arguments.of(s, w, a));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("cases")
    void leavingAnUnsavedEditAsksAndDoesWhatTheAnswerSays(Editor which, Way way, Unsaved answer) {
        Section section = which.section;
        RecordEditor<?> editor = type(which);
        assertTrue(viewModel.unsavedEdits().dirtySections().contains(section), "the section shows its dot");
        dialogs.questions.clear();
        dialogs.unsavedAnswers.add(answer);
        String name = editor.recordName();
        leave(way).run();
        List<String> asked = dialogs.questions.stream().filter(q -> q.contains("not saved yet")).toList();
        assertEquals(1, asked.size(), "one question: " + asked);
        assertTrue(asked.get(0).contains(name), "it names the record");
        switch (answer) {
            case CANCEL -> {
                assertFalse(left(way), "Cancel stays");
                assertTrue(editor.isDirty(), "the edit is still there");
                assertTrue(viewModel.unsavedEdits().dirtySections().contains(section));
            }
            case DISCARD -> {
                assertTrue(left(way), "Discard goes on");
                assertFalse(viewModel.unsavedEdits().dirtySections().contains(section));
            }
            case SAVE -> {
                if (way == Way.NAVIGATE || way == Way.QUIT) {
                    assertTrue(written(which), "Save writes the record");
                }
                assertTrue(left(way), "Save goes on once written");
                assertFalse(viewModel.unsavedEdits().dirtySections().contains(section));
            }
        }
    }

    @Test
    void aSaveTheFormRefusesStaysWithTheMessageOnTheField() {
        viewModel.sectionProperty().set(Section.TEAM);
        team.newPerson();
        team.roleProperty().set(org.tablebook.domain.PersonRole.STAFF);
        dialogs.unsavedAnswers.add(Unsaved.SAVE);
        viewModel.quit(() -> exits.add("quit"));
        assertTrue(exits.isEmpty(), "a person without a name is not written, and the app stays");
        assertTrue(team.editor().errors().has("name"));
    }

    @Test
    void choosingAnotherRecordAsksAboutTheOneBeingEdited() throws Exception {
        team.newPerson();
        team.nameProperty().set("Morgan Hale");
        team.save();
        team.newPerson();
        team.nameProperty().set("Ana Ruiz");
        team.save();
        team.nameProperty().set("Ana Ruiz-Soto");
        var morgan = team.list().rows().stream().filter(p -> p.name().equals("Morgan Hale")).findFirst().orElseThrow();
        var ana = team.list().selectedProperty().get();
        dialogs.unsavedAnswers.add(Unsaved.CANCEL);
        team.list().selectedProperty().set(morgan);
        assertEquals(ana, team.list().selectedProperty().get(), "Cancel keeps the record being edited selected");
        assertEquals("Ana Ruiz-Soto", team.nameProperty().get());
        dialogs.unsavedAnswers.add(Unsaved.SAVE);
        team.list().selectedProperty().set(morgan);
        assertEquals("Morgan Hale", team.nameProperty().get(), "after the save, the record chosen");
        assertTrue(document.snapshot().people().stream().anyMatch(p -> p.name().equals("Ana Ruiz-Soto")));
    }
}
