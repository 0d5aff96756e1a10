package org.tablebook.ui.sidebars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TableSession;

/**
 * Sidebars that discussed the same demands, shown as one series (reference 000: a team kept
 * waiting while a few meet privately grows suspicious; reference 001: meetings may recur, but the
 * parties return to the record). Two started sidebars belong to one series when they share a
 * demand, on their agenda or among their topics, directly or through others.
 *
 * @param sidebars the series' sidebars, earliest start first
 * @param demandIds the demands they discussed, in the order first met
 * @param from the first start
 * @param to the last end; null while one of them is running
 * @param sessionsBetween the on-the-record sessions dated within the series' span, in date order
 */
public record SidebarSeries(List<Sidebar> sidebars, List<String> demandIds, Instant from, Instant to,
        List<TableSession> sessionsBetween) {

    public SidebarSeries {
        sidebars = List.copyOf(sidebars);
        demandIds = List.copyOf(demandIds);
        sessionsBetween = List.copyOf(sessionsBetween);
    }

    /** From the first start to the last end, or to {@code now} while one is running. */
    public Duration span(Instant now) {
        return Duration.between(from, to == null ? now : to);
    }

    public boolean running() {
        return to == null;
    }

    public boolean contains(String sidebarId) {
        return sidebars.stream().anyMatch(s -> s.id().equals(sidebarId));
    }

    /** This sidebar's place in the series, from 1. */
    public int positionOf(String sidebarId) {
        for (int i = 0; i < sidebars.size(); i++) {
            if (sidebars.get(i).id().equals(sidebarId)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Every series of two or more started sidebars, earliest first. */
    public static List<SidebarSeries> of(NegotiationSnapshot snapshot, Instant now, ZoneId zone) {
        List<Sidebar> started = snapshot.sidebars().stream().filter(s -> s.startedAt() != null)
                .sorted(Comparator.comparing(Sidebar::startedAt).thenComparing(Sidebar::id)).toList();
        Map<String, Set<String>> demandsOf = new HashMap<>();
        for (Sidebar s : started) {
            Set<String> demands = new LinkedHashSet<>(s.agendaDemandIds());
            snapshot.topicsOf(s.id()).stream().map(SidebarTopic::demandId).forEach(demands::add);
            demandsOf.put(s.id(), demands);
        }
        // Union-find over sidebars, joined through each demand's first sidebar.
        Map<String, String> parent = new HashMap<>();
        started.forEach(s -> parent.put(s.id(), s.id()));
        Map<String, String> firstWithDemand = new HashMap<>();
        for (Sidebar s : started) {
            for (String d : demandsOf.get(s.id())) {
                String first = firstWithDemand.putIfAbsent(d, s.id());
                if (first != null) {
                    parent.put(root(parent, s.id()), root(parent, first));
                }
            }
        }
        Map<String, List<Sidebar>> groups = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Sidebar s : started) {
            String r = root(parent, s.id());
            if (!groups.containsKey(r)) {
                order.add(r);
            }
            groups.computeIfAbsent(r, k -> new ArrayList<>()).add(s);
        }
        List<SidebarSeries> series = new ArrayList<>();
        for (String r : order) {
            List<Sidebar> members = groups.get(r);
            if (members.size() < 2) {
                continue;
            }
            Set<String> demands = new LinkedHashSet<>();
            members.forEach(m -> demands.addAll(demandsOf.get(m.id())));
            Instant from = members.get(0).startedAt();
            boolean running = members.stream().anyMatch(Sidebar::isRunning);
            Instant to = running ? null : members.stream().map(Sidebar::endedAt).max(Comparator.naturalOrder()).orElseThrow();
            LocalDate first = from.atZone(zone).toLocalDate();
            LocalDate last = (to == null ? now : to).atZone(zone).toLocalDate();
            List<TableSession> between = snapshot.sessions().stream()
                    .filter(t -> !t.date().isBefore(first) && !t.date().isAfter(last))
                    .sorted(Comparator.comparing(TableSession::date)
                            .thenComparing(t -> t.start() == null ? java.time.LocalTime.MIDNIGHT : t.start()))
                    .toList();
            series.add(new SidebarSeries(members, List.copyOf(demands), from, to, between));
        }
        return List.copyOf(series);
    }

    /** The series a sidebar belongs to, if it is in one. */
    public static Optional<SidebarSeries> containing(List<SidebarSeries> all, String sidebarId) {
        return all.stream().filter(s -> s.contains(sidebarId)).findFirst();
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }
}
