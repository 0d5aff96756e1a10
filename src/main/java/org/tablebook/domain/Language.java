package org.tablebook.domain;

import java.util.Locale;
import java.util.Optional;

/** The languages Tablebook speaks: its screens, its command line and its exports. */
public enum Language {
    ENGLISH("en"),
    SPANISH("es");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** "en", "es": as written in the preferences and on the command line. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return this == ENGLISH ? Locale.ENGLISH : new Locale(code);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The language of a locale, English for any language Tablebook does not speak. */
    public static Language of(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }

    /** The language the program speaks now: that of the default locale, set once at start. */
    public static Language current() {
        return of(Locale.getDefault());
    }
}
