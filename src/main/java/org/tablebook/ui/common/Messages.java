package org.tablebook.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;
import org.tablebook.domain.Bundles;

/**
 * The user-visible strings of the window, from {@code org/tablebook/ui/messages.properties} and its
 * translations, in the language chosen at start (the default locale).
 */
public final class Messages {
    public static final String BUNDLE = "org.tablebook.ui.messages";

    private Messages() {
    }

    public static String get(String key) {
        // A missing string is a bug, but the window should still say something readable: the key.
        return Bundles.get(bundle(), key);
    }

    public static String format(String key, Object... args) {
        return Bundles.format(bundle(), key, args);
    }

    /** The bundle of the current language; ResourceBundle keeps each loaded language cached. */
    public static ResourceBundle bundle() {
        return Bundles.load(BUNDLE, Locale.getDefault());
    }
}
