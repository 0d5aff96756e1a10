package org.tablebook.ui.sessions;

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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.domain.TableSession;
import org.tablebook.store.TablebookStore;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.PassFormViewModel;
import org.tablebook.ui.demands.TableSample;
import org.tablebook.ui.common.Pick;
import org.tablebook.ui.shell.UndoViewModel;

/** The Table sessions section without a screen. */
class SessionsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private NegotiationDocument document;
    private final FakeDialogService dialogs = new FakeDialogService();
    private SessionsViewModel viewModel;
    private UndoViewModel undo;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, CLOCK, "Dana Reyes");
        document = file.document();
        viewModel = new SessionsViewModel(document, dialogs, CLOCK);
        undo = new UndoViewModel(document, dialogs);
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private TablebookStore store() {
        return file.store();
    }

    private void sample() {
        TableSample.write(store(), "Dana Reyes", TODAY, CLOCK.instant());
        document.show(store().loadSnapshot());
    }

    private Person person(String name, Side side, boolean active) {
        Person p = Person.create(name, side, PersonRole.COMMITTEE_MEMBER, false, CLOCK.instant());
        Person stored = active ? p : p.withActive(false, CLOCK.instant());
        store().write("Dana Reyes", "Add " + name, w -> {
            w.insert(stored);
            return stored;
        });
        document.show(store().loadSnapshot());
        return stored;
    }

    private void tick(String name) {
        java.util.stream.Stream.concat(viewModel.ours().stream(), viewModel.theirs().stream())
                .filter(a -> a.label().equals(name)).findFirst().orElseThrow().chosenProperty().set(true);
    }

    private Set<String> ticked() {
        return java.util.stream.Stream.concat(viewModel.ours().stream(), viewModel.theirs().stream())
                .filter(Pick::isChosen).map(Pick::label).collect(Collectors.toSet());
    }

    private TableSession addSession(String date, String place) {
        viewModel.newSession();
        viewModel.dateProperty().set(date);
        viewModel.locationProperty().set(place);
        viewModel.save();
        assertTrue(viewModel.editor().errors().none(), () -> viewModel.editor().errors().all().toString());
        return viewModel.selectedProperty().get();
    }

    @Test
    void loadsEverySessionWithWhoAttendedAndThePassesLoggedInIt() {
        sample();
        assertEquals(4, viewModel.rows().size());
        SessionsViewModel.SessionRow first = viewModel.rows().stream()
                .filter(r -> r.session().date().equals(TODAY.minusDays(21))).findFirst().orElseThrow();
        assertEquals(3, first.ours());
        assertEquals(2, first.theirs());
        assertEquals(5, first.passes());
        viewModel.selectedProperty().set(first.session());
        assertEquals(5, viewModel.passes().size());
        assertEquals(Set.of("Dana Reyes", "Sam Ortiz", "Aisha Bello", "Lee Park", "Rita Flores"), ticked());
        assertEquals("3 of ours and 2 of theirs attended; nobody of theirs who can agree for them is ticked. Names in "
                + "bold can agree for their side.", viewModel.attendanceProperty().get());
    }

    @Test
    void searchFindsSessionsByPlaceDateNotesAndWhoAttended() {
        sample();
        viewModel.searchProperty().set("union hall");
        assertEquals(1, viewModel.rows().size());
        viewModel.searchProperty().set("morgan");
        assertEquals(2, viewModel.rows().size(), "Morgan Hale attended two sessions");
        viewModel.searchProperty().set(TODAY.minusDays(14).toString());
        assertEquals(1, viewModel.rows().size());
        viewModel.searchProperty().set("financial officer");
        assertEquals(1, viewModel.rows().size());
        viewModel.searchProperty().set("");
        assertEquals(4, viewModel.rows().size());
    }

    @Test
    void aNewSessionIsTodayWithThePlaceAndTheActivePeopleOfTheLastOne() {
        Person ana = person("Ana", Side.OURS, true);
        person("Ben", Side.OURS, true);
        person("Lee", Side.THEIRS, true);
        viewModel.newSession();
        tick("Ana");
        tick("Lee");
        viewModel.locationProperty().set("Room B");
        viewModel.save();
        Person gone = ana.withActive(false, CLOCK.instant());
        store().write("Dana Reyes", "Deactivate Ana", w -> {
            w.update(gone);
            return gone;
        });
        document.show(store().loadSnapshot());

        viewModel.newSession();
        assertEquals("2026-03-03", viewModel.dateProperty().get());
        assertEquals("Room B", viewModel.locationProperty().get());
        assertEquals(Set.of("Lee"), ticked(), "Ana is no longer active");
        assertEquals(List.of("Ben"), viewModel.ours().stream().map(Pick::label).toList(),
                "inactive people are not offered for a new session");
    }

    @Test
    void savesDateHoursPlaceAttendeesAndNotes() {
        person("Ana", Side.OURS, true);
        person("Lee", Side.THEIRS, true);
        viewModel.newSession();
        viewModel.dateProperty().set("2026-03-02");
        viewModel.startProperty().set("9:30");
        viewModel.endProperty().set("12:00");
        viewModel.locationProperty().set("Union hall");
        viewModel.notesProperty().set("Opening statements.");
        tick("Ana");
        tick("Lee");
        viewModel.save();
        TableSession s = store().loadSnapshot().sessions().get(0);
        assertEquals(LocalDate.of(2026, 3, 2), s.date());
        assertEquals(LocalTime.of(9, 30), s.start());
        assertEquals(LocalTime.of(12, 0), s.end());
        assertEquals("Union hall", s.location());
        assertEquals("Opening statements.", s.notes());
        assertEquals(2, s.attendeeIds().size());
        assertFalse(viewModel.editor().dirtyProperty().get());
        assertEquals("09:30", viewModel.startProperty().get());
    }

    @Test
    void problemsShowOnTheirFieldAndNothingIsWritten() {
        viewModel.newSession();
        viewModel.dateProperty().set("");
        assertEquals("The session's date is required: write it as year-month-day, for example 2026-03-03.",
                viewModel.editor().errors().get("date"));
        viewModel.dateProperty().set("2026-13-01");
        assertEquals("The date \"2026-13-01\" is not a real date: there is no month 13.", viewModel.editor().errors().get("date"));
        viewModel.dateProperty().set("2026-03-03");
        viewModel.startProperty().set("25:00");
        assertEquals("The start \"25:00\" is not a time: write it as hours:minutes on a 24-hour clock, for example "
                + "14:30.", viewModel.editor().errors().get("start"));
        viewModel.startProperty().set("14:00");
        viewModel.endProperty().set("13:00");
        assertEquals("The end (13:00) cannot come before the start (14:00). Write the times on a 24-hour clock, for "
                + "example 14:30.", viewModel.editor().errors().get("end"));
        viewModel.save();
        assertTrue(store().loadSnapshot().sessions().isEmpty());
        viewModel.endProperty().set("16:00");
        assertTrue(viewModel.editor().errors().none());
        viewModel.save();
        assertEquals(1, store().loadSnapshot().sessions().size());
    }

    @Test
    void editingAndCancellingPutsTheStoredSessionBack() {
        person("Ana", Side.OURS, true);
        addSession("2026-03-02", "Hall");
        viewModel.notesProperty().set("Draft notes");
        tick("Ana");
        assertTrue(viewModel.editor().dirtyProperty().get());
        viewModel.editor().cancel();
        assertEquals("", viewModel.notesProperty().get());
        assertEquals(Set.of(), ticked());
        assertFalse(viewModel.editor().dirtyProperty().get());
        tick("Ana");
        assertTrue(viewModel.editor().dirtyProperty().get(), "ticking someone is a change");
        viewModel.save();
        assertEquals(1, store().loadSnapshot().sessions().get(0).attendeeIds().size());
    }

    @Test
    void aSessionWithPassesIsNeverDeletedAndTheMessageSaysWhy() {
        sample();
        TableSession first = viewModel.rows().stream().map(SessionsViewModel.SessionRow::session)
                .filter(s -> s.date().equals(TODAY.minusDays(21))).findFirst().orElseThrow();
        viewModel.selectedProperty().set(first);
        viewModel.delete();
        assertEquals(List.of("The session of Feb 10, 2026 has 5 passes logged in it, so it cannot be deleted: they are "
                + "part of its record. Move them to another session first if this one was entered by mistake."),
                dialogs.errors);
        assertEquals(4, store().loadSnapshot().sessions().size());
    }

    @Test
    void inSpanishTheSessionsMessagesAndItsDeletionAreInSpanish() {
        sample();
        org.tablebook.testing.InSpanish.run(() -> {
            viewModel.newSession();
            viewModel.dateProperty().set("");
            assertEquals("Falta la fecha de la sesión: escríbala como año-mes-día, por ejemplo 2026-03-03.",
                    viewModel.editor().errors().get("date"));
            viewModel.dateProperty().set("2026-03-02");
            viewModel.startProperty().set("14:00");
            viewModel.endProperty().set("13:00");
            assertEquals("El final (13:00) no puede ser anterior al inicio (14:00). Escriba las horas en formato de 24 "
                    + "horas, por ejemplo 14:30.", viewModel.editor().errors().get("end"));
            viewModel.endProperty().set("");
            viewModel.locationProperty().set("Hall");
            viewModel.save();
            TableSession added = viewModel.selectedProperty().get();
            viewModel.newSession();
            viewModel.dateProperty().set("2026-03-02");
            viewModel.startProperty().set("14:00");
            viewModel.locationProperty().set("Hall");
            assertEquals("Ya hay registrada una sesión el 2 mar 2026 a esta hora y en este lugar. Selecciónela en la "
                    + "lista en vez de añadirla otra vez.", viewModel.editor().errors().get("date"));
            viewModel.editor().cancel();

            viewModel.selectedProperty().set(viewModel.rows().stream().map(SessionsViewModel.SessionRow::session)
                    .filter(x -> x.date().equals(TODAY.minusDays(21))).findFirst().orElseThrow());
            viewModel.delete();
            assertEquals(List.of("La sesión del 10 feb 2026 tiene 5 pases anotados en ella, así que no se puede "
                    + "eliminar: forman parte de su registro. Si esta se registró por error, páselos primero a otra "
                    + "sesión."), dialogs.errors);

            viewModel.selectedProperty().set(added);
            dialogs.confirmAnswers.add(true);
            viewModel.delete();
            assertEquals("Deshacer «Eliminar la sesión de negociación del 2 mar 2026»", undo.undoLabelProperty().get());
        });
        assertTrue(file.audit().stream().anyMatch(a -> a.label().equals("Eliminar la sesión de negociación del 2 mar 2026")));
    }

    @Test
    void aSessionWithoutPassesIsDeletedAfterConfirming() {
        addSession("2026-03-02", "Hall");
        dialogs.confirmAnswers.add(true);
        viewModel.delete();
        assertTrue(store().loadSnapshot().sessions().isEmpty());
        assertFalse(viewModel.editor().editingProperty().get());
    }

    @Test
    void aPassLoggedFromASessionNeedsItsDemandAndBelongsToTheSession() {
        Demand wages = Demand.create("U-1", "Wages", Side.OURS, CLOCK.instant());
        store().write("Dana Reyes", "Add demand U-1", w -> {
            w.insert(wages);
            return wages;
        });
        document.show(store().loadSnapshot());
        TableSession s = addSession("2026-03-02", "Hall");
        viewModel.logPass();
        PassFormViewModel form = viewModel.passForm();
        assertNull(form.demandProperty().get());
        assertFalse(form.demandFixedProperty().get(), "the person chooses the demand");
        assertEquals(s.id(), form.sessionProperty().get().id());
        assertEquals("2026-03-02", form.passedOnProperty().get(), "dated on the session's day");
        form.summaryProperty().set("6% a year");
        form.save();
        assertEquals("Choose the demand this pass is on.", form.editor().errors().get("demandId"));
        assertTrue(store().loadSnapshot().proposals().isEmpty());

        form.demandProperty().set(form.demandChoices().get(0));
        assertEquals(ProposalKind.INITIAL, form.kindProperty().get());
        form.save();
        Proposal p = store().loadSnapshot().proposals().get(0);
        assertEquals(s.id(), p.sessionId());
        assertEquals(wages.id(), p.demandId());
        assertEquals(List.of("6% a year"), viewModel.passes().stream().map(e -> e.proposal().summary()).toList());
        assertEquals(1, viewModel.rows().get(0).passes());
    }

    @Test
    void undoAndRedoOfAddingEditingAndDeletingASession() {
        addSession("2026-03-02", "Hall");
        assertEquals("Undo Add table session of Mar 2, 2026", undo.undoLabelProperty().get());
        viewModel.notesProperty().set("Opening statements.");
        viewModel.save();
        dialogs.confirmAnswers.add(true);
        viewModel.delete();
        assertTrue(store().loadSnapshot().sessions().isEmpty());

        undo.undo();
        assertEquals("Opening statements.", store().loadSnapshot().sessions().get(0).notes(), "the deletion is undone");
        undo.undo();
        assertEquals("", store().loadSnapshot().sessions().get(0).notes(), "the edit is undone");
        viewModel.selectedProperty().set(store().loadSnapshot().sessions().get(0));
        assertEquals("", viewModel.notesProperty().get());
        undo.undo();
        assertTrue(store().loadSnapshot().sessions().isEmpty(), "the addition is undone");
        assertTrue(viewModel.rows().isEmpty());

        undo.redo();
        undo.redo();
        assertEquals("Opening statements.", store().loadSnapshot().sessions().get(0).notes());
        undo.redo();
        assertTrue(store().loadSnapshot().sessions().isEmpty());
        assertFalse(undo.canRedoProperty().get());
    }

    @Test
    void attendeesListBothSidesByNameAndSayWhoCanAgree() {
        person("Zoe", Side.OURS, true);
        person("Ana", Side.OURS, true);
        Person morgan = Person.create("Morgan Hale", Side.THEIRS, PersonRole.DECISION_MAKER, true, CLOCK.instant());
        store().write("Dana Reyes", "Add Morgan", w -> {
            w.insert(morgan);
            return morgan;
        });
        document.show(store().loadSnapshot());
        viewModel.newSession();
        assertEquals(List.of("Ana", "Zoe"), viewModel.ours().stream().map(Pick::label).toList());
        Pick m = viewModel.theirs().get(0);
        assertEquals("Morgan Hale", m.label());
        assertEquals("Decision-maker, can agree for their side", m.detail());
        assertTrue(m.marked());
        tick("Morgan Hale");
        assertEquals("0 of ours and 1 of theirs attended. Names in bold can agree for their side.",
                viewModel.attendanceProperty().get());
    }

    @Test
    void inSpanishWhoAttendedIsSaidInSpanish() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("es"));
        try {
            person("Ana", Side.OURS, true);
            viewModel.newSession();
            tick("Ana");
            assertEquals("Asistieron 1 de nuestra parte y 0 de la otra parte. Los nombres en negrita pueden acordar "
                    + "por su parte.", viewModel.attendanceProperty().get());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
