package org.tablebook.export;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What every report's template model shares: CSS classes for values, and the model itself. */
final class ReportText {
    private ReportText() {
    }

    /** A CSS class for a status: "on-table", "tentatively-agreed". */
    static String cssClass(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A template model: keys in order, null values allowed. */
    static Map<String, Object> model(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
