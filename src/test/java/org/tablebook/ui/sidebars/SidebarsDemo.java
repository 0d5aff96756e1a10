package org.tablebook.ui.sidebars;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.Demand;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.document.PreferencesStore;

/**
 * Fills a data folder with a negotiation to look at the Sidebars section with, relative to the
 * real time now: a sidebar closed two days ago, one running for 23 minutes, one just proposed.
 * Usage: {@code SidebarsDemo DATA_HOME [empty]} (the app's folder is DATA_HOME/tablebook).
 */
public final class SidebarsDemo {
    private SidebarsDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).resolve("tablebook");
        Files.createDirectories(root);
        Files.deleteIfExists(root.resolve("negotiation.tablebook"));
        Files.deleteIfExists(root.resolve("preferences.json"));
        try (PreferencesStore prefs = new PreferencesStore(root.resolve("preferences.json"))) {
            prefs.update(p -> p.withUserName("Dana Reyes").withOpened(root.resolve("negotiation.tablebook").toString()));
        }
        Clock clock = Clock.systemDefaultZone();
        Path file = root.resolve("negotiation.tablebook");
        SidebarFixture.create(file, root.resolve("backups"), clock);
        if (args.length > 1 && args[1].equals("empty")) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try (TablebookStore store = TablebookStore.open(file, StoreOptions.defaults(clock, root.resolve("backups")))) {
            NegotiationSnapshot s = store.loadSnapshot();
            List<Person> people = s.people();
            String dana = id(people, SidebarFixture.DANA);
            String ana = id(people, SidebarFixture.ANA);
            String pat = id(people, SidebarFixture.PAT);
            String lee = id(people, SidebarFixture.LEE);
            Demand ratios = demand(s, "U-12");
            Demand nights = demand(s, "U-3");
            Instant twoDaysAgo = now.minus(Duration.ofDays(2));
            Sidebar closed = new Sidebar(Ids.newId(), "Staffing ratios: is there a phase-in?", Side.THEIRS,
                    twoDaysAgo.minus(Duration.ofHours(3)), twoDaysAgo.minus(Duration.ofHours(2)),
                    twoDaysAgo.minus(Duration.ofHours(1)), RepsChosenBy.OUR_TEAM, "Explore a phase-in over two years.",
                    "Nothing about the strike authorization vote.", GroundRuleStatus.AGREED, GroundRuleStatus.AGREED,
                    GroundRuleStatus.REFUSED, null, twoDaysAgo, twoDaysAgo.plus(Duration.ofMinutes(55)),
                    "Small conference room", List.of(dana, ana, pat), List.of(ratios.id(), nights.id()), "",
                    twoDaysAgo.minus(Duration.ofHours(3)), twoDaysAgo.plus(Duration.ofMinutes(55)));
            Instant decided = twoDaysAgo.plus(Duration.ofHours(3));
            SidebarTopic t1 = new SidebarTopic(Ids.newId(), closed.id(), ratios.id(), "1:4 on days within a year",
                    "1:6, review in 2028", "1:5 on days from July, 1:4 from next January", CommitteeDecision.ACCEPT,
                    "Take it to the table on Thursday", decided, twoDaysAgo.plus(Duration.ofMinutes(60)), decided);
            SidebarTopic t2 = new SidebarTopic(Ids.newId(), closed.id(), nights.id(), "15% night differential",
                    "No movement this year", "Nothing agreed", CommitteeDecision.COUNTER, "Counter with 12%",
                    decided, twoDaysAgo.plus(Duration.ofMinutes(61)), decided);
            ReportBack report = new ReportBack(Ids.newId(), closed.id(), twoDaysAgo.plus(Duration.ofHours(2)), dana, true,
                    "Management will move on ratios if we phase it in; nothing on nights.",
                    twoDaysAgo.plus(Duration.ofHours(2)), twoDaysAgo.plus(Duration.ofHours(2)));
            Instant started = now.minus(Duration.ofMinutes(23)).minusSeconds(14);
            Sidebar running = new Sidebar(Ids.newId(), "Night differential, one more try", Side.OURS,
                    started.minus(Duration.ofMinutes(50)), started.minus(Duration.ofMinutes(40)), null, RepsChosenBy.CHIEF_ALONE,
                    "Test whether 12% moves them.", "", GroundRuleStatus.AGREED, GroundRuleStatus.UNDECIDED,
                    GroundRuleStatus.UNDECIDED, null, started, null, "Hallway by room 4", List.of(dana, pat, lee),
                    List.of(nights.id()), "", started.minus(Duration.ofMinutes(50)), started);
            Sidebar proposed = Sidebar.propose("Parking for night shifts", Side.THEIRS, now.minus(Duration.ofMinutes(5)));
            store.write("Dana Reyes", "Fill the demo file", w -> {
                w.insert(closed);
                w.insert(t1);
                w.insert(t2);
                w.insert(report);
                w.insert(running);
                w.insert(proposed);
                w.insert(SidebarFixture.session(java.time.LocalDate.ofInstant(now.minus(Duration.ofDays(1)),
                        clock.getZone()), now));
                return null;
            });
        }
    }

    private static String id(List<Person> people, String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Demand demand(NegotiationSnapshot s, String code) {
        return s.demands().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }
}
