package org.tablebook.ui.common;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible strings of the window, from {@code org/tablebook/ui/messages.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.tablebook.ui.messages");

    private Messages() {
    }

    public static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            // A missing string is a bug, but the window should still say something readable.
            return key;
        }
    }

    public static String format(String key, Object... args) {
        return MessageFormat.format(get(key), args);
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}
