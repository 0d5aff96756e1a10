package org.tablebook.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * a table session is dated strictly between the calendar dates (in the clock's zone) of their
 * starts. A series of at least two sidebars whose span, from the first start to the last end (now
 * for one still running), is longer than {@code seriesSpanDays} days gives one finding, about its
 * latest sidebar. A single long sidebar is SIDEBAR_TOO_LONG's business, not a series.
 */
public final class SidebarSeriesTooLongRule extends AbstractRule {
    public static final String ID = "SIDEBAR_SERIES_TOO_LONG";

    private static final Comparator<Sidebar> BY_START =
            Comparator.comparing(Sidebar::startedAt).thenComparing(Sidebar::id);

    public SidebarSeriesTooLongRule() {
        super(ID, Severity.WARNING, "Sidebars dragging on for days", new Principle(
                "If a negotiating team has to wait days or weeks while a few individuals are meeting privately, "
                        + "tensions and suspicions are bound to develop.", Sources.OFF_THE_RECORD_GUIDE));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
        Duration limit = Duration.ofDays(settings.seriesSpanDays());
        TreeSet<LocalDate> sessionDates = new TreeSet<>();
        for (TableSession session : snapshot.sessions()) {
            sessionDates.add(session.date());
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Set<Sidebar>> entry : startedSidebarsByDemand(snapshot).entrySet()) {
            List<Sidebar> ordered = entry.getValue().stream().sorted(BY_START).toList();
            List<Sidebar> run = new ArrayList<>();
            for (Sidebar sidebar : ordered) {
                if (!run.isEmpty() && sessionBetween(sessionDates, now.dateOf(run.get(run.size() - 1).startedAt()),
                        now.dateOf(sidebar.startedAt()))) {
                    seriesFinding(snapshot, entry.getKey(), run, limit, now).ifPresent(findings::add);
                    run = new ArrayList<>();
                }
                run.add(sidebar);
            }
            seriesFinding(snapshot, entry.getKey(), run, limit, now).ifPresent(findings::add);
        }
        return findings;
    }

    /** Sidebars that have started, per demand id, in a stable order. */
    private static Map<String, Set<Sidebar>> startedSidebarsByDemand(NegotiationSnapshot snapshot) {
        Map<String, Set<Sidebar>> byDemand = new LinkedHashMap<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.startedAt() != null) {
                for (String demandId : sidebar.agendaDemandIds()) {
                    byDemand.computeIfAbsent(demandId, d -> new LinkedHashSet<>()).add(sidebar);
                }
            }
        }
        for (SidebarTopic topic : snapshot.topics()) {
            snapshot.sidebar(topic.sidebarId()).filter(s -> s.startedAt() != null).ifPresent(sidebar ->
                    byDemand.computeIfAbsent(topic.demandId(), d -> new LinkedHashSet<>()).add(sidebar));
        }
        return byDemand;
    }

    private static boolean sessionBetween(TreeSet<LocalDate> sessionDates, LocalDate from, LocalDate to) {
        LocalDate next = sessionDates.higher(from);
        return next != null && next.isBefore(to);
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
        String until = running ? "until now" : "to " + now.date(last);
        String message = run.size() + " sidebars on " + RecordNames.demandName(snapshot, demandId) + " have run from "
                + now.date(first) + " " + until + " with no on-the-record session between them: a team kept waiting "
                + "for days while a few meet privately grows tense and suspicious.";
        List<String> facts = run.stream().map(s -> s.id() + "@" + s.startedAt() + "-" + s.endedAt()).toList();
        return Optional.of(finding(latest, RecordNames.sidebar(latest, now.zone()), message,
                "Schedule a table session", null, demandId, facts));
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR, EntityKind.SIDEBAR_TOPIC, EntityKind.TABLE_SESSION, EntityKind.DEMAND);
    }
}
