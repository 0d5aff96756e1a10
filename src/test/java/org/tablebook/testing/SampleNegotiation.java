package org.tablebook.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.Entity;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/**
 * A realistic negotiation seventy days into bargaining, dated around the clock's today: both
 * teams, seventeen demands and their passes, nine table sessions, five sidebars (one running, one
 * waiting for its report-back), tentative agreements in every status, a memorandum the members
 * voted down, information requests and the old contract's compliance items. For looking at the
 * screens, and for tests that need a full file.
 *
 * <p>Run {@link #main} with a data folder to write {@code negotiation.tablebook} into it.
 */
public final class SampleNegotiation {
    private final ZoneId zone;
    private final Instant now;
    private final LocalDate today;
    private final List<Entity> records = new ArrayList<>();
    private int seconds;

    private SampleNegotiation(Clock clock) {
        this.zone = clock.getZone();
        this.now = clock.instant();
        this.today = now.atZone(zone).toLocalDate();
    }

    /** Writes the sample into {@code <dataFolder>/negotiation.tablebook}, replacing nothing: the file must not exist. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        Clock clock = Clock.systemDefaultZone();
        Path file = folder.resolve("negotiation.tablebook");
        try (TablebookStore store = TablebookStore.create(file,
                Negotiation.create("Nurses\u2019 contract 2026", NegotiationKind.UNION_CONTRACT, clock.instant()),
                "Dana Reyes", StoreOptions.defaults(clock, folder.resolve("backups")))) {
            write(store, clock);
        }
        System.out.println("Wrote " + file);
    }

    /** Fills a freshly created file with the sample, in one change. */
    public static void write(TablebookStore store, Clock clock) {
        SampleNegotiation sample = new SampleNegotiation(clock);
        Negotiation created = store.loadSnapshot().negotiation();
        sample.build();
        store.write("Dana Reyes", "Load the sample negotiation", w -> {
            w.update(sample.negotiation(created));
            sample.records.forEach(w::insert);
            return null;
        });
    }

    private Negotiation negotiation(Negotiation created) {
        return new Negotiation(created.id(), created.title(), NegotiationKind.UNION_CONTRACT, "Nurses Local 12",
                "City Hospital", "Registered nurses at City Hospital", today.minusDays(69), today.plusDays(38),
                today.minusDays(40), today.minusDays(30), null, RuleSettings.DEFAULTS, created.createdAt(),
                now.isBefore(created.createdAt()) ? created.createdAt() : now);
    }

    private Instant created(long daysAgo) {
        return at(daysAgo, 9, 0).plusSeconds(seconds++);
    }

    private Instant at(long daysAgo, int hour, int minute) {
        return today.minusDays(daysAgo).atTime(hour, minute).atZone(zone).toInstant();
    }

    private <T extends Entity> T add(T e) {
        records.add(e);
        return e;
    }

    private Person person(String name, Side side, PersonRole role, boolean canAgree) {
        Instant c = created(69);
        return add(new Person(name.toLowerCase().replace(' ', '-'), name, side, role, canAgree, true, c, c));
    }

    private Demand demand(String code, String article, String title, String summary, Side side, DemandCategory category,
            DemandPriority priority, DemandOrigin origin, DemandStatus status, long daysAgo) {
        Instant c = created(daysAgo);
        return add(new Demand("demand-" + code, code, article, title, "", summary, side, category, priority,
                DemandSubject.MANDATORY, side == Side.OURS ? origin : null, "", status, false, c, c));
    }

    private void pass(Demand d, Side side, long daysAgo, TableSession session, ProposalKind kind, String summary) {
        Instant c = created(daysAgo);
        add(new Proposal("pass-" + records.size(), d.id(), side, today.minusDays(daysAgo),
                session == null ? null : session.id(), kind, summary, "", c, c));
    }

    private TableSession session(long daysAgo, List<Person> attendees) {
        Instant c = created(daysAgo);
        return add(new TableSession("session-" + daysAgo, today.minusDays(daysAgo), LocalTime.of(10, 0),
                LocalTime.of(13, 0), "Hospital board room", attendees.stream().map(Person::id).toList(),
                "Passes exchanged as logged.", c, c));
    }

    private void build() {
        Person dana = person("Dana Reyes", Side.OURS, PersonRole.CHIEF_NEGOTIATOR, true);
        Person marcus = person("Marcus Lee", Side.OURS, PersonRole.COMMITTEE_MEMBER, false);
        Person priya = person("Priya Nair", Side.OURS, PersonRole.COMMITTEE_MEMBER, false);
        Person tom = person("Tom Alvarez", Side.OURS, PersonRole.STEWARD, false);
        person("Grace Kim", Side.OURS, PersonRole.STAFF, false);
        Person helen = person("Helen Ford", Side.THEIRS, PersonRole.DECISION_MAKER, true);
        Person raj = person("Raj Patel", Side.THEIRS, PersonRole.CHIEF_NEGOTIATOR, false);
        Person sarah = person("Sarah Quinn", Side.THEIRS, PersonRole.COUNSEL, false);
        List<Person> table = List.of(dana, marcus, priya, tom, raj, sarah, helen);

        Demand wages = demand("U-1", "Art. 20", "Wage increase of 4% a year", "A raise that keeps up with prices",
                Side.OURS, DemandCategory.ECONOMIC, DemandPriority.CRITICAL, DemandOrigin.SURVEY, DemandStatus.ON_TABLE, 66);
        Demand staffing = demand("U-2", "Art. 9", "Safe staffing ratios on every unit", "Enough nurses on every shift",
                Side.OURS, DemandCategory.NON_ECONOMIC, DemandPriority.CRITICAL, DemandOrigin.LISTENING_SESSION,
                DemandStatus.ON_TABLE, 66);
        Demand overtime = demand("U-3", "Art. 11", "Limits on mandatory overtime", "No forced double shifts",
                Side.OURS, DemandCategory.NON_ECONOMIC, DemandPriority.HIGH, DemandOrigin.GRIEVANCE_HISTORY,
                DemandStatus.TENTATIVELY_AGREED, 66);
        Demand differential = demand("U-4", "Art. 21", "Night shift differential", "Better pay for nights",
                Side.OURS, DemandCategory.ECONOMIC, DemandPriority.HIGH, DemandOrigin.SURVEY,
                DemandStatus.TENTATIVELY_AGREED, 66);
        Demand tuition = demand("U-5", "Art. 25", "Tuition reimbursement", "Help with nursing degrees",
                Side.OURS, DemandCategory.ECONOMIC, DemandPriority.MEDIUM, DemandOrigin.MEMBER_MEETING,
                DemandStatus.TENTATIVELY_AGREED, 64);
        Demand uniforms = demand("U-6", "Art. 26", "Uniform allowance", "", Side.OURS, DemandCategory.ECONOMIC,
                DemandPriority.LOW, DemandOrigin.SURVEY, DemandStatus.TENTATIVELY_AGREED, 64);
        Demand parking = demand("U-7", "Art. 27", "Free staff parking", "", Side.OURS, DemandCategory.ECONOMIC,
                DemandPriority.LOW, DemandOrigin.SURVEY, DemandStatus.WITHDRAWN, 64);
        Demand violence = demand("U-8", "Art. 14", "Workplace violence committee", "A joint committee on safety",
                Side.OURS, DemandCategory.RIGHTS, DemandPriority.HIGH, DemandOrigin.GRIEVANCE_HISTORY,
                DemandStatus.TENTATIVELY_AGREED, 62);
        Demand parental = demand("U-9", "Art. 17", "Paid parental leave", "Twelve paid weeks for new parents",
                Side.OURS, DemandCategory.ECONOMIC, DemandPriority.HIGH, DemandOrigin.MEMBER_MEETING,
                DemandStatus.ON_TABLE, 62);
        Demand bidding = demand("U-10", "Art. 8", "Shift bidding by seniority", "", Side.OURS,
                DemandCategory.NON_ECONOMIC, DemandPriority.MEDIUM, DemandOrigin.LISTENING_SESSION,
                DemandStatus.TENTATIVELY_AGREED, 60);
        Demand relief = demand("U-11", "Art. 9.4", "Break relief nurses", "Someone to cover breaks",
                Side.OURS, DemandCategory.NON_ECONOMIC, DemandPriority.HIGH, DemandOrigin.SURVEY, DemandStatus.ON_TABLE, 60);
        Demand release = demand("U-12", "Art. 4", "Union release time for stewards", "", Side.OURS,
                DemandCategory.RIGHTS, DemandPriority.MEDIUM, DemandOrigin.RESEARCH, DemandStatus.DRAFT, 20);
        Demand premium = demand("E-1", "Art. 22", "Raise the employee share of health premiums", "", Side.THEIRS,
                DemandCategory.ECONOMIC, DemandPriority.HIGH, null, DemandStatus.ON_TABLE, 60);
        Demand floating = demand("E-2", "Art. 10", "Float nurses across units", "", Side.THEIRS,
                DemandCategory.NON_ECONOMIC, DemandPriority.MEDIUM, null, DemandStatus.ON_TABLE, 60);
        Demand probation = demand("E-3", "Art. 6", "Probation of 180 days", "", Side.THEIRS,
                DemandCategory.RIGHTS, DemandPriority.MEDIUM, null, DemandStatus.TENTATIVELY_AGREED, 58);
        demand("E-4", "Art. 12", "Attendance points system", "", Side.THEIRS, DemandCategory.NON_ECONOMIC,
                DemandPriority.MEDIUM, null, DemandStatus.REJECTED, 58);
        Demand rights = demand("E-5", "Art. 3", "Broader management rights clause", "", Side.THEIRS,
                DemandCategory.RIGHTS, DemandPriority.LOW, null, DemandStatus.ON_TABLE, 45);

        List<TableSession> sessions = new ArrayList<>();
        for (long d : new long[] {63, 56, 49, 42, 35, 28, 21, 14, 7}) {
            sessions.add(session(d, table));
        }
        TableSession s63 = sessions.get(0);
        for (Demand d : List.of(wages, staffing, overtime, differential, tuition, uniforms, parking, violence, parental,
                bidding, relief)) {
            pass(d, Side.OURS, 63, s63, ProposalKind.INITIAL, "Our opening proposal on " + d.code());
        }
        for (Demand d : List.of(premium, floating, probation, rights)) {
            pass(d, Side.THEIRS, 56, sessions.get(1), ProposalKind.INITIAL, "Their opening proposal on " + d.code());
        }
        pass(wages, Side.THEIRS, 49, sessions.get(2), ProposalKind.COUNTER, "1.5% a year");
        pass(wages, Side.OURS, 35, sessions.get(4), ProposalKind.COUNTER, "3.5% a year");
        pass(wages, Side.THEIRS, 21, sessions.get(6), ProposalKind.COUNTER, "2.25% a year and a signing bonus");
        pass(staffing, Side.THEIRS, 42, sessions.get(3), ProposalKind.COUNTER, "Ratios on ICU only");
        pass(staffing, Side.OURS, 28, sessions.get(5), ProposalKind.COUNTER, "Ratios on ICU, ED and med-surg");
        pass(overtime, Side.THEIRS, 42, sessions.get(3), ProposalKind.COUNTER, "Voluntary overtime first");
        pass(differential, Side.THEIRS, 35, sessions.get(4), ProposalKind.COUNTER, "$3 an hour for nights");
        pass(parental, Side.THEIRS, 14, sessions.get(7), ProposalKind.COUNTER, "Six paid weeks");
        pass(premium, Side.OURS, 49, sessions.get(2), ProposalKind.COUNTER, "No change to the premium share");

        // Sidebars: three reported and decided, one ended without a report-back, one running now.
        Sidebar s1 = sidebar("sidebar-1", "Explore overtime and night differential together", 44, 14, 15, 30,
                List.of(dana, marcus, raj), List.of(overtime, differential));
        report(s1, dana, 44, 17);
        topic(s1, overtime, "No mandatory overtime past 12 hours", "Mandatory only in declared emergencies",
                "Emergency-only mandatory overtime, capped at 4 hours", CommitteeDecision.ACCEPT, 43);
        topic(s1, differential, "$4.50 an hour", "$3.50 an hour", "$4 an hour for nights", CommitteeDecision.ACCEPT, 43);
        Sidebar s2 = sidebar("sidebar-2", "Package on tuition, uniforms and probation", 30, 15, 16, 10,
                List.of(dana, priya, raj, helen), List.of(tuition, uniforms, probation));
        report(s2, priya, 30, 17);
        topic(s2, tuition, "$5,000 a year", "$2,500 a year", "$3,500 a year", CommitteeDecision.ACCEPT, 29);
        topic(s2, probation, "90 days", "180 days", "120 days", CommitteeDecision.COUNTER, 29);
        Sidebar s3 = sidebar("sidebar-3", "Staffing ratios: what the hospital can show", 9, 14, 15, 20,
                List.of(dana, tom, raj), List.of(staffing));
        report(s3, dana, 9, 16);
        topic(s3, staffing, "Ratios on ICU, ED and med-surg", "Ratios on ICU, a pilot on med-surg", "", null, 0);
        Sidebar s4 = sidebar("sidebar-4", "Parental leave and break relief", 0, 7, 8, 5,
                List.of(dana, marcus, raj), List.of(parental, relief));
        Instant started = now.minus(Duration.ofMinutes(42));
        add(new Sidebar("sidebar-5", "Wages: close the gap before the next session", Side.THEIRS,
                started.minus(Duration.ofHours(4)), started.minus(Duration.ofHours(3)), started.minus(Duration.ofHours(2)),
                RepsChosenBy.OUR_TEAM, "We can move to 3.25% if the signing bonus stays",
                "Do not mention the strike vote date", GroundRuleStatus.AGREED, GroundRuleStatus.AGREED,
                GroundRuleStatus.UNDECIDED, null, started, null, "HR conference room",
                List.of(dana.id(), priya.id(), raj.id(), helen.id()), List.of(wages.id()), "", created(0), created(0)));

        // Tentative agreements in every status; a memorandum the members voted down.
        TentativeAgreement overtimeTa = ta("ta-overtime", overtime, "Mandatory overtime only in declared emergencies, "
                + "capped at four hours per shift.", "No forced double shifts.", s1, 40, TaStatus.CONFIRMED,
                sessions.get(4), 42);
        TentativeAgreement differentialTa = ta("ta-differential", differential, "Night shift differential of $4.00 "
                + "per hour.", "Nights pay $4 an hour more.", s1, 40, TaStatus.CONFIRMED, sessions.get(4), 42);
        TentativeAgreement violenceTa = ta("ta-violence", violence, "A joint labor-management workplace violence "
                + "committee meeting monthly, with equal membership.", "A joint safety committee.", null, 28,
                TaStatus.CONFIRMED, sessions.get(5), 0);
        TentativeAgreement biddingTa = ta("ta-bidding", bidding, "Shifts are bid by bargaining-unit seniority twice "
                + "a year.", "", null, 21, TaStatus.CONFIRMED, sessions.get(6), 0);
        ta("ta-tuition", tuition, "Tuition reimbursement of up to $3,500 per year for accredited nursing programs.",
                "Up to $3,500 a year for nursing school.", s2, 27, TaStatus.TENTATIVE, null, 28);
        ta("ta-uniforms", uniforms, "A uniform allowance of $300 per year.", "", null, 14, TaStatus.TENTATIVE, null, 0);
        ta("ta-probation", probation, "Probation of 120 days for new hires.", "", null, 7, TaStatus.REOPENED, null, 0);
        Instant moaCreated = created(12);
        add(new Ratification("moa-1", today.minusDays(12),
                List.of(overtimeTa.id(), differentialTa.id(), violenceTa.id(), biddingTa.id()), today.minusDays(5),
                412, 131, 236, moaCreated, at(5, 20, 0)));

        // Information requests of both sides.
        request("request-1", Side.OURS, 26, "Staffing levels by unit and shift for 2025", null,
                "Asked in writing at the session; the hospital said it is being compiled.");
        request("request-2", Side.OURS, 40, "Cost of agency nurses, last three years", today.minusDays(22),
                "Came back incomplete: 2023 missing.");
        request("request-3", Side.THEIRS, 9, "Our survey results on overtime", null, "");
        request("request-4", Side.OURS, 60, "Health plan claims experience", today.minusDays(50), "");

        // Compliance under the contract still in force.
        compliance("compliance-1", "Art. 12.3 (2023 contract)", "Post the monthly schedule two weeks before it starts",
                "Nursing administration", null, ComplianceStatus.BREACHED, today.minusDays(11), null, 14);
        compliance("compliance-2", "Art. 9.2 (2023 contract)", "Pay missed-break premiums within one pay period",
                "Payroll", null, ComplianceStatus.BREACHED, today.minusDays(20), today.minusDays(12), 14);
        compliance("compliance-3", "Art. 25 (2023 contract)", "Pay this year's tuition reimbursements",
                "Human resources", today.plusDays(10), ComplianceStatus.OPEN, null, null, 14);
        compliance("compliance-4", "Art. 14.1 (2023 contract)", "Hold the quarterly safety walk-through",
                "Facilities and the union", today.minusDays(15), ComplianceStatus.MET, null, null, 14);
        compliance("compliance-5", "Art. 4.2 (2023 contract)", "Give stewards paid time for grievance meetings",
                "Unit managers", null, ComplianceStatus.OPEN, null, null, 14);
    }

    private Sidebar sidebar(String id, String purpose, long daysAgo, int startHour, int endHour, int endMinute,
            List<Person> attendees, List<Demand> agenda) {
        Instant start = at(daysAgo, startHour, 0);
        Instant end = daysAgo == 0 ? now.minus(Duration.ofHours(5)) : at(daysAgo, endHour, endMinute);
        if (daysAgo == 0) {
            start = end.minus(Duration.ofMinutes(65));
        }
        Instant c = start.minus(Duration.ofHours(4));
        return add(new Sidebar(id, purpose, Side.THEIRS, c, c.plus(Duration.ofHours(1)), c.plus(Duration.ofHours(2)),
                RepsChosenBy.OUR_TEAM, "Explore a package on the listed demands", "Do not reveal our priorities",
                GroundRuleStatus.AGREED, GroundRuleStatus.AGREED, GroundRuleStatus.AGREED, null, start, end,
                "Small conference room", attendees.stream().map(Person::id).toList(),
                agenda.stream().map(Demand::id).toList(), "", c, end));
    }

    private void report(Sidebar s, Person by, long daysAgo, int hour) {
        Instant at = at(daysAgo, hour, 0);
        add(new ReportBack("report-" + s.id(), s.id(), at, by.id(), true, "Reported to the full committee", at, at));
    }

    private void topic(Sidebar s, Demand d, String ours, String theirs, String conclusion, CommitteeDecision decision,
            long decidedDaysAgo) {
        Instant c = s.endedAt();
        Instant decided = decision == null ? null : at(decidedDaysAgo, 18, 0);
        add(new SidebarTopic("topic-" + s.id() + "-" + d.code(), s.id(), d.id(), ours, theirs, conclusion, decision, "",
                decided, c, decided == null ? c : decided));
    }

    private TentativeAgreement ta(String id, Demand d, String text, String publicText, Sidebar from, long reachedDaysAgo,
            TaStatus status, TableSession confirmedAt, long approvedDaysAgo) {
        LocalDate reached = today.minusDays(reachedDaysAgo);
        Instant c = created(reachedDaysAgo);
        return add(new TentativeAgreement(id, d.id(), text, publicText, from == null ? TaSource.TABLE : TaSource.SIDEBAR,
                from == null ? null : from.id(), reached, reached, status == TaStatus.TENTATIVE && from != null ? null
                : reached, from == null ? null : at(approvedDaysAgo, 18, 0),
                confirmedAt == null ? null : confirmedAt.id(), status, c, status == TaStatus.REOPENED ? at(2, 12, 0) : c));
    }

    private void request(String id, Side by, long askedDaysAgo, String subject, LocalDate answered, String notes) {
        LocalDate asked = today.minusDays(askedDaysAgo);
        Instant c = created(askedDaysAgo);
        add(new InformationRequest(id, by, asked, subject, asked.plusDays(14), answered, notes, c, c));
    }

    private void compliance(String id, String clause, String obligation, String party, LocalDate dueOn,
            ComplianceStatus status, LocalDate breach, LocalDate filed, int window) {
        Instant c = created(60);
        add(new ComplianceItem(id, clause, null, obligation, party, dueOn, status, breach, filed, window, c, c));
    }
}
