package org.tablebook.domain.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.sample.StressNegotiation.Delete;
import org.tablebook.domain.sample.StressNegotiation.Edit;
import org.tablebook.domain.sample.StressNegotiation.Insert;
import org.tablebook.domain.sample.StressNegotiation.Op;
import org.tablebook.domain.sample.StressNegotiation.Size;
import org.tablebook.domain.sample.StressNegotiation.Update;
import org.tablebook.rules.RulesEngine;

class StressNegotiationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T22:00:00Z"), ZoneId.of("America/Chicago"));
    private static final Size SMALL = new Size(20, 60, 300, 10, 40, 40);

    @Test
    void theFullSizeHasTheCountsOfTheBenchmarksAndIsConsistent() {
        NegotiationSnapshot s = StressNegotiation.build(1127, CLOCK);
        assertEquals(200, s.people().size());
        assertEquals(2_000, s.demands().size());
        assertEquals(20_000, s.proposals().size());
        assertEquals(300, s.sessions().size());
        assertEquals(1_000, s.sidebars().size());
        assertEquals(1_500, s.agreements().size());
        assertTrue(s.topics().size() >= 1_000, "every ended sidebar has topics: " + s.topics().size());
        assertTrue(s.reportBacks().size() >= 800, "most sidebars are reported back: " + s.reportBacks().size());
        s.checkConsistency();
        assertInCreationOrder(s);
        assertTrue(s.entities().count() > 27_000);
    }

    @Test
    void theSameSeedGivesTheSameNegotiationAndAnotherSeedAnother() {
        NegotiationSnapshot a = StressNegotiation.build(7, SMALL, CLOCK);
        assertEquals(a, StressNegotiation.build(7, SMALL, CLOCK));
        assertEquals(a.demands().get(0).id(), StressNegotiation.build(7, SMALL, CLOCK).demands().get(0).id());
        assertNotEquals(a, StressNegotiation.build(8, SMALL, CLOCK));
    }

    @Test
    void theRulesHaveSomethingToSayAboutIt() {
        NegotiationSnapshot s = StressNegotiation.build(3, SMALL, CLOCK);
        var ids = RulesEngine.standard().evaluate(s, CLOCK).stream().map(f -> f.ruleId()).distinct().count();
        assertTrue(ids >= 8, "findings of " + ids + " rules");
    }

    /** Thousands of edits, each checked against the records as they stand: every one valid, the whole consistent. */
    @Test
    void everyEditIsValidAgainstTheRecordsAsTheyStand() {
        long seed = 11;
        NegotiationSnapshot start = StressNegotiation.build(seed, SMALL, CLOCK);
        Map<EntityRef, Entity> records = StressNegotiation.apply(start, List.of());
        Map<String, Integer> labels = new HashMap<>();
        Iterator<Edit> edits = StressNegotiation.edits(start, seed + 1, CLOCK);
        List<Edit> all = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Edit edit = edits.next();
            all.add(edit);
            assertTrue(!edit.ops().isEmpty(), "seed " + seed + ", edit " + i);
            labels.merge(edit.label().split(" ")[0], 1, Integer::sum);
            for (Op op : edit.ops()) {
                if (op instanceof Insert in) {
                    assertTrue(records.put(EntityRef.of(in.record()), in.record()) == null, "a new id: " + edit);
                } else if (op instanceof Update up) {
                    Entity before = records.put(EntityRef.of(up.record()), up.record());
                    assertTrue(before != null && !before.equals(up.record()), "an update changes its record: " + edit);
                    assertEquals(before.createdAt(), up.record().createdAt());
                } else if (op instanceof Delete del) {
                    assertTrue(records.remove(del.ref()) != null, "a delete removes a record: " + edit);
                }
            }
            if (i % 500 == 499) {
                snapshotOf(records).checkConsistency();
            }
        }
        assertEquals(records, StressNegotiation.apply(start, all));
        assertTrue(labels.keySet().containsAll(List.of("Log", "Delete", "Correct", "Edit", "Mark", "Record",
                "Report", "Instruct")), "every kind of action comes up: " + labels);
        Iterator<Edit> again = StressNegotiation.edits(start, seed + 1, CLOCK);
        for (Edit edit : all.subList(0, 100)) {
            assertEquals(edit, again.next(), "the stream is the same for the same seed");
        }
    }

    /** A snapshot of the records, each kind in creation order. */
    static NegotiationSnapshot snapshotOf(Map<EntityRef, Entity> records) {
        Map<EntityKind, List<Entity>> byKind = new EnumMap<>(EntityKind.class);
        records.values().stream().sorted(Comparator.comparing(Entity::createdAt))
                .forEach(e -> byKind.computeIfAbsent(e.entityKind(), k -> new ArrayList<>()).add(e));
        return new NegotiationSnapshot((Negotiation) byKind.get(EntityKind.NEGOTIATION).get(0),
                of(byKind, EntityKind.PERSON, Person.class), of(byKind, EntityKind.DEMAND, Demand.class),
                of(byKind, EntityKind.PROPOSAL, Proposal.class), of(byKind, EntityKind.TABLE_SESSION, TableSession.class),
                of(byKind, EntityKind.SIDEBAR, Sidebar.class), of(byKind, EntityKind.SIDEBAR_TOPIC, SidebarTopic.class),
                of(byKind, EntityKind.REPORT_BACK, ReportBack.class),
                of(byKind, EntityKind.TENTATIVE_AGREEMENT, TentativeAgreement.class),
                of(byKind, EntityKind.RATIFICATION, Ratification.class),
                of(byKind, EntityKind.INFORMATION_REQUEST, InformationRequest.class),
                of(byKind, EntityKind.COMPLIANCE_ITEM, ComplianceItem.class),
                of(byKind, EntityKind.RULE_ACKNOWLEDGEMENT, RuleAcknowledgement.class));
    }

    private static <T> List<T> of(Map<EntityKind, List<Entity>> byKind, EntityKind kind, Class<T> type) {
        return byKind.getOrDefault(kind, List.of()).stream().map(type::cast).toList();
    }

    private static void assertInCreationOrder(NegotiationSnapshot s) {
        for (List<? extends Entity> list : List.of(s.people(), s.demands(), s.proposals(), s.sessions(), s.sidebars(),
                s.topics(), s.reportBacks(), s.agreements())) {
            for (int i = 1; i < list.size(); i++) {
                assertTrue(!list.get(i).createdAt().isBefore(list.get(i - 1).createdAt()));
            }
        }
    }
}
