package org.tablebook.testing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tablebook.domain.Classification;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostItemKind;
import org.tablebook.domain.CostingBaseline;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.GrievanceWindowUnit;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.PayBasis;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.SectionLanguage;
import org.tablebook.domain.Sector;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;

/**
 * Seeded generator of valid, varied negotiations for property-style tests: every entity kind,
 * times placed on and around the rules' thresholds, clocks in zones far from UTC, and no dangling
 * reference (each snapshot passes {@link NegotiationSnapshot#checkConsistency()}). The same seed
 * always gives the same snapshot and clock.
 */
public final class RandomSnapshots {

    /** One generated case: print the seed when it fails. */
    public record Sample(long seed, NegotiationSnapshot snapshot, Clock clock) {
        @Override
        public String toString() {
            return "seed " + seed + ": " + snapshot + " at " + clock.instant() + " " + clock.getZone();
        }
    }

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"),
            ZoneId.of("Europe/Berlin"));
    private static final List<String> WORDS = List.of("and/or", "provided that", "reasonable", "shall endeavor",
            "as appropriate");
    private static final List<String> NAMES = List.of("Ana", "Ben", "Chloe", "Dev", "Eun-ji", "Farid", "Grace",
            "Hamza", "Ines", "Jorge");
    private static final List<String> TOPICS = List.of("Wages", "Staffing ratios", "Holidays", "Parking", "Overtime",
            "Seniority", "Uniforms", "Health plan");
    private static final List<String> PHRASES = List.of("Wages rise 3% a year", "Overtime by seniority and/or rotation",
            "Reasonable notice of schedule changes", "Staffing per the ratio table, provided that funds allow",
            "No unreasonable delays", "Grid reopened in year two", "The employer shall endeavor to post schedules",
            "");

    private final Random random;
    private final long seed;
    private Instant now;
    private LocalDate today;
    private RuleSettings settings;

    private RandomSnapshots(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public static Sample generate(long seed) {
        return new RandomSnapshots(seed).sample();
    }

    private Sample sample() {
        ZoneId zone = pick(ZONES);
        now = SnapshotBuilder.BASE.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
        today = LocalDate.ofInstant(now, zone);
        settings = randomSettings();

        SnapshotBuilder b = random.nextInt(3) == 0 ? SnapshotBuilder.community() : SnapshotBuilder.union();
        b.settings(settings);
        LocalDate started = today.minusDays(90);
        b.startedOn(started);
        if (random.nextInt(4) > 0) {
            int days = pick(List.of(settings.expiryWindowDays(), settings.otherPartyNoticeDays(),
                    settings.mediationNoticeDays(), 0, -5, 90));
            b.contractExpiresOn(today.plusDays(days + random.nextInt(3) - 1));
        }
        if (random.nextBoolean()) {
            b.newDemandDeadline(today.minusDays(random.nextInt(30)));
        }
        if (random.nextInt(3) == 0) {
            b.otherPartyNoticeOn(today.minusDays(random.nextInt(70)));
        }
        if (random.nextInt(3) == 0) {
            b.mediationNoticeOn(today.minusDays(random.nextInt(40)));
        }
        if (random.nextInt(3) == 0) {
            b.sector(pick(List.of(Sector.values())));
            settings = b.negotiation().ruleSettings();
        }
        if (random.nextInt(3) == 0) {
            // The table's zone, not the computer's: days are counted there.
            b.zone(pick(ZONES).getId());
        }
        if (random.nextInt(3) == 0) {
            LocalDate strikeOn = today.plusDays(settings.strikeNoticeDays() + random.nextInt(5) - 2);
            LocalDate lastDay = strikeOn.minusDays(settings.strikeNoticeDays());
            b.strike(strikeOn, random.nextBoolean() ? null : lastDay.plusDays(random.nextInt(3) - 1));
        }

        List<Person> people = people(b);
        List<Demand> demands = demands(b);
        List<TableSession> sessions = sessions(b, people);
        proposals(b, demands, sessions);
        List<Sidebar> sidebars = sidebars(b, people, demands);
        topicsAndReportBacks(b, sidebars, demands, people);
        List<TentativeAgreement> agreements = agreements(b, demands, sidebars, sessions);
        ratifications(b, agreements);
        informationRequests(b);
        complianceItems(b, agreements);
        NegotiationSnapshot withoutAcknowledgements = b.build();
        acknowledgements(b, withoutAcknowledgements);
        // Costing last, so that the records above stay what each seed made before costing existed.
        // The contract after it, for the same reason.
        return new Sample(seed, withContract(withCosting(b.build(), now), now), Clock.fixed(now, zone));
    }

    /** The snapshot with a costing baseline, classifications and priced items on passes, half the time. */
    private NegotiationSnapshot withCosting(NegotiationSnapshot s, Instant now) {
        if (random.nextBoolean()) {
            return s;
        }
        LocalDate start = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(random.nextInt(60));
        List<CostingBaseline> baselines = List.of(new CostingBaseline("costing-baseline", "USD", start,
                start.plusYears(1 + random.nextInt(3)).minusDays(1), new BigDecimal("7.65"), now, now));
        List<Classification> classes = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            classes.add(new Classification("classification-" + i, pick(TOPICS), 1 + random.nextInt(200),
                    pick(List.of(PayBasis.values())), new BigDecimal("25.50"), new BigDecimal("2080"),
                    new BigDecimal("40"), new BigDecimal("1.5"), new BigDecimal("100"), new BigDecimal("1.00"),
                    new BigDecimal("500"), new BigDecimal("80.0"), new BigDecimal("3.0"), now, now));
        }
        List<CostItem> items = new ArrayList<>();
        for (int i = 0, n = s.proposals().isEmpty() ? 0 : random.nextInt(5); i < n; i++) {
            CostItemKind kind = pick(List.of(CostItemKind.values()));
            String classId = classes.isEmpty() ? null
                    : random.nextBoolean() || kind.needsClassification() ? pick(classes).id() : null;
            if (classId == null && kind.needsClassification()) {
                continue;
            }
            items.add(new CostItem("cost-item-" + i, pick(s.proposals()).id(), kind, classId, new BigDecimal("2.5"),
                    start.plusDays(random.nextInt(365)), "", now, now));
        }
        NegotiationSnapshot costed = new NegotiationSnapshot(s.negotiation(), s.people(), s.demands(), s.proposals(),
                s.sessions(), s.sidebars(), s.topics(), s.reportBacks(), s.agreements(), s.ratifications(),
                s.informationRequests(), s.complianceItems(), s.acknowledgements(), baselines, classes, items);
        costed.checkConsistency();
        return costed;
    }

    /**
     * The snapshot with contract sections and language on demands, half the time: some agreements
     * hold no agreed text, and agreements on a shared section often give it different words.
     */
    private NegotiationSnapshot withContract(NegotiationSnapshot s, Instant now) {
        if (random.nextBoolean() || s.demands().isEmpty()) {
            return s;
        }
        List<ContractSection> sections = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            sections.add(new ContractSection("contract-section-" + i, String.valueOf(i + 1), pick(TOPICS), "", "",
                    random.nextInt(4) == 0 ? null : pick(PHRASES), i, now, now));
        }
        List<SectionLanguage> language = new ArrayList<>();
        for (var demand : s.demands()) {
            if (random.nextBoolean()) {
                continue;
            }
            ContractSection section = pick(sections);
            language.add(SectionLanguage.changes("section-language-" + language.size(), section.id(), demand.id(),
                    now));
            for (var pass : s.proposalsOf(demand.id())) {
                if (random.nextBoolean()) {
                    language.add(SectionLanguage.proposed("section-language-" + language.size(), section.id(), pass,
                            pick(PHRASES), now));
                }
            }
            for (var ta : s.agreementsOf(demand.id())) {
                if (random.nextInt(3) > 0) {
                    language.add(SectionLanguage.agreed("section-language-" + language.size(), section.id(), ta, null,
                            pick(PHRASES), now));
                }
            }
        }
        NegotiationSnapshot withContract = new NegotiationSnapshot(s.negotiation(), s.people(), s.demands(),
                s.proposals(), s.sessions(), s.sidebars(), s.topics(), s.reportBacks(), s.agreements(),
                s.ratifications(), s.informationRequests(), s.complianceItems(), s.acknowledgements(),
                s.costingBaselines(), s.classifications(), s.costItems(), sections, language);
        withContract.checkConsistency();
        return withContract;
    }

    private RuleSettings randomSettings() {
        if (random.nextInt(3) == 0) {
            return RuleSettings.DEFAULTS;
        }
        int warning = random.nextInt(4);
        List<String> words = WORDS.stream().filter(w -> random.nextInt(3) > 0).toList();
        RuleSettings settings = new RuleSettings(pick(List.of(0, 1, 30, 90, 120)), warning, warning + random.nextInt(30),
                random.nextInt(5), random.nextInt(5), random.nextInt(40), random.nextInt(5), random.nextInt(21),
                pick(List.of(0, 30, 60)), pick(List.of(0, 15, 30)), random.nextInt(20), words);
        if (random.nextBoolean()) {
            List<LocalDate> holidays = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                holidays.add(today.plusDays(random.nextInt(30) - 25));
            }
            settings = settings.withGrievanceWindow(GrievanceWindowUnit.WORKING_DAYS, holidays);
        }
        return settings;
    }

    private List<Person> people(SnapshotBuilder b) {
        List<Person> people = new ArrayList<>();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            SnapshotBuilder.PersonSpec spec = b.person(pick(NAMES) + " " + (i + 1))
                    .side(random.nextBoolean() ? Side.OURS : Side.THEIRS)
                    .role(pick(List.of(PersonRole.values())))
                    .canAgree(random.nextInt(3) == 0)
                    .createdAt(someTimeBefore());
            if (random.nextInt(5) == 0) {
                spec.inactive();
            }
            people.add(spec.add());
        }
        return people;
    }

    private List<Demand> demands(SnapshotBuilder b) {
        List<Demand> demands = new ArrayList<>();
        int n = random.nextInt(7);
        for (int i = 0; i < n; i++) {
            boolean ours = random.nextInt(4) > 0;
            SnapshotBuilder.DemandSpec spec = b.demand((ours ? "U-" : "E-") + (i + 1), pick(TOPICS))
                    .proposedBy(ours ? Side.OURS : Side.THEIRS)
                    .category(pick(List.of(DemandCategory.values())))
                    .priority(pick(List.of(DemandPriority.values())))
                    .status(pick(List.of(DemandStatus.values())))
                    .description(random.nextBoolean() ? "Internal: " + pick(PHRASES) : "")
                    .publicSummary(random.nextBoolean() ? pick(PHRASES) : "")
                    .createdAt(someTimeBefore());
            int origin = random.nextInt(DemandOrigin.values().length + 1);
            if (origin == DemandOrigin.values().length) {
                spec.noOrigin();
            } else {
                spec.origin(DemandOrigin.values()[origin], random.nextBoolean() ? "From the spring survey" : " ");
            }
            if (random.nextInt(5) == 0) {
                spec.confidential();
            }
            demands.add(spec.add());
        }
        return demands;
    }

    private List<TableSession> sessions(SnapshotBuilder b, List<Person> people) {
        List<TableSession> sessions = new ArrayList<>();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            sessions.add(b.session(today.plusDays(random.nextInt(12) - 10))
                    .attendees(subset(people).toArray(Person[]::new))
                    .notes(random.nextBoolean() ? "Passed proposals" : "")
                    .createdAt(someTimeBefore())
                    .add());
        }
        return sessions;
    }

    private void proposals(SnapshotBuilder b, List<Demand> demands, List<TableSession> sessions) {
        if (demands.isEmpty()) {
            return;
        }
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            SnapshotBuilder.ProposalSpec spec = b.proposal(pick(demands))
                    .side(random.nextBoolean() ? Side.OURS : Side.THEIRS)
                    .passedOn(today.plusDays(random.nextInt(25) - 22))
                    .kind(pick(List.of(ProposalKind.values())))
                    .summary(random.nextBoolean() ? pick(PHRASES) + " on the grid" : "Counter on the grid")
                    .text(pick(PHRASES))
                    .createdAt(someTimeBefore());
            if (!sessions.isEmpty() && random.nextBoolean()) {
                spec.session(pick(sessions));
            }
            spec.add();
        }
    }

    private List<Sidebar> sidebars(SnapshotBuilder b, List<Person> people, List<Demand> demands) {
        List<Sidebar> sidebars = new ArrayList<>();
        int n = random.nextInt(6);
        Duration limit = Duration.ofMinutes(settings.sidebarTimeLimitMinutes());
        for (int i = 0; i < n; i++) {
            SnapshotBuilder.SidebarSpec spec = b.sidebar(pick(TOPICS).toLowerCase())
                    .requestedBy(random.nextBoolean() ? Side.OURS : Side.THEIRS)
                    .repsChosenBy(random.nextInt(5) == 0 ? null : pick(List.of(RepsChosenBy.values())))
                    .groundRules(groundRule(), groundRule(), groundRule())
                    .attendees(subset(people).toArray(Person[]::new))
                    .agenda(subset(demands).toArray(Demand[]::new))
                    .notes(random.nextInt(3) == 0 ? "They hinted at 4%" : "")
                    .createdAt(someTimeBefore());
            switch (random.nextInt(3)) {
                case 0 -> spec.instructions("Float the package", "Not the strike date");
                case 1 -> spec.instructions(random.nextBoolean() ? "Float the package" : " ", "");
                default -> spec.noInstructions();
            }
            Instant start = null;
            switch (random.nextInt(5)) {
                case 0 -> spec.scheduledAt(random.nextBoolean() ? now.plus(Duration.ofHours(2)) : null);
                case 1 -> {
                    start = now.minus(limit).plus(edge());
                    spec.startedAt(start);
                }
                case 2 -> {
                    Instant end = now.minus(Duration.ofHours(pick(List.of(settings.reportBackWarningHours(),
                            settings.reportBackErrorHours())))).plus(edge());
                    start = end.minus(limit).plus(edge());
                    start = start.isAfter(end) ? end : start;
                    spec.ran(start, end);
                }
                default -> {
                    // A series over days, ending on or around the span limit.
                    Instant end = now.minus(Duration.ofDays(random.nextInt(7))).plus(edge());
                    start = end.minus(Duration.ofMinutes(random.nextInt(200)));
                    if (random.nextBoolean()) {
                        spec.ran(start, end);
                    } else {
                        spec.startedAt(start);
                    }
                }
            }
            Instant anchor = start != null ? start : now;
            spec.informedAt(aroundOrNull(anchor)).authorizedAt(aroundOrNull(anchor)).announcedAt(aroundOrNull(anchor));
            sidebars.add(spec.add());
        }
        return sidebars;
    }

    private void topicsAndReportBacks(SnapshotBuilder b, List<Sidebar> sidebars, List<Demand> demands,
            List<Person> people) {
        int started = 0;
        for (Sidebar sidebar : sidebars) {
            // Every other started sidebar has its start kept as it was (its attendees then), drawn
            // without the generator's random numbers so a seed's negotiation stays as it was.
            if (sidebar.startedAt() != null && started++ % 2 == 0) {
                b.start(sidebar, sidebar.attendeeIds(),
                        sidebar.teamAuthorizedAt() == null ? List.of("TEAM_AUTHORIZED") : List.of());
            }
            for (Demand demand : subset(demands)) {
                SnapshotBuilder.TopicSpec topic = b.topic(sidebar, demand)
                        .positions(random.nextInt(4) == 0 ? "" : "Hold at 3%", random.nextInt(4) == 0 ? " " : "2% max")
                        .conclusion(random.nextBoolean() ? "Split the difference" : "")
                        .createdAt(someTimeBefore());
                if (random.nextBoolean()) {
                    topic.decided(pick(List.of(CommitteeDecision.values())), now.minus(Duration.ofHours(random.nextInt(48))));
                }
                topic.add();
            }
            if (sidebar.endedAt() != null && random.nextBoolean()) {
                Instant due = now.minus(Duration.ofDays(settings.decisionWaitDays() + random.nextInt(2))).plus(edge());
                Instant reportedAt = due.isBefore(sidebar.endedAt()) ? sidebar.endedAt() : due;
                SnapshotBuilder.ReportBackSpec report = b.reportBack(sidebar).at(reportedAt)
                        .fullTeamPresent(random.nextBoolean()).createdAt(someTimeBefore());
                if (!people.isEmpty() && random.nextBoolean()) {
                    report.by(pick(people));
                }
                report.add();
            }
        }
    }

    private List<TentativeAgreement> agreements(SnapshotBuilder b, List<Demand> demands, List<Sidebar> sidebars,
            List<TableSession> sessions) {
        List<TentativeAgreement> agreements = new ArrayList<>();
        if (demands.isEmpty()) {
            return agreements;
        }
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            LocalDate reached = today.minusDays(random.nextInt(20));
            TaStatus status = pick(List.of(TaStatus.values()));
            SnapshotBuilder.AgreementSpec spec = b.agreement(pick(demands))
                    .text(random.nextBoolean() ? pick(PHRASES) + " (agreed)" : "Article 12 as tabled")
                    .publicText(random.nextBoolean() ? "Better wages" : "")
                    .reachedOn(reached)
                    .initialed(random.nextInt(4) == 0 ? null : reached.plusDays(random.nextInt(3)),
                            random.nextInt(4) == 0 ? null : reached)
                    .status(status)
                    .createdAt(someTimeBefore());
            boolean fromSidebar = !sidebars.isEmpty() && random.nextBoolean();
            if (fromSidebar) {
                spec.fromSidebar(pick(sidebars));
            }
            if ((fromSidebar && status.isBeyondTentative()) || random.nextBoolean()) {
                spec.teamApprovedAt(now.minus(Duration.ofHours(random.nextInt(100))));
            }
            if (!sessions.isEmpty() && random.nextBoolean()) {
                spec.confirmedAt(pick(sessions));
            }
            agreements.add(spec.add());
        }
        return agreements;
    }

    private void ratifications(SnapshotBuilder b, List<TentativeAgreement> agreements) {
        List<TentativeAgreement> ratified = agreements.stream().filter(a -> a.status() == TaStatus.RATIFIED).toList();
        if (!ratified.isEmpty()) {
            b.ratification(ratified.toArray(TentativeAgreement[]::new)).draftedOn(today.minusDays(10))
                    .vote(today.minusDays(3), 200, 51 + random.nextInt(49), random.nextInt(51))
                    .createdAt(someTimeBefore()).add();
        }
        if (random.nextInt(3) == 0) {
            SnapshotBuilder.RatificationSpec spec = b.ratification(subset(agreements).toArray(TentativeAgreement[]::new))
                    .draftedOn(today.minusDays(random.nextInt(10))).createdAt(someTimeBefore());
            if (random.nextBoolean()) {
                int yes = random.nextInt(60);
                spec.vote(today, 120, yes, pick(List.of(yes, yes + 1, 120 - yes)));
            }
            spec.add();
        }
    }

    private void informationRequests(SnapshotBuilder b) {
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            LocalDate asked = today.minusDays(random.nextInt(20));
            LocalDate due = today.plusDays(random.nextInt(5) - 2);
            SnapshotBuilder.InformationRequestSpec spec = b.informationRequest(pick(TOPICS) + " data")
                    .askedBy(random.nextBoolean() ? Side.OURS : Side.THEIRS)
                    .askedOn(asked)
                    .dueOn(due.isBefore(asked) ? asked : due)
                    .createdAt(someTimeBefore());
            if (random.nextInt(3) == 0) {
                spec.answeredOn(asked.plusDays(random.nextInt(20)));
            }
            spec.add();
        }
    }

    private void complianceItems(SnapshotBuilder b, List<TentativeAgreement> agreements) {
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            int window = random.nextInt(21);
            SnapshotBuilder.ComplianceItemSpec spec = b.complianceItem("Post schedules " + (i + 1) + " weeks ahead")
                    .windowDays(window)
                    .dueOn(random.nextBoolean() ? today.plusDays(random.nextInt(10) - 5) : null)
                    .status(pick(List.of(ComplianceStatus.OPEN, ComplianceStatus.MET)))
                    .createdAt(someTimeBefore());
            if (!agreements.isEmpty() && random.nextBoolean()) {
                spec.agreement(pick(agreements)).clause("");
            }
            if (random.nextBoolean()) {
                int daysLeft = settings.grievanceWarningDays() + random.nextInt(3) - 1;
                LocalDate noticed = today.plusDays(daysLeft - window);
                spec.breached(noticed);
                if (random.nextInt(3) == 0) {
                    spec.grievanceFiledOn(noticed.plusDays(random.nextInt(5)));
                }
            }
            spec.add();
        }
    }

    /** A few acknowledgements of whatever is in the file, with fingerprints that match nothing. */
    private void acknowledgements(SnapshotBuilder b, NegotiationSnapshot snapshot) {
        List<Entity> entities = snapshot.entities().toList();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            b.acknowledgement(pick(List.of("SIDEBAR_SOLO", "VAGUE_LANGUAGE", "NO_SUCH_RULE")),
                    EntityRef.of(pick(entities)), Long.toHexString(random.nextLong()))
                    .at(now.minus(Duration.ofHours(random.nextInt(100)))).createdAt(someTimeBefore()).add();
        }
    }

    // ---- small helpers ----

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> List<T> subset(List<T> items) {
        return items.stream().filter(x -> random.nextInt(3) == 0).toList();
    }

    private GroundRuleStatus groundRule() {
        return pick(List.of(GroundRuleStatus.values()));
    }

    /** Nothing, a second, a minute, or up to a day, either way: the places where thresholds bite. */
    private Duration edge() {
        return switch (random.nextInt(7)) {
            case 0 -> Duration.ZERO;
            case 1 -> Duration.ofSeconds(1);
            case 2 -> Duration.ofSeconds(-1);
            case 3 -> Duration.ofMinutes(1);
            case 4 -> Duration.ofMinutes(-1);
            default -> Duration.ofMinutes(random.nextInt(2 * 24 * 60) - 24 * 60);
        };
    }

    /** Null, well before, exactly at, or just after the anchor. */
    private Instant aroundOrNull(Instant anchor) {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> anchor;
            case 2 -> anchor.plusSeconds(1);
            default -> anchor.minus(Duration.ofMinutes(1 + random.nextInt(600)));
        };
    }

    /** When a record was logged: some time in the month before now, to the second. */
    private Instant someTimeBefore() {
        return now.minusSeconds(random.nextInt(30 * 24 * 3600));
    }
}
