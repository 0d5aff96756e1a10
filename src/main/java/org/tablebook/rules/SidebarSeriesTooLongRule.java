package org.tablebook.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TableSession;

/**
 * SIDEBAR_SERIES_TOO_LONG (WARNING): for each demand, the sidebars on it (on their agenda or with
 * a topic on it) that have started, ordered by start. Consecutive ones belong to one series unless
 * a table session was held between them: it starts no earlier than the earlier sidebar ended (now,
 * if it is still running) and ends no later than the later one started. A session with no times
 * recorded is taken as lasting its whole day. A series of at least two sidebars whose span, from
 * the first start to the last end (now for one still running), is longer than {@code
 * seriesSpanDays} times 24 hours gives one finding, about its latest sidebar. A single long
 * sidebar is SIDEBAR_TOO_LONG's business, not a series.
 *
 * <p>Time: instants and a duration. A session's date and times are read in the negotiation's zone
 * to place it in time, so a 10:00-12:00 session between a morning and an afternoon sidebar of the
 * same day does break the series.
 */
public final class SidebarSeriesTooLongRule extends AbstractRule {
    public static final String ID = "SIDEBAR_SERIES_TOO_LONG";

    private static final Comparator<Sidebar> BY_START =
            Comparator.comparing(Sidebar::startedAt).thenComparing(Sidebar::id);

    public SidebarSeriesTooLongRule() {
        super(ID, Severity.WARNING, Sources.OFF_THE_RECORD_GUIDE);
    }

    /** When a session started and ended, as instants in the given zone. */
    record Held(Instant start, Instant end) {
        static Held of(TableSession session, ZoneId zone) {
            if (session.start() == null) {
                return new Held(session.date().atStartOfDay(zone).toInstant(),
                        session.date().plusDays(1).atStartOfDay(zone).toInstant());
            }
            LocalTime end = session.end() == null ? session.start() : session.end();
            return new Held(session.date().atTime(session.start()).atZone(zone).toInstant(),
                    session.date().atTime(end).atZone(zone).toInstant());
        }
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        Duration limit = Duration.ofDays(settings.seriesSpanDays());
        HeldSessions sessions = new HeldSessions(snapshot.sessions().stream().map(s -> Held.of(s, now.zone())).toList());
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Set<Sidebar>> entry : startedSidebarsByDemand(snapshot).entrySet()) {
            List<Sidebar> ordered = entry.getValue().stream().sorted(BY_START).toList();
            List<Sidebar> run = new ArrayList<>();
            for (Sidebar sidebar : ordered) {
                if (!run.isEmpty() && sessions.heldBetween(endOf(run.get(run.size() - 1), now), sidebar.startedAt())) {
                    seriesFinding(snapshot, entry.getKey(), run, limit, now).ifPresent(findings::add);
                    run = new ArrayList<>();
                }
                run.add(sidebar);
            }
            seriesFinding(snapshot, entry.getKey(), run, limit, now).ifPresent(findings::add);
        }
        return findings;
    }

    private static Instant endOf(Sidebar sidebar, Now now) {
        return sidebar.endedAt() != null ? sidebar.endedAt() : now.instant();
    }

    /** Sidebars that have started, per demand id (each sidebar once: a record is compared by identity, not field by field). */
    private static Map<String, Set<Sidebar>> startedSidebarsByDemand(NegotiationSnapshot snapshot) {
        Map<String, Set<Sidebar>> byDemand = new LinkedHashMap<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.startedAt() != null) {
                for (String demandId : sidebar.agendaDemandIds()) {
                    byDemand.computeIfAbsent(demandId, d -> identitySet()).add(sidebar);
                }
            }
        }
        for (SidebarTopic topic : snapshot.topics()) {
            snapshot.sidebar(topic.sidebarId()).filter(s -> s.startedAt() != null).ifPresent(sidebar ->
                    byDemand.computeIfAbsent(topic.demandId(), d -> identitySet()).add(sidebar));
        }
        return byDemand;
    }

    private static Set<Sidebar> identitySet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    /** The sessions held, by start, with the earliest end among those starting at each one or later. */
    private static final class HeldSessions {
        private final Instant[] starts;
        private final Instant[] earliestEndFrom;

        HeldSessions(List<Held> held) {
            List<Held> byStart = held.stream().sorted(Comparator.comparing(Held::start)).toList();
            starts = new Instant[byStart.size()];
            earliestEndFrom = new Instant[byStart.size()];
            Instant earliest = null;
            for (int i = byStart.size() - 1; i >= 0; i--) {
                starts[i] = byStart.get(i).start();
                Instant end = byStart.get(i).end();
                earliest = earliest == null || end.isBefore(earliest) ? end : earliest;
                earliestEndFrom[i] = earliest;
            }
        }

        /** Whether a session starts no earlier than {@code from} and ends no later than {@code to}. */
        boolean heldBetween(Instant from, Instant to) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (starts[mid].isBefore(from)) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low < starts.length && !earliestEndFrom[low].isAfter(to);
        }
    }

    private Optional<Finding> seriesFinding(NegotiationSnapshot snapshot, String demandId, List<Sidebar> run,
            Duration limit, Now now) {
        if (run.size() < 2) {
            return Optional.empty();
        }
        Instant first = run.get(0).startedAt();
        boolean running = run.stream().anyMatch(Sidebar::isRunning);
        Instant last = running ? now.instant()
                : run.stream().map(Sidebar::endedAt).max(Comparator.naturalOrder()).orElse(first);
        if (Duration.between(first, last).compareTo(limit) <= 0) {
            return Optional.empty();
        }
        Sidebar latest = run.get(run.size() - 1);
        Text message = running
                ? Text.of("SIDEBAR_SERIES_TOO_LONG.running", run.size(), RecordNames.demandName(snapshot, demandId),
                        now.dateOf(first))
                : Text.of("SIDEBAR_SERIES_TOO_LONG.ended", run.size(), RecordNames.demandName(snapshot, demandId),
                        now.dateOf(first), now.dateOf(last));
        List<String> facts = run.stream().map(s -> s.id() + "@" + s.startedAt() + "-" + s.endedAt()).toList();
        return Optional.of(finding(latest, RecordNames.sidebar(latest, now.zone()), message,
                "fix.scheduleSession", null, demandId, facts));
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR, EntityKind.SIDEBAR_TOPIC, EntityKind.TABLE_SESSION, EntityKind.DEMAND);
    }
}
