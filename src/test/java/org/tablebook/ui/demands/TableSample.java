package org.tablebook.ui.demands;

import org.tablebook.store.StoreOptions;
import org.tablebook.domain.NegotiationKind;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.Entity;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.domain.TableSession;
import org.tablebook.store.TablebookStore;

/**
 * Fictional negotiations written into a file, for the screenshots and the view tests: a realistic
 * small one, and a large one for the tests that check the table stays usable at size.
 */
public final class TableSample {
    private TableSample() {
    }

    /**
     * The data folder's own file ("City Hospital 2027", as the app opens it on start), holding
     * {@link #write} with its last session on {@code today}, written by {@code actor}.
     */
    public static void writeFile(Path dataFolder, Clock clock, String actor, LocalDate today) throws Exception {
        try (TablebookStore store = TablebookStore.create(dataFolder.resolve("negotiation.tablebook"),
                Negotiation.create("City Hospital 2027", NegotiationKind.UNION_CONTRACT, clock.instant()), actor,
                StoreOptions.defaults(clock, dataFolder.resolve("backups")))) {
            write(store, actor, today, clock.instant());
        }
    }

    /**
     * A hospital nurses' negotiation: both teams, a dozen demands, three past sessions with their
     * passes, and a session {@code today} without passes yet.
     */
    public static void write(TablebookStore store, String actor, LocalDate today, Instant now) {
        List<Entity> all = new ArrayList<>();
        Person dana = person(all, "Dana Reyes", Side.OURS, PersonRole.CHIEF_NEGOTIATOR, true, now);
        Person sam = person(all, "Sam Ortiz", Side.OURS, PersonRole.COMMITTEE_MEMBER, false, now);
        Person aisha = person(all, "Aisha Bello", Side.OURS, PersonRole.STEWARD, false, now);
        Person kim = person(all, "Kim Nguyen", Side.OURS, PersonRole.STAFF, false, now);
        Person lee = person(all, "Lee Park", Side.THEIRS, PersonRole.CHIEF_NEGOTIATOR, false, now);
        Person morgan = person(all, "Morgan Hale", Side.THEIRS, PersonRole.DECISION_MAKER, true, now);
        Person rita = person(all, "Rita Flores", Side.THEIRS, PersonRole.COUNSEL, false, now);

        TableSession s1 = session(all, today.minusDays(21), "Conference room B", List.of(dana, sam, aisha, lee, rita),
                "Opening session: both sides exchanged their initial proposals.", now);
        TableSession s2 = session(all, today.minusDays(14), "Conference room B",
                List.of(dana, sam, aisha, kim, lee, rita), "Economic proposals discussed.", now);
        TableSession s3 = session(all, today.minusDays(7), "Union hall", List.of(dana, sam, kim, lee, morgan, rita),
                "Management's chief financial officer attended for the wage discussion.", now);
        session(all, today, "Conference room B", List.of(dana, sam, aisha, lee, morgan), "", now);

        Demand wages = demand(all, "U-1", "Art. 14", "Wage scale", DemandCategory.ECONOMIC, DemandPriority.CRITICAL,
                Side.OURS, "Aim: 5% floor, 4% acceptable with step increases kept.", "A fair raise for every nurse.",
                DemandOrigin.SURVEY, false, now);
        Demand ratios = demand(all, "U-2", "Art. 22", "Safe staffing ratios", DemandCategory.NON_ECONOMIC,
                DemandPriority.CRITICAL, Side.OURS, "", "Enforceable nurse-to-patient ratios on every unit.",
                DemandOrigin.LISTENING_SESSION, false, now);
        Demand overtime = demand(all, "U-3", "Art. 15.4", "Voluntary overtime only", DemandCategory.NON_ECONOMIC,
                DemandPriority.HIGH, Side.OURS, "", "No mandatory overtime.", DemandOrigin.GRIEVANCE_HISTORY, false, now);
        Demand parking = demand(all, "U-4", "Art. 30", "Free staff parking", DemandCategory.ECONOMIC,
                DemandPriority.LOW, Side.OURS, "Trade away if needed.", "Parking without fees.", DemandOrigin.SURVEY,
                true, now);
        Demand health = demand(all, "U-5", "Art. 18", "Health plan premiums", DemandCategory.ECONOMIC,
                DemandPriority.HIGH, Side.OURS, "", "Premiums stay at 10%.", DemandOrigin.MEMBER_MEETING, false, now);
        Demand stewards = demand(all, "U-6", "Art. 5", "Steward release time", DemandCategory.RIGHTS,
                DemandPriority.MEDIUM, Side.OURS, "", "Paid time for stewards to handle grievances.",
                DemandOrigin.GRIEVANCE_HISTORY, false, now);
        demand(all, "U-7", "Art. 9", "Education fund", DemandCategory.ECONOMIC, DemandPriority.MEDIUM, Side.OURS, "",
                "A fund for continuing education.", DemandOrigin.SURVEY, false, now);
        Demand flex = demand(all, "E-1", "Art. 15", "Flexible scheduling", DemandCategory.NON_ECONOMIC,
                DemandPriority.HIGH, Side.THEIRS, "Would weaken seniority in scheduling.", "", null, false, now);
        Demand probation = demand(all, "E-2", "Art. 7", "Longer probation", DemandCategory.RIGHTS,
                DemandPriority.MEDIUM, Side.THEIRS, "", "", null, false, now);
        demand(all, "E-3", "Art. 18.2", "Plan design changes", DemandCategory.ECONOMIC, DemandPriority.HIGH,
                Side.THEIRS, "", "", null, false, now);

        pass(all, wages, Side.OURS, s1, ProposalKind.INITIAL, "6% a year for three years",
                "Article 14.1: All wage rates shall increase by six percent (6%) on each anniversary date.", now);
        pass(all, wages, Side.THEIRS, s2, ProposalKind.COUNTER, "1.5% a year, steps frozen",
                "Wage rates increase by 1.5% per year; step increases are suspended for the term.", now);
        pass(all, wages, Side.OURS, s3, ProposalKind.COUNTER, "5% a year, steps kept", "", now);
        pass(all, wages, Side.THEIRS, s3, ProposalKind.COUNTER, "2.5% a year, steps kept", "", now);
        pass(all, ratios, Side.OURS, s1, ProposalKind.INITIAL, "1:4 on medical-surgical units, 1:2 in intensive care",
                "", now);
        pass(all, ratios, Side.THEIRS, s2, ProposalKind.COUNTER, "A staffing committee instead of ratios",
                "A joint committee shall make reasonable recommendations on staffing.", now);
        pass(all, overtime, Side.OURS, s1, ProposalKind.INITIAL, "No mandatory overtime except declared emergencies",
                "", now);
        pass(all, health, Side.OURS, s2, ProposalKind.INITIAL, "Premium share stays at 10%", "", now);
        pass(all, stewards, Side.OURS, s2, ProposalKind.INITIAL, "Four hours a week of paid release per steward", "",
                now);
        pass(all, flex, Side.THEIRS, s1, ProposalKind.INITIAL, "Schedules set by managers each month",
                "Management may set and change schedules with seven days' notice.", now);
        pass(all, flex, Side.OURS, s3, ProposalKind.COUNTER, "Schedules posted six weeks ahead, by seniority", "", now);
        pass(all, probation, Side.THEIRS, s1, ProposalKind.INITIAL, "Probation of 180 days instead of 90", "", now);
        pass(all, parking, Side.OURS, s2, ProposalKind.INITIAL, "Free parking in the north garage", "", now);

        store.write(actor, "Add the sample negotiation", w -> {
            all.forEach(w::insert);
            return null;
        });
    }

    /** A large generated negotiation, kept in memory. */
    public record Large(List<Person> people, List<TableSession> sessions, List<Demand> demands,
            List<Proposal> proposals) {

        public NegotiationSnapshot snapshot(Negotiation negotiation) {
            return new NegotiationSnapshot(negotiation, people, demands, proposals, sessions, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    /**
     * {@code demands} demands of both sides in every status, priority and category, and
     * {@code passes} passes spread over them and over 100 sessions; the same seed gives the same
     * negotiation.
     */
    public static Large large(int demands, int passes, long seed, LocalDate today, Instant now) {
        Random random = new Random(seed);
        List<Entity> people = new ArrayList<>();
        Person ours = person(people, "Dana Reyes", Side.OURS, PersonRole.CHIEF_NEGOTIATOR, true, now);
        Person theirs = person(people, "Lee Park", Side.THEIRS, PersonRole.CHIEF_NEGOTIATOR, true, now);
        List<Entity> sessionList = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            session(sessionList, today.minusDays(300 - 3L * i), "Room " + (1 + i % 4), List.of(ours, theirs), "", now);
        }
        List<TableSession> sessions = sessionList.stream().map(TableSession.class::cast).toList();
        String[] topics = {"Wages", "Staffing", "Overtime", "Holidays", "Parking", "Seniority", "Uniforms", "Health",
            "Pensions", "Training", "Safety", "Scheduling"};
        List<Demand> all = new ArrayList<>();
        for (int i = 0; i < demands; i++) {
            Side side = random.nextInt(3) == 0 ? Side.THEIRS : Side.OURS;
            String code = (side == Side.OURS ? "U-" : "E-") + (i + 1);
            all.add(new Demand(Ids.newId(), code, "Art. " + (1 + random.nextInt(40)),
                    topics[random.nextInt(topics.length)] + " " + (i + 1), "Internal note " + i,
                    "Summary for members " + i, side, DemandCategory.values()[random.nextInt(4)],
                    DemandPriority.values()[random.nextInt(4)], DemandSubject.MANDATORY, DemandOrigin.SURVEY, "",
                    DemandStatus.values()[random.nextInt(5)], random.nextInt(10) == 0, now, now));
        }
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            Demand d = all.get(random.nextInt(all.size()));
            TableSession s = sessions.get(random.nextInt(sessions.size()));
            proposals.add(new Proposal(Ids.newId(), d.id(), random.nextBoolean() ? Side.OURS : Side.THEIRS, s.date(),
                    s.id(), ProposalKind.values()[random.nextInt(4)], "Pass " + i + " on " + d.code(), "", now, now));
        }
        return new Large(people.stream().map(Person.class::cast).toList(), sessions, all, proposals);
    }

    /** Writes {@link #large} into the file, in a few changes of at most 5,000 records. */
    public static Large writeLarge(TablebookStore store, String actor, int demands, int passes, long seed,
            LocalDate today, Instant now) {
        Large large = large(demands, passes, seed, today, now);
        store.write(actor, "Add the large sample", w -> {
            large.people().forEach(w::insert);
            large.sessions().forEach(w::insert);
            large.demands().forEach(w::insert);
            return null;
        });
        for (int from = 0; from < large.proposals().size(); from += 5_000) {
            List<Proposal> batch = large.proposals().subList(from, Math.min(from + 5_000, large.proposals().size()));
            store.write(actor, "Add sample passes", w -> {
                batch.forEach(w::insert);
                return null;
            });
        }
        return large;
    }

    private static Person person(List<Entity> all, String name, Side side, PersonRole role, boolean canAgree,
            Instant now) {
        Person p = Person.create(name, side, role, canAgree, now);
        all.add(p);
        return p;
    }

    private static TableSession session(List<Entity> all, LocalDate date, String location, List<Person> attendees,
            String notes, Instant now) {
        TableSession s = new TableSession(Ids.newId(), date, LocalTime.of(10, 0), LocalTime.of(12, 30), location,
                attendees.stream().map(Person::id).toList(), notes, now, now);
        all.add(s);
        return s;
    }

    private static Demand demand(List<Entity> all, String code, String article, String title,
            DemandCategory category, DemandPriority priority, Side side, String description, String publicSummary,
            DemandOrigin origin, boolean confidential, Instant now) {
        Demand d = new Demand(Ids.newId(), code, article, title, description, publicSummary, side, category, priority,
                side == Side.OURS ? DemandSubject.MANDATORY : DemandSubject.UNKNOWN, origin,
                origin == null ? "" : "From the 2025 member survey", DemandStatus.DRAFT, confidential, now, now);
        all.add(d);
        return d;
    }

    /** A pass; the demand's first pass puts it on the table, as the app does. */
    private static void pass(List<Entity> all, Demand d, Side side, TableSession s, ProposalKind kind, String summary,
            String text, Instant now) {
        all.add(new Proposal(Ids.newId(), d.id(), side, s.date(), s.id(), kind, summary, text, now, now));
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof Demand x && x.id().equals(d.id()) && x.status() == DemandStatus.DRAFT) {
                all.set(i, x.withStatus(DemandStatus.ON_TABLE, now));
            }
        }
    }
}
