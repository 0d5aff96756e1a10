package org.tablebook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablebook.domain.AuditAction;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.SidebarStart;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.ValidationException;

/**
 * Every kind of record, through its repository, against a real file: create, read back, update,
 * read back, delete, and the audit rows of each step read back into the records.
 */
class RepositoryRoundTripTest {
    @TempDir
    Path dir;

    /** How one kind is created, changed, found and deleted through its repository. */
    record Case<T extends Entity>(String name, T created, T updated, BiFunction<TablebookStore, T, T> create,
            BiFunction<TablebookStore, T, T> update, BiFunction<TablebookStore, String, Optional<T>> find,
            BiFunction<TablebookStore, String, Void> delete, Function<TablebookStore, List<T>> list) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case<?>> everyKind() {
        Fixtures f = new Fixtures();
        var t = (java.util.function.IntFunction<java.time.Instant>) Fixtures::at;
        Person person = new Person("p-new", "Jo Kim", Side.THEIRS, PersonRole.COUNSEL, false, true, t.apply(30),
                t.apply(30));
        Demand demand = new Demand("d-new", "U-40", "Art. 3", "Parking", "Internal", "Parking for night shift",
                Side.OURS, DemandCategory.OTHER, DemandPriority.LOW, DemandSubject.PERMISSIVE,
                DemandOrigin.LISTENING_SESSION, "Night shift meeting", DemandStatus.DRAFT, false, t.apply(30), t.apply(30));
        Proposal proposal = new Proposal("pr-new", f.wages.id(), Side.THEIRS, LocalDate.of(2026, 3, 4), null,
                ProposalKind.COUNTER, "2% per year", "", t.apply(30), t.apply(30));
        TableSession session = new TableSession("s-new", LocalDate.of(2026, 3, 9), null, null, "", List.of(f.sam.id()),
                "", t.apply(30), t.apply(30));
        Sidebar sidebar = Sidebar.propose("Talk about parking", Side.OURS, t.apply(30));
        SidebarTopic topic = new SidebarTopic("t-new", f.sidebar.id(), f.schedule.id(), "", "", "", null, "", null,
                t.apply(30), t.apply(30));
        SidebarStart start = new SidebarStart("st-new", f.sidebar.id(), t.apply(36), List.of(f.sam.id()),
                List.of("TEAM_AUTHORIZED"), List.of(), "", t.apply(36), t.apply(36));
        ReportBack reportBack = new ReportBack("rb-new", "sb-2", t.apply(40), null, false, "", t.apply(40), t.apply(40));
        TentativeAgreement agreement = new TentativeAgreement("ta-new", f.schedule.id(), "Four-week rosters", "",
                TaSource.TABLE, null, LocalDate.of(2026, 3, 9), null, null, null, null, TaStatus.TENTATIVE, t.apply(30),
                t.apply(30));
        Ratification ratification = new Ratification("r-new", LocalDate.of(2026, 4, 1), List.of(f.agreement.id()), null,
                null, null, null, t.apply(30), t.apply(30));
        InformationRequest request = new InformationRequest("ir-new", Side.THEIRS, LocalDate.of(2026, 3, 5),
                "Our membership list", LocalDate.of(2026, 3, 19), null, "", t.apply(30), t.apply(30));
        ComplianceItem item = new ComplianceItem("c-new", "Art. 9.1", null, "Post rosters four weeks ahead", "",
                null, ComplianceStatus.OPEN, null, null, 14, t.apply(30), t.apply(30));
        RuleAcknowledgement ack = new RuleAcknowledgement("ack-new", "TA_NOT_INITIALED",
                new EntityRef(EntityKind.TENTATIVE_AGREEMENT, f.agreement.id()), "", "Sam Ortiz", "Initials on paper",
                t.apply(30), t.apply(30), t.apply(30));
        return Stream.of(
                new Case<>("person", person, new Person(person.id(), "Jo Kim-Lee", Side.THEIRS, PersonRole.DECISION_MAKER,
                        true, false, person.createdAt(), t.apply(31)),
                        (s, x) -> s.people().create(ACTOR, x), (s, x) -> s.people().update(ACTOR, x),
                        (s, id) -> s.people().find(id), (s, id) -> run(() -> s.people().delete(ACTOR, id)),
                        s -> s.people().list()),
                new Case<>("demand", demand, demand.withStatus(DemandStatus.ON_TABLE, t.apply(31)),
                        (s, x) -> s.demands().create(ACTOR, x), (s, x) -> s.demands().update(ACTOR, x),
                        (s, id) -> s.demands().find(id), (s, id) -> run(() -> s.demands().delete(ACTOR, id)),
                        s -> s.demands().list()),
                new Case<>("proposal", proposal, new Proposal(proposal.id(), proposal.demandId(), Side.THEIRS,
                        LocalDate.of(2026, 3, 4), f.session.id(), ProposalKind.PACKAGE, "2.5% per year", "Full text",
                        proposal.createdAt(), t.apply(31)),
                        (s, x) -> s.demands().create(ACTOR, x), (s, x) -> s.demands().update(ACTOR, x),
                        (s, id) -> s.demands().findProposal(id), (s, id) -> run(() -> s.demands().deleteProposal(ACTOR, id)),
                        s -> s.demands().proposals()),
                new Case<>("table session", session, new TableSession(session.id(), session.date(), LocalTime.of(13, 0),
                        LocalTime.of(15, 30, 10), "Union hall", List.of(f.lee.id(), f.sam.id(), f.dana.id()), "Counters",
                        session.createdAt(), t.apply(31)),
                        (s, x) -> s.sessions().create(ACTOR, x), (s, x) -> s.sessions().update(ACTOR, x),
                        (s, id) -> s.sessions().find(id), (s, id) -> run(() -> s.sessions().delete(ACTOR, id)),
                        s -> s.sessions().list()),
                new Case<>("sidebar", sidebar, new Sidebar(sidebar.id(), sidebar.purpose(), Side.OURS,
                        sidebar.suggestedAt(), t.apply(31), t.apply(32), RepsChosenBy.CHIEF_ALONE, "Say", "Do not say",
                        GroundRuleStatus.REFUSED, GroundRuleStatus.AGREED, GroundRuleStatus.UNDECIDED, t.apply(33),
                        t.apply(34), null, "Room 2", List.of(f.sam.id(), f.dana.id()), List.of(f.schedule.id(),
                                f.wages.id()), "Notes", sidebar.createdAt(), t.apply(34)),
                        (s, x) -> s.sidebars().create(ACTOR, x), (s, x) -> s.sidebars().update(ACTOR, x),
                        (s, id) -> s.sidebars().find(id), (s, id) -> run(() -> s.sidebars().delete(ACTOR, id)),
                        s -> s.sidebars().list()),
                new Case<>("sidebar topic", topic, new SidebarTopic(topic.id(), topic.sidebarId(), topic.demandId(),
                        "Ours", "Theirs", "Maybe", CommitteeDecision.DEFER, "Wait", t.apply(31), topic.createdAt(),
                        t.apply(31)),
                        (s, x) -> s.sidebars().create(ACTOR, x), (s, x) -> s.sidebars().update(ACTOR, x),
                        (s, id) -> s.sidebars().findTopic(id), (s, id) -> run(() -> s.sidebars().deleteTopic(ACTOR, id)),
                        s -> s.sidebars().topicsOf(f.sidebar.id())),
                new Case<>("report-back", reportBack, new ReportBack(reportBack.id(), reportBack.sidebarId(),
                        t.apply(41), f.sam.id(), true, "All of it", reportBack.createdAt(), t.apply(41)),
                        (s, x) -> {
                            // A second ended sidebar to report on: the fixture's already has its report-back.
                            s.sidebars().create(ACTOR, new Sidebar("sb-2", "Second", Side.OURS, null, null, null, null,
                                    "", "", null, null, null, null, t.apply(35), t.apply(36), "", List.of(), List.of(), "",
                                    t.apply(35), t.apply(36)));
                            return s.sidebars().create(ACTOR, x);
                        },
                        (s, x) -> s.sidebars().update(ACTOR, x),
                        (s, id) -> s.sidebars().findReportBack(id),
                        (s, id) -> run(() -> s.sidebars().deleteReportBack(ACTOR, id)),
                        s -> s.sidebars().reportBacks()),
                new Case<>("sidebar start", start, start.withJoin(f.dana.id(), t.apply(41), t.apply(41))
                        .corrected(t.apply(35), "Logged late", t.apply(42)),
                        (s, x) -> s.sidebars().create(ACTOR, x), (s, x) -> s.sidebars().update(ACTOR, x),
                        (s, id) -> s.sidebars().findStart(id), (s, id) -> run(() -> s.sidebars().deleteStart(ACTOR, id)),
                        s -> s.sidebars().starts()),
                new Case<>("tentative agreement", agreement, new TentativeAgreement(agreement.id(), agreement.demandId(),
                        "Four-week rosters, posted", "Rosters posted early", TaSource.TABLE, null, agreement.reachedOn(),
                        LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10), null, f.session.id(), TaStatus.CONFIRMED,
                        agreement.createdAt(), t.apply(31)),
                        (s, x) -> s.agreements().create(ACTOR, x), (s, x) -> s.agreements().update(ACTOR, x),
                        (s, id) -> s.agreements().find(id), (s, id) -> run(() -> s.agreements().delete(ACTOR, id)),
                        s -> s.agreements().agreementsOf(f.schedule.id())),
                new Case<>("ratification", ratification, new Ratification(ratification.id(), ratification.moaDraftedOn(),
                        List.of(f.agreement.id()), LocalDate.of(2026, 4, 15), 420, 100, 300, ratification.createdAt(),
                        t.apply(31)),
                        (s, x) -> s.agreements().create(ACTOR, x), (s, x) -> s.agreements().update(ACTOR, x),
                        (s, id) -> s.agreements().findRatification(id),
                        (s, id) -> run(() -> s.agreements().deleteRatification(ACTOR, id)),
                        s -> s.agreements().ratifications()),
                new Case<>("information request", request, new InformationRequest(request.id(), Side.THEIRS,
                        request.askedOn(), "Our membership list (redacted)", LocalDate.of(2026, 3, 26),
                        LocalDate.of(2026, 3, 20), "Answered in part", request.createdAt(), t.apply(31)),
                        (s, x) -> s.informationRequests().create(ACTOR, x),
                        (s, x) -> s.informationRequests().update(ACTOR, x),
                        (s, id) -> s.informationRequests().find(id),
                        (s, id) -> run(() -> s.informationRequests().delete(ACTOR, id)),
                        s -> s.informationRequests().list()),
                new Case<>("compliance item", item, new ComplianceItem(item.id(), "Art. 9.1", f.agreement.id(),
                        "Post rosters four weeks ahead", "Nursing office", LocalDate.of(2026, 8, 1),
                        ComplianceStatus.BREACHED, LocalDate.of(2026, 8, 2), LocalDate.of(2026, 8, 5), 10,
                        item.createdAt(), t.apply(31)),
                        (s, x) -> s.compliance().create(ACTOR, x), (s, x) -> s.compliance().update(ACTOR, x),
                        (s, id) -> s.compliance().find(id), (s, id) -> run(() -> s.compliance().delete(ACTOR, id)),
                        s -> s.compliance().list()),
                new Case<>("rule acknowledgement", ack, new RuleAcknowledgement(ack.id(), ack.ruleId(), ack.subject(),
                        "fp-2", "Sam Ortiz", "Initials on paper, scanned", ack.at(), ack.createdAt(), t.apply(31)),
                        (s, x) -> s.acknowledgements().create(ACTOR, x),
                        (s, x) -> s.acknowledgements().update(ACTOR, x),
                        (s, id) -> s.acknowledgements().find(id),
                        (s, id) -> run(() -> s.acknowledgements().delete(ACTOR, id)),
                        s -> s.acknowledgements().list()));
    }

    private static final String ACTOR = "Robin Diaz";

    private static Void run(Runnable r) {
        r.run();
        return null;
    }

    @Test
    void everyKindOfRecordHasACase() {
        // The negotiation is covered by its own test below: it is created with the file, never deleted.
        assertEquals(EntityKind.values().length - 1, everyKind().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    <T extends Entity> void createReadUpdateDelete(Case<T> c) throws Exception {
        Fixtures f = new Fixtures();
        TestClock clock = new TestClock(Fixtures.at(60));
        try (TablebookStore store = TablebookStore.create(dir.resolve("round.tablebook"), f.negotiation,
                Fixtures.ACTOR, Fixtures.options(dir, clock))) {
            f.populate(store);

            assertEquals(c.created(), c.create().apply(store, c.created()));
            assertEquals(Optional.of(c.created()), c.find().apply(store, c.created().id()));
            assertTrue(c.list().apply(store).contains(c.created()));
            AuditEntry created = single(store);
            assertEquals(AuditAction.CREATE, created.action());
            assertEquals("Add " + c.created().entityKind().label().toLowerCase(), created.label());
            assertNull(created.beforeJson());
            assertEquals(c.created(), read(created.afterJson(), c.created()));

            clock.advance(java.time.Duration.ofSeconds(5));
            c.update().apply(store, c.updated());
            assertEquals(Optional.of(c.updated()), c.find().apply(store, c.created().id()));
            AuditEntry updated = single(store);
            assertEquals(AuditAction.UPDATE, updated.action());
            assertEquals(clock.instant(), updated.at());
            assertEquals(c.created(), read(updated.beforeJson(), c.created()));
            assertEquals(c.updated(), read(updated.afterJson(), c.created()));
            assertNotEquals(created.changeId(), updated.changeId());

            c.delete().apply(store, c.created().id());
            assertEquals(Optional.empty(), c.find().apply(store, c.created().id()));
            assertTrue(c.list().apply(store).stream().noneMatch(x -> x.id().equals(c.created().id())));
            AuditEntry deleted = single(store);
            assertEquals(AuditAction.DELETE, deleted.action());
            assertEquals(c.updated(), read(deleted.beforeJson(), c.created()));
            assertNull(deleted.afterJson());

            List<AuditEntry> history = store.audit().of(EntityRef.of(c.created()));
            assertEquals(List.of(created, updated, deleted), history);
            assertEquals(ACTOR, deleted.actor());
            assertEquals(c.created().id(), deleted.entityId());
            assertEquals(c.created().entityKind(), deleted.entity());
        }
    }

    @Test
    void theNegotiationIsCreatedWithTheFileAndUpdatedButNeverDeleted() throws Exception {
        Fixtures f = new Fixtures();
        TestClock clock = new TestClock(Fixtures.at(60));
        try (TablebookStore store = TablebookStore.create(dir.resolve("neg.tablebook"), f.negotiation, Fixtures.ACTOR,
                Fixtures.options(dir, clock))) {
            assertEquals(f.negotiation, store.negotiation().get());
            AuditEntry created = single(store);
            assertEquals(AuditAction.CREATE, created.action());
            assertEquals(Fixtures.ACTOR, created.actor());
            assertEquals(f.negotiation, Json.mapper().readValue(created.afterJson(), Negotiation.class));

            Negotiation changed = new Negotiation(f.negotiation.id(), "Riverside 2026-2029", f.negotiation.kind(),
                    "Local 7", "Riverside Health", "All RNs", f.negotiation.startedOn(), f.negotiation.contractExpiresOn(),
                    f.negotiation.newDemandDeadline(), java.time.LocalDate.of(2026, 4, 30),
                    java.time.LocalDate.of(2026, 5, 30), RuleSettings.DEFAULTS, f.negotiation.createdAt(), Fixtures.at(61));
            store.negotiation().update(ACTOR, changed);
            assertEquals(changed, store.negotiation().get());
            assertEquals(Optional.of(changed), store.negotiation().find(f.negotiation.id()));
            AuditEntry updated = single(store);
            assertEquals(f.negotiation, Json.mapper().readValue(updated.beforeJson(), Negotiation.class));
            assertEquals(changed, Json.mapper().readValue(updated.afterJson(), Negotiation.class));

            ValidationException e = assertThrows(ValidationException.class, () -> store.write(ACTOR, "Delete",
                    w -> run(() -> w.delete(EntityRef.of(changed)))));
            assertEquals("The negotiation is the file itself and cannot be deleted; to discard it, delete the file.",
                    e.getMessage());
            assertEquals(List.of(changed), store.negotiation().list());
        }
    }

    /** The rows of the latest action, which must be exactly one. */
    private static AuditEntry single(TablebookStore store) {
        List<AuditEntry> rows = store.audit().latestChange();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(rows, store.audit().change(rows.get(0).changeId()));
        return rows.get(0);
    }

    private static Object read(String json, Entity like) throws Exception {
        return Json.mapper().readValue(json, like.getClass());
    }
}
