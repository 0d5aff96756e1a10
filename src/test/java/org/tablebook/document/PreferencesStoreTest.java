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
}
