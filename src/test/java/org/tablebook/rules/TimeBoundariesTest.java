package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Sector;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.testing.SnapshotBuilder;

/**
 * Every time-based rule at its threshold, a minute before and a minute after; across midnight;
 * across both daylight-saving changes in New York (Mar 8 and Nov 1, 2026); and always with the
 * computer in Tokyo while the negotiation is in New York, so a rule that read the computer's zone
 * would flip at the wrong moment.
 */
class TimeBoundariesTest {
    private static final ZoneId TABLE = ZoneId.of("America/New_York");
    private static final ZoneId COMPUTER = ZoneId.of("Asia/Tokyo");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** A local time at the table, in New York. */
    private static Instant ny(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(TABLE).toInstant();
    }

    /** The first moment of a day at the table. */
    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(TABLE).toInstant();
    }

    private static SnapshotBuilder table() {
        return SnapshotBuilder.union().zone(TABLE.getId());
    }

    /**
     * A case: the rule, the snapshot, and the threshold. {@code exclusive}: exactly at the threshold
     * is still fine (durations: "more than 90 minutes"); otherwise the threshold is the first moment
     * that fires (calendar days: from 00:00 of the first late day).
     */
    record Case(String name, Rule rule, NegotiationSnapshot snapshot, Instant threshold, boolean exclusive) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // SIDEBAR_TOO_LONG: 90 minutes of real time, running.
                sidebarRunning("sidebar too long, plain day", ny(3, 2, 10, 0)),
                sidebarRunning("sidebar too long, across midnight", ny(3, 2, 23, 30)),
                sidebarRunning("sidebar too long, spring forward", ny(3, 8, 1, 30)),
                sidebarRunning("sidebar too long, fall back", Instant.parse("2026-11-01T05:00:00Z")),
                // REPORT_BACK_OVERDUE: 2 hours after the end (a warning), 24 hours (an error).
                reportBack("report-back 2 h, plain day", ny(3, 2, 10, 0), 2),
                reportBack("report-back 24 h, across midnight", ny(3, 2, 23, 0), 24),
                reportBack("report-back 24 h, spring forward", ny(3, 7, 23, 0), 24),
                reportBack("report-back 24 h, fall back", ny(10, 31, 23, 0), 24),
                // COMMITTEE_DECISION_PENDING: 72 hours after the report-back.
                decision("decision 72 h, plain", ny(3, 2, 18, 0)),
                decision("decision 72 h, spring forward", ny(3, 6, 18, 0)),
                decision("decision 72 h, fall back", ny(10, 30, 18, 0)),
                // SIDEBAR_SERIES_TOO_LONG: 72 hours from the first start to now, the last one running.
                series("series 72 h, plain", ny(3, 2, 10, 0)),
                series("series 72 h, spring forward", ny(3, 6, 23, 30)),
                series("series 72 h, fall back", ny(10, 30, 23, 30)),
                // INFORMATION_REQUEST_OVERDUE: late from 00:00 the day after it was due, at the table.
                request("request, due the spring-forward day", LocalDate.of(2026, 3, 8)),
                request("request, due the fall-back day", LocalDate.of(2026, 11, 1)),
                request("request, due a plain day", LocalDate.of(2026, 3, 3)),
                // GRIEVANCE_WINDOW_CLOSING: 3 days before the last day to file, from 00:00.
                grievance("grievance, plain", LocalDate.of(2026, 3, 2)),
                grievance("grievance, across the spring change", LocalDate.of(2026, 3, 1)),
                grievance("grievance, across the fall change", LocalDate.of(2026, 10, 25)),
                // EXPIRY_WITH_OPEN_PRIORITIES: 30 days before expiry, from 00:00.
                priorities("open priorities, window opens on the spring-forward day", LocalDate.of(2026, 4, 7)),
                priorities("open priorities, window opens on the fall-back day", LocalDate.of(2026, 12, 1)),
                // EXPIRY_NOTICES (health care, 90 days to the other party): from 00:00, 90 days before.
                notices("notices, health care, 90 days", LocalDate.of(2026, 6, 6)),
                notices("notices, health care, across the fall change", LocalDate.of(2027, 1, 30)),
                // STRIKE_NOTICE: a warning until the 10th day before, an error from the 9th.
                strike("strike notice, plain", LocalDate.of(2026, 3, 20)),
                strike("strike notice, the last day is the spring-forward day", LocalDate.of(2026, 3, 18)),
                strike("strike notice, the last day is the fall-back day", LocalDate.of(2026, 11, 11)))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firesAtTheThresholdAndNotAMinuteSooner(Case c) {
        Function<Instant, List<Finding>> at = now -> RuleTesting.check(c.rule(), c.snapshot(), Clock.fixed(now, COMPUTER));

        assertEquals(List.of(), severities(at.apply(c.threshold().minus(MINUTE))), "a minute before");
        if (c.exclusive()) {
            assertEquals(List.of(), severities(at.apply(c.threshold())), "exactly at the threshold");
        } else {
            assertEquals(1, at.apply(c.threshold()).size(), "exactly at the threshold");
        }
        assertEquals(1, at.apply(c.threshold().plus(MINUTE)).size(), "a minute after");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theComputersZoneDoesNotMove(Case c) {
        // The same moments read with the computer in New York give the same answers.
        for (Instant now : List.of(c.threshold().minus(MINUTE), c.threshold(), c.threshold().plus(MINUTE))) {
            assertEquals(severities(RuleTesting.check(c.rule(), c.snapshot(), Clock.fixed(now, COMPUTER))),
                    severities(RuleTesting.check(c.rule(), c.snapshot(), Clock.fixed(now, TABLE))), c + " at " + now);
        }
    }

    private static List<Severity> severities(List<Finding> findings) {
        return findings.stream().map(Finding::severity).toList();
    }

    private static Case sidebarRunning(String name, Instant start) {
        SnapshotBuilder b = table();
        Person ana = b.ours("Ana");
        Person ben = b.ours("Ben");
        b.sidebar("wages").attendees(ana, ben).startedAt(start).add();
        return new Case(name, new SidebarTooLongRule(), b.build(), start.plus(Duration.ofMinutes(90)), true);
    }

    private static Case reportBack(String name, Instant end, int hours) {
        SnapshotBuilder b = table();
        if (hours != 2) {
            b.settings(s -> s.reportBackHours(hours, hours));
        } else {
            b.settings(s -> s.reportBackHours(2, 500));
        }
        b.sidebar("wages").ran(end.minus(Duration.ofMinutes(30)), end).add();
        return new Case(name, new ReportBackOverdueRule(), b.build(), end.plus(Duration.ofHours(hours)), true);
    }

    private static Case decision(String name, Instant reportedAt) {
        SnapshotBuilder b = table();
        var wages = b.demand("U-1", "Wages").add();
        Sidebar sidebar = b.sidebar("wages").ran(reportedAt.minus(Duration.ofHours(2)), reportedAt.minus(Duration.ofHours(1)))
                .add();
        b.topic(sidebar, wages).add();
        b.reportBack(sidebar).at(reportedAt).add();
        return new Case(name, new CommitteeDecisionPendingRule(), b.build(), reportedAt.plus(Duration.ofHours(72)), true);
    }

    private static Case series(String name, Instant firstStart) {
        SnapshotBuilder b = table();
        var wages = b.demand("U-1", "Wages").add();
        b.sidebar("first").agenda(wages).ran(firstStart, firstStart.plus(Duration.ofMinutes(30))).add();
        b.sidebar("second").agenda(wages).startedAt(firstStart.plus(Duration.ofHours(50))).add();
        return new Case(name, new SidebarSeriesTooLongRule(), b.build(), firstStart.plus(Duration.ofHours(72)), true);
    }

    private static Case request(String name, LocalDate due) {
        SnapshotBuilder b = table();
        b.informationRequest("Staffing data").askedOn(due.minusDays(14)).dueOn(due).add();
        return new Case(name, new InformationRequestOverdueRule(), b.build(), midnight(due.plusDays(1)), false);
    }

    private static Case grievance(String name, LocalDate breach) {
        SnapshotBuilder b = table();
        b.complianceItem("Post schedules two weeks ahead").breached(breach).windowDays(14).add();
        LocalDate lastDay = breach.plusDays(14);
        return new Case(name, new GrievanceWindowClosingRule(), b.build(), midnight(lastDay.minusDays(3)), false);
    }

    private static Case priorities(String name, LocalDate expiresOn) {
        SnapshotBuilder b = table().contractExpiresOn(expiresOn);
        b.demand("U-1", "Wages").priority(DemandPriority.CRITICAL).status(DemandStatus.ON_TABLE).add();
        return new Case(name, new ExpiryWithOpenPrioritiesRule(), b.build(), midnight(expiresOn.minusDays(30)), false);
    }

    private static Case notices(String name, LocalDate expiresOn) {
        // The mediation notice is recorded, so only the notice to the other party is judged.
        SnapshotBuilder b = table().sector(Sector.HEALTH_CARE).contractExpiresOn(expiresOn)
                .mediationNoticeOn(expiresOn.minusDays(200));
        return new Case(name, new ExpiryNoticesRule(), b.build(), midnight(expiresOn.minusDays(90)), false);
    }

    private static Case strike(String name, LocalDate lastDayToGiveNotice) {
        SnapshotBuilder b = table().sector(Sector.HEALTH_CARE).strike(lastDayToGiveNotice.plusDays(10), null);
        // The warning turns into an error: count the errors only.
        Rule errorsOnly = new Rule() {
            private final Rule rule = new StrikeNoticeRule();

            @Override
            public String id() {
                return rule.id();
            }

            @Override
            public Severity defaultSeverity() {
                return rule.defaultSeverity();
            }

            @Override
            public Principle principle() {
                return rule.principle();
            }

            @Override
            public boolean appliesTo(org.tablebook.domain.Negotiation negotiation) {
                return rule.appliesTo(negotiation);
            }

            @Override
            public List<Finding> check(NegotiationSnapshot snapshot, Clock clock,
                    org.tablebook.domain.RuleSettings settings) {
                return rule.check(snapshot, clock, settings).stream().filter(f -> f.severity() == Severity.ERROR).toList();
            }
        };
        NegotiationSnapshot snapshot = b.build();
        assertTrue(new StrikeNoticeRule().check(snapshot, Clock.fixed(midnight(lastDayToGiveNotice), COMPUTER),
                snapshot.negotiation().ruleSettings()).stream().allMatch(f -> f.severity() == Severity.WARNING));
        return new Case(name, errorsOnly, snapshot, midnight(lastDayToGiveNotice.plusDays(1)), false);
    }
}
