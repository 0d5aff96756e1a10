package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.Workspace;

/** The running sidebar's clock in the status bar, recomputed from the stored start by the clock. */
class StatusBarSidebarClockTest {
    private static final Instant START = Instant.parse("2026-03-03T14:00:00Z");

    @TempDir
    Path dir;
    private final Instant[] now = {START};
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now[0];
        }
    };
    private Workspace workspace;
    private PreferencesStore preferences;

    @AfterEach
    void tearDown() {
        workspace.close();
        preferences.close();
    }

    private MainWindowViewModel open(Sidebar... sidebars) throws Exception {
        Path file = dir.resolve("n.tablebook");
        try (TablebookStore store = TablebookStore.create(file, Negotiation.create("Test", NegotiationKind.UNION_CONTRACT,
                START), "Sam", StoreOptions.defaults(clock, dir.resolve("backups")))) {
            store.write("Sam", "Sidebars", w -> {
                for (Sidebar s : sidebars) {
                    w.insert(s);
                }
                return null;
            });
        }
        preferences = new PreferencesStore(dir.resolve("preferences.json"));
        preferences.update(p -> p.withUserName("Sam"));
        workspace = new Workspace(StoreOptions.defaults(clock, dir.resolve("backups")));
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        MainWindowViewModel vm = new MainWindowViewModel(new NegotiationDocument(workspace, tasks, () -> "Sam"),
                preferences, tasks, new FakeDialogService(), clock, file);
        vm.start(Optional.of(file));
        return vm;
    }

    private static Sidebar running(String purpose, Instant start) {
        Sidebar s = Sidebar.propose(purpose, Side.THEIRS, START);
        return s.withTimes(start, null, START);
    }

    @Test
    void showsTheRunningSidebarsTimeAndMarksItPastTheLimit() throws Exception {
        MainWindowViewModel vm = open(running("Wages", START));
        assertEquals("Sidebar 0:00:00 \u00b7 limit 1 h 30 min", vm.sidebarClockProperty().get());
        now[0] = START.plus(Duration.ofMinutes(12)).plusSeconds(5);
        vm.tick();
        assertEquals("Sidebar 0:12:05 \u00b7 limit 1 h 30 min", vm.sidebarClockProperty().get());
        assertEquals("\u201cWages\u201d is running. Click to go to it.", vm.sidebarClockHelpProperty().get());
        assertFalse(vm.sidebarOverLimitProperty().get());
        now[0] = START.plus(Duration.ofMinutes(91));
        vm.tick();
        assertTrue(vm.sidebarOverLimitProperty().get());
        vm.showSidebars();
        assertEquals(Section.SIDEBARS, vm.sectionProperty().get());
    }

    @Test
    void isEmptyWithoutARunningSidebarAndCountsSeveral() throws Exception {
        MainWindowViewModel vm = open(running("Wages", START.plusSeconds(60)), running("Nights", START));
        now[0] = START.plus(Duration.ofMinutes(2));
        vm.tick();
        assertEquals("2 sidebars running \u00b7 the first 0:02:00", vm.sidebarClockProperty().get());
    }

    @Test
    void isEmptyWhileNoSidebarRuns() throws Exception {
        MainWindowViewModel vm = open(Sidebar.propose("Wages", Side.OURS, START));
        vm.tick();
        assertEquals("", vm.sidebarClockProperty().get());
    }
}
