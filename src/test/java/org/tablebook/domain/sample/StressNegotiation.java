package org.tablebook.domain.sample;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
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
import org.tablebook.domain.EntityKind;
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
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;

/**
 * A negotiation far larger than any real one, to measure Tablebook against and to wear the store
 * out with: by default 200 people, 2,000 demands, 20,000 passes, 300 table sessions, 1,000 sidebars
 * with their topics and report-backs, 1,500 tentative agreements, and a few of every other record.
 * Then {@link #edits} gives an endless, seeded stream of the everyday actions a team takes on such
 * a negotiation (a pass logged, a demand's status moved, a committee decision recorded, a
 * report-back made), each one valid against the records as they stand after the ones before it.
 *
 * <p>Everything is derived from the seed and the clock: the same arguments always give the same
 * records, ids included, and the same stream of edits. Every record passes its own validation and
 * the snapshot passes {@link NegotiationSnapshot#checkConsistency()}; its lists are in creation
 * order, as the store keeps them. Records are created over the year before the clock's today and
 * the edits are dated from 30 days before it, a few seconds to a minute apart.
 */
public final class StressNegotiation {
    /** The title of the generated negotiation. */
    public static final String TITLE = "Amalgamated Transit Workers \u2013 Metro Regional Transit (generated stress test)";

    private StressNegotiation() {
    }

    /**
     * How many records of each kind to make. Sidebars each get one to three topics, and nine in
     * ten of those that have ended get a report-back.
     */
    public record Size(int people, int demands, int passes, int sessions, int sidebars, int agreements) {
        /** The size the benchmarks are measured on. */
        public static final Size STRESS = new Size(200, 2_000, 20_000, 300, 1_000, 1_500);

        public Size {
            if (people < 12 || demands < 10 || passes < demands || sessions < 3 || sidebars < 4 || agreements < 4) {
                throw new IllegalArgumentException("Too small to hold every kind of record: " + people + " people, "
                        + demands + " demands, " + passes + " passes, " + sessions + " sessions, " + sidebars
                        + " sidebars, " + agreements + " agreements.");
            }
        }
    }

    /**
     * One action as a person would take it: its label, and the records it creates, changes or
     * deletes, in an order that keeps every reference whole. Applied in one transaction.
     */
    public record Edit(String label, List<Op> ops) {
        public Edit {
            Objects.requireNonNull(label, "label");
            ops = List.copyOf(ops);
        }
    }

    /** One record written by an {@link Edit}. */
    public sealed interface Op permits Insert, Update, Delete {
    }

    /** A new record. */
    public record Insert(Entity record) implements Op {
    }

    /** A record replaced by a changed version of itself; it always differs from the one before. */
    public record Update(Entity record) implements Op {
    }

    /** A record removed; nothing points at it. */
    public record Delete(EntityRef ref) implements Op {
    }

    /** The negotiation at {@link Size#STRESS}. */
    public static NegotiationSnapshot build(long seed, Clock clock) {
        return build(seed, Size.STRESS, clock);
    }

    public static NegotiationSnapshot build(long seed, Size size, Clock clock) {
        return new Builder(seed, size, clock).build();
    }

    /**
     * An endless stream of edits on {@code start} (a snapshot made by {@link #build}), seeded
     * separately from it. Each edit is valid against the records as the edits before it left them;
     * about as many passes are deleted (of those it logged) as are logged, so the counts stay near
     * the start's.
     */
    public static Iterator<Edit> edits(NegotiationSnapshot start, long seed, Clock clock) {
        return new Editor(start, seed, clock);
    }

    /** The records of {@code snapshot} after {@code edits}, applied in order; for checking a store against. */
    public static Map<EntityRef, Entity> apply(NegotiationSnapshot snapshot, List<Edit> edits) {
        Map<EntityRef, Entity> records = new LinkedHashMap<>();
        snapshot.entities().forEach(e -> records.put(EntityRef.of(e), e));
        for (Edit edit : edits) {
            for (Op op : edit.ops()) {
                if (op instanceof Insert i) {
                    records.put(EntityRef.of(i.record()), i.record());
                } else if (op instanceof Update u) {
                    records.put(EntityRef.of(u.record()), u.record());
                } else if (op instanceof Delete d) {
                    records.remove(d.ref());
                }
            }
        }
        return records;
    }

    // ---- words to make text of: plain, varied, the length of what a note-taker types ----

    private static final List<String> FIRST = List.of("Ana", "Ben", "Chloe", "Darnell", "Eun-ji", "Farid", "Grace",
            "Hamza", "Ines", "Jorge", "Keisha", "Luis", "Mei", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam",
            "Tomasz", "Uma", "Victor", "Wanda", "Xavier", "Yusuf", "Zoe");
    private static final List<String> LAST = List.of("Abara", "Brennan", "Castillo", "Dubois", "Eriksen", "Fofana",
            "Garcia", "Haddad", "Ivanova", "Johnson", "Kowalski", "Lindqvist", "Mensah", "Nguyen", "Okafor", "Patel",
            "Quispe", "Rossi", "Sato", "Tran", "Umarov", "Vargas", "Weber", "Yilmaz", "Zhang");
    private static final List<String> SUBJECTS = List.of("wage increases", "step progression", "health premiums",
            "pension accrual", "overtime assignment", "shift bidding", "split shifts", "spread time", "restroom breaks",
            "operator assaults", "bus cab barriers", "seniority for runs", "extra board rules", "uniform allowance",
            "sick leave", "bereavement leave", "parental leave", "holiday pay", "training pay", "tool allowance",
            "mechanic certifications", "subcontracting paratransit", "new routes on-call", "camera footage use",
            "discipline timelines", "attendance points", "drug testing", "layover time", "report time",
            "vacation picks", "union release time", "grievance steps", "arbitration costs", "scheduling software",
            "electric bus training", "heat in garages", "parking at the depot", "shuttle to the yard");
    private static final List<String> CLAIMS = List.of("Members ranked it in the top three in the survey.",
            "Forty-one grievances on it since the last contract.", "Operators raised it at every depot meeting.",
            "The employer's own numbers show the cost is small.", "Comparable agencies already give it.",
            "It came up again after the winter service cuts.", "The mechanics' unit voted it a strike issue.",
            "Night operators say it is their first worry.", "The state law changed; the contract must follow.",
            "Management has promised it twice and not delivered.");
    private static final List<String> POSITIONS = List.of("Hold firm on the full demand.",
            "Can move on timing, not on substance.", "Trade for movement on scheduling.",
            "Accept a pilot at two depots with a review after a year.", "Phase it in over the contract's life.",
            "Only with a joint committee to oversee it.", "Drop the number, keep the principle.",
            "Wants it tied to the pension freeze.", "Says the budget cannot carry it this year.",
            "Offers half now, half in year two.");
    private static final List<String> LOCATIONS = List.of("Metro HQ, 4th floor board room", "Local 1127 hall, Garage Street",
            "Northside depot training room", "Hotel Marlowe, Salon B", "State mediation office, room 12");
    private static final List<String> SESSION_NOTES = List.of("Both teams present. The employer passed counters on ",
            "Caucused twice. We tabled revised language on ", "Long session; most of the afternoon went to ",
            "The mediator attended. Movement on ", "Short session after the rally. Brief exchange on ");

    private static String name(Random random) {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String uuid(Random random) {
        return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
    }

    /** Builds the negotiation record kind by record kind, as a team would have logged it over a year. */
    private static final class Builder {
        private final NegotiationRecords records = new NegotiationRecords();
        private final Random random;
        private final Size size;
        private final ZoneId zone;
        private final LocalDate today;
        private final Instant now;
        private long logged;


        Builder(long seed, Size size, Clock clock) {
            this.random = new Random(seed);
            this.size = size;
            this.zone = clock.getZone();
            this.now = clock.instant();
            this.today = now.atZone(zone).toLocalDate();
        }

        private LocalDate day(int offset) {
            return today.plusDays(offset);
        }

        private Instant at(LocalDate date, int minuteOfDay) {
            return date.atStartOfDay(zone).plusMinutes(minuteOfDay).toInstant();
        }

        /** When a record was typed in: just after {@code at}, each one later than the one before. */
        private Instant logged(Instant at) {
            return at.plusMillis(++logged);
        }

        private String id() {
            return uuid(random);
        }

        NegotiationSnapshot build() {
            Negotiation negotiation = new Negotiation(id(), TITLE, NegotiationKind.UNION_CONTRACT,
                    "Amalgamated Transit Workers, Local 1127", "Metro Regional Transit Authority",
                    "About 4,200 bus operators, mechanics, station agents and paratransit drivers of Metro Regional "
                            + "Transit.",
                    day(-380), day(25), day(-335), day(-40), null, RuleSettings.DEFAULTS, at(day(-390), 600),
                    at(day(-390), 600));
            people();
            demands();
            sessions();
            passes();
            sidebars();
            agreements();
            ratifications();
            requests();
            compliance();
            acknowledgements();
            return records.snapshotInCreationOrder(negotiation);
        }

        private void people() {
            int ours = size.people() * 3 / 5;
            for (int i = 0; i < size.people(); i++) {
                boolean our = i < ours;
                PersonRole role;
                if (i == 0 || i == ours) {
                    role = PersonRole.CHIEF_NEGOTIATOR;
                } else if (i == ours + 1) {
                    role = PersonRole.DECISION_MAKER;
                } else {
                    role = our ? pick(random, List.of(PersonRole.COMMITTEE_MEMBER, PersonRole.STEWARD, PersonRole.STAFF,
                            PersonRole.OBSERVER)) : pick(random, List.of(PersonRole.STAFF, PersonRole.COUNSEL,
                            PersonRole.OBSERVER, PersonRole.DECISION_MAKER));
                }
                Instant created = logged(at(day(-389 + i % 30), 1_080));
                records.people().add(new Person(id(), name(random), our ? Side.OURS : Side.THEIRS, role,
                        role == PersonRole.CHIEF_NEGOTIATOR || role == PersonRole.DECISION_MAKER,
                        random.nextInt(12) != 0, created, created));
            }
        }

        private List<Person> side(Side side) {
            return records.people().stream().filter(p -> p.side() == side).toList();
        }

        private void demands() {
            int ours = size.demands() * 3 / 5;
            for (int i = 0; i < size.demands(); i++) {
                boolean our = i < ours;
                String code = our ? "U-" + (i + 1) : "E-" + (i - ours + 1);
                String subject = pick(random, SUBJECTS);
                LocalDate drafted = our ? day(-385 + random.nextInt(30)) : day(-370 + random.nextInt(30));
                if (our && random.nextInt(40) == 0) {
                    drafted = day(-300 + random.nextInt(200)); // tabled after the deadline: bargaining backwards
                }
                Instant created = logged(at(drafted, 1_200));
                int roll = random.nextInt(100);
                DemandStatus status = roll < 5 ? DemandStatus.DRAFT : roll < 60 ? DemandStatus.ON_TABLE
                        : roll < 85 ? DemandStatus.TENTATIVELY_AGREED : roll < 95 ? DemandStatus.WITHDRAWN
                        : DemandStatus.REJECTED;
                DemandOrigin origin = our && random.nextInt(8) != 0 ? pick(random, List.of(DemandOrigin.values())) : null;
                records.demands().add(new Demand(id(), code, "Art. " + (1 + random.nextInt(48)) + "." + (1 + random.nextInt(9)),
                        (our ? "Improve " : "Change ") + subject + " (" + code + ")",
                        "Internal: " + pick(random, CLAIMS) + " " + pick(random, CLAIMS) + " Floor: "
                                + pick(random, POSITIONS).toLowerCase(),
                        "Better " + subject + " for every member of the unit.", our ? Side.OURS : Side.THEIRS,
                        pick(random, List.of(DemandCategory.values())), pick(random, List.of(DemandPriority.values())),
                        pick(random, List.of(DemandSubject.values())), origin,
                        origin == null ? "" : pick(random, CLAIMS), status, random.nextInt(20) == 0, created, created));
            }
        }

        private void sessions() {
            List<String> ours = side(Side.OURS).stream().map(Person::id).toList();
            List<String> theirs = side(Side.THEIRS).stream().map(Person::id).toList();
            for (int i = 0; i < size.sessions(); i++) {
                LocalDate date = day(-360 + (int) ((long) i * 355 / size.sessions()));
                int start = 540 + 30 * random.nextInt(4);
                int end = start + 120 + 30 * random.nextInt(10);
                List<String> attendees = new ArrayList<>();
                attendees.addAll(sample(ours, 6 + random.nextInt(8)));
                attendees.addAll(sample(theirs, 3 + random.nextInt(6)));
                Instant created = logged(at(date, end + 30));
                records.sessions().add(new TableSession(id(), date, LocalTime.of(start / 60, start % 60),
                        LocalTime.of(end / 60, end % 60), pick(random, LOCATIONS), attendees,
                        pick(random, SESSION_NOTES) + pick(random, SUBJECTS) + " and " + pick(random, SUBJECTS) + ". "
                                + pick(random, CLAIMS) + " Next date agreed.", created, created));
            }
        }

        private List<String> sample(List<String> from, int n) {
            List<String> copy = new ArrayList<>(from);
            java.util.Collections.shuffle(copy, random);
            return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
        }

        private void passes() {
            List<TableSession> byDate = records.sessions().stream().sorted(Comparator.comparing(TableSession::date)).toList();
            int opening = Math.min(20, byDate.size());
            for (int i = 0; i < size.passes(); i++) {
                boolean first = i < records.demands().size();
                Demand demand = records.demands().get(first ? i : random.nextInt(records.demands().size()));
                TableSession session;
                if (first) {
                    // Every demand is tabled in the opening sessions, but for the few drafted after the
                    // deadline, which are tabled at the first session after they were drafted.
                    LocalDate drafted = demand.createdAt().atZone(zone).toLocalDate();
                    session = byDate.get(i * opening / records.demands().size());
                    if (session.date().isBefore(drafted)) {
                        session = byDate.stream().filter(s -> !s.date().isBefore(drafted)).findFirst()
                                .orElse(byDate.get(byDate.size() - 1));
                    }
                } else {
                    session = byDate.get(Math.min(byDate.size() - 1, (int) ((long) i * byDate.size() / size.passes())));
                }
                Side side = first ? demand.proposedBy() : random.nextBoolean() ? Side.OURS : Side.THEIRS;
                ProposalKind kind = first ? ProposalKind.INITIAL
                        : random.nextInt(20) == 0 ? ProposalKind.PACKAGE
                        : random.nextInt(50) == 0 ? ProposalKind.FINAL_OFFER : ProposalKind.COUNTER;
                Instant created = logged(at(session.date(), 1_140));
                String subject = pick(random, SUBJECTS);
                records.proposals().add(new Proposal(id(), demand.id(), side, session.date(),
                        random.nextInt(10) == 0 ? null : session.id(), kind,
                        pick(random, POSITIONS) + " (" + subject + ")",
                        "Article " + (1 + random.nextInt(48)) + "." + (1 + random.nextInt(9)) + ": The parties agree "
                                + "that " + subject + " shall be governed by the schedule in Appendix "
                                + (char) ('A' + random.nextInt(8)) + ", and that any dispute over " + pick(random, SUBJECTS)
                                + " goes to the joint committee within " + (5 + random.nextInt(25)) + " days. "
                                + (random.nextInt(6) == 0 ? "Reasonable notice shall be given. " : ""),
                        created, created));
            }
        }

        private void sidebars() {
            List<Person> ours = side(Side.OURS);
            List<Person> theirs = side(Side.THEIRS);
            for (int i = 0; i < size.sidebars(); i++) {
                LocalDate date = day(-355 + (int) ((long) i * 352 / size.sidebars()));
                boolean byTheBook = random.nextInt(5) != 0;
                Instant suggested = at(date, 600 + random.nextInt(120));
                Instant informed = byTheBook || random.nextBoolean() ? suggested.plus(Duration.ofMinutes(20)) : null;
                Instant authorized = byTheBook || random.nextBoolean() ? suggested.plus(Duration.ofMinutes(45)) : null;
                Instant started = suggested.plus(Duration.ofMinutes(90));
                Instant ended = started.plus(Duration.ofMinutes(byTheBook ? 30 + random.nextInt(55)
                        : 30 + random.nextInt(150)));
                boolean last = i >= size.sidebars() - 3;
                if (last) {
                    // The latest few: one only proposed, one running, one ended and not yet reported back.
                    int which = size.sidebars() - 1 - i;
                    suggested = now.minus(Duration.ofMinutes(60 + 30L * which));
                    informed = suggested.plus(Duration.ofMinutes(5));
                    authorized = suggested.plus(Duration.ofMinutes(10));
                    started = which == 2 ? null : suggested.plus(Duration.ofMinutes(15));
                    ended = which == 1 ? suggested.plus(Duration.ofMinutes(50)) : null;
                    date = suggested.atZone(zone).toLocalDate();
                }
                List<String> attendees = new ArrayList<>();
                sample(ours.stream().map(Person::id).toList(), byTheBook ? 2 + random.nextInt(2) : 1 + random.nextInt(2))
                        .forEach(attendees::add);
                sample(theirs.stream().map(Person::id).toList(), 1 + random.nextInt(2)).forEach(attendees::add);
                List<Demand> agenda = new ArrayList<>();
                for (String id : sample(records.demands().stream().map(Demand::id).toList(), 1 + random.nextInt(3))) {
                    agenda.add(records.demands().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow());
                }
                GroundRuleStatus rule = byTheBook ? GroundRuleStatus.AGREED
                        : pick(random, List.of(GroundRuleStatus.values()));
                Instant created = logged(suggested);
                Instant updated = logged(ended != null ? ended : started != null ? started : authorized);
                String subject = pick(random, SUBJECTS);
                Sidebar sidebar = new Sidebar(id(), subject, random.nextBoolean() ? Side.OURS : Side.THEIRS, suggested,
                        informed, authorized, byTheBook ? RepsChosenBy.OUR_TEAM
                        : pick(random, List.of(RepsChosenBy.values())),
                        byTheBook || random.nextBoolean() ? pick(random, POSITIONS) + " Stress " + subject + "." : "",
                        byTheBook || random.nextBoolean() ? "Do not discuss " + pick(random, SUBJECTS) + "." : "",
                        rule, GroundRuleStatus.AGREED, rule, suggested.plus(Duration.ofMinutes(90)), started, ended,
                        pick(random, LOCATIONS), attendees, agenda.stream().map(Demand::id).toList(),
                        random.nextInt(4) == 0 ? "Their chief hinted at " + pick(random, POSITIONS).toLowerCase() : "",
                        created, updated);
                records.sidebars().add(sidebar);
                if (ended == null) {
                    continue;
                }
                boolean reported = !last && random.nextInt(10) != 0;
                Instant reportedAt = ended.plus(Duration.ofMinutes(byTheBook ? 20 + random.nextInt(60)
                        : 60 + random.nextInt(3_000)));
                for (Demand d : agenda) {
                    boolean decided = reported && random.nextInt(6) != 0;
                    Instant decidedAt = decided ? reportedAt.plus(Duration.ofMinutes(30 + random.nextInt(600))) : null;
                    Instant topicCreated = logged(ended.plus(Duration.ofMinutes(5)));
                    records.topics().add(new SidebarTopic(id(), sidebar.id(), d.id(), pick(random, POSITIONS),
                            pick(random, POSITIONS), random.nextInt(5) == 0 ? "" : pick(random, POSITIONS),
                            decided ? pick(random, List.of(CommitteeDecision.values())) : null,
                            decided ? "Vote " + (5 + random.nextInt(6)) + " to " + random.nextInt(4) + "." : "",
                            decidedAt, topicCreated, decided && decidedAt.isAfter(topicCreated) ? decidedAt
                            : topicCreated));
                }
                if (reported) {
                    Instant rbCreated = logged(reportedAt);
                    records.reportBacks().add(new ReportBack(id(), sidebar.id(), reportedAt, attendees.get(0), byTheBook,
                            "Reported on " + subject + ": " + pick(random, POSITIONS), rbCreated, rbCreated));
                }
            }
        }

        private void agreements() {
            List<Sidebar> ended = records.sidebars().stream().filter(s -> s.endedAt() != null)
                    .sorted(Comparator.comparing(Sidebar::endedAt)).toList();
            List<TableSession> byDate = records.sessions().stream().sorted(Comparator.comparing(TableSession::date)).toList();
            Map<String, LocalDate> lastPass = new HashMap<>();
            records.proposals().forEach(p -> lastPass.merge(p.demandId(), p.passedOn(), (a, b) -> a.isAfter(b) ? a : b));
            for (int i = 0; i < size.agreements(); i++) {
                Demand demand = records.demands().get(random.nextInt(records.demands().size()));
                // Agreed after the last pass on the demand, at the table or in a sidebar that came after it.
                LocalDate after = lastPass.getOrDefault(demand.id(), day(-360));
                List<Sidebar> later = ended.stream().filter(s -> !s.endedAt().atZone(zone).toLocalDate().isBefore(after))
                        .toList();
                boolean fromSidebar = random.nextInt(10) < 3 && !later.isEmpty();
                Sidebar sidebar = fromSidebar ? later.get(random.nextInt(later.size())) : null;
                LocalDate reached = fromSidebar ? sidebar.endedAt().atZone(zone).toLocalDate() : after;
                int roll = random.nextInt(100);
                TaStatus status = roll < 55 ? TaStatus.TENTATIVE : roll < 80 ? TaStatus.CONFIRMED
                        : roll < 95 ? TaStatus.IN_MOA : TaStatus.REOPENED;
                Instant approved = fromSidebar && (status.isBeyondTentative() || random.nextBoolean())
                        ? at(reached.plusDays(1), 600) : null;
                TableSession confirmedAt = status.isBeyondTentative() ? byDate.stream()
                        .filter(s -> !s.date().isBefore(reached)).findFirst().orElse(null) : null;
                Instant created = logged(at(reached, 1_230));
                String subject = pick(random, SUBJECTS);
                records.agreements().add(new TentativeAgreement(id(), demand.id(), "Agreed language on " + subject + ": "
                        + pick(random, POSITIONS) + " Effective on ratification; see Appendix "
                        + (char) ('A' + random.nextInt(8)) + ".", random.nextInt(6) == 0 ? ""
                        : "Agreement reached on " + subject + ".", fromSidebar ? TaSource.SIDEBAR : TaSource.TABLE,
                        fromSidebar ? sidebar.id() : null, reached, reached.plusDays(random.nextInt(3)),
                        random.nextInt(8) == 0 ? null : reached.plusDays(random.nextInt(4)), approved,
                        confirmedAt == null ? null : confirmedAt.id(), status, created, created));
            }
        }

        private void ratifications() {
            // An early memorandum ratified (its agreements now RATIFIED), and a second drafted, not yet voted.
            List<TentativeAgreement> inMoa = records.agreements().stream().filter(a -> a.status() == TaStatus.IN_MOA).toList();
            List<TentativeAgreement> early = inMoa.subList(0, inMoa.size() / 2);
            List<TentativeAgreement> late = inMoa.subList(inMoa.size() / 2, inMoa.size());
            for (TentativeAgreement a : early) {
                records.agreements().set(records.agreements().indexOf(a), new TentativeAgreement(a.id(), a.demandId(), a.text(),
                        a.publicText(), a.source(), a.sidebarId(), a.reachedOn(), a.initialedByUsOn(),
                        a.initialedByThemOn(), a.teamApprovedAt(), a.confirmedSessionId(), TaStatus.RATIFIED,
                        a.createdAt(), a.updatedAt()));
            }
            Instant first = logged(at(day(-120), 1_200));
            records.ratifications().add(new Ratification(id(), day(-125), early.stream().map(TentativeAgreement::id).toList(),
                    day(-120), 4_200, 2_911, 402, first, first));
            Instant second = logged(at(day(-3), 1_200));
            records.ratifications().add(new Ratification(id(), day(-3), late.stream().map(TentativeAgreement::id).toList(),
                    null, null, null, null, second, second));
        }

        private void requests() {
            for (int i = 0; i < Math.max(4, size.demands() / 30); i++) {
                LocalDate asked = day(-360 + random.nextInt(350));
                Instant created = logged(at(asked, 960));
                records.informationRequests().add(new InformationRequest(id(), random.nextInt(4) == 0 ? Side.THEIRS : Side.OURS, asked,
                        "Data on " + pick(random, SUBJECTS), asked.plusDays(14),
                        random.nextInt(3) == 0 ? null : asked.plusDays(random.nextInt(30)), pick(random, CLAIMS),
                        created, created));
            }
        }

        private void compliance() {
            for (int i = 0; i < Math.max(4, size.agreements() / 20); i++) {
                TentativeAgreement ta = records.agreements().get(random.nextInt(records.agreements().size()));
                ComplianceStatus status = pick(random, List.of(ComplianceStatus.values()));
                LocalDate breach = status == ComplianceStatus.BREACHED ? day(-random.nextInt(40)) : null;
                Instant created = logged(at(ta.reachedOn().plusDays(2), 900));
                records.complianceItems().add(new ComplianceItem(id(), random.nextBoolean() ? "" : "Art. " + (1 + random.nextInt(48)),
                        ta.id(), "Implement " + pick(random, SUBJECTS), "Metro Regional Transit Authority",
                        ta.reachedOn().plusDays(60), status, breach,
                        breach != null && random.nextBoolean() ? breach.plusDays(random.nextInt(5)) : null,
                        10 + random.nextInt(11), created, created));
            }
        }

        private void acknowledgements() {
            for (int i = 0; i < Math.max(2, size.demands() / 100); i++) {
                Demand d = records.demands().get(random.nextInt(records.demands().size()));
                Instant at = logged(at(day(-20 + random.nextInt(19)), 840));
                records.acknowledgements().add(new RuleAcknowledgement(id(), "DEMAND_WITHOUT_MEMBER_SOURCE", EntityRef.of(d), "",
                        records.people().get(0).name(), "Came from the bargaining committee's own research.", at, at, at));
            }
        }
    }

    /** The stream of edits: keeps the records as they stand and picks a valid next action at random. */
    private static final class Editor implements Iterator<Edit> {
        private final Random random;
        private final ZoneId zone;
        private Instant clock;
        private final Map<String, Demand> demands = new LinkedHashMap<>();
        private final List<String> demandIds = new ArrayList<>();
        private final Map<String, Proposal> proposals = new HashMap<>();
        private final List<String> proposalIds = new ArrayList<>();
        private final List<String> loggedHere = new ArrayList<>();
        private final List<TableSession> sessions;
        private final Map<String, Sidebar> sidebars = new LinkedHashMap<>();
        private final List<String> sidebarIds = new ArrayList<>();
        private final Map<String, List<SidebarTopic>> topics = new HashMap<>();
        private final List<String> endedUnreported = new ArrayList<>();
        private final List<String> reported = new ArrayList<>();
        private final Map<String, ReportBack> reportBacks = new HashMap<>();
        private final List<TentativeAgreement> agreements;
        private final List<Person> people;
        private final List<String> ourPeople;
        private final Map<String, TableSession> sessionById = new HashMap<>();
        private long revision;

        Editor(NegotiationSnapshot start, long seed, Clock clock) {
            this.random = new Random(seed);
            this.zone = clock.getZone();
            this.clock = clock.instant().minus(Duration.ofDays(30));
            start.demands().forEach(d -> {
                demands.put(d.id(), d);
                demandIds.add(d.id());
            });
            start.proposals().forEach(p -> {
                proposals.put(p.id(), p);
                proposalIds.add(p.id());
            });
            sessions = new ArrayList<>(start.sessions());
            sessions.forEach(s -> sessionById.put(s.id(), s));
            start.sidebars().forEach(s -> {
                sidebars.put(s.id(), s);
                sidebarIds.add(s.id());
            });
            start.topics().forEach(t -> topics.computeIfAbsent(t.sidebarId(), k -> new ArrayList<>()).add(t));
            start.reportBacks().forEach(r -> reportBacks.put(r.sidebarId(), r));
            for (Sidebar s : start.sidebars()) {
                if (s.endedAt() != null && !topics.getOrDefault(s.id(), List.of()).isEmpty()) {
                    (reportBacks.containsKey(s.id()) ? reported : endedUnreported).add(s.id());
                }
            }
            agreements = new ArrayList<>(start.agreements());
            people = new ArrayList<>(start.people());
            ourPeople = start.people().stream().filter(p -> p.side() == Side.OURS).map(Person::id).toList();
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Edit next() {
            clock = clock.plusSeconds(1 + random.nextInt(40));
            revision++;
            int roll = random.nextInt(100);
            if (roll < 14) {
                return logPass();
            }
            if (roll < 28) {
                return deletePass();
            }
            if (roll < 42) {
                return correctPass();
            }
            if (roll < 54) {
                return editDemand();
            }
            if (roll < 60) {
                return moveDemand();
            }
            if (roll < 67) {
                return sessionNotes();
            }
            if (roll < 74) {
                return sidebarNotes();
            }
            if (roll < 84) {
                return decide();
            }
            if (roll < 88) {
                return reportBack();
            }
            if (roll < 98) {
                return agreement();
            }
            return person();
        }

        private String note() {
            return " [rev. " + revision + "]";
        }

        private LocalDate today() {
            return clock.atZone(zone).toLocalDate();
        }

        private Edit logPass() {
            Demand demand = demands.get(pick(random, demandIds));
            TableSession session = pick(random, sessions);
            Proposal p = new Proposal(uuid(random), demand.id(), random.nextBoolean() ? Side.OURS : Side.THEIRS,
                    today(), random.nextInt(4) == 0 ? null : session.id(), ProposalKind.COUNTER,
                    pick(random, POSITIONS), "Counter on " + demand.title() + ": " + pick(random, POSITIONS)
                            + " " + pick(random, CLAIMS), clock, clock);
            proposals.put(p.id(), p);
            proposalIds.add(p.id());
            loggedHere.add(p.id());
            return new Edit("Log a pass on " + demand.code(), List.of(new Insert(p)));
        }

        /** A pass logged by mistake is one of the recent ones: the stream deletes only passes it logged. */
        private Edit deletePass() {
            if (loggedHere.isEmpty()) {
                return logPass();
            }
            String id = loggedHere.remove(random.nextInt(loggedHere.size()));
            proposalIds.remove(proposalIds.lastIndexOf(id));
            proposals.remove(id);
            return new Edit("Delete a pass logged by mistake", List.of(new Delete(new EntityRef(EntityKind.PROPOSAL, id))));
        }

        private Edit correctPass() {
            Proposal p = proposals.get(pick(random, proposalIds));
            Proposal changed = new Proposal(p.id(), p.demandId(), p.side(), p.passedOn(), p.sessionId(), p.kind(),
                    random.nextBoolean() ? pick(random, POSITIONS) + note() : p.summary(),
                    p.text() + note(), p.createdAt(), later(p.updatedAt()));
            proposals.put(p.id(), changed);
            return new Edit("Correct a pass", List.of(new Update(changed)));
        }

        private Instant later(Instant updatedAt) {
            return updatedAt.isAfter(clock) ? updatedAt : clock;
        }

        private Edit editDemand() {
            Demand d = demands.get(pick(random, demandIds));
            Demand changed = new Demand(d.id(), d.code(), d.article(), d.title(),
                    random.nextBoolean() ? "Internal: " + pick(random, CLAIMS) + note() : d.description(),
                    "Better " + pick(random, SUBJECTS) + " for every member." + note(), d.proposedBy(), d.category(),
                    pick(random, List.of(DemandPriority.values())), d.subject(), d.origin(), d.originNote(), d.status(),
                    d.confidential(), d.createdAt(), later(d.updatedAt()));
            demands.put(d.id(), changed);
            return new Edit("Edit demand " + d.code(), List.of(new Update(changed)));
        }

        private Edit moveDemand() {
            Demand d = demands.get(pick(random, demandIds));
            List<DemandStatus> next = new ArrayList<>(d.status().allowedNext());
            next.sort(Comparator.naturalOrder());
            Demand changed = d.withStatus(pick(random, next), later(d.updatedAt()));
            demands.put(d.id(), changed);
            return new Edit("Mark demand " + d.code() + " " + changed.status().name().toLowerCase().replace('_', ' '),
                    List.of(new Update(changed)));
        }

        private Edit sessionNotes() {
            int i = random.nextInt(sessions.size());
            TableSession s = sessions.get(i);
            TableSession changed = new TableSession(s.id(), s.date(), s.start(), s.end(), s.location(), s.attendeeIds(),
                    s.notes() + " " + pick(random, CLAIMS) + note(), s.createdAt(), later(s.updatedAt()));
            sessions.set(i, changed);
            return new Edit("Edit the notes of the session of " + s.date(), List.of(new Update(changed)));
        }

        private Edit sidebarNotes() {
            Sidebar s = sidebars.get(pick(random, sidebarIds));
            Sidebar changed = new Sidebar(s.id(), s.purpose(), s.requestedBy(), s.suggestedAt(), s.teamInformedAt(),
                    s.teamAuthorizedAt(), s.repsChosenBy(), pick(random, POSITIONS) + note(),
                    "Do not discuss " + pick(random, SUBJECTS) + ".", s.noNotesRule(), s.notRepeatedRule(),
                    s.notUsedInLitigationRule(), s.scheduledAt(), s.startedAt(), s.endedAt(), s.location(),
                    s.attendeeIds(), s.agendaDemandIds(), s.confidentialNotes(), s.createdAt(), later(s.updatedAt()));
            sidebars.put(s.id(), changed);
            return new Edit("Instruct the reps for the sidebar on " + s.purpose(), List.of(new Update(changed)));
        }

        /** The committee decides every topic of a reported sidebar: several rows in one action. */
        private Edit decide() {
            if (reported.isEmpty()) {
                return editDemand();
            }
            String sidebarId = pick(random, reported);
            List<SidebarTopic> list = topics.get(sidebarId);
            List<Op> ops = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                SidebarTopic t = list.get(i);
                SidebarTopic changed = new SidebarTopic(t.id(), t.sidebarId(), t.demandId(), t.ourPosition(),
                        t.theirPosition(), t.tentativeConclusion(), pick(random, List.of(CommitteeDecision.values())),
                        "Vote " + (5 + random.nextInt(6)) + " to " + random.nextInt(4) + "." + note(), clock,
                        t.createdAt(), later(t.updatedAt()));
                list.set(i, changed);
                ops.add(new Update(changed));
            }
            return new Edit("Record the committee's decisions on the sidebar on " + sidebars.get(sidebarId).purpose(), ops);
        }

        /** A report-back on an ended sidebar, with both sides' positions on each topic: several rows. */
        private Edit reportBack() {
            if (endedUnreported.isEmpty()) {
                return decide();
            }
            String sidebarId = endedUnreported.remove(random.nextInt(endedUnreported.size()));
            Sidebar sidebar = sidebars.get(sidebarId);
            List<Op> ops = new ArrayList<>();
            Instant at = later(sidebar.endedAt());
            ReportBack r = new ReportBack(uuid(random), sidebarId, at, pick(random, ourPeople), true,
                    "Reported on " + sidebar.purpose() + ": " + pick(random, POSITIONS), clock, clock);
            ops.add(new Insert(r));
            List<SidebarTopic> list = topics.get(sidebarId);
            for (int i = 0; i < list.size(); i++) {
                SidebarTopic t = list.get(i);
                SidebarTopic changed = new SidebarTopic(t.id(), t.sidebarId(), t.demandId(),
                        pick(random, POSITIONS) + note(), pick(random, POSITIONS) + note(), pick(random, POSITIONS),
                        t.decision(), t.decisionNote(), t.decidedAt(), t.createdAt(), later(t.updatedAt()));
                list.set(i, changed);
                ops.add(new Update(changed));
            }
            reportBacks.put(sidebarId, r);
            reported.add(sidebarId);
            return new Edit("Report back on the sidebar on " + sidebar.purpose(), ops);
        }

        private Edit agreement() {
            int i = random.nextInt(agreements.size());
            TentativeAgreement a = agreements.get(i);
            boolean initial = a.initialedByThemOn() == null;
            TentativeAgreement changed = new TentativeAgreement(a.id(), a.demandId(), a.text(),
                    initial ? a.publicText() : "Agreement reached on " + pick(random, SUBJECTS) + "." + note(),
                    a.source(), a.sidebarId(), a.reachedOn(), a.initialedByUsOn(),
                    initial ? a.reachedOn().plusDays(random.nextInt(5)) : a.initialedByThemOn(), a.teamApprovedAt(),
                    a.confirmedSessionId(), a.status(), a.createdAt(), later(a.updatedAt()));
            agreements.set(i, changed);
            return new Edit(initial ? "Record their initials on an agreement" : "Edit an agreement's public text",
                    List.of(new Update(changed)));
        }

        private Edit person() {
            int i = random.nextInt(people.size());
            Person p = people.get(i);
            Person changed = p.withActive(!p.active(), later(p.updatedAt()));
            people.set(i, changed);
            return new Edit((changed.active() ? "Reactivate " : "Deactivate ") + p.name(), List.of(new Update(changed)));
        }
    }
}
