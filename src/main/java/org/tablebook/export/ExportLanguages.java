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

    /**
     * The membership summary in English, Spanish or both side by side. The committee's reports (and
     * the backup) are written in English for now: their texts are not in a bundle yet.
     */
    public static List<ExportLanguages> offeredFor(Audience audience) {
        return audience == Audience.MEMBERS ? List.of(values()) : List.of(ENGLISH);
    }

    public static ExportLanguages of(Language language) {
        return language == Language.SPANISH ? SPANISH : ENGLISH;
    }
}
