package org.tablebook.export;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.tablebook.domain.AuditAction;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.rules.Finding;

/**
 * A small fixed negotiation that uses every kind of record, for the exports' golden-content tests:
 * fixed ids and dates, names with accents, and secrets planted for the leak tests. The app's own
 * sample ({@link org.tablebook.domain.sample.SampleNegotiation}) is dated around the clock's today,
 * which a page compared word for word cannot be.
 */
final class ReportFixture {
    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    /** The report is made on the evening of 14 March 2026, Chicago time. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T00:30:00Z"), ZONE);
    static final Instant T0 = Instant.parse("2026-01-05T15:00:00Z");

    static final String NEGOTIATION = "n-0001";
    static final String ZOE = "p-zoe";
    static final String MARCUS = "p-marcus";
    static final String LEE = "p-lee";
    static final String DANA = "p-dana";
    static final String OWEN = "p-owen";
    static final String WAGES = "d-wages";
    static final String STAFFING = "d-staffing";
    static final String PARKING = "d-parking";
    static final String STRIKE = "d-strike";
    static final String PREMIUMS = "d-premiums";
    static final String LEAVE = "d-leave";
    static final String S1 = "s-0203";
    static final String S2 = "s-0217";
    static final String S3 = "s-0303";
    static final String S4 = "s-0324";
    static final String SIDEBAR = "sb-0305";
    static final String TOPIC_STAFFING = "t-staffing";
    static final String TOPIC_WAGES = "t-wages";
    static final String REPORT = "rb-0305";
    static final String TA_STAFFING = "ta-staffing";
    static final String TA_PREMIUMS = "ta-premiums";
    static final String RATIFICATION = "r-1";
    static final String PASS_WAGES_1 = "pr-w1";
    static final String PASS_WAGES_2 = "pr-w2";
    static final String PASS_WAGES_3 = "pr-w3";
    static final String PASS_STAFFING = "pr-s1";
    static final String PASS_PREMIUMS = "pr-p1";

    /** Text only the committee may read, planted where the membership summary must not look. */
    static final String INTERNAL_WAGES = "Our floor is 4.5% — do not go below without a vote";
    static final String STRIKE_TITLE = "Strike readiness fund";
    static final String SIDEBAR_NOTES = "Dana hinted the board will move on ratios if we drop parking";
    static final String OUR_POSITION = "1:4 ratio on med-surg, phased over 18 months";
    static final String TA_PRIVATE_TEXT = "Article 14.2: ratios of 1:4 on medical-surgical units from 1 January 2027, "
            + "with the side letter on floats";

    private ReportFixture() {
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    static NegotiationSnapshot snapshot() {
        Negotiation negotiation = new Negotiation(NEGOTIATION, "Riverside General 2026 contract",
                NegotiationKind.UNION_CONTRACT, "Healthcare Workers Local 512", "Riverside General Hospital",
                "Nurses, technicians & support staff at Riverside General (about 840 members)",
                LocalDate.of(2026, 1, 12), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 2, 15),
                null, null, RuleSettings.DEFAULTS, T0, T0);
        List<Person> people = List.of(
                new Person(ZOE, "Zoë Ærøskøbing", Side.OURS, PersonRole.CHIEF_NEGOTIATOR, true, true, T0, T0),
                new Person(MARCUS, "Marcus Bell", Side.OURS, PersonRole.COMMITTEE_MEMBER, false, true, T0, T0),
                new Person(LEE, "李小龍", Side.OURS, PersonRole.STAFF, false, true, T0, T0),
                new Person(DANA, "Dana Whitfield", Side.THEIRS, PersonRole.DECISION_MAKER, true, true, T0, T0),
                new Person(OWEN, "Owen Price", Side.THEIRS, PersonRole.COUNSEL, false, true, T0, T0));
        List<Demand> demands = List.of(
                demand(WAGES, "U-1", "Wages", INTERNAL_WAGES,
                        "A 6% raise in each year of the contract, and a step increase for every year of service.",
                        Side.OURS, DemandCategory.ECONOMIC, DemandPriority.CRITICAL, DemandStatus.ON_TABLE, false),
                demand(STAFFING, "U-2", "Safe staffing ratios", "Ratios are the strike issue if it comes to that",
                        "Enforceable nurse-to-patient ratios on every unit.",
                        Side.OURS, DemandCategory.NON_ECONOMIC, DemandPriority.HIGH, DemandStatus.TENTATIVELY_AGREED, false),
                demand(PARKING, "U-3", "Free staff parking", "Trade it away for ratios",
                        "Free parking in the east garage for every shift.",
                        Side.OURS, DemandCategory.ECONOMIC, DemandPriority.LOW, DemandStatus.WITHDRAWN, false),
                demand(STRIKE, "U-4", STRIKE_TITLE, "Build the fund to three weeks of pay before June",
                        "Members' hardship fund contributions",
                        Side.OURS, DemandCategory.OTHER, DemandPriority.HIGH, DemandStatus.DRAFT, true),
                demand(PREMIUMS, "E-1", "Health insurance premiums", "They need 10%; they will settle for 6%",
                        "The hospital proposes that members pay 10% of health premiums.",
                        Side.THEIRS, DemandCategory.ECONOMIC, DemandPriority.HIGH, DemandStatus.ON_TABLE, false),
                demand(LEAVE, "U-5", "Paid parental leave", "", "",
                        Side.OURS, DemandCategory.ECONOMIC, DemandPriority.MEDIUM, DemandStatus.DRAFT, false));
        List<TableSession> sessions = List.of(
                session(S1, LocalDate.of(2026, 2, 3), List.of(ZOE, MARCUS, DANA, OWEN)),
                session(S2, LocalDate.of(2026, 2, 17), List.of(ZOE, MARCUS, LEE, OWEN)),
                session(S3, LocalDate.of(2026, 3, 3), List.of(ZOE, MARCUS, OWEN)),
                session(S4, LocalDate.of(2026, 3, 24), List.of()));
        List<Proposal> proposals = List.of(
                pass(PASS_WAGES_1, WAGES, Side.OURS, LocalDate.of(2026, 2, 3), S1, ProposalKind.INITIAL,
                        "6% each year", "Article 9: wages rise 6% on each anniversary", at("2026-02-03T17:00:00Z")),
                pass(PASS_STAFFING, STAFFING, Side.OURS, LocalDate.of(2026, 2, 3), S1, ProposalKind.INITIAL,
                        "Ratios on every unit", "Article 14: ratios", at("2026-02-03T17:05:00Z")),
                pass(PASS_WAGES_2, WAGES, Side.THEIRS, LocalDate.of(2026, 2, 17), S2, ProposalKind.COUNTER,
                        "2% each year", "2%, 2%, 2%", at("2026-02-17T18:00:00Z")),
                pass(PASS_PREMIUMS, PREMIUMS, Side.THEIRS, LocalDate.of(2026, 2, 17), S2, ProposalKind.INITIAL,
                        "Members pay 10% of premiums", "Article 22: employee share 10%", at("2026-02-17T18:10:00Z")),
                pass(PASS_WAGES_3, WAGES, Side.OURS, LocalDate.of(2026, 3, 3), S3, ProposalKind.COUNTER,
                        "5.5% each year", "5.5% on each anniversary", at("2026-03-03T19:00:00Z")));
        Sidebar sidebar = new Sidebar(SIDEBAR, "Explore a ratios-for-parking trade", Side.THEIRS,
                at("2026-03-04T15:00:00Z"), at("2026-03-04T16:00:00Z"), at("2026-03-04T22:00:00Z"),
                RepsChosenBy.OUR_TEAM, "Ratios are our priority; we can phase them in",
                "Nothing about the strike fund or our wage floor",
                GroundRuleStatus.AGREED, GroundRuleStatus.AGREED, GroundRuleStatus.UNDECIDED,
                at("2026-03-05T20:00:00Z"), at("2026-03-05T20:00:00Z"), at("2026-03-05T21:10:00Z"),
                "Small conference room B", List.of(ZOE, MARCUS, DANA), List.of(STAFFING, WAGES), SIDEBAR_NOTES,
                at("2026-03-04T15:00:00Z"), at("2026-03-05T21:10:00Z"));
        List<SidebarTopic> topics = List.of(
                new SidebarTopic(TOPIC_STAFFING, SIDEBAR, STAFFING, OUR_POSITION, "1:5 now, 1:4 in 2028",
                        "1:4 from January 2027 if we drop parking", CommitteeDecision.ACCEPT,
                        "Accepted 9-1; parking goes", at("2026-03-06T23:00:00Z"),
                        at("2026-03-05T21:10:00Z"), at("2026-03-06T23:00:00Z")),
                new SidebarTopic(TOPIC_WAGES, SIDEBAR, WAGES, "5% is the floor we show", "3% at most",
                        "No movement", null, "", null, at("2026-03-05T21:10:00Z"), at("2026-03-05T21:10:00Z")));
        List<ReportBack> reportBacks = List.of(new ReportBack(REPORT, SIDEBAR, at("2026-03-05T22:00:00Z"), ZOE, true,
                "Ratios deal on offer; wages stuck", at("2026-03-05T22:00:00Z"), at("2026-03-05T22:00:00Z")));
        List<TentativeAgreement> agreements = List.of(
                new TentativeAgreement(TA_STAFFING, STAFFING, TA_PRIVATE_TEXT,
                        "Nurse-to-patient ratios of 1 to 4 on medical-surgical units from January 2027.",
                        TaSource.SIDEBAR, SIDEBAR, LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 6), null,
                        at("2026-03-06T23:00:00Z"), null, TaStatus.CONFIRMED,
                        at("2026-03-06T23:00:00Z"), at("2026-03-07T15:00:00Z")),
                new TentativeAgreement(TA_PREMIUMS, PREMIUMS, "Premium share stays at 5% for two years", "",
                        TaSource.TABLE, null, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3),
                        LocalDate.of(2026, 3, 3), null, S3, TaStatus.TENTATIVE,
                        at("2026-03-03T20:00:00Z"), at("2026-03-03T20:00:00Z")));
        List<Ratification> ratifications = List.of(new Ratification(RATIFICATION, LocalDate.of(2026, 3, 10),
                List.of(TA_STAFFING), null, null, null, null, at("2026-03-10T15:00:00Z"), at("2026-03-10T15:00:00Z")));
        List<InformationRequest> requests = List.of(new InformationRequest("ir-1", Side.OURS, LocalDate.of(2026, 2, 3),
                "Overtime hours by unit, 2024-2025", LocalDate.of(2026, 2, 17), null, "Asked twice at the table",
                at("2026-02-03T17:00:00Z"), at("2026-02-03T17:00:00Z")));
        List<ComplianceItem> compliance = List.of(new ComplianceItem("ci-1", "Article 14.2", TA_STAFFING,
                "Publish monthly staffing reports per unit", "Riverside General Hospital", LocalDate.of(2027, 2, 1),
                ComplianceStatus.OPEN, null, null, 14, at("2026-03-07T15:00:00Z"), at("2026-03-07T15:00:00Z")));
        List<RuleAcknowledgement> acks = List.of(new RuleAcknowledgement("ack-1", "DEMAND_WITHOUT_MEMBER_SOURCE",
                new EntityRef(EntityKind.DEMAND, LEAVE), "origin=null", "Marcus Bell",
                "Came from the 2024 survey; record pending", at("2026-03-01T15:00:00Z"),
                at("2026-03-01T15:00:00Z"), at("2026-03-01T15:00:00Z")));
        return new NegotiationSnapshot(negotiation, people, demands, proposals, sessions, List.of(sidebar), topics,
                reportBacks, agreements, ratifications, requests, compliance, acks);
    }

    static List<Finding> findings() {
        return List.of(
                new Finding("SIDEBAR_GROUND_RULES_UNCLEAR", Severity.WARNING, new EntityRef(EntityKind.SIDEBAR, SIDEBAR),
                        "Sidebar: Explore a ratios-for-parking trade",
                        "The sidebar started with the ground rule on ULP and arbitration use still undecided.",
                        "Record the ground rules", "notUsedInLitigationRule", "rule=UNDECIDED"),
                new Finding("TA_NOT_INITIALED", Severity.WARNING, new EntityRef(EntityKind.TENTATIVE_AGREEMENT, TA_STAFFING),
                        "TA on U-2 Safe staffing ratios", "The hospital has not initialed this agreement.",
                        "Record their initials", "initialedByThemOn", "them=null"),
                new Finding("INFORMATION_REQUEST_OVERDUE", Severity.ERROR,
                        new EntityRef(EntityKind.INFORMATION_REQUEST, "ir-1"), "Information request: overtime hours",
                        "The answer was due on 17 February and has not come.", "Record the answer", "answeredOn",
                        "due=2026-02-17"));
    }

    /** The audit trail: one pass before 1 March, the rest after. */
    static List<AuditEntry> audit() {
        return List.of(
                entry(1, "2026-02-17T18:00:00Z", "Marcus Bell", EntityKind.PROPOSAL, PASS_WAGES_2, AuditAction.CREATE, "Log a pass"),
                entry(2, "2026-03-03T19:00:00Z", "Marcus Bell", EntityKind.PROPOSAL, PASS_WAGES_3, AuditAction.CREATE, "Log a pass"),
                entry(3, "2026-03-03T20:00:00Z", "Marcus Bell", EntityKind.TENTATIVE_AGREEMENT, TA_PREMIUMS, AuditAction.CREATE, "Record a TA"),
                entry(4, "2026-03-05T20:00:00Z", "Zoë Ærøskøbing", EntityKind.SIDEBAR, SIDEBAR, AuditAction.UPDATE, "Start sidebar"),
                entry(5, "2026-03-05T21:10:00Z", "Zoë Ærøskøbing", EntityKind.SIDEBAR, SIDEBAR, AuditAction.UPDATE, "End sidebar"),
                entry(6, "2026-03-05T22:00:00Z", "Zoë Ærøskøbing", EntityKind.REPORT_BACK, REPORT, AuditAction.CREATE, "Report back"),
                entry(7, "2026-03-06T23:00:00Z", "Marcus Bell", EntityKind.SIDEBAR_TOPIC, TOPIC_STAFFING, AuditAction.UPDATE, "Record decision"),
                entry(8, "2026-03-06T23:00:00Z", "Marcus Bell", EntityKind.TENTATIVE_AGREEMENT, TA_STAFFING, AuditAction.CREATE, "Record a TA"),
                entry(9, "2026-03-07T15:00:00Z", "Marcus Bell", EntityKind.TENTATIVE_AGREEMENT, TA_STAFFING, AuditAction.UPDATE, "Confirm TA"));
    }

    static AuditEntry entry(long seq, String at, String actor, EntityKind kind, String id, AuditAction action, String label) {
        return new AuditEntry(seq, "c-" + seq, label, Instant.parse(at), actor, kind, id, action, null, null);
    }

    private static Demand demand(String id, String code, String title, String description, String summary, Side by,
            DemandCategory category, DemandPriority priority, DemandStatus status, boolean confidential) {
        return new Demand(id, code, "Art. " + code, title, description, summary, by, category, priority,
                DemandSubject.MANDATORY, by == Side.OURS ? DemandOrigin.SURVEY : null,
                by == Side.OURS ? "2025 member survey" : "", status, confidential, T0, T0);
    }

    private static TableSession session(String id, LocalDate date, List<String> attendees) {
        return new TableSession(id, date, LocalTime.of(9, 0), LocalTime.of(12, 30), "Hospital board room",
                attendees, "Both teams present", T0, T0);
    }

    private static Proposal pass(String id, String demand, Side side, LocalDate on, String session, ProposalKind kind,
            String summary, String text, Instant created) {
        return new Proposal(id, demand, side, on, session, kind, summary, text, created, created);
    }
}
