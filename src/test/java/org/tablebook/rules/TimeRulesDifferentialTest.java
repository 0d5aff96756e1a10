package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.GrievanceWindowUnit;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Sector;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.testing.RandomSnapshots;
import org.tablebook.testing.RandomSnapshots.Sample;

/**
 * A second, deliberately plain implementation of the time-based rules, written from the rule table
 * alone (minutes since the epoch for durations, day numbers for calendar days, a day-by-day walk
 * for working days), against the engine on thousands of seeded negotiations and random "now"s.
 * Each finding is compared as rule, subject and severity.
 */
class TimeRulesDifferentialTest {
    private static final int SEEDS = 1500;
    private static final List<String> TIME_RULES = List.of("SIDEBAR_TOO_LONG", "SIDEBAR_SERIES_TOO_LONG",
            "REPORT_BACK_OVERDUE", "COMMITTEE_DECISION_PENDING", "SIDEBAR_SECRET", "SIDEBAR_UNAUTHORIZED",
            "SIDEBAR_NOT_ANNOUNCED", "INFORMATION_REQUEST_OVERDUE", "GRIEVANCE_WINDOW_CLOSING",
            "EXPIRY_WITH_OPEN_PRIORITIES", "EXPIRY_NOTICES", "STRIKE_NOTICE", "TA_REOPENED_BY_PROPOSAL",
            "BARGAINING_BACKWARDS");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Tokyo"), ZoneId.of("Pacific/Kiritimati"));

    private final RulesEngine engine = RulesEngine.standard();

    @Test
    void theEngineAgreesWithThePlainReadingOfTheRuleTable() {
        int compared = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Sample sample = RandomSnapshots.generate(seed);
            Random random = new Random(seed * 7919);
            List<Clock> clocks = List.of(sample.clock(),
                    Clock.fixed(sample.clock().instant().plusSeconds(60L * (random.nextInt(6 * 24 * 60) - 3 * 24 * 60)),
                            ZONES.get(random.nextInt(ZONES.size()))));
            for (Clock clock : clocks) {
                Set<String> expected = plain(sample.snapshot(), clock);
                Set<String> actual = new TreeSet<>();
                for (Finding f : engine.evaluate(sample.snapshot(), clock)) {
                    if (TIME_RULES.contains(f.ruleId())) {
                        actual.add(key(f.ruleId(), f.subject().id(), f.severity().name()));
                    }
                }
                assertEquals(expected, actual, () -> sample + " at " + clock.instant() + " " + clock.getZone());
                compared++;
            }
        }
        assertEquals(2 * SEEDS, compared);
    }

    private static String key(String rule, String subjectId, String severity) {
        return rule + " " + subjectId + " " + severity;
    }

    // ---- the plain reading -----------------------------------------------------------------

    /** Seconds between two moments, exactly. */
    private static long seconds(Instant from, Instant to) {
        return to.getEpochSecond() - from.getEpochSecond();
    }

    private static Set<String> plain(NegotiationSnapshot s, Clock clock) {
        Negotiation n = s.negotiation();
        RuleSettings rs = n.ruleSettings();
        ZoneId zone = n.zone() != null ? ZoneId.of(n.zone()) : clock.getZone();
        Instant now = clock.instant();
        long today = now.atZone(zone).toLocalDate().toEpochDay();
        boolean union = n.kind() == NegotiationKind.UNION_CONTRACT;
        Set<String> out = new TreeSet<>();

        for (Sidebar sb : s.sidebars()) {
            if (sb.startedAt() != null) {
                Instant end = sb.endedAt() != null ? sb.endedAt() : now;
                if (seconds(sb.startedAt(), end) > rs.sidebarTimeLimitMinutes() * 60L) {
                    out.add(key("SIDEBAR_TOO_LONG", sb.id(), "WARNING"));
                }
                if (sb.teamInformedAt() == null || sb.teamInformedAt().isAfter(sb.startedAt())) {
                    out.add(key("SIDEBAR_SECRET", sb.id(), "WARNING"));
                }
                if (sb.teamAuthorizedAt() == null || sb.teamAuthorizedAt().isAfter(sb.startedAt())) {
                    out.add(key("SIDEBAR_UNAUTHORIZED", sb.id(), "ERROR"));
                }
                if (sb.timeAnnouncedAt() == null || sb.timeAnnouncedAt().isAfter(sb.startedAt())) {
                    out.add(key("SIDEBAR_NOT_ANNOUNCED", sb.id(), "WARNING"));
                }
            }
            if (sb.endedAt() != null && s.reportBackOf(sb.id()).isEmpty()) {
                long since = seconds(sb.endedAt(), now);
                if (since > rs.reportBackErrorHours() * 3600L) {
                    out.add(key("REPORT_BACK_OVERDUE", sb.id(), "ERROR"));
                } else if (since > rs.reportBackWarningHours() * 3600L) {
                    out.add(key("REPORT_BACK_OVERDUE", sb.id(), "WARNING"));
                }
            }
        }
        for (SidebarTopic t : s.topics()) {
            var rb = s.reportBacks().stream().filter(r -> r.sidebarId().equals(t.sidebarId())).findFirst();
            if (t.decision() == null && rb.isPresent()
                    && seconds(rb.get().reportedAt(), now) > rs.decisionWaitDays() * 86400L) {
                out.add(key("COMMITTEE_DECISION_PENDING", t.id(), "WARNING"));
            }
        }
        series(s, rs, zone, now, out);
        for (InformationRequest r : s.informationRequests()) {
            if (r.answeredOn() == null && today > r.dueOn().toEpochDay()) {
                out.add(key("INFORMATION_REQUEST_OVERDUE", r.id(), "WARNING"));
            }
        }
        for (ComplianceItem c : s.complianceItems()) {
            if (c.status() != ComplianceStatus.BREACHED || c.grievanceFiledOn() != null || c.breachNoticedOn() == null) {
                continue;
            }
            LocalDate last = c.breachNoticedOn();
            if (rs.grievanceWindowUnit() == GrievanceWindowUnit.CALENDAR_DAYS) {
                last = last.plusDays(c.grievanceWindowDays());
            } else {
                for (int left = c.grievanceWindowDays(); left > 0; ) {
                    last = last.plusDays(1);
                    boolean weekend = last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY;
                    if (!weekend && !rs.holidays().contains(last)) {
                        left--;
                    }
                }
            }
            if (last.toEpochDay() - today <= rs.grievanceWarningDays()) {
                out.add(key("GRIEVANCE_WINDOW_CLOSING", c.id(), "ERROR"));
            }
        }
        if (n.contractExpiresOn() != null) {
            long left = n.contractExpiresOn().toEpochDay() - today;
            if (left <= rs.expiryWindowDays()) {
                for (Demand d : s.demands()) {
                    boolean priority = d.priority() == DemandPriority.CRITICAL || d.priority() == DemandPriority.HIGH;
                    boolean open = d.status() == DemandStatus.DRAFT || d.status() == DemandStatus.ON_TABLE;
                    if (priority && open) {
                        out.add(key("EXPIRY_WITH_OPEN_PRIORITIES", d.id(), "WARNING"));
                    }
                }
            }
            if (union && left <= rs.otherPartyNoticeDays() && n.otherPartyNoticeOn() == null) {
                out.add(key("EXPIRY_NOTICES", n.id(), "WARNING"));
            }
            if (union && left <= rs.mediationNoticeDays() && n.mediationNoticeOn() == null) {
                out.add(key("EXPIRY_NOTICES", n.id(), "WARNING"));
            }
        }
        if (union && n.sector() == Sector.HEALTH_CARE && n.strikeOn() != null) {
            long lastDay = n.strikeOn().toEpochDay() - rs.strikeNoticeDays();
            if (n.strikeNoticeOn() != null) {
                if (n.strikeNoticeOn().toEpochDay() > lastDay) {
                    out.add(key("STRIKE_NOTICE", n.id(), "ERROR"));
                }
            } else {
                out.add(key("STRIKE_NOTICE", n.id(), today > lastDay ? "ERROR" : "WARNING"));
            }
        }
        for (Proposal p : s.proposals()) {
            for (TentativeAgreement a : s.agreements()) {
                if (a.demandId().equals(p.demandId()) && a.status() != TaStatus.REOPENED
                        && p.passedOn().toEpochDay() > a.reachedOn().toEpochDay()) {
                    out.add(key("TA_REOPENED_BY_PROPOSAL", p.id(), "WARNING"));
                }
            }
        }
        if (union && n.newDemandDeadline() != null) {
            for (Demand d : s.demands()) {
                if (d.proposedBy() != org.tablebook.domain.Side.OURS) {
                    continue;
                }
                s.proposals().stream().filter(p -> p.demandId().equals(d.id()))
                        .min(java.util.Comparator.comparing(Proposal::passedOn).thenComparing(Proposal::createdAt)
                                .thenComparing(Proposal::id))
                        .filter(first -> first.passedOn().isAfter(n.newDemandDeadline()))
                        .ifPresent(first -> out.add(key("BARGAINING_BACKWARDS", d.id(), "ERROR")));
            }
        }
        return out;
    }

    /**
     * Sidebars on one demand, by start; a session between two consecutive ones (its whole time
     * after the one's end, or now, and before the next's start; a session with no times lasts its
     * day) starts a new series; a series of two or more lasting more than the limit, first start to
     * last end (now if any runs), is flagged on its last sidebar.
     */
    private static void series(NegotiationSnapshot s, RuleSettings rs, ZoneId zone, Instant now, Set<String> out) {
        Set<String> demandIds = new HashSet<>();
        s.sidebars().forEach(sb -> demandIds.addAll(sb.agendaDemandIds()));
        s.topics().forEach(t -> demandIds.add(t.demandId()));
        for (String demandId : demandIds) {
            List<Sidebar> on = new ArrayList<>();
            for (Sidebar sb : s.sidebars()) {
                boolean about = sb.agendaDemandIds().contains(demandId) || s.topics().stream()
                        .anyMatch(t -> t.sidebarId().equals(sb.id()) && t.demandId().equals(demandId));
                if (sb.startedAt() != null && about) {
                    on.add(sb);
                }
            }
            on.sort(java.util.Comparator.comparing(Sidebar::startedAt).thenComparing(Sidebar::id));
            List<Sidebar> run = new ArrayList<>();
            for (Sidebar sb : on) {
                if (!run.isEmpty()) {
                    Sidebar prev = run.get(run.size() - 1);
                    Instant from = prev.endedAt() != null ? prev.endedAt() : now;
                    boolean between = false;
                    for (TableSession t : s.sessions()) {
                        Instant start = t.date().atTime(t.start() == null ? LocalTime.MIDNIGHT : t.start()).atZone(zone)
                                .toInstant();
                        Instant end = t.start() == null ? t.date().plusDays(1).atStartOfDay(zone).toInstant()
                                : t.date().atTime(t.end() == null ? t.start() : t.end()).atZone(zone).toInstant();
                        between |= !start.isBefore(from) && !end.isAfter(sb.startedAt());
                    }
                    if (between) {
                        flagSeries(run, rs, now, out);
                        run = new ArrayList<>();
                    }
                }
                run.add(sb);
            }
            flagSeries(run, rs, now, out);
        }
    }

    private static void flagSeries(List<Sidebar> run, RuleSettings rs, Instant now, Set<String> out) {
        if (run.size() < 2) {
            return;
        }
        Instant last = run.get(0).startedAt();
        boolean running = false;
        for (Sidebar sb : run) {
            running |= sb.endedAt() == null;
            if (sb.endedAt() != null && sb.endedAt().isAfter(last)) {
                last = sb.endedAt();
            }
        }
        if (running) {
            last = now;
        }
        if (seconds(run.get(0).startedAt(), last) > rs.seriesSpanDays() * 86400L) {
            out.add(key("SIDEBAR_SERIES_TOO_LONG", run.get(run.size() - 1).id(), "WARNING"));
        }
    }
}
