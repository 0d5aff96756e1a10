package org.tablebook.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedPreferencesComeBackOnTheNextStart() {
        Path file = dir.resolve("preferences.json");
        try (PreferencesStore store = new PreferencesStore(file)) {
            store.update(p -> p.withUserName("Dana Reyes").withDarkTheme(true)
                    .withWindow(new Preferences.WindowBounds(10, 20, 1000, 700, false)).withOpened("/tmp/a.tablebook"));
        }
        try (PreferencesStore again = new PreferencesStore(file)) {
            Preferences p = again.get();
            assertEquals("Dana Reyes", p.userName());
            assertTrue(p.darkTheme());
            assertEquals(new Preferences.WindowBounds(10, 20, 1000, 700, false), p.window());
            assertEquals("/tmp/a.tablebook", p.lastFile());
        }
    }

    @Test
    void anUnreadableFileIsSetAsideAndDefaultsAreUsed() throws Exception {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{ this is not json");
        try (PreferencesStore store = new PreferencesStore(file)) {
            assertEquals(Preferences.defaults(), store.get());
        }
        assertEquals("{ this is not json", Files.readString(dir.resolve("preferences.json.unreadable")));
    }

    @Test
    void recentFilesKeepTheNewestFirstWithoutRepeatsAndAreBounded() {
        Preferences p = Preferences.defaults();
        for (int i = 0; i < 12; i++) {
            p = p.withOpened("/f" + i);
        }
        p = p.withOpened("/f5");
        assertEquals(Preferences.RECENT_LIMIT, p.recentFiles().size());
        assertEquals(List.of("/f5", "/f11", "/f10"), p.recentFiles().subList(0, 3));
        assertEquals("/f5", p.lastFile());
        Preferences without = p.withoutRecent("/f5");
        assertEquals("/f11", without.recentFiles().get(0));
        assertEquals(null, without.lastFile());
    }

    @Test
    void listenersHearEachRealChangeOnce() {
        try (PreferencesStore store = new PreferencesStore(dir.resolve("p.json"))) {
            java.util.List<String> heard = new java.util.ArrayList<>();
            store.addListener(p -> heard.add(p.userName()));
            store.update(p -> p.withUserName("A"));
            store.update(p -> p.withUserName("A"));
            store.update(p -> p.withUserName("B"));
            assertEquals(List.of("A", "B"), heard);
        }
    }

    @Test
    void aChangeAfterClosingIsKeptInMemoryWithoutFailing() {
        PreferencesStore store = new PreferencesStore(dir.resolve("p.json"));
        store.close();
        store.update(p -> p.withUserName("Late"));
        assertEquals("Late", store.get().userName());
    }

    private static List<String> keys(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> "REPORT_BACK_OVERDUE SIDEBAR 0b6f3c1e-1d2a-4c5b-9e8f-" + String.format("%012d", i) + " f" + i)
                .toList();
    }

    @Test
    void theSeenFindingsOfALargeFileAreKeptBesideThePreferencesNotInThem() throws Exception {
        Path file = dir.resolve("preferences.json");
        List<String> seen = keys(6000);
        try (PreferencesStore store = new PreferencesStore(file)) {
            store.update(p -> p.withUserName("Dana Reyes").withRulesPanel(st -> st.withSeen("/tmp/big.tablebook", seen)));
        }
        assertTrue(Files.size(file) < 2_000, "preferences.json holds " + Files.size(file) + " bytes");
        try (PreferencesStore store = new PreferencesStore(file)) {
            assertEquals(java.util.Set.copyOf(seen), store.get().rulesPanel().seenIn("/tmp/big.tablebook"));
            assertEquals("Dana Reyes", store.get().userName());
        }
    }

    @Test
    void movingTheWindowDoesNotWriteTheSeenFindingsAgain() throws Exception {
        Path file = dir.resolve("preferences.json");
        try (PreferencesStore store = new PreferencesStore(file)) {
            store.update(p -> p.withRulesPanel(st -> st.withSeen("/tmp/big.tablebook", keys(3000))));
            store.saveNow();
            java.nio.file.attribute.FileTime written = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(store.seenFile(), written);
            store.update(p -> p.withWindow(new Preferences.WindowBounds(5, 5, 1200, 700, false)).withDarkTheme(true));
            store.saveNow();
            assertEquals(written, Files.getLastModifiedTime(store.seenFile()), "written again for a window move");

            store.update(p -> p.withRulesPanel(st -> st.withSeen("/tmp/big.tablebook", keys(3001))));
            store.saveNow();
            assertTrue(!written.equals(Files.getLastModifiedTime(store.seenFile())), "a finding seen is written");
        }
    }

    @Test
    void preferencesWrittenWithTheSeenFindingsInsideStillLoadAndMoveThemOut() throws Exception {
        Path file = dir.resolve("preferences.json");
        // As the version before kept them: inside the preferences.
        Files.writeString(file, """
                {
                  "userName" : "Dana Reyes",
                  "recentFiles" : [ "/tmp/a.tablebook" ],
                  "darkTheme" : true,
                  "rulesPanel" : {
                    "collapsed" : true,
                    "seen" : {
                      "/tmp/a.tablebook" : [ "SIDEBAR_SOLO SIDEBAR s1 f1", "TA_NOT_INITIALED TENTATIVE_AGREEMENT t1 f2" ]
                    }
                  }
                }
                """);
        try (PreferencesStore store = new PreferencesStore(file)) {
            assertTrue(store.get().rulesPanel().collapsed());
            assertTrue(store.get().rulesPanel().knows("/tmp/a.tablebook"));
            assertEquals(java.util.Set.of("SIDEBAR_SOLO SIDEBAR s1 f1", "TA_NOT_INITIALED TENTATIVE_AGREEMENT t1 f2"),
                    store.get().rulesPanel().seenIn("/tmp/a.tablebook"));
            store.update(p -> p.withUserName("Dana R."));
        }
        assertTrue(!Files.readString(file).contains("SIDEBAR_SOLO"), "moved out of the preferences");
        try (PreferencesStore store = new PreferencesStore(file)) {
            assertEquals(2, store.get().rulesPanel().seenIn("/tmp/a.tablebook").size());
            assertTrue(store.get().rulesPanel().collapsed());
            assertEquals("Dana R.", store.get().userName());
        }
    }
}
