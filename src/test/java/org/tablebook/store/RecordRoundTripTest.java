package org.tablebook.store;

import org.tablebook.testing.MutableClock;
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
import org.tablebook.domain.ContractSection;
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
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.ValidationException;

/**
 * Every kind of record, written through the one write path and read back through the snapshot, against a real file: create, read back, update,
 * read back, delete, and the audit rows of each step read back into the records.
 */
class RecordRoundTripTest {
    @TempDir
    Path dir;

    /** One kind of record: as created, as changed, and what must be in the file before it. */
    record Case<T extends Entity>(String name, T created, T updated, List<Entity> before) {
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
        ContractSection section = new ContractSection("cs-new", "9", "Scheduling", "9.1", "Posting",
                "Schedules are posted two weeks ahead.", 3, t.apply(30), t.apply(30));
        ContractSection added = new ContractSection("cs-added", "30", "Remote work", "", "", null, 40, t.apply(29),
                t.apply(29));
        SectionLanguage language = SectionLanguage.proposed("sl-new", added.id(), f.proposal,
                "Remote work is allowed.", t.apply(30));
        org.tablebook.domain.CostingBaseline baseline = new org.tablebook.domain.CostingBaseline("cb-new", "USD",
                LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30), new java.math.BigDecimal("7.65"), t.apply(30),
                t.apply(30));
        org.tablebook.domain.Classification cls = new org.tablebook.domain.Classification("cl-new", "Porter", 12,
                org.tablebook.domain.PayBasis.HOURLY, new java.math.BigDecimal("17.10"), new java.math.BigDecimal("2080"),
                java.math.BigDecimal.ZERO, new java.math.BigDecimal("1.5"), java.math.BigDecimal.ZERO,
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO,
                t.apply(30), t.apply(30));
        org.tablebook.domain.CostItem costItem = new org.tablebook.domain.CostItem("ci-new", f.proposal.id(),
                org.tablebook.domain.CostItemKind.LUMP_SUM, null, new java.math.BigDecimal("500"),
                LocalDate.of(2026, 7, 1), "", t.apply(30), t.apply(30));
        return Stream.of(
                new Case<>("contract section", section, new ContractSection(section.id(), "9", "Scheduling", "9.1",
                        "Posting of schedules", "Schedules are posted four weeks ahead.", 4, section.createdAt(),
                        t.apply(31)), List.of()),
                new Case<>("section language", language, language.withText("Remote work is allowed two days a week.",
                        t.apply(31)), List.of(added)),
                new Case<>("costing baseline", baseline, new org.tablebook.domain.CostingBaseline(baseline.id(), "CAD",
                        baseline.termStart(), LocalDate.of(2030, 6, 30), new java.math.BigDecimal("8.00"),
                        baseline.createdAt(), t.apply(31)), List.of()),
                new Case<>("classification", cls, new org.tablebook.domain.Classification(cls.id(), "Porter II", 14,
                        org.tablebook.domain.PayBasis.ANNUAL, new java.math.BigDecimal("41000.00"), cls.standardHours(),
                        new java.math.BigDecimal("20"), cls.overtimeMultiplier(), new java.math.BigDecimal("300"),
                        new java.math.BigDecimal("1.25"), new java.math.BigDecimal("9600"), new java.math.BigDecimal("80"),
                        new java.math.BigDecimal("4"), cls.createdAt(), t.apply(31)), List.of()),
                new Case<>("costing item", costItem, new org.tablebook.domain.CostItem(costItem.id(), costItem.proposalId(),
                        org.tablebook.domain.CostItemKind.ACROSS_THE_BOARD_PERCENT, null, new java.math.BigDecimal("3"),
                        LocalDate.of(2027, 7, 1), "Year 2", costItem.createdAt(), t.apply(31)), List.of()),
                new Case<>("person", person, new Person(person.id(), "Jo Kim-Lee", Side.THEIRS, PersonRole.DECISION_MAKER,
                        true, false, person.createdAt(), t.apply(31)), List.of()),
                new Case<>("demand", demand, demand.withStatus(DemandStatus.ON_TABLE, t.apply(31)), List.of()),
                new Case<>("proposal", proposal, new Proposal(proposal.id(), proposal.demandId(), Side.THEIRS,
                        LocalDate.of(2026, 3, 4), f.session.id(), ProposalKind.PACKAGE, "2.5% per year", "Full text",
                        proposal.createdAt(), t.apply(31)), List.of()),
                new Case<>("table session", session, new TableSession(session.id(), session.date(), LocalTime.of(13, 0),
                        LocalTime.of(15, 30, 10), "Union hall", List.of(f.lee.id(), f.sam.id(), f.dana.id()), "Counters",
                        session.createdAt(), t.apply(31)), List.of()),
                new Case<>("sidebar", sidebar, new Sidebar(sidebar.id(), sidebar.purpose(), Side.OURS,
                        sidebar.suggestedAt(), t.apply(31), t.apply(32), RepsChosenBy.CHIEF_ALONE, "Say", "Do not say",
                        GroundRuleStatus.REFUSED, GroundRuleStatus.AGREED, GroundRuleStatus.UNDECIDED, t.apply(33),
                        t.apply(34), null, "Room 2", List.of(f.sam.id(), f.dana.id()), List.of(f.schedule.id(),
                                f.wages.id()), "Notes", sidebar.createdAt(), t.apply(34)), List.of()),
                new Case<>("sidebar topic", topic, new SidebarTopic(topic.id(), topic.sidebarId(), topic.demandId(),
                        "Ours", "Theirs", "Maybe", CommitteeDecision.DEFER, "Wait", t.apply(31), topic.createdAt(),
                        t.apply(31)), List.of()),
                new Case<>("report-back", reportBack, new ReportBack(reportBack.id(), reportBack.sidebarId(),
                        t.apply(41), f.sam.id(), true, "All of it", reportBack.createdAt(), t.apply(41)),
                        // A second ended sidebar to report on: the fixture's already has its report-back.
                        List.of(new Sidebar("sb-2", "Second", Side.OURS, null, null, null, null,
                                    "", "", null, null, null, null, t.apply(35), t.apply(36), "", List.of(), List.of(), "",
                                    t.apply(35), t.apply(36)))),
                new Case<>("sidebar start", start, start.withJoin(f.dana.id(), t.apply(41), t.apply(41))
                        .corrected(t.apply(35), "Logged late", t.apply(42)), List.of()),
                new Case<>("tentative agreement", agreement, new TentativeAgreement(agreement.id(), agreement.demandId(),
                        "Four-week rosters, posted", "Rosters posted early", TaSource.TABLE, null, agreement.reachedOn(),
                        LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10), null, f.session.id(), TaStatus.CONFIRMED,
                        agreement.createdAt(), t.apply(31)), List.of()),
                new Case<>("ratification", ratification, new Ratification(ratification.id(), ratification.moaDraftedOn(),
                        List.of(f.agreement.id()), LocalDate.of(2026, 4, 15), 420, 100, 300, ratification.createdAt(),
                        t.apply(31)), List.of()),
                new Case<>("information request", request, new InformationRequest(request.id(), Side.THEIRS,
                        request.askedOn(), "Our membership list (redacted)", LocalDate.of(2026, 3, 26),
                        LocalDate.of(2026, 3, 20), "Answered in part", request.createdAt(), t.apply(31)), List.of()),
                new Case<>("compliance item", item, new ComplianceItem(item.id(), "Art. 9.1", f.agreement.id(),
                        "Post rosters four weeks ahead", "Nursing office", LocalDate.of(2026, 8, 1),
                        ComplianceStatus.BREACHED, LocalDate.of(2026, 8, 2), LocalDate.of(2026, 8, 5), 10,
                        item.createdAt(), t.apply(31)), List.of()),
                new Case<>("rule acknowledgement", ack, new RuleAcknowledgement(ack.id(), ack.ruleId(), ack.subject(),
                        "fp-2", "Sam Ortiz", "Initials on paper, scanned", ack.at(), ack.createdAt(), t.apply(31)), List.of()));
    }

    private static final String ACTOR = "Robin Diaz";

    /** One action that writes {@code work}, labelled as the app would label it. */
    private static void write(TablebookStore store, String verb, Entity e, java.util.function.Consumer<Changes> work) {
        store.write(ACTOR, verb + " " + e.entityKind().label().toLowerCase(), w -> {
            work.accept(w);
            return null;
        });
    }

    /** The record as the file holds it now, read through the snapshot as the app reads it. */
    private static Optional<Entity> find(TablebookStore store, Entity e) {
        return store.loadSnapshot().find(EntityRef.of(e));
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
        MutableClock clock = new MutableClock(Fixtures.at(60));
        try (TablebookStore store = TablebookStore.create(dir.resolve("round.tablebook"), f.negotiation,
                Fixtures.ACTOR, Fixtures.options(dir, clock))) {
            f.populate(store);

            c.before().forEach(e -> write(store, "Add", e, w -> w.insert(e)));
            write(store, "Add", c.created(), w -> w.insert(c.created()));
            assertEquals(Optional.of(c.created()), find(store, c.created()));
            assertTrue(store.loadSnapshot().entities().anyMatch(c.created()::equals));
            AuditEntry created = single(store);
            assertEquals(AuditAction.CREATE, created.action());
            assertEquals("Add " + c.created().entityKind().label().toLowerCase(), created.label());
            assertNull(created.beforeJson());
            assertEquals(c.created(), read(created.afterJson(), c.created()));

            clock.advance(java.time.Duration.ofSeconds(5));
            write(store, "Change", c.updated(), w -> w.update(c.updated()));
            assertEquals(Optional.of(c.updated()), find(store, c.created()));
            AuditEntry updated = single(store);
            assertEquals(AuditAction.UPDATE, updated.action());
            assertEquals(clock.instant(), updated.at());
            assertEquals(c.created(), read(updated.beforeJson(), c.created()));
            assertEquals(c.updated(), read(updated.afterJson(), c.created()));
            assertNotEquals(created.changeId(), updated.changeId());

            write(store, "Delete", c.created(), w -> w.delete(EntityRef.of(c.created())));
            assertEquals(Optional.empty(), find(store, c.created()));
            assertTrue(store.loadSnapshot().entities().noneMatch(x -> x.id().equals(c.created().id())));
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
        MutableClock clock = new MutableClock(Fixtures.at(60));
        try (TablebookStore store = TablebookStore.create(dir.resolve("neg.tablebook"), f.negotiation, Fixtures.ACTOR,
                Fixtures.options(dir, clock))) {
            assertEquals(f.negotiation, store.loadSnapshot().negotiation());
            AuditEntry created = single(store);
            assertEquals(AuditAction.CREATE, created.action());
            assertEquals(Fixtures.ACTOR, created.actor());
            assertEquals(f.negotiation, Json.mapper().readValue(created.afterJson(), Negotiation.class));

            Negotiation changed = new Negotiation(f.negotiation.id(), "Riverside 2026-2029", f.negotiation.kind(),
                    "Local 7", "Riverside Health", "All RNs", f.negotiation.startedOn(), f.negotiation.contractExpiresOn(),
                    f.negotiation.newDemandDeadline(), java.time.LocalDate.of(2026, 4, 30),
                    java.time.LocalDate.of(2026, 5, 30), RuleSettings.DEFAULTS, f.negotiation.createdAt(), Fixtures.at(61));
            write(store, "Change", changed, w -> w.update(changed));
            assertEquals(changed, store.loadSnapshot().negotiation());
            AuditEntry updated = single(store);
            assertEquals(f.negotiation, Json.mapper().readValue(updated.beforeJson(), Negotiation.class));
            assertEquals(changed, Json.mapper().readValue(updated.afterJson(), Negotiation.class));

            ValidationException e = assertThrows(ValidationException.class, () -> store.write(ACTOR, "Delete",
                    w -> {
                        w.delete(EntityRef.of(changed));
                        return null;
                    }));
            assertEquals("The negotiation is the file itself and cannot be deleted; to discard it, delete the file.",
                    e.getMessage());
            assertEquals(changed, store.loadSnapshot().negotiation());
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
