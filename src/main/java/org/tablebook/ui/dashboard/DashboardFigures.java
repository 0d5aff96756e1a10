package org.tablebook.ui.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.Durations;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import java.util.Locale;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.RuleTexts;
import org.tablebook.ui.common.DateLabels;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;

/**
 * Everything the dashboard shows, worked out from one snapshot at one moment: plain values, no
 * JavaFX, so that it is computed off the JavaFX thread and tested with a fixed clock.
 */
public record DashboardFigures(
        List<StatusCount> demandCounts,
        List<DueItem> due,
        List<ChartPoint> chart,
        List<TimelineEvent> timeline,
        List<TimelineMarker> timelineMarkers,
        LocalDate timelineStart,
        LocalDate timelineEnd,
        RuleCounts rules,
        List<TopFinding> topFindings,
        String headline) {

    /** Due items further off than this are left out, except the contract's expiry. */
    public static final int HORIZON_DAYS = 60;

    /** How many unacknowledged findings the dashboard names. */
    public static final int TOP_FINDINGS = 3;

    /** Demands in one status, for each side. */
    public record StatusCount(DemandStatus status, String label, int ours, int theirs) {
    }

    /** What kind of deadline a due item is. */
    public enum DueKind {
        REPORT_BACK, COMMITTEE_DECISION, INFORMATION_REQUEST, GRIEVANCE_WINDOW, COMPLIANCE, NOTICE, CONTRACT_EXPIRY
    }

    /** Overdue, due within the warning days, or later. */
    public enum Urgency { OVERDUE, SOON, LATER }

    /**
     * Something the team must do by a date (or, for report-backs, a time).
     *
     * @param when "overdue by 2 days", "today", "in 5 days", "overdue by 3 h"
     */
    public record DueItem(EntityRef subject, DueKind kind, String title, String detail, Instant dueAt, LocalDate dueOn,
            String when, Urgency urgency) {
    }

    /** Demands open and agreed at the end of a day. */
    public record ChartPoint(LocalDate date, int open, int agreed) {
    }

    /** A table session or a sidebar on the timeline. */
    public record TimelineEvent(EntityRef subject, boolean sidebar, LocalDate date, String label, String detail) {
    }

    /**
     * One mark on a lane of the timeline: a single event, or the events that fall too close together
     * to be told apart (a year of weekly sessions, a busy week of sidebars). Placed at its first event.
     */
    public record TimelineMarker(boolean sidebar, List<TimelineEvent> events) {
        public TimelineMarker {
            events = List.copyOf(events);
        }

        public LocalDate date() {
            return events.get(0).date();
        }

        public LocalDate lastDate() {
            return events.get(events.size() - 1).date();
        }
    }

    /**
     * The most marks a lane holds: at this many a lane stays readable on a laptop screen's dashboard
     * card, and a file with a thousand sidebars draws as few nodes as one with twenty.
     */
    public static final int MARKERS_PER_LANE = 18;

    /** The rules panel's counts: unacknowledged findings by severity, and those acknowledged. */
    public record RuleCounts(int errors, int warnings, int infos, int acknowledged) {
        public static final RuleCounts NONE = new RuleCounts(0, 0, 0, 0);
    }

    /** An unacknowledged finding, named on the dashboard. */
    public record TopFinding(EntityRef subject, Severity severity, String subjectLabel, String message, String field) {
    }

    public static DashboardFigures of(NegotiationSnapshot s, Clock clock, List<EvaluatedFinding> findings) {
        return of(s, clock, findings, RuleTexts.DEFAULT_LOCALE);
    }

    /** The figures, with the findings shown written in the given language (only those shown are written). */
    public static DashboardFigures of(NegotiationSnapshot s, Clock clock, List<EvaluatedFinding> findings,
            Locale locale) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<TimelineEvent> timeline = timeline(s, zone);
        LocalDate start = timelineStart(s, timeline, today);
        LocalDate end = timeline.stream().map(TimelineEvent::date).max(Comparator.naturalOrder())
                .filter(d -> d.isAfter(today)).orElse(today);
        return new DashboardFigures(counts(s), due(s, now, zone), chart(s, zone, today, start), timeline,
                markers(timeline, start, end), start, end, ruleCounts(findings), topFindings(findings, locale), headline(s.negotiation(), today));
    }

    // ---- demands by status ----

    static List<StatusCount> counts(NegotiationSnapshot s) {
        List<StatusCount> out = new ArrayList<>();
        for (DemandStatus status : DemandStatus.values()) {
            int ours = (int) s.demands().stream().filter(d -> d.status() == status && d.proposedBy() == Side.OURS).count();
            int theirs = (int) s.demands().stream().filter(d -> d.status() == status && d.proposedBy() == Side.THEIRS)
                    .count();
            out.add(new StatusCount(status, Labels.of(status), ours, theirs));
        }
        return List.copyOf(out);
    }

    // ---- what is due ----

    static List<DueItem> due(NegotiationSnapshot s, Instant now, ZoneId zone) {
        RuleSettings settings = s.negotiation().ruleSettings();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<DueItem> items = new ArrayList<>();
        for (Sidebar sidebar : s.sidebars()) {
            if (sidebar.endedAt() != null && s.reportBackOf(sidebar.id()).isEmpty()) {
                Instant dueAt = sidebar.endedAt().plus(Duration.ofHours(settings.reportBackWarningHours()));
                items.add(timed(EntityRef.of(sidebar), DueKind.REPORT_BACK,
                        Messages.format("dashboard.due.reportBack", sidebar.purpose()),
                        Messages.format("dashboard.due.reportBack.detail", DateLabels.dateTime(sidebar.endedAt(), zone)),
                        dueAt, now, zone));
            }
        }
        for (SidebarTopic topic : s.topics()) {
            Optional<ReportBack> reportBack = s.reportBackOf(topic.sidebarId());
            if (topic.decision() == null && reportBack.isPresent()) {
                LocalDate reportedOn = reportBack.get().reportedAt().atZone(zone).toLocalDate();
                String demand = s.demand(topic.demandId()).map(d -> d.code() + " " + d.title()).orElse("?");
                items.add(dated(EntityRef.of(topic), DueKind.COMMITTEE_DECISION,
                        Messages.format("dashboard.due.decision", demand),
                        Messages.format("dashboard.due.decision.detail", DateLabels.date(reportedOn)),
                        reportedOn.plusDays(settings.decisionWaitDays()), today, settings, zone));
            }
        }
        for (InformationRequest request : s.informationRequests()) {
            if (request.answeredOn() == null) {
                items.add(dated(EntityRef.of(request), DueKind.INFORMATION_REQUEST,
                        Messages.format(request.askedBy() == Side.OURS ? "dashboard.due.request.ours"
                                : "dashboard.due.request.theirs", request.subject()),
                        Messages.format("dashboard.due.request.detail", DateLabels.date(request.askedOn())),
                        request.dueOn(), today, settings, zone));
            }
        }
        for (ComplianceItem item : s.complianceItems()) {
            if (item.status() == ComplianceStatus.BREACHED && item.grievanceFiledOn() == null
                    && item.lastDayToFile(settings).isPresent()) {
                items.add(dated(EntityRef.of(item), DueKind.GRIEVANCE_WINDOW,
                        Messages.format("dashboard.due.grievance", item.obligation()),
                        Messages.format("dashboard.due.grievance.detail", DateLabels.date(item.breachNoticedOn()),
                                item.grievanceWindowDays()),
                        item.lastDayToFile(settings).get(), today, settings, zone));
            } else if (item.status() == ComplianceStatus.OPEN && item.dueOn() != null) {
                items.add(dated(EntityRef.of(item), DueKind.COMPLIANCE,
                        Messages.format("dashboard.due.compliance", item.obligation()),
                        item.responsibleParty().isBlank() ? "" : Messages.format("dashboard.due.compliance.detail",
                                item.responsibleParty()),
                        item.dueOn(), today, settings, zone));
            }
        }
        Negotiation n = s.negotiation();
        if (n.contractExpiresOn() != null) {
            EntityRef subject = EntityRef.of(n);
            if (n.kind() == NegotiationKind.UNION_CONTRACT && n.otherPartyNoticeOn() == null) {
                items.add(dated(subject, DueKind.NOTICE, Messages.get("dashboard.due.noticeOtherParty"),
                        Messages.format("dashboard.due.notice.detail", settings.otherPartyNoticeDays()),
                        n.contractExpiresOn().minusDays(settings.otherPartyNoticeDays()), today, settings, zone));
            }
            if (n.kind() == NegotiationKind.UNION_CONTRACT && n.mediationNoticeOn() == null) {
                items.add(dated(subject, DueKind.NOTICE, Messages.get("dashboard.due.noticeMediation"),
                        Messages.format("dashboard.due.notice.detail", settings.mediationNoticeDays()),
                        n.contractExpiresOn().minusDays(settings.mediationNoticeDays()), today, settings, zone));
            }
            LocalDate expiry = n.contractExpiresOn();
            if (!expiry.isBefore(today.minusDays(HORIZON_DAYS))) {
                long days = ChronoUnit.DAYS.between(today, expiry);
                String when = days < 0 ? Messages.format("dashboard.when.expired", -days) : relative(days);
                items.add(new DueItem(subject, DueKind.CONTRACT_EXPIRY, Messages.get("dashboard.due.expiry"),
                        n.otherParty().isBlank() ? "" : Messages.format("dashboard.due.expiry.detail", n.otherParty()),
                        expiry.atStartOfDay(zone).toInstant(), expiry, when,
                        days < 0 ? Urgency.OVERDUE : days <= settings.expiryWindowDays() ? Urgency.SOON : Urgency.LATER));
            }
        }
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        return items.stream()
                .filter(i -> i.kind() == DueKind.CONTRACT_EXPIRY || !i.dueOn().isAfter(horizon))
                .sorted(Comparator.comparing(DueItem::dueAt).thenComparing(DueItem::title))
                .toList();
    }

    private static DueItem timed(EntityRef subject, DueKind kind, String title, String detail, Instant dueAt,
            Instant now, ZoneId zone) {
        Duration left = Duration.between(now, dueAt);
        boolean overdue = left.isNegative();
        String when = overdue ? Messages.format("dashboard.when.overdueBy", Durations.human(left.negated()))
                : Messages.format("dashboard.when.dueIn", Durations.human(left));
        return new DueItem(subject, kind, title, detail, dueAt, dueAt.atZone(zone).toLocalDate(), when,
                overdue ? Urgency.OVERDUE : Urgency.SOON);
    }

    private static DueItem dated(EntityRef subject, DueKind kind, String title, String detail, LocalDate dueOn,
            LocalDate today, RuleSettings settings, ZoneId zone) {
        long days = ChronoUnit.DAYS.between(today, dueOn);
        String when = days < 0 ? Messages.format(days == -1 ? "dashboard.when.overdueDay" : "dashboard.when.overdueDays",
                -days) : relative(days);
        int soon = kind == DueKind.GRIEVANCE_WINDOW ? settings.grievanceWarningDays() : 3;
        Urgency urgency = days < 0 ? Urgency.OVERDUE : days <= soon ? Urgency.SOON : Urgency.LATER;
        return new DueItem(subject, kind, title, detail, dueOn.atStartOfDay(zone).toInstant(), dueOn, when, urgency);
    }

    private static String relative(long days) {
        if (days == 0) {
            return Messages.get("dashboard.when.today");
        }
        return days == 1 ? Messages.get("dashboard.when.tomorrow") : Messages.format("dashboard.when.inDays", days);
    }

    // ---- demands open and agreed over time ----

    /**
     * Demands open and agreed at the end of each day on which the count changed, from the start of
     * bargaining to today. The file keeps no status history, so the dates come from the record: a
     * demand is open from its creation (or its first pass, if earlier); agreed from the day its
     * first standing agreement was reached; a reopened agreement counted as agreed until it was
     * reopened; a withdrawn or rejected demand leaves the open count on its last change.
     */
    static List<ChartPoint> chart(NegotiationSnapshot s, ZoneId zone, LocalDate today, LocalDate start) {
        // Per day: change in open and in agreed.
        TreeMap<LocalDate, int[]> deltas = new TreeMap<>();
        for (Demand d : s.demands()) {
            LocalDate opened = d.createdAt().atZone(zone).toLocalDate();
            List<Proposal> passes = s.proposalsOf(d.id());
            if (!passes.isEmpty() && passes.get(0).passedOn().isBefore(opened)) {
                opened = passes.get(0).passedOn();
            }
            List<TentativeAgreement> agreements = s.agreementsOf(d.id());
            // Agreed spells: [reached, reopened) for each agreement, merged by counting.
            List<LocalDate[]> spells = new ArrayList<>();
            for (TentativeAgreement a : agreements) {
                LocalDate until = a.status().isStanding() ? null : a.updatedAt().atZone(zone).toLocalDate();
                spells.add(new LocalDate[] {a.reachedOn(), until});
            }
            LocalDate closed = d.status() == DemandStatus.WITHDRAWN || d.status() == DemandStatus.REJECTED
                    ? d.updatedAt().atZone(zone).toLocalDate() : null;
            addDemand(deltas, opened, spells, closed);
        }
        TreeSet<LocalDate> days = new TreeSet<>(deltas.keySet());
        List<ChartPoint> points = new ArrayList<>();
        int open = 0;
        int agreed = 0;
        // Changes before the start are folded into the first point.
        for (LocalDate day : days) {
            int[] change = deltas.get(day);
            if (!day.isAfter(start)) {
                open += change[0];
                agreed += change[1];
            }
        }
        points.add(new ChartPoint(start, open, agreed));
        for (LocalDate day : days) {
            if (!day.isAfter(start) || day.isAfter(today)) {
                continue;
            }
            int[] change = deltas.get(day);
            open += change[0];
            agreed += change[1];
            points.add(new ChartPoint(day, open, agreed));
        }
        ChartPoint last = points.get(points.size() - 1);
        if (last.date().isBefore(today)) {
            points.add(new ChartPoint(today, last.open(), last.agreed()));
        }
        return List.copyOf(points);
    }

    /**
     * The points drawn as steps: a count holds until the day it changes, so each change gets a
     * point on the day before carrying the old counts.
     */
    public static List<ChartPoint> steps(List<ChartPoint> points) {
        List<ChartPoint> out = new ArrayList<>();
        for (ChartPoint p : points) {
            if (!out.isEmpty()) {
                ChartPoint last = out.get(out.size() - 1);
                LocalDate before = p.date().minusDays(1);
                if (before.isAfter(last.date()) && (last.open() != p.open() || last.agreed() != p.agreed())) {
                    out.add(new ChartPoint(before, last.open(), last.agreed()));
                }
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    /**
     * One demand's contribution: +1 open from the day it was opened; while any agreement on it
     * stands it counts as agreed instead of open; withdrawn or rejected it counts as neither.
     */
    private static void addDemand(TreeMap<LocalDate, int[]> deltas, LocalDate opened, List<LocalDate[]> spells,
            LocalDate closed) {
        // Walk the demand's own days and record its state (0 none, 1 open, 2 agreed) at each change.
        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(opened);
        for (LocalDate[] spell : spells) {
            changes.add(spell[0]);
            if (spell[1] != null) {
                changes.add(spell[1]);
            }
        }
        if (closed != null) {
            changes.add(closed);
        }
        int state = 0;
        for (LocalDate day : changes) {
            int next;
            boolean agreed = spells.stream().anyMatch(sp -> !day.isBefore(sp[0]) && (sp[1] == null || day.isBefore(sp[1])));
            if (agreed) {
                next = 2;
            } else if (closed != null && !day.isBefore(closed)) {
                next = 0;
            } else if (!day.isBefore(opened)) {
                next = 1;
            } else {
                next = 0;
            }
            if (next != state) {
                int[] change = deltas.computeIfAbsent(day, k -> new int[2]);
                change[0] += (next == 1 ? 1 : 0) - (state == 1 ? 1 : 0);
                change[1] += (next == 2 ? 1 : 0) - (state == 2 ? 1 : 0);
                state = next;
            }
        }
    }

    // ---- timeline ----

    static List<TimelineEvent> timeline(NegotiationSnapshot s, ZoneId zone) {
        List<TimelineEvent> events = new ArrayList<>();
        for (TableSession session : s.sessions()) {
            String detail = (session.start() == null ? "" : session.start() + (session.end() == null ? "" : "\u2013"
                    + session.end())) + (session.location().isBlank() ? "" : (session.start() == null ? "" : ", ")
                    + session.location());
            events.add(new TimelineEvent(EntityRef.of(session), false, session.date(),
                    Messages.format("dashboard.timeline.session", DateLabels.date(session.date())), detail));
        }
        for (Sidebar sidebar : s.sidebars()) {
            Instant at = sidebar.startedAt() != null ? sidebar.startedAt() : sidebar.scheduledAt() != null
                    ? sidebar.scheduledAt() : sidebar.suggestedAt() != null ? sidebar.suggestedAt() : sidebar.createdAt();
            String state = Labels.of(s.stateOf(sidebar));
            events.add(new TimelineEvent(EntityRef.of(sidebar), true, at.atZone(zone).toLocalDate(),
                    Messages.format("dashboard.timeline.sidebar", sidebar.purpose()),
                    DateLabels.dateTime(at, zone) + " \u00b7 " + state));
        }
        events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::sidebar));
        return List.copyOf(events);
    }

    /**
     * Groups each lane's events (in date order) into at most {@link #MARKERS_PER_LANE} marks: the span
     * is cut into that many stretches of whole days, and a mark holds the events from its first event
     * to the end of that event's stretch.
     */
    static List<TimelineMarker> markers(List<TimelineEvent> events, LocalDate start, LocalDate end) {
        long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1);
        long stretch = Math.max(1, (span + MARKERS_PER_LANE - 1) / MARKERS_PER_LANE);
        List<TimelineMarker> markers = new ArrayList<>();
        for (boolean sidebar : new boolean[] {false, true}) {
            List<TimelineEvent> group = new ArrayList<>();
            LocalDate groupEnd = null;
            for (TimelineEvent e : events) {
                if (e.sidebar() != sidebar) {
                    continue;
                }
                if (groupEnd != null && !e.date().isBefore(groupEnd)) {
                    markers.add(new TimelineMarker(sidebar, group));
                    group.clear();
                }
                if (group.isEmpty()) {
                    groupEnd = e.date().plusDays(stretch);
                }
                group.add(e);
            }
            if (!group.isEmpty()) {
                markers.add(new TimelineMarker(sidebar, group));
            }
        }
        return List.copyOf(markers);
    }

    private static LocalDate timelineStart(NegotiationSnapshot s, List<TimelineEvent> events, LocalDate today) {
        LocalDate start = s.negotiation().startedOn();
        Optional<LocalDate> first = events.stream().map(TimelineEvent::date).min(Comparator.naturalOrder());
        if (start == null || first.isPresent() && first.get().isBefore(start)) {
            start = first.orElse(today.minusDays(30));
        }
        return start.isAfter(today) ? today : start;
    }

    // ---- rules ----

    static RuleCounts ruleCounts(List<EvaluatedFinding> findings) {
        Map<Severity, Integer> open = new HashMap<>();
        int acknowledged = 0;
        for (EvaluatedFinding f : findings) {
            if (f.acknowledged()) {
                acknowledged++;
            } else {
                open.merge(f.finding().severity(), 1, Integer::sum);
            }
        }
        return new RuleCounts(open.getOrDefault(Severity.ERROR, 0), open.getOrDefault(Severity.WARNING, 0),
                open.getOrDefault(Severity.INFO, 0), acknowledged);
    }

    static List<TopFinding> topFindings(List<EvaluatedFinding> findings, Locale locale) {
        return findings.stream().filter(f -> !f.acknowledged()).limit(TOP_FINDINGS)
                .map(f -> new TopFinding(f.finding().subject(), f.finding().severity(),
                        f.finding().subjectLabel(locale), f.finding().message(locale), f.finding().field()))
                .toList();
    }

    // ---- headline ----

    static String headline(Negotiation n, LocalDate today) {
        List<String> parts = new ArrayList<>();
        if (n.startedOn() != null && !n.startedOn().isAfter(today)) {
            parts.add(Messages.format("dashboard.headline.day", ChronoUnit.DAYS.between(n.startedOn(), today) + 1));
        }
        if (n.contractExpiresOn() != null) {
            long days = ChronoUnit.DAYS.between(today, n.contractExpiresOn());
            parts.add(days >= 0 ? Messages.format("dashboard.headline.expiresIn", days, DateLabels.date(n.contractExpiresOn()))
                    : Messages.format("dashboard.headline.expired", DateLabels.date(n.contractExpiresOn())));
        }
        String who = n.otherParty().isBlank() ? "" : Messages.format("dashboard.headline.with", n.otherParty());
        if (!who.isEmpty()) {
            parts.add(0, who);
        }
        return String.join(" \u00b7 ", parts);
    }
}
