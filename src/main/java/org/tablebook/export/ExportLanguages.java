package org.tablebook.export;

import java.util.List;
import org.tablebook.domain.Language;

/** The languages an export can be written in: one, or both side by side for the membership summary. */
public enum ExportLanguages {
    ENGLISH(List.of(Language.ENGLISH)),
    SPANISH(List.of(Language.SPANISH)),
    BOTH(List.of(Language.ENGLISH, Language.SPANISH));

    private final List<Language> languages;

    ExportLanguages(List<Language> languages) {
        this.languages = languages;
    }

    public List<Language> languages() {
        return languages;
    }

    /** One language for the committee's reports; both only for the membership summary. */
    public static List<ExportLanguages> offeredFor(Audience audience) {
        return audience == Audience.MEMBERS ? List.of(values()) : List.of(ENGLISH, SPANISH);
    }

    public static ExportLanguages of(Language language) {
        return language == Language.SPANISH ? SPANISH : ENGLISH;
    }
}
