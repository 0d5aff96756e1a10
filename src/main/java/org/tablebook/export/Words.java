package org.tablebook.export;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.tablebook.domain.Bundles;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.Language;

/** The exports' words in one language: {@code texts.properties} and its translations, and the dates. */
final class Words {
    static final String BUNDLE = "org.tablebook.export.texts";

    private final Language language;
    private final ResourceBundle bundle;
    private final DateTexts dates;

    private Words(Language language) {
        this.language = language;
        this.bundle = Bundles.load(BUNDLE, language.locale());
        this.dates = DateTexts.of(language);
    }

    static Words of(Language language) {
        return new Words(language);
    }

    Language language() {
        return language;
    }

    DateTexts dates() {
        return dates;
    }

    String get(String key) {
        return Bundles.get(bundle, key);
    }

    String format(String key, Object... args) {
        return Bundles.format(bundle, key, args);
    }

    /** What readers see for a status: "On the table", "En la mesa". */
    String status(Enum<?> status) {
        return get("status." + status.getDeclaringClass().getSimpleName() + "." + status.name());
    }

    /** What readers see for a value of the record: "Counterproposal", "Contrapropuesta". */
    String label(Enum<?> value) {
        return value == null ? "" : format("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A moment with its zone, as the reports write it: "Mar 3, 2026, 14:05 CST"; "" for none. */
    String dateTime(java.time.Instant at, java.time.ZoneId zone) {
        return at == null ? "" : dates.dateTime(at, zone) + "\u00A0" + dates.zone(at, zone);
    }

    /** "1 h 10 min", "45 min". */
    String duration(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return format("duration.minutes", minutes);
        }
        return minutes % 60 == 0 ? format("duration.hours", minutes / 60)
                : format("duration.hoursMinutes", minutes / 60, minutes % 60);
    }

    /**
     * The bundle as nested maps for a template: {@code membership.kicker} is read there as
     * {@code {{t.membership.kicker}}}. Texts with placeholders are filled in by the renderer instead.
     */
    Map<String, Object> tree() {
        Map<String, Object> root = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            String[] path = key.split("\\.");
            Map<String, Object> at = root;
            for (int i = 0; i < path.length - 1; i++) {
                Object next = at.get(path[i]);
                if (!(next instanceof Map<?, ?>)) {
                    next = new LinkedHashMap<String, Object>();
                    at.put(path[i], next);
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) next;
                at = inner;
            }
            // Read through MessageFormat so that '' reads as one apostrophe, as in the formatted texts.
            at.putIfAbsent(path[path.length - 1], format(key));
        }
        return root;
    }
}
