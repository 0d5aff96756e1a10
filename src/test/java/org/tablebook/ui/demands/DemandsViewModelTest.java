package org.tablebook.ui.demands;

import org.tablebook.domain.DemandCodes;
import org.tablebook.ui.common.PassFormViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.domain.TableSession;
import org.tablebook.store.TablebookStore;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.PassFormViewModel.SessionChoice;
import org.tablebook.ui.shell.UndoViewModel;

/** The Demands section without a screen: the table, its filters, the editor, the passes, undo. */
class DemandsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private NegotiationDocument document;
    private final FakeDialogService dialogs = new FakeDialogService();
    private DemandsViewModel viewModel;
    private DemandEditorViewModel editor;
    private PassFormViewModel passForm;
    private UndoViewModel undo;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, CLOCK, "Dana Reyes");
        document = file.document();
        viewModel = new DemandsViewModel(document, dialogs, CLOCK);
        editor = viewModel.editor();
        passForm = viewModel.passForm();
        undo = new UndoViewModel(document, dialogs);
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private TablebookStore store() {
        return file.store();
    }

    private void reload() {
        file.reload();
    }

    private Demand addDemand(String code, String title, Side side) {
        viewModel.newDemand();
        editor.proposedByProperty().set(side);
        editor.codeProperty().set(code);
        editor.titleProperty().set(title);
        editor.save();
        assertTrue(editor.editor().errors().none(), () -> editor.editor().errors().all().toString());
        return viewModel.selectedProperty().get();
    }

    private TableSession addSessionToday() {
        TableSession s = new TableSession(Ids.newId(), TODAY, LocalTime.of(10, 0), null, "Room B", List.of(), "",
                CLOCK.instant(), CLOCK.instant());
        store().write("Dana Reyes", "Add session", w -> {
            w.insert(s);
            return s;
        });
        reload();
        return s;
    }

    private Proposal logPass(String summary) {
        viewModel.logPass();
        passForm.summaryProperty().set(summary);
        passForm.save();
        assertTrue(passForm.editor().errors().none(), () -> passForm.editor().errors().all().toString());
        return viewModel.lastLoggedProperty().get();
    }

    private List<String> codes() {
        return viewModel.rows().stream().map(r -> r.demand().code()).toList();
    }

    // ---- a sidebar on a demand ----

    @Test
    void aSidebarProposedOnADemandHasItOnItsAgendaAndIsShownUnderSidebars() {
        List<org.tablebook.domain.EntityRef> shown = new java.util.ArrayList<>();
        DemandsViewModel section = new DemandsViewModel(document, dialogs, CLOCK, (ref, field) -> shown.add(ref));
        viewModel = section;
        editor = section.editor();
        Demand d = addDemand("U-12", "Staffing ratios", Side.OURS);
        section.sidebarOnDemand();
        var sidebars = store().loadSnapshot().sidebars();
        assertEquals(1, sidebars.size());
        assertEquals("U-12 Staffing ratios", sidebars.get(0).purpose());
        assertEquals(List.of(d.id()), sidebars.get(0).agendaDemandIds());
        assertEquals(null, sidebars.get(0).startedAt(), "proposed: its checklist comes before the start");
        assertEquals(List.of(org.tablebook.domain.EntityRef.of(sidebars.get(0))), shown);
        assertEquals("Propose a sidebar on U-12", store().audit().latestChange().get(0).label());
    }

    // ---- load, filter, search ----

    @Test
    void loadingShowsEveryDemandWithItsPassCountAndLastPassDate() {
        TableSample.write(store(), "Dana Reyes", TODAY, CLOCK.instant());
        reload();
        assertEquals(10, viewModel.rows().size());
        DemandRow wages = viewModel.allRows().stream().filter(r -> r.demand().code().equals("U-1")).findFirst()
                .orElseThrow();
        assertEquals(4, wages.passes());
        assertEquals(TODAY.minusDays(7), wages.lastPassOn());
        DemandRow education = viewModel.allRows().stream().filter(r -> r.demand().code().equals("U-7")).findFirst()
                .orElseThrow();
        assertEquals(0, education.passes());
        assertNull(education.lastPassOn());
        assertEquals(DemandStatus.DRAFT, education.demand().status());
        assertEquals("10 demands", viewModel.countProperty().get());
    }

    @Test
    void filtersBySideStatusPriorityAndCategoryAndSearchesCodeTitleAndText() {
        TableSample.write(store(), "Dana Reyes", TODAY, CLOCK.instant());
        reload();
        viewModel.sideFilterProperty().set(Side.THEIRS);
        assertEquals(List.of("E-1", "E-2", "E-3"), codes().stream().sorted().toList());
        assertEquals("Showing 3 of 10 demands", viewModel.countProperty().get());
        viewModel.statusFilterProperty().set(DemandStatus.DRAFT);
        assertEquals(List.of("E-3"), codes());
        viewModel.clearFilters();
        viewModel.priorityFilterProperty().set(DemandPriority.CRITICAL);
        assertEquals(List.of("U-1", "U-2"), codes().stream().sorted().toList());
        viewModel.categoryFilterProperty().set(DemandCategory.NON_ECONOMIC);
        assertEquals(List.of("U-2"), codes());
        viewModel.clearFilters();

        viewModel.searchProperty().set("u-6");
        assertEquals(List.of("U-6"), codes(), "the code");
        viewModel.searchProperty().set("  PARKING ");
        assertEquals(List.of("U-4"), codes(), "the title, any case");
        viewModel.searchProperty().set("step increases");
        assertEquals(List.of("U-1"), codes(), "the internal description");
        viewModel.searchProperty().set("continuing education");
        assertEquals(List.of("U-7"), codes(), "the public summary");
        viewModel.searchProperty().set("art. 22");
        assertEquals(List.of("U-2"), codes(), "the article");
        viewModel.searchProperty().set("nothing like this");
        assertTrue(codes().isEmpty());
        assertEquals("Showing 0 of 10 demands", viewModel.countProperty().get());
    }

    @Test
    void aDemandAddedWhileFiltersHideItIsShownByClearingThem() {
        viewModel.sideFilterProperty().set(Side.THEIRS);
        Demand d = addDemand("U-1", "Wages", Side.OURS);
        assertNull(viewModel.sideFilterProperty().get());
        assertEquals(List.of("U-1"), codes());
        assertEquals(d, viewModel.selectedProperty().get());
    }

    @Test
    void codesSortAsPeopleReadThem() {
        List<String> sorted = new java.util.ArrayList<>(List.of("U-12", "u-2", "E-3", "U-1", "U-2a", "E-10"));
        sorted.sort(DemandCodes.ORDER);
        assertEquals(List.of("E-3", "E-10", "U-1", "u-2", "U-2a", "U-12"), sorted);
    }

    // ---- the editor ----

    @Test
    void aNewDemandGetsTheNextCodeOfItsSideAndIsWrittenWithEveryField() {
        addDemand("U-11", "Wages", Side.OURS);
        viewModel.newDemand();
        assertEquals("U-12", editor.codeProperty().get());
        editor.proposedByProperty().set(Side.THEIRS);
        assertEquals("E-1", editor.codeProperty().get(), "the suggestion follows the side");
        editor.titleProperty().set("Flexible scheduling");
        editor.articleProperty().set("Art. 15");
        editor.descriptionProperty().set("Weakens seniority");
        editor.publicSummaryProperty().set("Management wants flexible schedules");
        editor.categoryProperty().set(DemandCategory.NON_ECONOMIC);
        editor.priorityProperty().set(DemandPriority.HIGH);
        editor.confidentialProperty().set(true);
        editor.save();
        Demand saved = store().loadSnapshot().demands().get(1);
        assertEquals("E-1", saved.code());
        assertEquals("Art. 15", saved.article());
        assertEquals("Weakens seniority", saved.description());
        assertEquals("Management wants flexible schedules", saved.publicSummary());
        assertEquals(Side.THEIRS, saved.proposedBy());
        assertEquals(DemandCategory.NON_ECONOMIC, saved.category());
        assertEquals(DemandPriority.HIGH, saved.priority());
        assertTrue(saved.confidential());
        assertEquals(DemandStatus.DRAFT, saved.status());
        assertEquals(saved, viewModel.selectedProperty().get());
        assertFalse(editor.editor().dirtyProperty().get());
    }

    @Test
    void problemsShowOnTheirFieldWhileTypingAndNothingIsWritten() {
        addDemand("U-1", "Wages", Side.OURS);
        viewModel.newDemand();
        assertTrue(editor.editor().errors().none(), "a fresh form greets nobody with messages");
        editor.codeProperty().set("");
        assertEquals("The demand's code is required: give it a short code such as U-12 for ours or E-3 for theirs.",
                editor.editor().errors().get("code"));
        editor.codeProperty().set("u-1");
        assertEquals("Demand U-1 (\"Wages\") already has this code. Give this demand a code of its own, for example "
                + "U-2.", editor.editor().errors().get("code"));
        editor.codeProperty().set("X".repeat(33));
        assertEquals("The demand's code is at most 32 characters, like U-12 or E-3; this one has 33.",
                editor.editor().errors().get("code"));
        editor.codeProperty().set("U-2");
        assertFalse(editor.editor().errors().has("code"));
        assertFalse(editor.editor().errors().has("title"), "the title was not touched yet");

        editor.save();
        assertEquals("The demand's title is required: name it in a few words, for example \"Wage scale\".",
                editor.editor().errors().get("title"), "saving shows every problem");
        assertEquals(1, store().loadSnapshot().demands().size(), "nothing was written");
        editor.titleProperty().set("Staffing");
        assertTrue(editor.editor().errors().none());
        editor.save();
        assertEquals(2, store().loadSnapshot().demands().size());
    }

    @Test
    void theLifecycleRefusesAWithdrawnDemandBecomingAgreedAndSaysWhatToDo() {
        addDemand("U-1", "Wages", Side.OURS);
        editor.statusProperty().set(DemandStatus.WITHDRAWN);
        editor.save();
        assertEquals(DemandStatus.WITHDRAWN, store().loadSnapshot().demands().get(0).status());

        editor.statusProperty().set(DemandStatus.TENTATIVELY_AGREED);
        assertEquals("A \u201CWithdrawn\u201D demand cannot become \u201CTentatively agreed\u201D. Put it back "
                + "\u201COn the table\u201D first: a withdrawn demand has to be tabled again before anything can be "
                + "agreed on it.", editor.editor().errors().get("status"));
        editor.save();
        assertEquals(DemandStatus.WITHDRAWN, store().loadSnapshot().demands().get(0).status(), "nothing was written");

        editor.statusProperty().set(DemandStatus.ON_TABLE);
        assertFalse(editor.editor().errors().has("status"));
        editor.save();
        editor.statusProperty().set(DemandStatus.TENTATIVELY_AGREED);
        assertFalse(editor.editor().errors().has("status"));
        editor.save();
        assertEquals(DemandStatus.TENTATIVELY_AGREED, store().loadSnapshot().demands().get(0).status());
    }

    @Test
    void aNewDemandCannotStartAgreed() {
        viewModel.newDemand();
        editor.titleProperty().set("Wages");
        editor.statusProperty().set(DemandStatus.TENTATIVELY_AGREED);
        assertTrue(editor.editor().errors().get("status").startsWith("A \u201CDraft\u201D demand cannot become"),
                editor.editor().errors().get("status"));
        editor.save();
        assertTrue(store().loadSnapshot().demands().isEmpty());
    }

    @Test
    void cancellingPutsTheStoredValuesBack() {
        addDemand("U-1", "Wages", Side.OURS);
        editor.titleProperty().set("Wage scale and steps");
        editor.priorityProperty().set(DemandPriority.CRITICAL);
        assertTrue(editor.editor().dirtyProperty().get());
        editor.cancel();
        assertEquals("Wages", editor.titleProperty().get());
        assertEquals(DemandPriority.MEDIUM, editor.priorityProperty().get());
        assertFalse(editor.editor().dirtyProperty().get());
    }

    @Test
    void aDemandWithPassesIsNeverDeletedAndTheMessageOffersWithdrawal() {
        addDemand("U-1", "Wages", Side.OURS);
        logPass("5% a year");
        logPass("2% a year");
        editor.delete();
        assertEquals(List.of("Demand U-1 has 2 passes on record, so it cannot be deleted: its history must stay on "
                + "record. Set its status to Withdrawn instead."), dialogs.errors);
        assertEquals(1, store().loadSnapshot().demands().size());
    }

    @Test
    void inSpanishTheEditorsMessagesTheCountAndTheDeletionAreInSpanish() {
        org.tablebook.testing.InSpanish.run(() -> {
            addDemand("U-1", "Wages", Side.OURS);
            addDemand("E-1", "Hours", Side.THEIRS);
            viewModel.sideFilterProperty().set(Side.THEIRS);
            assertEquals("Se muestran 1 de 2 demandas", viewModel.countProperty().get());
            viewModel.sideFilterProperty().set(null);
            viewModel.newDemand();
            editor.codeProperty().set("u-1");
            assertEquals("La demanda U-1 («Wages») ya tiene este código. Dele a esta demanda un código propio, por "
                    + "ejemplo U-2.", editor.editor().errors().get("code"));
            editor.codeProperty().set("X".repeat(33));
            assertEquals("El código de la demanda tiene como máximo 32 caracteres, como U-12 o E-3; este tiene 33.",
                    editor.editor().errors().get("code"));
            editor.editor().cancel();

            viewModel.selectedProperty().set(viewModel.allRows().stream().map(DemandRow::demand)
                    .filter(d -> d.code().equals("U-1")).findFirst().orElseThrow());
            logPass("5% al año");
            logPass("2% al año");
            org.tablebook.domain.Sidebar sidebar = org.tablebook.domain.Sidebar.propose("U-1 Wages", Side.THEIRS,
                    List.of(viewModel.selectedProperty().get().id()), CLOCK.instant());
            store().write("Dana Reyes", "Add sidebar", w -> {
                w.insert(sidebar);
                return sidebar;
            });
            reload();
            viewModel.selectedProperty().set(viewModel.allRows().stream().map(DemandRow::demand)
                    .filter(d -> d.code().equals("U-1")).findFirst().orElseThrow());
            editor.delete();
            assertEquals(List.of("La demanda U-1 tiene 2 pases en el registro y se trató en 1 reunión aparte, así que "
                    + "no se puede eliminar: su historial debe quedar en el registro. Cambie su estado a Retirada en su "
                    + "lugar."), dialogs.errors);

            viewModel.selectedProperty().set(viewModel.allRows().stream().map(DemandRow::demand)
                    .filter(d -> d.code().equals("E-1")).findFirst().orElseThrow());
            dialogs.confirmAnswers.add(true);
            editor.delete();
            assertEquals("Deshacer «Eliminar demanda E-1»", undo.undoLabelProperty().get());
        });
        assertTrue(file.audit().stream().anyMatch(a -> a.label().equals("Eliminar demanda E-1")));
    }

    @Test
    void aDemandNothingRefersToIsDeletedAfterConfirming() {
        addDemand("U-1", "Wages", Side.OURS);
        dialogs.confirmAnswers.add(true);
        editor.delete();
        assertTrue(store().loadSnapshot().demands().isEmpty());
        assertTrue(viewModel.rows().isEmpty());
        assertFalse(editor.editor().editingProperty().get());
    }

    // ---- the proposal history ----

    @Test
    void theFirstPassIsOursAndInitialInTodaysSessionAndPutsTheDemandOnTheTable() {
        TableSession today = addSessionToday();
        addDemand("U-1", "Wages", Side.OURS);
        viewModel.logPass();
        assertEquals(Side.OURS, passForm.sideProperty().get());
        assertEquals(ProposalKind.INITIAL, passForm.kindProperty().get());
        assertEquals(today.id(), passForm.sessionProperty().get().id(), "today's session is preselected");
        assertEquals("2026-03-03", passForm.passedOnProperty().get());
        passForm.summaryProperty().set("6% a year");
        passForm.textProperty().set("All rates rise by 6% on each anniversary date.");
        passForm.save();

        Proposal p = store().loadSnapshot().proposals().get(0);
        assertEquals(Side.OURS, p.side());
        assertEquals(ProposalKind.INITIAL, p.kind());
        assertEquals(today.id(), p.sessionId());
        assertEquals(TODAY, p.passedOn());
        assertEquals("All rates rise by 6% on each anniversary date.", p.text());
        assertEquals(DemandStatus.ON_TABLE, store().loadSnapshot().demands().get(0).status());
        assertEquals(DemandStatus.ON_TABLE, viewModel.selectedProperty().get().status());
        assertEquals(DemandStatus.ON_TABLE, editor.statusProperty().get());
        assertFalse(passForm.openProperty().get());
        assertEquals(1, viewModel.passes().size());
        assertEquals(1, viewModel.rows().get(0).passes());
        assertEquals(TODAY, viewModel.rows().get(0).lastPassOn());
    }

    @Test
    void theCounterIsTheOtherSidesTurnAndEachSidesCurrentPositionIsItsLatestPass() {
        addDemand("U-1", "Wages", Side.OURS);
        logPass("6% a year");
        viewModel.logPass();
        assertEquals(Side.THEIRS, passForm.sideProperty().get());
        assertEquals(ProposalKind.COUNTER, passForm.kindProperty().get());
        assertEquals(SessionChoice.NONE, passForm.sessionProperty().get(), "no session today");
        passForm.summaryProperty().set("1.5% a year");
        passForm.save();
        logPass("5% a year");

        assertEquals(List.of("6% a year", "1.5% a year", "5% a year"),
                viewModel.passes().stream().map(e -> e.proposal().summary()).toList());
        assertEquals("5% a year", viewModel.ourPositionProperty().get().proposal().summary());
        assertEquals("1.5% a year", viewModel.theirPositionProperty().get().proposal().summary());
    }

    @Test
    void theTimelineIsOldestFirstByTheDateOfThePass() {
        addDemand("U-1", "Wages", Side.OURS);
        logPass("logged first, passed today");
        viewModel.logPass();
        passForm.passedOnProperty().set("2026-02-20");
        passForm.summaryProperty().set("logged second, passed earlier");
        passForm.save();
        assertEquals(List.of("logged second, passed earlier", "logged first, passed today"),
                viewModel.passes().stream().map(e -> e.proposal().summary()).toList());
        assertEquals(TODAY, viewModel.rows().get(0).lastPassOn());
    }

    @Test
    void aPassWithProblemsIsRefusedFieldByField() {
        TableSession today = addSessionToday();
        addDemand("U-1", "Wages", Side.OURS);
        viewModel.logPass();
        passForm.save();
        assertEquals("The summary is required: say in one line what was passed, for example \"3% a year for three "
                + "years\".", passForm.editor().errors().get("summary"));
        passForm.passedOnProperty().set("2026-02-30");
        assertEquals("The date \"2026-02-30\" is not a real date: February 2026 has 28 days.",
                passForm.editor().errors().get("passedOn"));
        passForm.passedOnProperty().set("3/2/2026");
        assertEquals("The date \"3/2/2026\" is not a date: write it as year-month-day, for example 2026-03-14.",
                passForm.editor().errors().get("passedOn"));
        passForm.passedOnProperty().set("2026-03-02");
        assertEquals("That session was on Mar 3, 2026, but this pass is dated Mar 2, 2026. Change the date, or choose "
                + "the session of that day.", passForm.editor().errors().get("sessionId"));
        assertEquals(today.id(), passForm.sessionProperty().get().id());
        assertTrue(store().loadSnapshot().proposals().isEmpty(), "nothing was written");
        passForm.sessionProperty().set(SessionChoice.NONE);
        passForm.summaryProperty().set("5%");
        assertTrue(passForm.editor().errors().none(), () -> passForm.editor().errors().all().toString());
        passForm.save();
        assertEquals(1, store().loadSnapshot().proposals().size());
    }

    @Test
    void inSpanishTodaysSessionAndAPassDatedAnotherDayAreSaidInSpanish() {
        TableSession today = addSessionToday();
        org.tablebook.testing.InSpanish.run(() -> {
            addDemand("U-1", "Wages", Side.OURS);
            viewModel.logPass();
            passForm.save();
            assertEquals("Hoy, " + org.tablebook.ui.common.Formats.sessionWithoutDate(today),
                    passForm.sessionProperty().get().label());
            passForm.passedOnProperty().set("2026-03-02");
            assertEquals("Esa sesión fue el 3 mar 2026, pero este pase tiene fecha del 2 mar 2026. Cambie la fecha o "
                    + "elija la sesión de ese día.", passForm.editor().errors().get("sessionId"));
        });
    }

    @Test
    void choosingASessionDatesThePassOnItsDay() {
        TableSession s = new TableSession(Ids.newId(), TODAY.minusDays(7), null, null, "Hall", List.of(), "",
                CLOCK.instant(), CLOCK.instant());
        store().write("Dana Reyes", "Add session", w -> {
            w.insert(s);
            return s;
        });
        reload();
        addDemand("U-1", "Wages", Side.OURS);
        viewModel.logPass();
        passForm.sessionProperty().set(passForm.sessions().stream().filter(c -> s.id().equals(c.id())).findFirst()
                .orElseThrow());
        assertEquals("2026-02-24", passForm.passedOnProperty().get());
    }

    @Test
    void aPassIsCorrectedAndDeletedFromTheTimeline() {
        addDemand("U-1", "Wages", Side.OURS);
        logPass("6% a yaer");
        viewModel.editPass(viewModel.passes().get(0));
        assertEquals("6% a yaer", passForm.summaryProperty().get());
        passForm.summaryProperty().set("6% a year");
        passForm.save();
        assertEquals("6% a year", store().loadSnapshot().proposals().get(0).summary());
        assertEquals("6% a year", viewModel.ourPositionProperty().get().proposal().summary());

        viewModel.editPass(viewModel.passes().get(0));
        dialogs.confirmAnswers.add(true);
        passForm.delete();
        assertTrue(store().loadSnapshot().proposals().isEmpty());
        assertTrue(viewModel.passes().isEmpty());
        assertNull(viewModel.ourPositionProperty().get());
    }

    @Test
    void changesOfTheFileKeepWhatThePersonIsTypingInTheEditor() {
        addDemand("U-1", "Wages", Side.OURS);
        editor.titleProperty().set("Wage scale");
        logPass("6% a year");
        assertEquals("Wage scale", editor.titleProperty().get(), "the unsaved title stays");
        assertEquals(DemandStatus.ON_TABLE, editor.statusProperty().get(), "the status follows the file");
        editor.save();
        assertEquals("Wage scale", store().loadSnapshot().demands().get(0).title());
        assertEquals(DemandStatus.ON_TABLE, store().loadSnapshot().demands().get(0).status());
    }

    // ---- undo and redo ----

    @Test
    void undoAndRedoOfAddingADemand() {
        addDemand("U-1", "Wages", Side.OURS);
        assertEquals("Undo Add demand U-1", undo.undoLabelProperty().get());
        undo.undo();
        assertTrue(store().loadSnapshot().demands().isEmpty());
        assertTrue(viewModel.rows().isEmpty());
        assertFalse(editor.editor().editingProperty().get(), "the editor of a demand that is gone closes");
        assertEquals("Redo Add demand U-1", undo.redoLabelProperty().get());
        undo.redo();
        assertEquals(List.of("U-1"), codes());
    }

    @Test
    void undoAndRedoOfEditingADemand() {
        addDemand("U-1", "Wages", Side.OURS);
        editor.titleProperty().set("Wage scale");
        editor.save();
        undo.undo();
        assertEquals("Wages", store().loadSnapshot().demands().get(0).title());
        assertEquals("Wages", editor.titleProperty().get(), "the editor shows the file again");
        undo.redo();
        assertEquals("Wage scale", editor.titleProperty().get());
    }

    @Test
    void undoAndRedoOfDeletingADemand() {
        Demand d = addDemand("U-1", "Wages", Side.OURS);
        dialogs.confirmAnswers.add(true);
        editor.delete();
        assertEquals("Undo Delete demand U-1", undo.undoLabelProperty().get());
        undo.undo();
        assertEquals(List.of(d), store().loadSnapshot().demands());
        undo.redo();
        assertTrue(store().loadSnapshot().demands().isEmpty());
    }

    @Test
    void undoingTheFirstPassTakesTheDemandOffTheTableAgain() {
        addDemand("U-1", "Wages", Side.OURS);
        logPass("6% a year");
        logPass("2% a year");
        assertEquals("Undo Log a pass", undo.undoLabelProperty().get());
        undo.undo();
        assertEquals(List.of("6% a year"), viewModel.passes().stream().map(e -> e.proposal().summary()).toList());
        undo.undo();
        assertTrue(viewModel.passes().isEmpty());
        assertEquals(DemandStatus.DRAFT, store().loadSnapshot().demands().get(0).status());
        assertEquals(DemandStatus.DRAFT, editor.statusProperty().get());
        undo.redo();
        assertEquals(DemandStatus.ON_TABLE, store().loadSnapshot().demands().get(0).status());
        assertEquals(1, viewModel.passes().size());
    }

    @Test
    void anUndoThatWouldOverwriteSomeoneElsesChangeIsRefusedWithTheirName() {
        Demand d = addDemand("U-1", "Wages", Side.OURS);
        Demand theirs = new Demand(d.id(), d.code(), d.article(), "Wages (Sam's title)", d.description(),
                d.publicSummary(), d.proposedBy(), d.category(), d.priority(), d.subject(), d.origin(), d.originNote(),
                d.status(), d.confidential(), d.createdAt(), CLOCK.instant());
        store().write("Sam Ortiz", "Edit demand U-1", w -> {
            w.update(theirs);
            return theirs;
        });
        reload();
        undo.undo();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("\"Add demand U-1\" cannot be undone: Demand U-1 was changed after "
                + "it by Sam Ortiz (\"Edit demand U-1\""), dialogs.errors.get(0));
        assertEquals(1, store().loadSnapshot().demands().size());
    }

    @Test
    void revealingAPassSelectsItsDemandEvenWhenAFilterHidIt() {
        Demand wages = addDemand("U-1", "Wages", Side.OURS);
        Demand parking = addDemand("U-2", "Parking", Side.OURS);
        org.tablebook.domain.Proposal pass = new org.tablebook.domain.Proposal("pass-1", wages.id(), Side.OURS,
                CLOCK.instant().atZone(CLOCK.getZone()).toLocalDate(), null, org.tablebook.domain.ProposalKind.INITIAL,
                "5% a year", "", CLOCK.instant(), CLOCK.instant());
        store().write("Dana Reyes", "Log a pass", w -> {
            w.insert(pass);
            return pass;
        });
        reload();
        viewModel.searchProperty().set("parking");
        assertTrue(viewModel.reveal(new org.tablebook.domain.EntityRef(org.tablebook.domain.EntityKind.PROPOSAL,
                "pass-1")));
        assertEquals(wages.id(), viewModel.selectedProperty().get().id());
        assertTrue(viewModel.reveal(new org.tablebook.domain.EntityRef(org.tablebook.domain.EntityKind.DEMAND,
                parking.id())));
        assertEquals(parking.id(), viewModel.selectedProperty().get().id());
    }

    @Test
    void aSectionNotOnScreenRebuildsNoRowsAndCatchesUpWhenShown() {
        addDemand("U-1", "Wages", Side.OURS);
        javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty(true);
        DemandsViewModel section = new DemandsViewModel(document.whileShown(shown), dialogs, CLOCK);
        assertEquals(List.of("U-1"), section.rows().stream().map(r -> r.demand().code()).toList());
        int[] rebuilt = {0};
        section.allRows().addListener((javafx.collections.ListChangeListener<DemandRow>) c -> rebuilt[0]++);

        shown.set(false);
        addDemand("U-2", "Hours", Side.OURS);
        addDemand("U-3", "Parking", Side.OURS);
        assertEquals(0, rebuilt[0], "rows rebuilt while hidden");
        assertEquals(List.of("U-1"), section.rows().stream().map(r -> r.demand().code()).toList());

        shown.set(true);
        assertEquals(List.of("U-1", "U-2", "U-3"), section.rows().stream().map(r -> r.demand().code()).toList());
    }
}
