package org.tablebook.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationRecords;
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
import org.tablebook.domain.Sector;
import org.tablebook.domain.GrievanceWindowUnit;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;

/**
 * Builds negotiation snapshots for tests, with defaults that break no rule unless a test asks
 * for it: a sidebar is informed and authorized an hour or two before it starts, its reps are
 * instructed and its ground rules agreed; a demand of ours has a member source; an agreement is
 * initialed by both sides.
 *
 * <pre>{@code
 * SnapshotBuilder b = SnapshotBuilder.union();
 * Person ana = b.ours("Ana"), ben = b.ours("Ben");
 * Demand wages = b.demand("U-1", "Wages").priority(DemandPriority.HIGH).add();
 * Sidebar s = b.sidebar("wages").attendees(ana, ben).agenda(wages).ran(hours(1), hours(2)).add();
 * NegotiationSnapshot snapshot = b.build();
 * Clock clock = SnapshotBuilder.clockAt(hours(5));
 * }</pre>
 *
 * <p>Ids are readable and deterministic ("sidebar-1", "demand-2"). Each record is created one
 * second after the previous one, from {@link #BASE}, in the order it is added, unless its spec
 * says {@code createdAt}. {@link #build()} checks the snapshot's consistency, so a test cannot
 * build a file the store would refuse.
 */
public final class SnapshotBuilder {
    private final NegotiationRecords records = new NegotiationRecords();
    /** Monday 2 March 2026, 09:00 UTC: every default time counts from here. */
    public static final Instant BASE = Instant.parse("2026-03-02T09:00:00Z");
    /** The zone of the default clocks: UTC, so that dates and instants line up plainly. */
    public static final ZoneId ZONE = ZoneOffset.UTC;
    /** The date of {@link #BASE} in {@link #ZONE}. */
    public static final LocalDate BASE_DATE = LocalDate.of(2026, 3, 2);

    private final Map<String, Integer> counters = new HashMap<>();
    private int recorded;

    private String negotiationId = "negotiation-1";
    private String title = "Nurses' contract 2026";
    private NegotiationKind kind;
    private String ourParty = "Nurses Local 12";
    private String otherParty = "City Hospital";
    private String bargainingUnit = "Registered nurses at City Hospital";
    private LocalDate startedOn = BASE_DATE.minusDays(60);
    private LocalDate contractExpiresOn;
    private LocalDate newDemandDeadline;
    private LocalDate otherPartyNoticeOn;
    private LocalDate mediationNoticeOn;
    private Sector sector = Sector.PRIVATE;
    private String zone;
    private LocalDate strikeOn;
    private LocalDate strikeNoticeOn;
    private RuleSettings settings = RuleSettings.DEFAULTS;


    private SnapshotBuilder(NegotiationKind kind) {
        this.kind = kind;
    }

    /** A union contract negotiation, started 60 days before {@link #BASE_DATE}, nothing in it yet. */
    public static SnapshotBuilder union() {
        return new SnapshotBuilder(NegotiationKind.UNION_CONTRACT);
    }

    /** A community organization's negotiation. */
    public static SnapshotBuilder community() {
        return new SnapshotBuilder(NegotiationKind.COMMUNITY_AGREEMENT).title("Riverside community benefits")
                .ourParty("Riverside Neighbors United").otherParty("Harbor Development Co.")
                .bargainingUnit("Riverside residents");
    }

    // ---- time helpers ----

    public static Instant minutes(long n) {
        return BASE.plus(Duration.ofMinutes(n));
    }

    public static Instant hours(long n) {
        return BASE.plus(Duration.ofHours(n));
    }

    /** {@link #BASE} plus {@code n} whole days, as an instant. */
    public static Instant daysLater(long n) {
        return BASE.plus(Duration.ofDays(n));
    }

    /** {@link #BASE_DATE} plus {@code n} days (negative for before). */
    public static LocalDate day(long n) {
        return BASE_DATE.plusDays(n);
    }

    /** A clock stopped at this instant, in {@link #ZONE}. */
    public static Clock clockAt(Instant at) {
        return Clock.fixed(at, ZONE);
    }

    /** A clock stopped at noon (in {@link #ZONE}) on this date. */
    public static Clock clockOn(LocalDate date) {
        return Clock.fixed(date.atTime(12, 0).toInstant(ZoneOffset.UTC), ZONE);
    }

    // ---- the negotiation ----

    public SnapshotBuilder id(String id) {
        this.negotiationId = id;
        return this;
    }

    public SnapshotBuilder title(String title) {
        this.title = title;
        return this;
    }

    public SnapshotBuilder kind(NegotiationKind kind) {
        this.kind = kind;
        return this;
    }

    public SnapshotBuilder ourParty(String ourParty) {
        this.ourParty = ourParty;
        return this;
    }

    public SnapshotBuilder otherParty(String otherParty) {
        this.otherParty = otherParty;
        return this;
    }

    /** The sector, with its notice presets applied to the settings. */
    public SnapshotBuilder sector(Sector sector) {
        this.sector = sector;
        this.settings = sector.presets(settings);
        return this;
    }

    /** The negotiation's own zone, where its calendar days are counted. */
    public SnapshotBuilder zone(String zone) {
        this.zone = zone;
        return this;
    }

    public SnapshotBuilder strike(LocalDate strikeOn, LocalDate noticeOn) {
        this.strikeOn = strikeOn;
        this.strikeNoticeOn = noticeOn;
        return this;
    }

    public SnapshotBuilder bargainingUnit(String bargainingUnit) {
        this.bargainingUnit = bargainingUnit;
        return this;
    }

    public SnapshotBuilder startedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
        return this;
    }

    public SnapshotBuilder contractExpiresOn(LocalDate date) {
        this.contractExpiresOn = date;
        return this;
    }

    public SnapshotBuilder newDemandDeadline(LocalDate date) {
        this.newDemandDeadline = date;
        return this;
    }

    public SnapshotBuilder otherPartyNoticeOn(LocalDate date) {
        this.otherPartyNoticeOn = date;
        return this;
    }

    public SnapshotBuilder mediationNoticeOn(LocalDate date) {
        this.mediationNoticeOn = date;
        return this;
    }

    public SnapshotBuilder settings(RuleSettings settings) {
        this.settings = settings;
        return this;
    }

    /** Changes some thresholds, keeping the others: {@code b.settings(s -> s.sidebarTimeLimitMinutes(60))}. */
    public SnapshotBuilder settings(Consumer<SettingsSpec> edit) {
        SettingsSpec spec = new SettingsSpec(settings);
        edit.accept(spec);
        this.settings = spec.build();
        return this;
    }

    public RuleSettings settings() {
        return settings;
    }

    /** The negotiation record as it stands now. */
    public Negotiation negotiation() {
        Instant created = BASE.minus(Duration.ofDays(60));
        return new Negotiation(negotiationId, title, kind, ourParty, otherParty, bargainingUnit, startedOn,
                contractExpiresOn, newDemandDeadline, otherPartyNoticeOn, mediationNoticeOn, settings, sector, zone,
                strikeOn, strikeNoticeOn, created, created);
    }

    // ---- building ----

    /** The snapshot, checked for consistency as the store would check it. */
    public NegotiationSnapshot build() {
        NegotiationSnapshot snapshot = buildUnchecked();
        snapshot.checkConsistency();
        return snapshot;
    }

    /** The snapshot without the consistency check, for tests of data that bypassed it. */
    public NegotiationSnapshot buildUnchecked() {
        return records.snapshot(negotiation());
    }

    /** Keeps what a started sidebar started with: who was there, and which conditions were unmet. */
    public SnapshotBuilder start(Sidebar sidebar, List<String> presentIds, List<String> unmet) {
        records.starts().add(new org.tablebook.domain.SidebarStart(nextId("start"), sidebar.id(), sidebar.startedAt(),
                presentIds, unmet, List.of(), "", sidebar.startedAt(), sidebar.startedAt()));
        return this;
    }

    /** The same snapshot with these acknowledgements instead of its own. */
    public static NegotiationSnapshot withAcknowledgements(NegotiationSnapshot s, List<RuleAcknowledgement> acks) {
        return new NegotiationSnapshot(s.negotiation(), s.people(), s.demands(), s.proposals(), s.sessions(),
                s.sidebars(), s.topics(), s.reportBacks(), s.agreements(), s.ratifications(), s.informationRequests(),
                s.complianceItems(), acks, s.costingBaselines(), s.classifications(), s.costItems(), s.starts(),
                s.contractSections(), s.sectionLanguage());
    }

    private String nextId(String prefix) {
        int n = counters.merge(prefix, 1, Integer::sum);
        return prefix + "-" + n;
    }

    private Instant nextCreatedAt() {
        return BASE.plusSeconds(recorded++);
    }

    /** Replaces the record with the same id (for tests that change a record and evaluate again). */
    public SnapshotBuilder replace(Entity updated) {
        records.replace(updated);
        return this;
    }

    private static List<String> ids(Entity... entities) {
        return Arrays.stream(entities).map(Entity::id).toList();
    }

    // ---- people ----

    public PersonSpec person(String name) {
        return new PersonSpec(name);
    }

    /** A committee member of ours. */
    public Person ours(String name) {
        return person(name).add();
    }

    /** A member of the other side's team who cannot agree for them. */
    public Person theirs(String name) {
        return person(name).side(Side.THEIRS).add();
    }

    /** The other side's decision-maker: can agree for them. */
    public Person theirDecisionMaker(String name) {
        return person(name).side(Side.THEIRS).role(PersonRole.DECISION_MAKER).canAgree(true).add();
    }

    public final class PersonSpec {
        private String id = nextId("person");
        private final String name;
        private Side side = Side.OURS;
        private PersonRole role = PersonRole.COMMITTEE_MEMBER;
        private boolean canAgree;
        private boolean active = true;
        private Instant createdAt;

        private PersonSpec(String name) {
            this.name = name;
        }

        public PersonSpec id(String id) {
            this.id = id;
            return this;
        }

        public PersonSpec side(Side side) {
            this.side = side;
            return this;
        }

        public PersonSpec role(PersonRole role) {
            this.role = role;
            return this;
        }

        public PersonSpec canAgree(boolean canAgree) {
            this.canAgree = canAgree;
            return this;
        }

        public PersonSpec inactive() {
            this.active = false;
            return this;
        }

        public PersonSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public Person add() {
            Instant at = createdAt != null ? createdAt : nextCreatedAt();
            Person person = new Person(id, name, side, role, canAgree, active, at, at);
            records.people().add(person);
            return person;
        }
    }

    // ---- demands and passes ----

    /** A demand of ours, ON_TABLE, MEDIUM priority, from a member survey. */
    public DemandSpec demand(String code, String title) {
        return new DemandSpec(code, title);
    }

    public final class DemandSpec {
        private String id = nextId("demand");
        private final String code;
        private final String title;
        private String article = "";
        private String description = "";
        private String publicSummary = "";
        private Side proposedBy = Side.OURS;
        private DemandCategory category = DemandCategory.OTHER;
        private DemandPriority priority = DemandPriority.MEDIUM;
        private DemandSubject subject = DemandSubject.MANDATORY;
        private DemandOrigin origin = DemandOrigin.SURVEY;
        private String originNote = "";
        private DemandStatus status = DemandStatus.ON_TABLE;
        private boolean confidential;
        private Instant createdAt;

        private DemandSpec(String code, String title) {
            this.code = code;
            this.title = title;
        }

        public DemandSpec id(String id) {
            this.id = id;
            return this;
        }

        public DemandSpec article(String article) {
            this.article = article;
            return this;
        }

        public DemandSpec description(String description) {
            this.description = description;
            return this;
        }

        public DemandSpec publicSummary(String publicSummary) {
            this.publicSummary = publicSummary;
            return this;
        }

        /** The other side's demand; its origin is not ours to record. */
        public DemandSpec theirs() {
            this.proposedBy = Side.THEIRS;
            this.origin = null;
            return this;
        }

        public DemandSpec proposedBy(Side side) {
            this.proposedBy = side;
            return this;
        }

        public DemandSpec category(DemandCategory category) {
            this.category = category;
            return this;
        }

        public DemandSpec priority(DemandPriority priority) {
            this.priority = priority;
            return this;
        }

        public DemandSpec subject(DemandSubject subject) {
            this.subject = subject;
            return this;
        }

        public DemandSpec origin(DemandOrigin origin, String note) {
            this.origin = origin;
            this.originNote = note;
            return this;
        }

        public DemandSpec noOrigin() {
            this.origin = null;
            this.originNote = "";
            return this;
        }

        public DemandSpec status(DemandStatus status) {
            this.status = status;
            return this;
        }

        public DemandSpec confidential() {
            this.confidential = true;
            return this;
        }

        public DemandSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public Demand add() {
            Instant at = createdAt != null ? createdAt : nextCreatedAt();
            Demand demand = new Demand(id, code, article, title, description, publicSummary, proposedBy, category,
                    priority, subject, origin, originNote, status, confidential, at, at);
            records.demands().add(demand);
            return demand;
        }
    }

    /**
     * A pass on the demand by the side that made it, dated {@link #BASE_DATE}: INITIAL if it is
     * the first on the demand, COUNTER after.
     */
    public ProposalSpec proposal(Demand demand) {
        return new ProposalSpec(demand);
    }

    public final class ProposalSpec {
        private String id = nextId("proposal");
        private final Demand demand;
        private Side side;
        private LocalDate passedOn = BASE_DATE;
        private String sessionId;
        private ProposalKind kind;
        private String summary;
        private String text = "";
        private Instant createdAt;

        private ProposalSpec(Demand demand) {
            this.demand = demand;
            this.side = demand.proposedBy();
            this.summary = "Pass on " + demand.code();
        }

        public ProposalSpec id(String id) {
            this.id = id;
            return this;
        }

        public ProposalSpec side(Side side) {
            this.side = side;
            return this;
        }

        public ProposalSpec passedOn(LocalDate date) {
            this.passedOn = date;
            return this;
        }

        public ProposalSpec session(TableSession session) {
            this.sessionId = session.id();
            return this;
        }

        public ProposalSpec kind(ProposalKind kind) {
            this.kind = kind;
            return this;
        }

        public ProposalSpec summary(String summary) {
            this.summary = summary;
            return this;
        }

        public ProposalSpec text(String text) {
            this.text = text;
            return this;
        }

        public ProposalSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public Proposal add() {
            Instant at = createdAt != null ? createdAt : nextCreatedAt();
            ProposalKind k = kind != null ? kind
                    : records.proposals().stream().anyMatch(p -> p.demandId().equals(demand.id())) ? ProposalKind.COUNTER
                    : ProposalKind.INITIAL;
            Proposal proposal = new Proposal(id, demand.id(), side, passedOn, sessionId, k, summary, text, at, at);
            records.proposals().add(proposal);
            return proposal;
        }
    }

    // ---- sessions ----

    /** An on-the-record session on this date, 10:00 to 12:00. */
    public SessionSpec session(LocalDate date) {
        return new SessionSpec(date);
    }

    public final class SessionSpec {
        private String id = nextId("session");
        private final LocalDate date;
        private LocalTime start = LocalTime.of(10, 0);
        private LocalTime end = LocalTime.of(12, 0);
        private String location = "Board room";
        private List<String> attendeeIds = List.of();
        private String notes = "";
        private Instant createdAt;

        private SessionSpec(LocalDate date) {
            this.date = date;
        }

        public SessionSpec id(String id) {
            this.id = id;
            return this;
        }

        public SessionSpec times(LocalTime start, LocalTime end) {
            this.start = start;
            this.end = end;
            return this;
        }

        public SessionSpec location(String location) {
            this.location = location;
            return this;
        }

        public SessionSpec attendees(Person... attendees) {
            this.attendeeIds = ids(attendees);
            return this;
        }

        public SessionSpec notes(String notes) {
            this.notes = notes;
            return this;
        }

        public SessionSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public TableSession add() {
            Instant at = createdAt != null ? createdAt : nextCreatedAt();
            TableSession session = new TableSession(id, date, start, end, location, attendeeIds, notes, at, at);
            records.sessions().add(session);
            return session;
        }
    }

    // ---- sidebars ----

    /**
     * A sidebar asked for by the other side. Unless told otherwise it was suggested three hours,
     * told to the team two hours and authorized by the team one hour before it starts (before
     * {@link #BASE} while it has not started); our team chose the reps and instructed them; every
     * ground rule is AGREED; nobody attends yet.
     */
    public SidebarSpec sidebar(String purpose) {
        return new SidebarSpec(purpose);
    }

    public final class SidebarSpec {
        private String id = nextId("sidebar");
        private final String purpose;
        private Side requestedBy = Side.THEIRS;
        private Instant suggestedAt;
        private boolean suggestedSet;
        private Instant informedAt;
        private boolean informedSet;
        private Instant authorizedAt;
        private boolean authorizedSet;
        private Instant announcedAt;
        private boolean announcedSet;
        private RepsChosenBy repsChosenBy = RepsChosenBy.OUR_TEAM;
        private String say = "Explore a package on the open issues";
        private String doNotSay = "Do not reveal our bottom line";
        private GroundRuleStatus noNotes = GroundRuleStatus.AGREED;
        private GroundRuleStatus notRepeated = GroundRuleStatus.AGREED;
        private GroundRuleStatus notUsed = GroundRuleStatus.AGREED;
        private Instant scheduledAt;
        private Instant startedAt;
        private Instant endedAt;
        private String location = "Small conference room";
        private List<String> attendeeIds = List.of();
        private List<String> agendaDemandIds = List.of();
        private String notes = "";
        private Instant createdAt;

        private SidebarSpec(String purpose) {
            this.purpose = purpose;
        }

        public SidebarSpec id(String id) {
            this.id = id;
            return this;
        }

        public SidebarSpec requestedBy(Side side) {
            this.requestedBy = side;
            return this;
        }

        public SidebarSpec suggestedAt(Instant at) {
            this.suggestedAt = at;
            this.suggestedSet = true;
            return this;
        }

        /** When the whole team was told of it; null for never. */
        public SidebarSpec informedAt(Instant at) {
            this.informedAt = at;
            this.informedSet = true;
            return this;
        }

        public SidebarSpec notInformed() {
            return informedAt(null);
        }

        /** When the whole team authorized it; null for never. */
        public SidebarSpec authorizedAt(Instant at) {
            this.authorizedAt = at;
            this.authorizedSet = true;
            return this;
        }

        public SidebarSpec unauthorized() {
            return authorizedAt(null);
        }

        /** When the whole team was told when it would happen; null for never. By default, with the team's being told of it. */
        public SidebarSpec announcedAt(Instant at) {
            this.announcedAt = at;
            this.announcedSet = true;
            return this;
        }

        public SidebarSpec repsChosenBy(RepsChosenBy who) {
            this.repsChosenBy = who;
            return this;
        }

        public SidebarSpec instructions(String say, String doNotSay) {
            this.say = say;
            this.doNotSay = doNotSay;
            return this;
        }

        public SidebarSpec noInstructions() {
            return instructions("", "");
        }

        /** All three ground rules at once. */
        public SidebarSpec groundRules(GroundRuleStatus status) {
            return groundRules(status, status, status);
        }

        public SidebarSpec groundRules(GroundRuleStatus noNotes, GroundRuleStatus notRepeated, GroundRuleStatus notUsed) {
            this.noNotes = noNotes;
            this.notRepeated = notRepeated;
            this.notUsed = notUsed;
            return this;
        }

        public SidebarSpec scheduledAt(Instant at) {
            this.scheduledAt = at;
            return this;
        }

        public SidebarSpec startedAt(Instant at) {
            this.startedAt = at;
            return this;
        }

        public SidebarSpec endedAt(Instant at) {
            this.endedAt = at;
            return this;
        }

        /** Started and ended. */
        public SidebarSpec ran(Instant start, Instant end) {
            return startedAt(start).endedAt(end);
        }

        public SidebarSpec location(String location) {
            this.location = location;
            return this;
        }

        public SidebarSpec attendees(Person... attendees) {
            this.attendeeIds = ids(attendees);
            return this;
        }

        public SidebarSpec agenda(Demand... demandsOnIt) {
            this.agendaDemandIds = ids(demandsOnIt);
            return this;
        }

        public SidebarSpec notes(String confidentialNotes) {
            this.notes = confidentialNotes;
            return this;
        }

        public SidebarSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public Sidebar add() {
            Instant anchor = startedAt != null ? startedAt : scheduledAt != null ? scheduledAt : BASE;
            Instant suggested = suggestedSet ? suggestedAt : anchor.minus(Duration.ofHours(3));
            Instant informed = informedSet ? informedAt : anchor.minus(Duration.ofHours(2));
            Instant authorized = authorizedSet ? authorizedAt : anchor.minus(Duration.ofHours(1));
            Instant announced = announcedSet ? announcedAt : informed;
            Instant at = createdAt != null ? createdAt : nextCreatedAt();
            Instant updated = endedAt != null && endedAt.isAfter(at) ? endedAt : at;
            Sidebar sidebar = new Sidebar(id, purpose, requestedBy, suggested, informed, authorized, repsChosenBy, say,
                    doNotSay, noNotes, notRepeated, notUsed, scheduledAt, startedAt, endedAt, location, attendeeIds,
                    agendaDemandIds, notes, announced, at, updated);
            records.sidebars().add(sidebar);
            return sidebar;
        }
    }

    /** A topic of the sidebar on the demand, with both sides' positions filled in and no decision. */
    public TopicSpec topic(Sidebar sidebar, Demand demand) {
        return new TopicSpec(sidebar, demand);
    }

    public final class TopicSpec {
        private String id = nextId("topic");
        private final Sidebar sidebar;
        private final Demand demand;
        private String ourPosition;
        private String theirPosition;
        private String conclusion = "";
        private CommitteeDecision decision;
        private String decisionNote = "";
        private Instant decidedAt;
        private Instant createdAt;

        private TopicSpec(Sidebar sidebar, Demand demand) {
            this.sidebar = sidebar;
            this.demand = demand;
            this.ourPosition = "We hold to " + demand.code() + " as tabled";
            this.theirPosition = "They offer half of " + demand.code();
        }

        public TopicSpec id(String id) {
            this.id = id;
            return this;
        }

        public TopicSpec positions(String ours, String theirs) {
            this.ourPosition = ours;
            this.theirPosition = theirs;
            return this;
        }

        public TopicSpec conclusion(String conclusion) {
            this.conclusion = conclusion;
            return this;
        }

        public TopicSpec decided(CommitteeDecision decision, Instant at) {
            this.decision = decision;
            this.decidedAt = at;
            return this;
        }

        public TopicSpec decisionNote(String note) {
            this.decisionNote = note;
            return this;
        }

        public TopicSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public SidebarTopic add() {
            Instant at = createdAt != null ? createdAt : nextCreatedAt();
            Instant updated = decidedAt != null && decidedAt.isAfter(at) ? decidedAt : at;
            SidebarTopic topic = new SidebarTopic(id, sidebar.id(), demand.id(), ourPosition, theirPosition, conclusion,
                    decision, decisionNote, decidedAt, at, updated);
            records.topics().add(topic);
            return topic;
        }
    }

    /** The report-back on an ended sidebar, given 30 minutes after its end by nobody in particular. */
    public ReportBackSpec reportBack(Sidebar sidebar) {
        return new ReportBackSpec(sidebar);
    }

    public final class ReportBackSpec {
        private String id = nextId("report-back");
        private final Sidebar sidebar;
        private Instant reportedAt;
        private String reportedById;
        private boolean fullTeamPresent = true;
        private String summary = "Reported to the full team";
        private Instant createdAt;

        private ReportBackSpec(Sidebar sidebar) {
            this.sidebar = sidebar;
            this.reportedAt = sidebar.endedAt() != null ? sidebar.endedAt().plus(Duration.ofMinutes(30)) : BASE;
        }

        public ReportBackSpec id(String id) {
            this.id = id;
            return this;
        }

        public ReportBackSpec at(Instant at) {
            this.reportedAt = at;
            return this;
        }

        public ReportBackSpec by(Person person) {
            this.reportedById = person.id();
            return this;
        }

        public ReportBackSpec fullTeamPresent(boolean present) {
            this.fullTeamPresent = present;
            return this;
        }

        public ReportBackSpec summary(String summary) {
            this.summary = summary;
            return this;
        }

        public ReportBackSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public ReportBack add() {
            Instant at = createdAt != null ? createdAt : nextCreatedAt();
            ReportBack reportBack = new ReportBack(id, sidebar.id(), reportedAt, reportedById, fullTeamPresent, summary,
                    at, at);
            records.reportBacks().add(reportBack);
            return reportBack;
        }
    }

    // ---- agreements and ratification ----

    /** A TENTATIVE agreement reached at the table on {@link #BASE_DATE}, initialed by both sides that day. */
    public AgreementSpec agreement(Demand demand) {
        return new AgreementSpec(demand);
    }

    public final class AgreementSpec {
        private String id = nextId("agreement");
        private final Demand demand;
        private String text;
        private String publicText = "";
        private TaSource source = TaSource.TABLE;
        private String sidebarId;
        private LocalDate reachedOn = BASE_DATE;
        private LocalDate initialedByUsOn;
        private LocalDate initialedByThemOn;
        private boolean initialsSet;
        private Instant teamApprovedAt;
        private String confirmedSessionId;
        private TaStatus status = TaStatus.TENTATIVE;
        private Instant createdAt;

        private AgreementSpec(Demand demand) {
            this.demand = demand;
            this.text = "Agreed language on " + demand.code();
        }

        public AgreementSpec id(String id) {
            this.id = id;
            return this;
        }

        public AgreementSpec text(String text) {
            this.text = text;
            return this;
        }

        public AgreementSpec publicText(String publicText) {
            this.publicText = publicText;
            return this;
        }

        public AgreementSpec fromSidebar(Sidebar sidebar) {
            this.source = TaSource.SIDEBAR;
            this.sidebarId = sidebar.id();
            return this;
        }

        public AgreementSpec reachedOn(LocalDate date) {
            this.reachedOn = date;
            return this;
        }

        /** Initials by us and by them; null for not initialed. */
        public AgreementSpec initialed(LocalDate byUs, LocalDate byThem) {
            this.initialedByUsOn = byUs;
            this.initialedByThemOn = byThem;
            this.initialsSet = true;
            return this;
        }

        public AgreementSpec notInitialed() {
            return initialed(null, null);
        }

        public AgreementSpec teamApprovedAt(Instant at) {
            this.teamApprovedAt = at;
            return this;
        }

        public AgreementSpec confirmedAt(TableSession session) {
            this.confirmedSessionId = session.id();
            return this;
        }

        public AgreementSpec status(TaStatus status) {
            this.status = status;
            return this;
        }

        public AgreementSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public TentativeAgreement add() {
            Instant at = createdAt != null ? createdAt : nextCreatedAt();
            LocalDate us = initialsSet ? initialedByUsOn : reachedOn;
            LocalDate them = initialsSet ? initialedByThemOn : reachedOn;
            TentativeAgreement agreement = new TentativeAgreement(id, demand.id(), text, publicText, source, sidebarId,
                    reachedOn, us, them, teamApprovedAt, confirmedSessionId, status, at, at);
            records.agreements().add(agreement);
            return agreement;
        }
    }

    /** A memorandum of agreement drafted on {@link #BASE_DATE} holding these agreements, not yet voted on. */
    public RatificationSpec ratification(TentativeAgreement... inMemorandum) {
        return new RatificationSpec(ids(inMemorandum));
    }

    public final class RatificationSpec {
        private String id = nextId("ratification");
        private final List<String> agreementIds;
        private LocalDate moaDraftedOn = BASE_DATE;
        private LocalDate voteOn;
        private Integer eligibleVoters;
        private Integer yes;
        private Integer no;
        private Instant createdAt;

        private RatificationSpec(List<String> agreementIds) {
            this.agreementIds = agreementIds;
        }

        public RatificationSpec id(String id) {
            this.id = id;
            return this;
        }

        public RatificationSpec draftedOn(LocalDate date) {
            this.moaDraftedOn = date;
            return this;
        }

        public RatificationSpec vote(LocalDate on, int eligible, int yesVotes, int noVotes) {
            this.voteOn = on;
            this.eligibleVoters = eligible;
            this.yes = yesVotes;
            this.no = noVotes;
            return this;
        }

        /** A yes vote (180 to 20 of 250) on this date. */
        public RatificationSpec ratifiedOn(LocalDate on) {
            return vote(on, 250, 180, 20);
        }

        /** A no vote (40 to 160 of 250) on this date. */
        public RatificationSpec rejectedOn(LocalDate on) {
            return vote(on, 250, 40, 160);
        }

        public RatificationSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public Ratification add() {
            Instant at = createdAt != null ? createdAt : nextCreatedAt();
            Ratification ratification = new Ratification(id, moaDraftedOn, agreementIds, voteOn, eligibleVoters, yes, no,
                    at, at);
            records.ratifications().add(ratification);
            return ratification;
        }
    }

    // ---- information requests and compliance ----

    /** A request of ours asked on {@link #BASE_DATE}, due after the settings' default days, unanswered. */
    public InformationRequestSpec informationRequest(String subject) {
        return new InformationRequestSpec(subject);
    }

    public final class InformationRequestSpec {
        private String id = nextId("request");
        private final String subject;
        private Side askedBy = Side.OURS;
        private LocalDate askedOn = BASE_DATE;
        private LocalDate dueOn;
        private LocalDate answeredOn;
        private String notes = "";
        private Instant createdAt;

        private InformationRequestSpec(String subject) {
            this.subject = subject;
        }

        public InformationRequestSpec id(String id) {
            this.id = id;
            return this;
        }

        public InformationRequestSpec askedBy(Side side) {
            this.askedBy = side;
            return this;
        }

        public InformationRequestSpec askedOn(LocalDate date) {
            this.askedOn = date;
            return this;
        }

        public InformationRequestSpec dueOn(LocalDate date) {
            this.dueOn = date;
            return this;
        }

        public InformationRequestSpec answeredOn(LocalDate date) {
            this.answeredOn = date;
            return this;
        }

        public InformationRequestSpec notes(String notes) {
            this.notes = notes;
            return this;
        }

        public InformationRequestSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public InformationRequest add() {
            Instant at = createdAt != null ? createdAt : nextCreatedAt();
            LocalDate due = dueOn != null ? dueOn : askedOn.plusDays(settings.informationRequestDueDays());
            InformationRequest request = new InformationRequest(id, askedBy, askedOn, subject, due, answeredOn, notes,
                    at, at);
            records.informationRequests().add(request);
            return request;
        }
    }

    /** An OPEN obligation under a clause, with the settings' default grievance window. */
    public ComplianceItemSpec complianceItem(String obligation) {
        return new ComplianceItemSpec(obligation);
    }

    public final class ComplianceItemSpec {
        private String id = nextId("compliance");
        private final String obligation;
        private String clause = "Article 7.2";
        private String agreementId;
        private String responsibleParty = "Employer";
        private LocalDate dueOn;
        private ComplianceStatus status = ComplianceStatus.OPEN;
        private LocalDate breachNoticedOn;
        private LocalDate grievanceFiledOn;
        private Integer windowDays;
        private Instant createdAt;

        private ComplianceItemSpec(String obligation) {
            this.obligation = obligation;
        }

        public ComplianceItemSpec id(String id) {
            this.id = id;
            return this;
        }

        public ComplianceItemSpec clause(String clause) {
            this.clause = clause;
            return this;
        }

        public ComplianceItemSpec agreement(TentativeAgreement agreement) {
            this.agreementId = agreement.id();
            return this;
        }

        public ComplianceItemSpec responsibleParty(String party) {
            this.responsibleParty = party;
            return this;
        }

        public ComplianceItemSpec dueOn(LocalDate date) {
            this.dueOn = date;
            return this;
        }

        public ComplianceItemSpec status(ComplianceStatus status) {
            this.status = status;
            return this;
        }

        /** BREACHED, noticed on this date. */
        public ComplianceItemSpec breached(LocalDate noticedOn) {
            this.status = ComplianceStatus.BREACHED;
            this.breachNoticedOn = noticedOn;
            return this;
        }

        public ComplianceItemSpec grievanceFiledOn(LocalDate date) {
            this.grievanceFiledOn = date;
            return this;
        }

        public ComplianceItemSpec windowDays(int days) {
            this.windowDays = days;
            return this;
        }

        public ComplianceItemSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public ComplianceItem add() {
            Instant at = createdAt != null ? createdAt : nextCreatedAt();
            int window = windowDays != null ? windowDays : settings.defaultGrievanceWindowDays();
            ComplianceItem item = new ComplianceItem(id, clause, agreementId, obligation, responsibleParty, dueOn, status,
                    breachNoticedOn, grievanceFiledOn, window, at, at);
            records.complianceItems().add(item);
            return item;
        }
    }

    // ---- acknowledgements ----

    /** The committee's acknowledgement of a finding, given at {@link #BASE}. */
    public AcknowledgementSpec acknowledgement(String ruleId, EntityRef subject, String factsFingerprint) {
        return new AcknowledgementSpec(ruleId, subject, factsFingerprint);
    }

    public final class AcknowledgementSpec {
        private String id = nextId("acknowledgement");
        private final String ruleId;
        private final EntityRef subject;
        private final String fingerprint;
        private String by = "Chair";
        private String reason = "The committee discussed it and accepts it";
        private Instant at = BASE;
        private Instant createdAt;

        private AcknowledgementSpec(String ruleId, EntityRef subject, String fingerprint) {
            this.ruleId = ruleId;
            this.subject = subject;
            this.fingerprint = fingerprint;
        }

        public AcknowledgementSpec id(String id) {
            this.id = id;
            return this;
        }

        public AcknowledgementSpec by(String by) {
            this.by = by;
            return this;
        }

        public AcknowledgementSpec reason(String reason) {
            this.reason = reason;
            return this;
        }

        public AcknowledgementSpec at(Instant at) {
            this.at = at;
            return this;
        }

        public AcknowledgementSpec createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public RuleAcknowledgement add() {
            Instant created = createdAt != null ? createdAt : nextCreatedAt();
            RuleAcknowledgement ack = new RuleAcknowledgement(id, ruleId, subject, fingerprint, by, reason, at, created,
                    created);
            records.acknowledgements().add(ack);
            return ack;
        }
    }

    // ---- settings ----

    /** The rule thresholds, starting from the negotiation's current ones. */
    public static final class SettingsSpec {
        private int sidebarTimeLimitMinutes;
        private int reportBackWarningHours;
        private int reportBackErrorHours;
        private int seriesSpanDays;
        private int decisionWaitDays;
        private int expiryWindowDays;
        private int grievanceWarningDays;
        private int defaultGrievanceWindowDays;
        private int otherPartyNoticeDays;
        private int mediationNoticeDays;
        private int informationRequestDueDays;
        private List<String> vagueWords;
        private GrievanceWindowUnit grievanceWindowUnit;
        private List<LocalDate> holidays;
        private int strikeNoticeDays;

        public SettingsSpec(RuleSettings from) {
            sidebarTimeLimitMinutes = from.sidebarTimeLimitMinutes();
            reportBackWarningHours = from.reportBackWarningHours();
            reportBackErrorHours = from.reportBackErrorHours();
            seriesSpanDays = from.seriesSpanDays();
            decisionWaitDays = from.decisionWaitDays();
            expiryWindowDays = from.expiryWindowDays();
            grievanceWarningDays = from.grievanceWarningDays();
            defaultGrievanceWindowDays = from.defaultGrievanceWindowDays();
            otherPartyNoticeDays = from.otherPartyNoticeDays();
            mediationNoticeDays = from.mediationNoticeDays();
            informationRequestDueDays = from.informationRequestDueDays();
            vagueWords = from.vagueWords();
            grievanceWindowUnit = from.grievanceWindowUnit();
            holidays = from.holidays();
            strikeNoticeDays = from.strikeNoticeDays();
        }

        /** Grievance windows in working days, skipping weekends and these holidays. */
        public SettingsSpec workingDays(LocalDate... holidayList) {
            grievanceWindowUnit = GrievanceWindowUnit.WORKING_DAYS;
            holidays = List.of(holidayList);
            return this;
        }

        public SettingsSpec sidebarTimeLimitMinutes(int v) {
            sidebarTimeLimitMinutes = v;
            return this;
        }

        public SettingsSpec reportBackHours(int warning, int error) {
            reportBackWarningHours = warning;
            reportBackErrorHours = error;
            return this;
        }

        public SettingsSpec seriesSpanDays(int v) {
            seriesSpanDays = v;
            return this;
        }

        public SettingsSpec decisionWaitDays(int v) {
            decisionWaitDays = v;
            return this;
        }

        public SettingsSpec expiryWindowDays(int v) {
            expiryWindowDays = v;
            return this;
        }

        public SettingsSpec grievanceWarningDays(int v) {
            grievanceWarningDays = v;
            return this;
        }

        public SettingsSpec defaultGrievanceWindowDays(int v) {
            defaultGrievanceWindowDays = v;
            return this;
        }

        public SettingsSpec noticeDays(int otherParty, int mediation) {
            otherPartyNoticeDays = otherParty;
            mediationNoticeDays = mediation;
            return this;
        }

        public SettingsSpec informationRequestDueDays(int v) {
            informationRequestDueDays = v;
            return this;
        }

        public SettingsSpec vagueWords(String... words) {
            vagueWords = List.of(words);
            return this;
        }

        public RuleSettings build() {
            return new RuleSettings(sidebarTimeLimitMinutes, reportBackWarningHours, reportBackErrorHours,
                    seriesSpanDays, decisionWaitDays, expiryWindowDays, grievanceWarningDays, defaultGrievanceWindowDays,
                    otherPartyNoticeDays, mediationNoticeDays, informationRequestDueDays, vagueWords,
                    grievanceWindowUnit, holidays, strikeNoticeDays);
        }
    }
}
