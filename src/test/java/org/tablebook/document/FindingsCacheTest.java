package org.tablebook.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RowChange;
import org.tablebook.domain.sample.StressNegotiation;
import org.tablebook.domain.sample.StressNegotiation.Edit;
import org.tablebook.domain.sample.StressNegotiation.Op;
import org.tablebook.domain.sample.StressNegotiation.Size;
import org.tablebook.rules.Rule;
import org.tablebook.rules.RulesEngine;
import org.tablebook.testing.RandomSnapshots;
import org.tablebook.testing.RandomSnapshots.Sample;

/** Findings worked out incrementally equal the engine's full evaluation, whatever the actions and the clock do. */
class FindingsCacheTest {
    private final RulesEngine engine = RulesEngine.standard();

    @Test
    void onGeneratedNegotiationsEveryActionGivesTheFindingsOfAFullEvaluation() {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            Size size = new Size(12 + random.nextInt(20), 10 + random.nextInt(40), 60 + random.nextInt(200),
                    3 + random.nextInt(10), 4 + random.nextInt(30), 4 + random.nextInt(20));
            Clock start = Clock.fixed(Instant.parse("2026-05-04T22:00:00Z").plus(Duration.ofHours(random.nextInt(500))),
                    ZoneId.of(random.nextBoolean() ? "America/Chicago" : "Europe/Berlin"));
            NegotiationSnapshot snapshot = StressNegotiation.build(seed, size, start);
            Iterator<Edit> edits = StressNegotiation.edits(snapshot, seed * 31, start);
            FindingsCache cache = new FindingsCache(engine);
            Instant now = start.instant();
            for (int i = 0; i < 80; i++) {
                Clock clock = Clock.fixed(now, start.getZone());
                assertEquals(engine.evaluateWithAcknowledgements(snapshot, clock), cache.evaluate(snapshot, clock),
                        "seed " + seed + ", step " + i);
                if (random.nextInt(4) == 0) {
                    now = now.plus(Duration.ofMinutes(random.nextInt(3) * (random.nextBoolean() ? 1 : 90)));
                } else {
                    snapshot = apply(snapshot, edits.next());
                }
            }
        }
    }

    @Test
    void onRandomNegotiationsDeletingPuttingBackAndTimePassingGiveTheFindingsOfAFullEvaluation() {
        for (long seed = 1; seed <= 100; seed++) {
            Sample sample = RandomSnapshots.generate(seed);
            Random random = new Random(seed);
            NegotiationSnapshot snapshot = sample.snapshot();
            FindingsCache cache = new FindingsCache(engine);
            Deque<Entity> deleted = new ArrayDeque<>();
            Instant now = sample.clock().instant();
            for (int i = 0; i < 25; i++) {
                Clock clock = Clock.fixed(now, sample.clock().getZone());
                assertEquals(engine.evaluateWithAcknowledgements(snapshot, clock), cache.evaluate(snapshot, clock),
                        sample + ", step " + i);
                int roll = random.nextInt(10);
                if (roll < 4) {
                    List<Entity> leaves = unreferenced(snapshot);
                    if (!leaves.isEmpty()) {
                        Entity gone = leaves.get(random.nextInt(leaves.size()));
                        deleted.push(gone);
                        snapshot = snapshot.with(List.of(RowChange.deleted(gone))).orElseThrow();
                    }
                } else if (roll < 7 && !deleted.isEmpty()) {
                    snapshot = snapshot.with(List.of(RowChange.created(deleted.pop()))).orElseThrow();
                } else if (roll < 8) {
                    // Another negotiation altogether: nothing of the last one may linger.
                    Sample other = RandomSnapshots.generate(seed * 1000 + i);
                    snapshot = other.snapshot();
                    deleted.clear();
                } else {
                    now = now.plus(Duration.ofMinutes(random.nextInt(3) == 0 ? 0 : random.nextInt(60 * 50)));
                }
            }
        }
    }

    @Test
    void anActionReRunsOnlyTheRulesThatReadWhatItWroteAndTheTickOnlyTheTimeBasedOnes() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-04T22:00:00Z"), ZoneId.of("America/Chicago"));
        NegotiationSnapshot snapshot = StressNegotiation.build(9, new Size(20, 30, 120, 6, 12, 10), clock);
        FindingsCache cache = new FindingsCache(engine);
        cache.evaluate(snapshot, clock);
        int applicable = (int) engine.rules().stream().filter(r -> r.appliesTo(snapshot.negotiation())).count();
        assertEquals(applicable, cache.lastReruns());

        cache.evaluate(snapshot, clock);
        assertEquals(0, cache.lastReruns(), "nothing changed");

        Clock later = Clock.offset(clock, Duration.ofMinutes(1));
        cache.evaluate(snapshot, Clock.fixed(later.instant(), later.getZone()));
        long timeBased = engine.rules().stream().filter(r -> r.appliesTo(snapshot.negotiation()))
                .filter(Rule::timeBased).count();
        assertEquals(timeBased, cache.lastReruns(), "a minute later only the time-based rules run");

        Entity leaf = snapshot.acknowledgements().isEmpty() ? unreferenced(snapshot).get(0)
                : snapshot.acknowledgements().get(0);
        NegotiationSnapshot after = snapshot.with(List.of(RowChange.deleted(leaf))).orElseThrow();
        cache.evaluate(after, Clock.fixed(later.instant(), later.getZone()));
        long reading = engine.rules().stream().filter(r -> r.appliesTo(after.negotiation()))
                .filter(r -> r.reads().contains(leaf.entityKind())).count();
        assertEquals(reading, cache.lastReruns(), "only the rules reading " + leaf.entityKind());
        assertTrue(reading < applicable);
    }

    private static NegotiationSnapshot apply(NegotiationSnapshot snapshot, Edit edit) {
        List<RowChange> changes = new ArrayList<>();
        NegotiationSnapshot now = snapshot;
        for (Op op : edit.ops()) {
            RowChange change;
            if (op instanceof StressNegotiation.Insert i) {
                change = RowChange.created(i.record());
            } else if (op instanceof StressNegotiation.Update u) {
                change = RowChange.updated(now.find(org.tablebook.domain.EntityRef.of(u.record())).orElseThrow(),
                        u.record());
            } else {
                change = RowChange.deleted(now.find(((StressNegotiation.Delete) op).ref()).orElseThrow());
            }
            changes.add(change);
            now = now.with(List.of(change)).orElseThrow();
        }
        return snapshot.with(changes).orElseThrow();
    }

    /** Records no other record points at: deleting one keeps the negotiation whole. */
    private static List<Entity> unreferenced(NegotiationSnapshot snapshot) {
        List<String> others = snapshot.entities().map(Object::toString).toList();
        return snapshot.entities().filter(e -> e.entityKind() != EntityKind.NEGOTIATION)
                .filter(e -> others.stream().filter(t -> t.contains(e.id())).count() == 1)
                .toList();
    }
}
