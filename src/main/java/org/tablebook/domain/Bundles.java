package org.tablebook.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Loads the resource bundles that hold every word a person reads. English is the base bundle
 * ({@code name.properties}), Spanish {@code name_es.properties}. Loading never falls back to the
 * machine's locale: an English export on a Spanish machine is English.
 */
public final class Bundles {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /** The bundle {@code baseName} ("org.tablebook.ui.messages") for {@code locale}. */
    public static ResourceBundle load(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, Bundles.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of {@code key}; the key itself when missing, so a forgotten text still reads as something. */
    public static String get(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of {@code key} with its {0}, {1} filled in, numbers and dates in the bundle's locale. */
    public static String format(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(get(bundle, key), bundle.getLocale()).format(args);
    }
}
