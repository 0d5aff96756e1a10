package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.Side;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.ValidationException;

/** What a person can get wrong in a write, and how the store says so without changing anything. */
class WriteRulesTest {
    @TempDir
    Path dir;

    private final Fixtures f = new Fixtures();
    private TablebookStore store;

    @BeforeEach
    void open() throws Exception {
        store = TablebookStore.create(dir.resolve("riverside.tablebook"), f.negotiation, Fixtures.ACTOR,
                Fixtures.options(dir, new MutableClock(Fixtures.at(60))));
        f.populate(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Runs the refused write and checks that nothing, audit trail included, changed. */
    private ValidationException refused(Runnable write) {
        NegotiationSnapshot before = store.loadSnapshot();
        List<AuditEntry> trail = store.audit().list();
        ValidationException e = assertThrows(ValidationException.class, write::run);
        assertEquals(before, store.loadSnapshot());
        assertEquals(trail, store.audit().list());
        return e;
    }

    @Test
    void deletingAPersonWhoAppearsInSessionsIsRefusedSayingWhy() {
        Person pat = Fixtures.insert(store, Fixtures.ACTOR, Person.create("Pat Moore", Side.THEIRS, PersonRole.COUNSEL,
                false, Fixtures.at(30)));
        for (int day = 10; day <= 11; day++) {
            Fixtures.insert(store, Fixtures.ACTOR, new TableSession("s-" + day, LocalDate.of(2026, 3, day), null, null,
                    "", List.of(pat.id()), "", Fixtures.at(30 + day), Fixtures.at(30 + day)));
        }
        ValidationException e = refused(() -> Fixtures.delete(store, Fixtures.ACTOR, pat));
        assertEquals("Pat Moore appears in 2 table sessions; deactivate them instead, so the record of who was there "
                + "stays whole.", e.getMessage());

        Fixtures.update(store, Fixtures.ACTOR, pat.withActive(false, Fixtures.at(50)));
        assertEquals(false, store.loadSnapshot().person(pat.id()).orElseThrow().active());
    }

    @Test
    void theReasonNamesEveryKindOfUse() {
        ValidationException e = refused(() -> Fixtures.delete(store, Fixtures.ACTOR, f.dana));
        assertEquals("Dana Reyes appears in 1 table session and 1 sidebar, and gave 1 report-back; deactivate them "
                + "instead, so the record of who was there stays whole.", e.getMessage());
        assertEquals("id", e.field());

        e = refused(() -> Fixtures.delete(store, Fixtures.ACTOR, f.wages));
        assertEquals("Demand U-12 has 1 proposal and 1 tentative agreement, is on the agenda of 1 sidebar, and was "
                + "discussed in 1 sidebar; withdraw it instead, so its history stays on record.", e.getMessage());

        e = refused(() -> Fixtures.delete(store, Fixtures.ACTOR, f.session));
        assertEquals("The table session of 2026-03-03 has 1 proposal passed at it, and confirmed 1 tentative "
                + "agreement; move those to another session first, since the session is part of their record.",
                e.getMessage());

        e = refused(() -> Fixtures.delete(store, Fixtures.ACTOR, f.sidebar));
        assertEquals("The sidebar \"Explore wage floor\" has 1 topic and 1 report-back, and led to 1 tentative "
                + "agreement; delete those first if the sidebar really never took place.", e.getMessage());

        e = refused(() -> Fixtures.delete(store, Fixtures.ACTOR, f.agreement));
        assertEquals("The tentative agreement on U-12 of 2026-03-05 is in 1 memorandum of agreement, and has 1 "
                + "compliance item; mark it \u201CReopened\u201D instead, so the record of what was agreed stays whole.",
                e.getMessage());
    }

    @Test
    void inSpanishTheReasonAndWhatToDoInsteadAreSpanish() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(org.tablebook.domain.Language.SPANISH.locale());
            ValidationException e = refused(() -> Fixtures.delete(store, Fixtures.ACTOR, f.dana));
            assertEquals("Dana Reyes aparece en 1 sesión de negociación y 1 reunión aparte y dio 1 informe al comité; "
                    + "desactívela en su lugar, para que el registro de quién estuvo presente quede completo.",
                    e.getMessage());
            e = refused(() -> Fixtures.delete(store, Fixtures.ACTOR, f.agreement));
            assertEquals("El acuerdo tentativo sobre U-12 del 2026-03-05 está en 1 memorando de acuerdo y tiene 1 "
                    + "obligación; márquelo como «Reabierto» en su lugar, para que el registro de lo acordado quede "
                    + "completo.", e.getMessage());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void pointingAtARecordThatIsNotThereNamesTheField() {
        TableSession withStranger = new TableSession("s-x", LocalDate.of(2026, 3, 12), null, null, "",
                List.of(f.dana.id(), "p-stranger"), "", Fixtures.at(40), Fixtures.at(40));
        ValidationException e = refused(() -> Fixtures.insert(store, Fixtures.ACTOR, withStranger));
        assertEquals("attendeeIds", e.field());
        assertEquals("The person this table session refers to is not in this negotiation; it may have just been "
                + "deleted.", e.getMessage());
    }

    @Test
    void duplicatesAreRefusedByName() {
        ValidationException e = refused(() -> Fixtures.insert(store, Fixtures.ACTOR, f.dana));
        assertEquals("This person (p-dana) is already in this negotiation.", e.getMessage());

        ReportBack second = new ReportBack("rb-2", f.sidebar.id(), Fixtures.at(30), null, false, "Again",
                Fixtures.at(30), Fixtures.at(30));
        e = refused(() -> Fixtures.insert(store, Fixtures.ACTOR, second));
        assertEquals("sidebarId", e.field());
        assertEquals("This sidebar already has a report-back; change that one instead.", e.getMessage());

        Negotiation another = Negotiation.create("Another table", NegotiationKind.COMMUNITY_AGREEMENT, Fixtures.at(30));
        e = refused(() -> store.write(Fixtures.ACTOR, "Add", w -> {
            w.insert(another);
            return null;
        }));
        assertEquals("This file already holds a negotiation, and a file holds only one; create a new file for another "
                + "negotiation.", e.getMessage());
    }

    @Test
    void changingOrDeletingARecordThatIsGoneIsRefused() {
        Person ghost = Person.create("Nobody", Side.OURS, PersonRole.STAFF, false, Fixtures.at(30));
        ValidationException e = refused(() -> Fixtures.update(store, Fixtures.ACTOR, ghost));
        assertEquals("This person is no longer in the negotiation; it may have just been deleted. Reload and try "
                + "again.", e.getMessage());
        refused(() -> Fixtures.delete(store, Fixtures.ACTOR, ghost));
    }

    @Test
    void anUnchangedRecordWritesNothing() {
        int trail = store.audit().list().size();
        Fixtures.update(store, Fixtures.ACTOR, f.dana);
        assertEquals(trail, store.audit().list().size());
    }

    @Test
    void aWriteNeedsAUserName() {
        ValidationException e = refused(() -> Fixtures.insert(store, " ", Person.create("X", Side.OURS,
                PersonRole.STAFF, false, Fixtures.at(30))));
        assertEquals("actor", e.field());
        assertEquals("The user name is required.", e.getMessage());
    }

    @Test
    void writesCannotNestAndAWriterEndsWithItsWrite() {
        IllegalStateException nested = assertThrows(IllegalStateException.class,
                () -> store.write(Fixtures.ACTOR, "Outer", w -> Fixtures.insert(store, Fixtures.ACTOR,
                        Person.create("Inner", Side.OURS, PersonRole.STAFF, false, Fixtures.at(30)))));
        assertTrue(nested.getMessage().startsWith("write(...) cannot be nested"));

        Changes[] kept = new Changes[1];
        store.write(Fixtures.ACTOR, "Keep the writer", w -> kept[0] = w);
        assertThrows(IllegalStateException.class, () -> kept[0].delete(EntityRef.of(f.proposal)));
        assertTrue(store.loadSnapshot().contains(EntityRef.of(f.proposal)));
    }

    @Test
    void aWriterFindsWhatItsTransactionSees() {
        Person added = Person.create("Read my write", Side.OURS, PersonRole.STAFF, false, Fixtures.at(30));
        String changeId = store.write(Fixtures.ACTOR, "Add and look", w -> {
            w.insert(added);
            assertEquals(added, w.find(EntityRef.of(added)).orElseThrow());
            assertEquals(f.negotiation, w.find(new EntityRef(EntityKind.NEGOTIATION, f.negotiation.id())).orElseThrow());
            return w.changeId();
        });
        assertEquals(1, store.audit().change(changeId).size());
    }

    @Test
    void aClosedStoreSaysSo() {
        store.close();
        StoreException e = assertThrows(StoreException.class, () -> store.loadSnapshot().people());
        assertEquals("riverside.tablebook has been closed; open it again to go on.", e.getMessage());
        assertThrows(StoreException.class, () -> store.write(Fixtures.ACTOR, "Late", w -> null));
        store.close();
    }

    @Test
    void writesFromSeveralThreadsAreEachWholeAndAudited() throws Exception {
        int before = store.audit().list().size();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> changes = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            for (int i = 0; i < 25; i++) {
                int n = i;
                changes.add(pool.submit(() -> store.write("Thread " + thread, "Add two", w -> {
                    w.insert(Person.create("T" + thread + "-" + n + "a", Side.OURS, PersonRole.STAFF, false,
                            Fixtures.at(30)));
                    w.insert(Person.create("T" + thread + "-" + n + "b", Side.OURS, PersonRole.STAFF, false,
                            Fixtures.at(30)));
                    return w.changeId();
                })));
            }
        }
        Set<String> ids = new HashSet<>();
        for (Future<String> c : changes) {
            String id = c.get();
            ids.add(id);
            List<AuditEntry> rows = store.audit().change(id);
            assertEquals(2, rows.size());
            assertEquals(rows.get(0).seq() + 1, rows.get(1).seq(), "the rows of one action are not interleaved");
        }
        pool.shutdown();
        assertEquals(100, ids.size());
        assertEquals(3 + 200, store.loadSnapshot().people().size());
        assertEquals(before + 200, store.audit().list().size());
        assertNotEquals(0, store.audit().since(Fixtures.at(60)).size());
    }
}
