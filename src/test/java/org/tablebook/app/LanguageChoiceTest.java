package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.PreferencesStore;
import org.tablebook.domain.Language;

/** The window's language: the system's on the first start, then the one chosen; --lang for one start. */
class LanguageChoiceTest {
    @TempDir
    Path dir;
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theFirstStartTakesTheSystemsLanguageAndRemembersIt() {
        Locale.setDefault(new Locale("es", "US"));
        try (PreferencesStore prefs = new PreferencesStore(dir.resolve("preferences.json"))) {
            assertEquals(Language.SPANISH, TablebookApp.useLanguage(prefs, List.of()));
            assertEquals(Language.SPANISH, prefs.get().chosenLanguage().orElseThrow());
        }
        // The remembered choice holds on a machine set to English.
        Locale.setDefault(Locale.US);
        try (PreferencesStore prefs = new PreferencesStore(dir.resolve("preferences.json"))) {
            assertEquals(Language.SPANISH, TablebookApp.useLanguage(prefs, List.of()));
            assertEquals(Language.SPANISH, Language.current());
        }
    }

    @Test
    void langOnTheCommandLineWinsForThatStartWithoutChangingTheChoice() {
        try (PreferencesStore prefs = new PreferencesStore(dir.resolve("preferences.json"))) {
            prefs.update(p -> p.withLanguage(Language.ENGLISH));
            assertEquals(Language.SPANISH, TablebookApp.useLanguage(prefs, List.of("--lang", "es", "a.tablebook")));
            assertEquals(Language.ENGLISH, prefs.get().chosenLanguage().orElseThrow());
        }
        assertEquals("a.tablebook", TablebookApp.fileFromArguments(List.of("--lang", "es", "a.tablebook"))
                .orElseThrow().toString());
    }

    @Test
    void theChoiceIsStoredInThePreferencesFile() {
        try (PreferencesStore prefs = new PreferencesStore(dir.resolve("preferences.json"))) {
            prefs.update(p -> p.withLanguage(Language.SPANISH));
        }
        try (PreferencesStore prefs = new PreferencesStore(dir.resolve("preferences.json"))) {
            assertEquals(Language.SPANISH, prefs.get().chosenLanguage().orElseThrow());
        }
    }
}
