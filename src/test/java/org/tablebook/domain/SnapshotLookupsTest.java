package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tablebook.testing.RandomSnapshots;

/**
 * A snapshot's lookups (a record by its id, the passes on a demand, a sidebar's topics, start and
 * report-back...) give what a plain scan of its lists gives: on generated negotiations, and on
 * snapshots made from them by {@link NegotiationSnapshot#with}, which share the lookups of the
 * lists no change touched, whether those were built before the change or not.
 */
class SnapshotLookupsTest {
    private static final int SEEDS = 300;

    @Test
    void everyLookupGivesWhatAScanGives() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            NegotiationSnapshot snapshot = RandomSnapshots.generate(seed).snapshot();
            assertLookups(snapshot, "seed " + seed);
        }
    }

    @Test
    void aChangedSnapshotsLookupsAreItsOwnAndTheFirstOnesStayAsTheyWere() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed);
            NegotiationSnapshot before = RandomSnapshots.generate(seed).snapshot();
            if (random.nextBoolean()) {
                // Built before the change: the changed snapshot shares what it can of them.
                assertLookups(before, "seed " + seed + ", before");
            }
            NegotiationSnapshot after = before.with(changes(before, random)).orElseThrow();
            assertLookups(after, "seed " + seed + ", after");
            assertLookups(before, "seed " + seed + ", before, once changed");
        }
    }

    /** Some records of a few kinds deleted, some changed, one created, as an action writes them. */
    private static List<RowChange> changes(NegotiationSnapshot s, Random random) {
        List<RowChange> changes = new ArrayList<>();
        for (EntityKind kind : List.of(EntityKind.PROPOSAL, EntityKind.SIDEBAR_START, EntityKind.SIDEBAR_TOPIC,
                EntityKind.TENTATIVE_AGREEMENT, EntityKind.REPORT_BACK, EntityKind.SECTION_LANGUAGE)) {
            List<? extends Entity> records = s.recordsOf(kind);
            if (!records.isEmpty() && random.nextInt(3) > 0) {
                changes.add(RowChange.deleted(records.get(random.nextInt(records.size()))));
            }
        }
        if (!s.proposals().isEmpty()) {
            Proposal p = s.proposals().get(random.nextInt(s.proposals().size()));
            if (changes.stream().noneMatch(c -> c.ref().equals(EntityRef.of(p)))) {
                Proposal moved = new Proposal(p.id(), p.demandId(), p.side(), p.passedOn().minusDays(random.nextInt(9)),
                        p.sessionId(), p.kind(), p.summary(), p.text(), p.createdAt(), p.updatedAt().plusSeconds(1));
                changes.add(RowChange.updated(p, moved));
            }
            Proposal copy = new Proposal("new-pass-" + random.nextInt(1000), p.demandId(), p.side(), p.passedOn(),
                    p.sessionId(), p.kind(), p.summary(), p.text(), p.createdAt(), p.updatedAt());
            changes.add(RowChange.created(copy));
        }
        return changes;
    }

    private static void assertLookups(NegotiationSnapshot s, String where) {
        List<String> ids = new ArrayList<>();
        s.entities().forEach(e -> ids.add(e.id()));
        ids.add("not-in-this-negotiation");
        for (String id : ids) {
            assertEquals(first(s.people(), p -> p.id().equals(id)), s.person(id), where);
            assertEquals(first(s.demands(), d -> d.id().equals(id)), s.demand(id), where);
            assertEquals(first(s.sessions(), x -> x.id().equals(id)), s.session(id), where);
            assertEquals(first(s.sidebars(), x -> x.id().equals(id)), s.sidebar(id), where);
            assertEquals(first(s.agreements(), x -> x.id().equals(id)), s.agreement(id), where);
            assertEquals(first(s.proposals(), x -> x.id().equals(id)), s.proposal(id), where);
            assertEquals(first(s.classifications(), x -> x.id().equals(id)), s.classification(id), where);
            assertEquals(first(s.contractSections(), x -> x.id().equals(id)), s.contractSection(id), where);
            assertEquals(all(s.costItems(), c -> c.proposalId().equals(id)), s.costItemsOf(id), where);
            assertEquals(all(s.proposals(), p -> p.demandId().equals(id)).stream()
                    .sorted(Comparator.comparing(Proposal::passedOn).thenComparing(Proposal::createdAt)).toList(),
                    s.proposalsOf(id), where);
            assertEquals(all(s.topics(), t -> t.sidebarId().equals(id)), s.topicsOf(id), where);
            assertEquals(first(s.reportBacks(), r -> r.sidebarId().equals(id)), s.reportBackOf(id), where);
            assertEquals(first(s.starts(), st -> st.sidebarId().equals(id)), s.startOf(id), where);
            assertEquals(all(s.agreements(), a -> a.demandId().equals(id)), s.agreementsOf(id), where);
            assertEquals(all(s.sectionLanguage(), l -> l.demandId().equals(id)), s.languageOf(id), where);
        }
        assertEquals(s.contractSections().stream().sorted(Comparator.comparingInt(ContractSection::position))
                .toList(), s.contract(), where);
        s.entities().forEach(e -> assertEquals(
                s.entities().filter(x -> EntityRef.of(x).equals(EntityRef.of(e))).findFirst(),
                s.find(EntityRef.of(e)), where));
    }

    private static <T> Optional<T> first(List<T> list, java.util.function.Predicate<T> which) {
        return list.stream().filter(which).findFirst();
    }

    private static <T> List<T> all(List<T> list, java.util.function.Predicate<T> which) {
        return list.stream().filter(which).toList();
    }
}
