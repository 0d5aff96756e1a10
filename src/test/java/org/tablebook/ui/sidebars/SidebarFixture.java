package org.tablebook.ui.sidebars;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.domain.TableSession;
import org.tablebook.store.StoreOpenException;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/**
 * A negotiation file for the sidebar tests: four of our people, two of theirs, three demands
 * (two on the table, one still a draft). Created with its own clock.
 */
final class SidebarFixture {
    static final String DANA = "Dana Reyes";
    static final String ANA = "Ana Ruiz";
    static final String BEN = "Ben Ode";
    static final String CHRIS = "Chris Lowe";
    static final String PAT = "Pat Kim";
    static final String LEE = "Lee Hart";

    private SidebarFixture() {
    }

    /** Creates the file at {@code file} and fills it; the store is closed again. */
    static void create(Path file, Path backups, java.time.Clock clock) throws StoreOpenException {
        Instant now = clock.instant();
        Negotiation negotiation = Negotiation.create("Nurses' contract 2026", NegotiationKind.UNION_CONTRACT, now);
        try (TablebookStore store = TablebookStore.create(file, negotiation, "Dana Reyes",
                StoreOptions.defaults(clock, backups))) {
            store.write("Dana Reyes", "Fill the test file", w -> {
                w.insert(new Person(Ids.newId(), DANA, Side.OURS, PersonRole.CHIEF_NEGOTIATOR, true, true, now, now));
                w.insert(new Person(Ids.newId(), ANA, Side.OURS, PersonRole.COMMITTEE_MEMBER, false, true, now, now));
                w.insert(new Person(Ids.newId(), BEN, Side.OURS, PersonRole.STEWARD, false, true, now, now));
                w.insert(new Person(Ids.newId(), CHRIS, Side.OURS, PersonRole.STAFF, false, true, now, now));
                w.insert(new Person(Ids.newId(), PAT, Side.THEIRS, PersonRole.CHIEF_NEGOTIATOR, true, true, now, now));
                w.insert(new Person(Ids.newId(), LEE, Side.THEIRS, PersonRole.COUNSEL, false, true, now, now));
                w.insert(demand("U-12", "Staffing ratios", DemandStatus.ON_TABLE, now));
                w.insert(demand("U-3", "Night differential", DemandStatus.ON_TABLE, now));
                w.insert(demand("U-20", "Parking", DemandStatus.DRAFT, now));
                return null;
            });
        }
    }

    static Demand demand(String code, String title, DemandStatus status, Instant now) {
        return new Demand(Ids.newId(), code, "", title, "", "", Side.OURS, DemandCategory.NON_ECONOMIC,
                DemandPriority.HIGH, DemandSubject.MANDATORY, DemandOrigin.SURVEY, "", status, false, now, now);
    }

    static TableSession session(LocalDate date, Instant now) {
        return new TableSession(Ids.newId(), date, java.time.LocalTime.of(10, 0), java.time.LocalTime.of(12, 0),
                "Room 4", List.of(), "", now, now);
    }

    /**
     * "Staffing ratios", a sidebar on U-12 and U-3 that ran for 40 minutes from an hour before
     * {@code now}, not reported yet, and its two topics with nothing written on them: the sidebar
     * first, then the topics.
     */
    static List<org.tablebook.domain.Entity> ended(List<Demand> demands, Instant now) {
        List<String> agenda = demands.stream().filter(d -> !d.code().equals("U-20")).map(Demand::id).toList();
        Instant start = now.minus(java.time.Duration.ofHours(1));
        Instant end = start.plus(java.time.Duration.ofMinutes(40));
        org.tablebook.domain.Sidebar sidebar = org.tablebook.domain.Sidebar.propose("Staffing ratios", Side.THEIRS, agenda,
                start.minusSeconds(600)).withTimes(start, end, end);
        List<org.tablebook.domain.Entity> records = new java.util.ArrayList<>(List.of(sidebar));
        records.addAll(SidebarsViewModel.newTopics(sidebar, agenda, end));
        return records;
    }

    static ZoneId zone() {
        return ZoneId.of("America/Chicago");
    }
}
