package org.tablebook.ui.common;

import java.util.Locale;
import java.util.MissingResourceException;

/**
 * How enum values read in the window: "On the table" rather than ON_TABLE. A label can be set in
 * {@code messages.properties} as {@code enum.<EnumName>.<VALUE>}; otherwise it is made from the
 * constant's name.
 */
public final class Labels {
    private Labels() {
    }

    public static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        try {
            return Messages.bundle().getString(key);
        } catch (MissingResourceException e) {
            return fromName(value.name());
        }
    }

    static String fromName(String name) {
        return sentence(name.replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    /**
     * Words that stand alone as a title, with a capital letter ("The pension freeze"), however
     * they were typed; in a sentence they are used as typed.
     */
    public static String sentence(String words) {
        return words == null || words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
