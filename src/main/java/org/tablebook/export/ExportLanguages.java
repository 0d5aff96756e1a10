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
     * The membership summary in English, Spanish or both side by side; the committee's reports and
     * the new contract in English or Spanish.
     */
    public static List<ExportLanguages> offeredFor(Audience audience) {
        return switch (audience) {
            case MEMBERS -> List.of(values());
            case COMMITTEE, SINCE, CONTRACT -> List.of(ENGLISH, SPANISH);
        };
    }

    /** The languages an export is written in when these were asked for: the first one offered. */
    public static List<Language> forAudience(Audience audience, List<Language> asked) {
        List<ExportLanguages> offered = offeredFor(audience);
        return offered.stream().map(ExportLanguages::languages).filter(asked::equals).findFirst()
                .or(() -> offered.stream().map(ExportLanguages::languages).filter(l -> l.equals(asked.subList(0, 1)))
                        .findFirst())
                .orElse(List.of(Language.ENGLISH));
    }

    public static ExportLanguages of(Language language) {
        return language == Language.SPANISH ? SPANISH : ENGLISH;
    }
}
