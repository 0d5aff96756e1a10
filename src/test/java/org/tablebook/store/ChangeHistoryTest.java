package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.domain.ValidationException;
import org.tablebook.store.ChangeHistory.Action;

/** Undo and redo written to the audit trail, read back from it, and refused when a later change is in the way. */
class ChangeHistoryTest {
    private static final String DANA = "Dana Reyes";
    private static final String SAM = "Sam Ortiz";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-03T14:00:00Z"));
    private Path file;
    private TablebookStore store;
    private final Fixtures f = new Fixtures();

    @BeforeEach
    void create() throws Exception {
        file = dir.resolve("undo.tablebook");
        store = TablebookStore.create(file, f.negotiation, DANA, Fixtures.options(dir, clock));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private <T> T act(String actor, String label, java.util.function.Function<Changes, T> work) {
        clock.advance(Duration.ofMinutes(1));
        return store.write(actor, label, work);
    }

    private Person addPerson(String actor, String name) {
        Person p = Person.create(name, Side.OURS, PersonRole.COMMITTEE_MEMBER, false, clock.instant());
        return act(actor, "Add " + name, w -> {
            w.insert(p);
            return p;
        });
    }

    private Person rename(String actor, Person p, String name) {
        Person renamed = new Person(p.id(), name, p.side(), p.role(), p.canAgree(), p.active(), p.createdAt(),
                clock.instant().plusSeconds(60));
        return act(actor, "Edit " + name, w -> {
            w.update(renamed);
            return renamed;
        });
    }

    private List<String> labels(List<Action> actions) {
        return actions.stream().map(Action::label).toList();
    }

    @Test
    void creatingTheFileIsNothingToUndo() {
        ChangeHistory.Stacks stacks = store.history().of(DANA);
        assertTrue(stacks.undo().isEmpty());
        assertEquals(Optional.empty(), store.history().undo(DANA));
        assertEquals(f.negotiation, store.loadSnapshot().negotiation());
    }

    @Test
    void undoAndRedoOfACreateAnEditAndADelete() {
        Person p = addPerson(DANA, "Pat Kim");
        Person renamed = rename(DANA, p, "Pat Kimura");
        act(DANA, "Delete Pat Kimura", w -> {
            w.delete(EntityRef.of(renamed));
            return null;
        });
        assertEquals(List.of("Delete Pat Kimura", "Edit Pat Kimura", "Add Pat Kim"),
                labels(store.history().of(DANA).undo()));

        assertEquals("Delete Pat Kimura", store.history().undo(DANA).orElseThrow().label());
        assertEquals(List.of(renamed), store.loadSnapshot().people(), "the deleted row is back exactly as it was");
        assertEquals("Edit Pat Kimura", store.history().undo(DANA).orElseThrow().label());
        assertEquals(List.of(p), store.loadSnapshot().people(), "the before row is back, its times included");
        assertEquals("Add Pat Kim", store.history().undo(DANA).orElseThrow().label());
        assertTrue(store.loadSnapshot().people().isEmpty());
        assertTrue(store.history().of(DANA).undo().isEmpty());
        assertEquals(List.of("Add Pat Kim", "Edit Pat Kimura", "Delete Pat Kimura"),
                labels(store.history().of(DANA).redo()));

        store.history().redo(DANA);
        assertEquals(List.of(p), store.loadSnapshot().people());
        store.history().redo(DANA);
        assertEquals(List.of(renamed), store.loadSnapshot().people());
        assertEquals(List.of("Edit Pat Kimura", "Add Pat Kim"), labels(store.history().of(DANA).undo()));
        assertEquals(List.of("Delete Pat Kimura"), labels(store.history().of(DANA).redo()));
    }

    @Test
    void eachUndoIsAChangeOfItsOwnThatNamesTheChangeItReverts() throws Exception {
        Person p = addPerson(DANA, "Pat Kim");
        String addId = store.audit().latestChange().get(0).changeId();
        store.history().undo(DANA);
        List<AuditEntry> undo = store.audit().latestChange();
        assertEquals(1, undo.size());
        assertEquals("Undo Add Pat Kim", undo.get(0).label());
        assertEquals(DANA, undo.get(0).actor());
        assertEquals(org.tablebook.domain.AuditAction.DELETE, undo.get(0).action());
        assertEquals(p.id(), undo.get(0).entityId());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var s = c.prepareStatement("SELECT reverts_change_id FROM audit_entry WHERE change_id = ?")) {
            s.setString(1, undo.get(0).changeId());
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(addId, rs.getString(1));
            }
        }
        store.history().redo(DANA);
        assertEquals("Redo Add Pat Kim", store.audit().latestChange().get(0).label());
    }

    @Test
    void aNewActionEmptiesTheRedoStack() {
        addPerson(DANA, "Pat Kim");
        store.history().undo(DANA);
        assertEquals(1, store.history().of(DANA).redo().size());
        addPerson(DANA, "Lee Park");
        assertTrue(store.history().of(DANA).redo().isEmpty());
        assertEquals(Optional.empty(), store.history().redo(DANA));
        assertEquals(List.of("Add Lee Park"), labels(store.history().of(DANA).undo()));
    }

    @Test
    void theStacksSurviveClosingAndOpeningTheFile() throws Exception {
        addPerson(DANA, "Pat Kim");
        addPerson(DANA, "Lee Park");
        store.history().undo(DANA);
        store.close();
        store = TablebookStore.open(file, Fixtures.options(dir, clock));
        ChangeHistory.Stacks stacks = store.history().of(DANA);
        assertEquals(List.of("Add Pat Kim"), labels(stacks.undo()));
        assertEquals(List.of("Add Lee Park"), labels(stacks.redo()));
        store.history().redo(DANA);
        assertEquals(List.of("Pat Kim", "Lee Park"), store.loadSnapshot().people().stream().map(Person::name).toList());
    }

    @Test
    void eachPersonUndoesOnlyTheirOwnActions() {
        addPerson(DANA, "Pat Kim");
        addPerson(SAM, "Lee Park");
        assertEquals(List.of("Add Pat Kim"), labels(store.history().of(DANA).undo()));
        assertEquals(List.of("Add Lee Park"), labels(store.history().of(SAM).undo()));
        store.history().undo(DANA);
        assertEquals(List.of("Lee Park"), store.loadSnapshot().people().stream().map(Person::name).toList());
    }

    @Test
    void anUndoIsRefusedWhenSomeoneElseChangedTheRecordSinceAndTheMessageSaysWhoAndWhat() {
        Person p = addPerson(DANA, "Pat Kim");
        Person renamed = rename(DANA, p, "Pat Kimura");
        rename(SAM, renamed, "Patricia Kimura");
        int trail = store.audit().list().size();

        ValidationException refused = assertThrows(ValidationException.class, () -> store.history().undo(DANA));
        assertEquals("undo", refused.field());
        assertEquals("\"Edit Pat Kimura\" cannot be undone: Patricia Kimura was changed after it by Sam Ortiz "
                + "(\"Edit Patricia Kimura\", Mar 3, 2026, 14:03). Undoing it now would overwrite that later "
                + "change; make the change you want by hand instead.", refused.getMessage());
        assertEquals(trail, store.audit().list().size(), "nothing was written");
        assertEquals("Patricia Kimura", store.loadSnapshot().people().get(0).name());
        assertEquals(List.of("Edit Pat Kimura", "Add Pat Kim"), labels(store.history().of(DANA).undo()),
                "the refused action stays on the stack");
    }

    @Test
    void inSpanishTheRefusedUndoSaysWhoAndWhatInSpanish() {
        Person p = addPerson(DANA, "Pat Kim");
        Person renamed = rename(DANA, p, "Pat Kimura");
        rename(SAM, renamed, "Patricia Kimura");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(org.tablebook.domain.Language.SPANISH.locale());
            ValidationException refused = assertThrows(ValidationException.class, () -> store.history().undo(DANA));
            assertEquals("«Edit Pat Kimura» no se puede deshacer: Patricia Kimura se cambió después: lo hizo Sam Ortiz "
                    + "(«Edit Patricia Kimura», 3 mar 2026, 14:03). Deshacerlo ahora sobrescribiría ese cambio "
                    + "posterior; haga a mano el cambio que quiera.", refused.getMessage());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aLaterChangeThatWasItselfUndoneIsNoObstacle() {
        Person p = addPerson(DANA, "Pat Kim");
        Person renamed = rename(DANA, p, "Pat Kimura");
        rename(SAM, renamed, "Patricia Kimura");
        store.history().undo(SAM);
        store.history().undo(DANA);
        assertEquals(List.of(p), store.loadSnapshot().people());
    }

    @Test
    void undoingACreateThatALaterChangeDependsOnSaysWhichChange() {
        Demand d = Demand.create("U-1", "Wages", Side.OURS, clock.instant());
        act(DANA, "Add demand U-1", w -> {
            w.insert(d);
            return d;
        });
        Proposal pass = new Proposal(org.tablebook.domain.Ids.newId(), d.id(), Side.OURS, LocalDate.of(2026, 3, 3),
                null, ProposalKind.INITIAL, "3% a year", "", clock.instant(), clock.instant());
        act(SAM, "Log a pass", w -> {
            w.insert(pass);
            return pass;
        });
        ValidationException refused = assertThrows(ValidationException.class, () -> store.history().undo(DANA));
        assertEquals("\"Add demand U-1\" cannot be undone: Sam Ortiz recorded \"Log a pass\" after it "
                + "(Mar 3, 2026, 14:02), which depends on Demand U-1. Undo or remove that first.", refused.getMessage());
        assertEquals(1, store.loadSnapshot().demands().size());
        assertEquals(1, store.loadSnapshot().proposals().size());
    }

    @Test
    void everyRowOfOneActionIsTakenBackTogether() {
        Demand draft = Demand.create("U-1", "Wages", Side.OURS, clock.instant());
        act(DANA, "Add demand U-1", w -> {
            w.insert(draft);
            return draft;
        });
        Proposal pass = new Proposal(org.tablebook.domain.Ids.newId(), draft.id(), Side.OURS,
                LocalDate.of(2026, 3, 3), null, ProposalKind.INITIAL, "3% a year", "", clock.instant(), clock.instant());
        act(DANA, "Log a pass", w -> {
            w.insert(pass);
            w.update(draft.withStatus(DemandStatus.ON_TABLE, clock.instant()));
            return pass;
        });
        assertEquals(DemandStatus.ON_TABLE, store.loadSnapshot().demands().get(0).status());
        store.history().undo(DANA);
        assertEquals(List.of(draft), store.loadSnapshot().demands());
        assertTrue(store.loadSnapshot().proposals().isEmpty());
        store.history().redo(DANA);
        assertEquals(DemandStatus.ON_TABLE, store.loadSnapshot().demands().get(0).status());
        assertEquals(List.of(pass), store.loadSnapshot().proposals());
    }

    @Test
    void aVersionOneFileIsMigratedAndItsTrailStillUndoes() throws Exception {
        store.close();
        Path old = dir.resolve("old.tablebook");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Sql sql = new Sql(c)) {
            Migrations.migrate(sql, List.of(Migrations.ALL.get(0)));
            assertEquals("1", sql.pragma("user_version"));
            // A version-1 file has no link column: its rows are written as version 1 wrote them.
            sql.update("INSERT INTO negotiation (id, title, kind, our_party, other_party, bargaining_unit, rule_settings, "
                    + "created_at, updated_at) VALUES (?, ?, ?, '', '', '', ?, ?, ?)", f.negotiation.id(),
                    f.negotiation.title(), f.negotiation.kind().name(),
                    Json.mapper().writeValueAsString(f.negotiation.ruleSettings()), clock.instant(), clock.instant());
            Person p = Person.create("Pat Kim", Side.OURS, PersonRole.STAFF, false, clock.instant());
            new PersonTable().insert(sql, p);
            sql.update("INSERT INTO audit_entry (change_id, label, at, actor, entity, entity_id, action, before_json, "
                    + "after_json) VALUES ('c1', 'Add Pat Kim', ?, ?, 'PERSON', ?, 'CREATE', NULL, ?)",
                    clock.instant(), DANA, p.id(), TablebookStore.json(p));
        }
        store = TablebookStore.open(old, Fixtures.options(dir, clock));
        assertEquals(List.of("Add Pat Kim"), labels(store.history().of(DANA).undo()));
        store.history().undo(DANA);
        assertTrue(store.loadSnapshot().people().isEmpty());
    }

    /**
     * Random actions, undos and redos by one person: after each undo the file holds exactly what
     * it held before the action, and after each redo what it held after it.
     */
    @Test
    void randomActionsUndosAndRedosAlwaysRestoreTheStatesTheyPassedThrough() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        try {
            List<NegotiationSnapshot> undoStates = new ArrayList<>();
            List<NegotiationSnapshot> redoStates = new ArrayList<>();
            NegotiationSnapshot now = store.loadSnapshot();
            for (int step = 0; step < 60; step++) {
                int move = random.nextInt(10);
                List<Person> people = store.loadSnapshot().people();
                if (move < 3 && !undoStates.isEmpty()) {
                    store.history().undo(DANA);
                    redoStates.add(0, now);
                    now = undoStates.remove(0);
                } else if (move < 5 && !redoStates.isEmpty()) {
                    store.history().redo(DANA);
                    undoStates.add(0, now);
                    now = redoStates.remove(0);
                } else {
                    if (move < 7 || people.isEmpty()) {
                        addPerson(DANA, "Person " + step);
                    } else if (move < 9) {
                        Person p = people.get(random.nextInt(people.size()));
                        rename(DANA, p, p.name() + "'");
                    } else {
                        Person p = people.get(random.nextInt(people.size()));
                        act(DANA, "Delete " + p.name(), w -> {
                            w.delete(EntityRef.of(p));
                            return null;
                        });
                    }
                    undoStates.add(0, now);
                    redoStates.clear();
                    now = store.loadSnapshot();
                    continue;
                }
                assertEquals(now, store.loadSnapshot(), "step " + step);
                assertEquals(undoStates.size(), store.history().of(DANA).undo().size(), "step " + step);
                assertEquals(redoStates.size(), store.history().of(DANA).redo().size(), "step " + step);
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Failed with seed " + seed + ": " + e.getMessage(), e);
        }
    }

    /**
     * The stacks are kept between reads and only the rows written since are replayed: after every
     * action, undo and redo of two people, in random order, they equal a replay of the whole trail.
     */
    @Test
    void stacksKeptBetweenReadsEqualAReplayOfTheWholeTrail() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        try {
            for (int step = 0; step < 80; step++) {
                String who = random.nextBoolean() ? DANA : SAM;
                int move = random.nextInt(10);
                List<Person> people = store.loadSnapshot().people();
                try {
                    if (move < 3) {
                        store.history().undo(who);
                    } else if (move < 5) {
                        store.history().redo(who);
                    } else if (move < 8 || people.isEmpty()) {
                        addPerson(who, "Person " + step);
                    } else {
                        Person p = people.get(random.nextInt(people.size()));
                        rename(who, p, p.name() + "'");
                    }
                } catch (ValidationException refused) {
                    // The other person's later change stands in the way: nothing was written.
                }
                for (String person : List.of(DANA, SAM)) {
                    assertEquals(new ChangeHistory(store).of(person), store.history().of(person),
                            person + " at step " + step);
                }
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Failed with seed " + seed + ": " + e.getMessage(), e);
        }
    }
}
